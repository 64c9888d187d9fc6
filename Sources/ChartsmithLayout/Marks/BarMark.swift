import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Bars: rectangles across a band (or a continuous position's default width) from the
/// base to the value, stacked, ranged or rounded as Vega-Lite draws them, each labelled
/// with its value.
struct BarMark: MarkKind {
    var types: [MarkType] { [.bar] }

    // MARK: Scale domains

    func asksForBands(_ v: PreparedView, channel: Channel, layers: Int) -> Bool { true }
    var groupAxisIsDimension: Bool { true }
    var spansTimeUnits: Bool { true }

    // MARK: Encoding, legend and labels

    var strokeChannelOutlines: Bool { true }
    var sizeIsBandThickness: Bool { true }
    var legendSymbol: LegendSymbol { .square }
    func valueLabels(_ v: PreparedView) -> ValueLabelKind { .bars }
    func directLabelRole(_ v: PreparedView) -> DirectLabelRole { .forbids }

    /// A bar's box: its band across and its value span.
    func labelAnchor(_ v: PreparedView, _ r: Row, _ e: RowEncoder) -> LabelAnchor? {
        let vertical = v.semantics.valueChannel == .y
        guard let band = e.bandSpan(v, vertical ? .x : .y, r), let span = e.valueSpan(v, v.semantics.valueChannel, r) else { return nil }
        return .bar(band: band, span: span)
    }

    func chartNoun(_ v: PreparedView) -> String {
        let dir = v.semantics.valueChannel == .x ? "Horizontal bar" : "Bar"
        if let s = v.semantics.stack { return s.offset == .normalize ? "Percent stacked \(dir.lowercased())" : "Stacked \(dir.lowercased())" }
        if v.encoding[.xOffset] != nil || v.encoding[.yOffset] != nil { return "Grouped \(dir.lowercased())" }
        return dir
    }

    // MARK: Drawing

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        let vertical = v.semantics.valueChannel == .y
        let group: Channel = vertical ? .x : .y
        let value: Channel = vertical ? .y : .x
        let ranged = v.encoding[vertical ? .y2 : .x2] != nil
        // Vega-Lite rounds a stack as a whole: its parts are drawn square, inside a group
        // clipped to the stack's outline with the corners on the group (mark.ts,
        // getGroupsForStackedBarWithCornerRadius). Not with a `size` field, as there.
        let stackedRound = v.semantics.stack != nil && BarCorners.rounded(v.mark)
            && v.encoding[.size]?.outputField == nil && v.encoding[value]?.outputField != nil
        var single: [SceneNode] = []
        // Stacks in first-seen order, keyed by their band.
        var stackOrder: [String] = []
        var stacks: [String: (band: (Double, Double), rows: [Row], nodes: [SceneNode], lo: Double, hi: Double)] = [:]
        for r in v.table.rows {
            guard let band = e.bandSpan(v, group, r) else { continue }
            let span: (Double, Double)
            if v.encoding[value] == nil {
                span = vertical ? (e.plot.maxY, e.plot.minY) : (e.plot.minX, e.plot.maxX)
            } else if let s = e.valueSpan(v, value, r) {
                span = s
            } else { continue }
            let lo = min(span.0, span.1), hi = max(span.0, span.1)
            let rect = vertical
                ? Rect(x: band.0, y: lo, width: band.1, height: hi - lo)
                : Rect(x: lo, y: band.0, width: hi - lo, height: band.1)
            guard rect.width.isFinite, rect.height.isFinite else { continue }
            let base = e.color(v, r)
            let fill = v.mark.fill == "transparent" ? nil : base.withOpacity(e.opacity(v, r))
            let stroke = outline(v, r, e)
            // A segment of a stack: Vega-Lite's, or one a `stack` transform computed into a range.
            let segment = v.semantics.stack != nil || ranged ? StackSegment(styleColor: e.seriesColorFromStylePalette(v, r) && !e.theme.paletteFromSpec) : nil
            if stackedRound {
                let key = "\(band.0)|\(band.1)"
                if stacks[key] == nil { stackOrder.append(key); stacks[key] = (band, [], [], lo, hi) }
                stacks[key]!.rows.append(r)
                var node = RectNode(rect: rect, fill: fill, stroke: stroke, role: .mark, name: e.datumName(v, r))
                node.segment = segment
                stacks[key]!.nodes.append(.rect(node))
                stacks[key]!.lo = min(stacks[key]!.lo, lo)
                stacks[key]!.hi = max(stacks[key]!.hi, hi)
                continue
            }
            // The value end: above (vertical) or right of (horizontal) the base, on screen.
            let endFirst = vertical ? span.1 < span.0 : span.1 > span.0
            let endSecond = vertical ? span.1 > span.0 : span.1 < span.0
            let radii = BarCorners.radii(v.mark, vertical: vertical, ranged: ranged, endFirst: endFirst, endSecond: endSecond)
            var node = RectNode(rect: rect, fill: fill, stroke: stroke, role: .mark, name: e.datumName(v, r))
            node.segment = segment
            let clamped = radii.clamped(to: rect)
            if clamped.topLeft == clamped.topRight && clamped.topLeft == clamped.bottomRight && clamped.topLeft == clamped.bottomLeft {
                node.cornerRadius = clamped.topLeft
            } else {
                node.cornerRadii = radii
            }
            single.append(.rect(node))
        }
        guard stackedRound, let f = v.encoding[value]?.outputField, let s = e.scale(value) else { return single }
        var out: [SceneNode] = []
        for key in stackOrder {
            guard let st = stacks[key], let first = st.rows.first else { continue }
            let clip = vertical ? Rect(x: st.band.0, y: st.lo, width: st.band.1, height: st.hi - st.lo)
                                : Rect(x: st.lo, y: st.band.0, width: st.hi - st.lo, height: st.band.1)
            // Which ends the stack reaches, from its parts' extremes, as Vega-Lite tests them.
            let starts = st.rows.compactMap { $0[f + "_start"].number }, ends = st.rows.compactMap { $0[f + "_end"].number }
            func px(_ n: Double?) -> Double? { n.flatMap { s.map(.number($0)) } }
            var endFirst = false, endSecond = false
            if let maxEnd = px(ends.max()), let maxStart = px(starts.max()), let minEnd = px(ends.min()), let minStart = px(starts.min()) {
                endFirst = vertical ? maxEnd < maxStart : maxEnd > maxStart
                endSecond = vertical ? minEnd > minStart : minEnd < minStart
            }
            let radii = BarCorners.radii(v.mark, vertical: vertical, ranged: ranged, endFirst: endFirst, endSecond: endSecond)
            // A stack of one part (one row at its position) is that bar, rounded itself.
            if st.rows.count == 1, case .rect(var node) = st.nodes[0] {
                let clamped = radii.clamped(to: node.rect)
                if clamped.topLeft == clamped.topRight && clamped.topLeft == clamped.bottomRight && clamped.topLeft == clamped.bottomLeft {
                    node.cornerRadius = clamped.topLeft
                } else {
                    node.cornerRadii = radii
                }
                out.append(.rect(node))
                continue
            }
            out.append(.group(GroupNode(children: st.nodes, clip: clip, clipRadii: radii.clamped(to: clip), role: .mark,
                                        name: "stack \(e.datumName(v, first).split(separator: " ").first.map(String.init) ?? "")")))
            // The stack's outline, drawn over its parts as Vega-Lite's group stroke
            // (strokeForeground) and not clipped.
            if let stroke = outline(v, first, e) {
                out.append(.rect(RectNode(rect: clip, stroke: stroke, cornerRadii: radii, role: .mark, name: "outline of stack")))
            }
        }
        return out
    }

    /// A bar's outline: the mark's `stroke`, else the `stroke` channel's condition, value or
    /// scale, with the `strokeWidth` channel's or mark's width (1 by default, as Vega's).
    func outline(_ v: PreparedView, _ r: Row, _ e: RowEncoder) -> Stroke? {
        var color: Color? = nil
        if let s = v.mark.stroke {
            color = s == "transparent" ? nil : e.colors[s]
        } else if let d = v.encoding[.stroke] {
            if case .string(let s)? = e.conditional(v, .stroke, r) { color = e.colors[s] }
            else if let f = d.outputField, let c = e.colorScale, c.channel == .stroke || c.def.outputField == f { color = c.color(for: r[f]) }
            else if case .string(let s) = d.value, s != "transparent" { color = e.colors[s] }
        }
        guard let color, let w = e.strokeWidth(v, r, default: v.mark.strokeWidth ?? 1), w > 0 else { return nil }
        return Stroke(color: color.withOpacity(e.strokeOpacity(v, r)), width: w, dash: e.dash(v, r))
    }
}
