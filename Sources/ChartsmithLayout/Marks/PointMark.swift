import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Points, circles and squares: a symbol at each row's position (a shape from the `shape`
/// channel, else the mark's), sized by `size`, filled or outlined.
struct PointMark: MarkKind {
    var types: [MarkType] { [.point, .circle, .square] }

    func defaultOpacity(_ v: PreparedView) -> Double { unaggregatedOpacity(v) }
    func hollowInLegend(_ v: PreparedView) -> Bool { v.mark.type == .point && v.mark.filled != true }
    func chartNoun(_ v: PreparedView) -> String { "Scatter" }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        var out: [SceneNode] = []
        for r in v.table.rows {
            let px0 = v.encoding[.x] == nil ? e.markPosition(v, .x) ?? e.plot.midX : e.position(v, .x, r)
            let py0 = v.encoding[.y] == nil ? e.markPosition(v, .y) ?? e.plot.midY : e.position(v, .y, r)
            guard let px0, let py0, px0.isFinite, py0.isFinite else { continue }
            guard let (px, py) = e.offsetCentre(v, r, px0, py0) else { continue }
            // The `size` channel's condition, value or field (Vega-Lite's size scale,
            // ``MagnitudeScale``); a row none of them places keeps the mark's size.
            let size = e.sizeChannel(v, r) ?? v.mark.size ?? 30
            let c = e.color(v, r).withOpacity(e.opacity(v, r))
            let symbol = e.shapeName(v, r)
            // Vega's "stroke" symbol is a line: drawn stroked, never filled.
            let filled = symbol != "stroke" && (v.mark.filled ?? (v.mark.type != .point))
            var path = Self.symbol(v.mark.type, shape: symbol, center: Point(x: px, y: py), size: size)
            // `angle` (the channel or the mark's) turns the symbol about its centre, clockwise.
            if v.encoding[.angle] != nil || v.mark.angle != nil || v.mark.expressions["angle"] != nil {
                guard let a = e.angle(v, r) else { continue }
                path = path.rotated(by: a, about: Point(x: px, y: py))
            }
            let inside = filled ? c : v.mark.fill.flatMap { e.colors[$0] }
            // The ring's width: the `strokeWidth` channel's condition, value or field, else
            // the mark's (1 for a filled symbol's outline, as Vega's; 1.5 for a hollow point).
            let width = e.strokeWidth(v, r, default: v.mark.strokeWidth ?? (filled ? 1 : 1.5)) ?? 1
            // A filled symbol's outline: the mark's own `stroke`.
            // Its dash and stroke opacity: the channels' condition, value or field, else the mark's.
            let dash = e.dash(v, r), strokeOpacity = e.strokeOpacity(v, r)
            let outline = v.mark.stroke.flatMap { $0 == "transparent" ? nil : e.colors[$0] }
                .map { Stroke(color: $0.withOpacity(strokeOpacity), width: width, dash: dash) }
            // A hollow symbol's ring: faded by `opacity` and `strokeOpacity`, never by
            // `fillOpacity` (its inside is empty, as in Vega).
            let ringColor = e.color(v, r).withOpacity(e.opacity(v, r, fill: false) * strokeOpacity)
            let ring = width > 0 ? Stroke(color: ringColor, width: width, dash: dash) : nil
            out.append(.path(PathNode(path: path, fill: inside, stroke: filled ? outline : ring,
                                      role: .mark, name: e.datumName(v, r))))
        }
        return out
    }

    /// A point's symbol of area `size` centred on `center`: the named `shape`, else the
    /// mark's square or circle (the marks and the size legend share it).
    static func symbol(_ type: MarkType, shape: String?, center p: Point, size: Double) -> Path {
        let radius = (max(0, size) / Double.pi).squareRoot()
        if let shape { return ShapeScale.path(shape, center: p, size: max(0, size)) }
        if type == .square {
            // Vega's square symbol: its side is √size (the same area as the circle, not the
            // circle's diameter).
            let half = max(0, size).squareRoot() / 2
            return Path([.move(to: Point(x: p.x - half, y: p.y - half)), .line(to: Point(x: p.x + half, y: p.y - half)),
                         .line(to: Point(x: p.x + half, y: p.y + half)), .line(to: Point(x: p.x - half, y: p.y + half)), .close])
        }
        return ShapeScale.circle(center: p, radius: radius)
    }
}

extension PointMark {
    /// Vega-Lite's largest point area for a size scale (`sizeRangeMax` of a point):
    /// (0.95 × the smaller of the x and y steps)², a step being a binned axis's bin width
    /// on the style's default plot (`config.view.continuousWidth`/`Height`: Vega-Lite's
    /// for a view of the default size), else the default step (`config.view.step`, 20).
    /// Taken from the data and the style, not the laid-out plot, so the size legend (set
    /// before the plot) and the marks agree.
    /// Vega-Lite's smallest point area (`config.scale.minSize`, 4 since Vega-Lite 5.20).
    static let minArea = 4.0

    static func areaMax(_ v: PreparedView, theme: Theme) -> Double {
        func step(_ ch: Channel, length: Double) -> Double {
            guard let d = v.encoding[ch], d.bin != nil, d.isContinuous(for: ch), let f = d.outputField, let e = d.binEndField
            else { return theme.defaultStep }
            var lo = Double.infinity, hi = -Double.infinity, width = 0.0
            for r in v.table.rows {
                guard let a = r[f].number, let b = r[e].number, b > a else { continue }
                lo = min(lo, a); hi = max(hi, b); width = b - a
            }
            guard width > 0, hi > lo else { return theme.defaultStep }
            return length / ((hi - lo) / width).rounded()
        }
        let m = min(step(.x, length: theme.defaultPlot.width), step(.y, length: theme.defaultPlot.height))
        return (0.95 * m) * (0.95 * m)
    }
}
