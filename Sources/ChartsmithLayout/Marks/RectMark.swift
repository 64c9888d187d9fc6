import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Rectangles spanning their x and y cells: heatmaps (discrete or binned x and y, time
/// units, a quantitative colour), continuous rectangles from `x`–`x2` and `y`–`y2`, and
/// mosaics stacked on both axes, as Vega-Lite draws `rect`: band scales without padding,
/// bins touching (`binSpacing` 0), and an unencoded axis spanning the whole plot.
struct RectMark: MarkKind {
    var types: [MarkType] { [.rect] }

    func asksForBands(_ v: PreparedView, channel: Channel, layers: Int) -> Bool { v.encoding[channel] != nil }
    var spansTimeUnits: Bool { true }
    var bandPadding: (inner: Double, outer: Double)? { (0, 0) }
    var strokeChannelOutlines: Bool { true }
    var legendSymbol: LegendSymbol { .square }
    func directLabelRole(_ v: PreparedView) -> DirectLabelRole { .forbids }
    func chartNoun(_ v: PreparedView) -> String { isHeatmap(v) ? "Heatmap" : "Rectangle" }

    /// A colour field on a continuous scale: the cells are told apart by place, not by
    /// colour (so no separators between like cells).
    func isHeatmap(_ v: PreparedView) -> Bool {
        [Channel.color, .fill].contains { v.encoding[$0].map { $0.outputField != nil && $0.isContinuous(for: .color) } ?? false }
    }

    func labelAnchor(_ v: PreparedView, _ r: Row, _ e: RowEncoder) -> LabelAnchor? {
        guard let c = cell(v, r, e) else { return nil }
        return .point(Point(x: c.midX, y: c.midY))
    }

    /// A row's rectangle: its span along x and along y.
    func cell(_ v: PreparedView, _ r: Row, _ e: RowEncoder) -> Rect? {
        var v = v
        if v.mark.binSpacing == nil { v.semantics.mark.binSpacing = 0 }
        guard let xs = span(v, .x, r, e), let ys = span(v, .y, r, e) else { return nil }
        let rect = Rect(x: xs.0, y: ys.0, width: xs.1, height: ys.1)
        guard rect.width.isFinite, rect.height.isFinite, rect.width >= 0, rect.height >= 0 else { return nil }
        return rect
    }

    /// Start and length along one axis: the whole plot when the axis is not encoded, a
    /// stacked or ranged value's span, else the band, bin or time unit.
    func span(_ v: PreparedView, _ ch: Channel, _ r: Row, _ e: RowEncoder) -> (Double, Double)? {
        guard let d = v.encoding[ch] else {
            return ch == .x ? (e.plot.minX, e.plot.width) : (e.plot.minY, e.plot.height)
        }
        let second: Channel = ch == .x ? .x2 : .y2
        let continuous = d.isContinuous(for: ch) && d.bin == nil && d.timeUnit == nil
        let ranged = v.encoding[second].map { $0.outputField != nil || $0.datum != nil } ?? false
        if continuous, v.semantics.stack?.channel == ch || ranged,
           let s = e.valueSpan(v, ch, r) {
            return (min(s.0, s.1), abs(s.1 - s.0))
        }
        return e.bandSpan(v, ch, r)
    }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        var cells: [SceneNode] = []
        for r in v.table.rows {
            guard let rect = cell(v, r, e) else { continue }
            let base = e.color(v, r)
            let fill = v.mark.fill == "transparent" ? nil : base.withOpacity(e.opacity(v, r))
            var node = RectNode(rect: rect, fill: fill, stroke: BarMark().outline(v, r, e), role: .mark, name: e.datumName(v, r))
            if let c = v.mark.cornerRadius, c > 0 { node.cornerRadius = min(c, rect.width / 2, rect.height / 2) }
            cells.append(.rect(node))
        }
        // A heatmap's cells are one group, so segment separators leave like cells alone.
        guard isHeatmap(v), !cells.isEmpty else { return cells }
        return [.group(GroupNode(children: cells, role: .mark, name: SegmentSeparators.heatmapGroup))]
    }

    /// The colour for text drawn at `p` over a heatmap's cell: black or white, whichever
    /// contrasts more with the cell (nil when no rect layer has a cell there).
    static func labelColor(at p: Point, _ e: RowEncoder, theme dark: Color) -> Color? {
        for v in e.views where v.mark.type == .rect {
            for r in v.table.rows {
                guard let c = RectMark().cell(v, r, e), p.x >= c.minX, p.x <= c.maxX, p.y >= c.minY, p.y <= c.maxY else { continue }
                let fill = e.color(v, r).withOpacity(e.opacity(v, r)).flattened(over: e.theme.background.flattened(over: .white))
                return fill.contrastRatio(with: dark) >= fill.contrastRatio(with: .white) ? dark : .white
            }
        }
        return nil
    }
}
