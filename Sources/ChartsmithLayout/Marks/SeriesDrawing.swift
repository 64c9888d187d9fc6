import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Draws a view's series as lines or areas: each series ordered along its axis, split at
/// invalid values into runs (a gap, never an invented value), with the points Vega-Lite
/// overlays (`point: true`, or a `shape` encoding) and an area's outline (`line: true`).
/// Shared by ``LineMark`` and ``AreaMark``.
enum SeriesDrawing {
    static func draw(_ v: PreparedView, _ e: RowEncoder, area: Bool) -> [SceneNode] {
        var out: [SceneNode] = []
        let vertical = v.semantics.valueChannel == .y
        let along: Channel = vertical ? .x : .y
        let across: Channel = vertical ? .y : .x
        let ranged = area ? AreaMark.rangedOffsetSpans(v, e, along: along, across: across) : nil
        let interpolate = v.mark.interpolate ?? .linear
        var lineNodes: [SceneNode] = []
        var pointNodes: [SceneNode] = []
        // Points on the line: `point: true`, or (as Vega-Lite) a `shape` encoding.
        let points = v.mark.point || (!v.mark.pointExplicit && v.encoding[.shape] != nil)
        let allSeries = seriesRuns(v, e, along: along, across: across, ranged: ranged, keeping: (bases: area, rows: points))
        let overlaid = area && (v.mark.line || points)
        for (first, runs, rowAt) in allSeries {
            let stroke = e.color(v, first)
            let op = e.opacity(v, first)
            let width = e.strokeWidth(v, first, default: v.mark.strokeWidth ?? e.theme.lineWidth) ?? e.theme.lineWidth
            let dashes = e.dash(v, first)
            let name = e.datumName(v, first)
            for run in runs {
                let pts = run.points
                if area {
                    guard pts.count > 1 else { continue }
                    var path = Curves.path(pts, interpolate: interpolate, vertical: vertical)
                    let basePts = zip(pts, run.bases).reversed().map { vertical ? Point(x: $0.0.x, y: $0.1) : Point(x: $0.1, y: $0.0.y) }
                    let back = Curves.path(basePts, interpolate: interpolate, vertical: vertical)
                    path.line(to: basePts[0])
                    path.elements += back.elements.dropFirst()
                    path.close()
                    let encoded = v.encoding[.opacity] != nil || v.encoding[.fillOpacity] != nil
                    // Translucent where something shows through: unstacked series over each
                    // other, or the area's own line and points (Vega-Lite's path overlay
                    // makes the area 0.7 opaque unless its opacity is set).
                    let translucent = (v.semantics.stack == nil && allSeries.count > 1) || overlaid
                    let fillOpacity = encoded ? op : (v.mark.fillOpacity ?? v.mark.opacity ?? (translucent ? 0.7 : 1))
                    if let g = v.mark.gradient {
                        out += GradientFill.nodes(path, points: pts + basePts, gradient: g, opacity: fillOpacity, name: name, colors: e.colors)
                    } else {
                        out.append(.path(PathNode(path: path, fill: stroke.withOpacity(fillOpacity), role: .mark, name: name)))
                    }
                    if v.mark.line {
                        let lc = overlayColor(v, e, first, own: v.mark.lineColor, line: true)
                        lineNodes.append(.path(PathNode(path: Curves.path(pts, interpolate: interpolate, vertical: vertical),
                                                        stroke: Stroke(color: lc, width: v.mark.lineStrokeWidth ?? width, lineJoin: .round),
                                                        role: .mark, name: name)))
                    }
                } else if stroke.alpha == 0 {
                    // `stroke: "transparent"`: an invisible line (a wider target for hovering),
                    // kept in the scene as drawn, so the layer is not taken for one that vanished.
                    lineNodes.append(.path(PathNode(path: Curves.path(pts, interpolate: interpolate, vertical: vertical),
                                                    stroke: Stroke(color: stroke, width: width), role: .mark, name: name)))
                } else if pts.count == 1 {
                    // A lone point between gaps: show it as a dot so it is not lost.
                    pointNodes.append(.path(PathNode(path: ShapeScale.circle(center: pts[0], radius: max(3, width * 1.4)),
                                                     fill: stroke.withOpacity(op), role: .mark, name: name)))
                } else {
                    let lineOpacity = op * e.strokeOpacity(v, first)
                    lineNodes.append(.path(PathNode(path: Curves.path(pts, interpolate: interpolate, vertical: vertical),
                                                    stroke: Stroke(color: stroke.withOpacity(lineOpacity), width: width, dash: dashes,
                                                                   lineCap: .butt, lineJoin: .round),
                                                    role: .mark, name: name)))
                }
                if points {
                    let pc = overlayColor(v, e, first, own: v.mark.pointColor, line: false)
                    let radius = v.mark.pointSize.map { ($0 / Double.pi).squareRoot() } ?? max(3, width * 1.4)
                    for (p, k) in zip(pts, run.rows) where pts.count > 1 || area {
                        let row = rowAt(k)
                        let shape = e.shapeName(v, row, overlay: true).map { ShapeScale.path($0, center: p, size: v.mark.pointSize ?? 30) }
                            ?? ShapeScale.circle(center: p, radius: radius)
                        if v.mark.pointFilled == false {
                            let inside = v.mark.pointFill.flatMap { e.colors[$0] }
                            pointNodes.append(.path(PathNode(path: shape, fill: inside, stroke: Stroke(color: pc.withOpacity(op), width: 1.5),
                                                             role: .mark, name: name)))
                        } else {
                            pointNodes.append(.path(PathNode(path: shape, fill: pc.withOpacity(op), role: .mark, name: name)))
                        }
                    }
                }
            }
        }
        return out + lineNodes + pointNodes
    }

    /// The colour of the line on an area (`line: true`) or of the points on a line or area
    /// (`point: true`): its own `color` (`line: {"color": ...}`), else the colour channels'
    /// (condition, scale or value), else the style's mark colour. Never the mark's own
    /// `color`, `fill` or `stroke`: Vega-Lite's path overlay (normalize/pathoverlay.ts) makes
    /// the overlay a layer of its own that keeps only the mark's clip, interpolate and tension
    /// (a light blue area's line is drawn in the default colour, so it stands out). A `fill`
    /// channel fills a line (`line` true) rather than stroking it, so it does not colour one.
    static func overlayColor(_ v: PreparedView, _ e: RowEncoder, _ r: Row, own: String?, line: Bool) -> Color {
        if let own, let c = e.colors[own] { return c }
        var overlay = v
        for p in ["color", "fill", "stroke"] { overlay.semantics.mark.expressions[p] = nil }
        overlay.semantics.mark.color = nil
        overlay.semantics.mark.fill = nil
        overlay.semantics.mark.stroke = nil
        overlay.semantics.mark.gradient = nil
        if line { overlay.semantics.encoding.channels[.fill] = nil }
        return e.color(overlay, r)
    }

    /// One run of valid points of a series, in drawing order: their positions and, when the
    /// drawing asks, each point's base across the axis (an area's) and row number (the
    /// overlaid points').
    struct Run {
        var points: [Point] = []
        var bases: [Double] = []
        var rows: [Int] = []
    }

    /// Each series' first row, its runs of valid points (``Run``) split at invalid values (a
    /// gap, never an invented value), and how to read a row by its number. From the columns
    /// (``ColumnarSeries``) where they give the same points, else from the rows. Bases and
    /// row numbers are kept only as `keeping` asks, so a plain line holds its points once.
    private static func seriesRuns(_ v: PreparedView, _ e: RowEncoder, along: Channel, across: Channel,
                                   ranged: [Row: (Double, Double)]?, keeping: (bases: Bool, rows: Bool))
        -> [(first: Row, runs: [Run], row: (Int) -> Row)] {
        let vertical = along == .x
        if ranged == nil, let c = ColumnarSeries(v, e, along: along, across: across) {
            return c.series.compactMap { s in
                guard let head = s.rows.first else { return nil }
                let runs = splitRuns(s.rows.count, vertical: vertical, keeping: keeping) { k in
                    let i = s.rows[k], span = c.across(i)
                    return (c.along(i), span?.1, span?.0 ?? 0, i)
                }
                return (c.table.row(at: head), runs, c.table.row(at:))
            }
        }
        // Looked up once, not per row (each lookup copies the channel's definition).
        let hasAlong = v.encoding[along] != nil, hasAcross = v.encoding[across] != nil
        return e.series(v).compactMap { s in
            guard let first = s.rows.first else { return nil }
            let rows = e.ordered(v, s.rows, along: along)
            let runs = splitRuns(rows.count, vertical: vertical, keeping: keeping) { k in
                let r = rows[k]
                let a = !hasAlong ? (vertical ? e.plot.midX : e.plot.midY) : e.position(v, along, r)
                var b: Double? = nil
                var base = 0.0
                if let ranged { if let span = ranged[r] { base = span.0; b = span.1 } }
                else if let span = e.valueSpan(v, across, r) { base = span.0; b = span.1 }
                else if !hasAcross { b = vertical ? e.plot.midY : e.plot.midX }
                return (a, b, base, k)
            }
            return (first, runs, { rows[$0] })
        }
    }

    /// Points `0..<count` (along, across, base, row number) split into runs of valid points.
    private static func splitRuns(_ count: Int, vertical: Bool, keeping: (bases: Bool, rows: Bool),
                                  _ point: (Int) -> (Double?, Double?, Double, Int)) -> [Run] {
        var runs: [Run] = []
        var run = Run()
        run.points.reserveCapacity(count)
        if keeping.bases { run.bases.reserveCapacity(count) }
        if keeping.rows { run.rows.reserveCapacity(count) }
        for k in 0..<count {
            let (a, b, base, i) = point(k)
            guard let a, let b, a.isFinite, b.isFinite else {
                if !run.points.isEmpty { runs.append(run); run = Run() }
                continue
            }
            run.points.append(vertical ? Point(x: a, y: b) : Point(x: b, y: a))
            if keeping.bases { run.bases.append(base) }
            if keeping.rows { run.rows.append(i) }
        }
        if !run.points.isEmpty { runs.append(run) }
        return runs
    }
}
