import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation

/// Turns each view's rows into mark primitives: bars, lines, areas, points, rules, ticks
/// and text, placed as Vega-Lite places them.
struct MarkBuilder {
    let views: [PreparedView]
    let x: PositionScale?
    let y: PositionScale?
    let color: ColorScale?
    let dash: DashScale?
    let theme: Theme
    let kit: TextKit
    let plot: Rect
    /// The `shape` channel's scale, when a view maps a field to shapes.
    var shapes: ShapeScale? = nil
    /// The index in the chart of the first of `views` (a chart drawn by several builders,
    /// one per set of independent scales), for the layers' group names.
    var firstLayer = 0

    func build() throws -> [SceneNode] {
        try RowRules.shared.check(views)
        var out: [SceneNode] = []
        for (i, v) in views.enumerated() {
            let nodes: [SceneNode]
            switch v.mark.type {
            case .bar: nodes = bars(v)
            case .line: nodes = lines(v, area: false)
            case .area: nodes = lines(v, area: true)
            case .point, .circle, .square: nodes = points(v)
            case .rule: nodes = rules(v)
            case .tick: nodes = ticks(v)
            case .text: nodes = try texts(v)
            }
            out.append(.group(GroupNode(children: nodes, clip: v.mark.clip == true ? plot : nil, role: .mark,
                                        name: "layer \(firstLayer + i) \(v.mark.type.rawValue)")))
        }
        return out
    }

    // MARK: Shared helpers

    func scale(_ ch: Channel) -> PositionScale? { ch == .x || ch == .x2 ? x : y }

    /// The value a channel's `condition` gives a row (the first test it passes), if any.
    /// A conditional field's `value` for the rows that fail its test.
    func conditional(_ v: PreparedView, _ ch: Channel, _ r: Row) -> InlineValue? {
        guard let d = v.encoding[ch] else { return nil }
        for c in d.conditions where RowRules.shared.predicate(c.test)?.matches(r) == true { return c.value }
        if let t = d.fieldTest, RowRules.shared.predicate(t)?.matches(r) != true { return d.value ?? .null }
        return nil
    }

    /// A row's stroke width from the `strokeWidth` channel (its condition or value), else
    /// the mark's.
    func strokeWidth(_ v: PreparedView, _ r: Row?, default width: Double?) -> Double? {
        if let r, case .number(let n)? = conditional(v, .strokeWidth, r) { return n }
        if case .number(let n)? = v.encoding[.strokeWidth]?.value { return n }
        return width
    }

    /// The symbol of a row: the `shape` channel (condition, field or value), else the
    /// mark's `shape`; nil when neither says.
    func shapeName(_ v: PreparedView, _ r: Row, overlay: Bool = false) -> String? {
        if let d = v.encoding[.shape] {
            if case .string(let s)? = conditional(v, .shape, r) { return s }
            if let f = d.outputField, let shapes, shapes.def.outputField == f, let s = shapes.shape(for: r[f]) { return s }
            if case .string(let s) = d.value { return s }
        }
        return overlay ? v.mark.pointShape : v.mark.shape
    }

    /// A mark property given as `{"expr": ...}`, evaluated for a row.
    func markExpression(_ v: PreparedView, _ property: String, _ r: Row) -> Value? {
        guard let src = v.mark.expressions[property], let e = RowRules.shared.expression(src) else { return nil }
        let value = e.evaluate(r)
        return value.isNull ? nil : value
    }

    /// The fill colour of a row: a colour channel's condition, scale or value, else the
    /// mark's colour, else the theme's.
    func color(_ v: PreparedView, _ r: Row) -> Color {
        // The mark's own fill (bars, areas) or stroke (lines, rules) wins over a `color`
        // encoding, as in Vega-Lite (a white halo line under coloured ones).
        let own = [.line, .rule, .tick].contains(v.mark.type) ? v.mark.stroke : v.mark.fill
        if let own, v.encoding[.fill] == nil, v.encoding[.stroke] == nil || v.mark.type == .bar {
            if own == "transparent", [.line, .rule, .tick].contains(v.mark.type) { return .clear }
            if let c = CSSColor.parse(own) { return c }
        }
        for ch in [Channel.fill, .color, .stroke] {
            // A bar's `stroke` channel colours its outline (``barStroke``), never its fill.
            guard let d = v.encoding[ch], !(ch == .stroke && v.mark.type == .bar) else { continue }
            if case .string(let s)? = conditional(v, ch, r), let col = CSSColor.parse(s) { return col }
            if let f = d.outputField, let c = color, c.channel == ch || c.def.outputField == f, !d.scaleDisabled || c.identity,
               let col = c.color(for: r[f]) { return col }
            if case .string(let s) = d.value, let col = CSSColor.parse(s) { return col }
        }
        for p in ["fill", "color", "stroke"] {
            if let e = markExpression(v, p, r), let c = CSSColor.parse(e.text) { return c }
        }
        for s in [v.mark.fill, v.mark.color, v.mark.stroke] {
            if let s, s != "transparent", let c = CSSColor.parse(s) { return c }
        }
        if let g = v.mark.gradient, let last = g.stops.last, let c = CSSColor.parse(last.color) { return c }
        return theme.markColor
    }

    func opacity(_ v: PreparedView, _ r: Row) -> Double {
        for ch in [Channel.opacity, .fillOpacity] {
            guard let d = v.encoding[ch] else { continue }
            if case .number(let n)? = conditional(v, ch, r) { return n }
            if case .number(let n) = d.value { return n }
            if let f = d.outputField, let n = r[f].number {
                // Vega-Lite's opacity scale: linear from the smallest to the largest value
                // onto 0.3–0.8, as its legend shows.
                let all = v.table.rows.compactMap { $0[f].number }
                return OpacityLegendScale.opacity(n, lo: all.min() ?? 0, hi: all.max() ?? 1)
            }
        }
        if let e = markExpression(v, "opacity", r)?.number { return e }
        return v.mark.opacity ?? v.mark.fillOpacity ?? Self.defaultOpacity(v)
    }

    /// Vega-Lite's default opacity: 0.7 for points, circles, squares and ticks that show
    /// unaggregated data, 1 otherwise.
    static func defaultOpacity(_ v: PreparedView) -> Double {
        guard [.point, .circle, .square, .tick].contains(v.mark.type) else { return 1 }
        let aggregated = v.encoding.channels.values.contains { $0.contains { $0.aggregate != nil } }
        return aggregated ? 1 : 0.7
    }

    /// The mark's own pixel offset along a channel (`xOffset`, `yOffset`).
    func markOffset(_ v: PreparedView, _ ch: Channel) -> Double {
        switch ch {
        case .x: return v.mark.xOffset ?? 0
        case .y: return v.mark.yOffset ?? 0
        case .x2: return v.mark.x2Offset ?? v.mark.xOffset ?? 0
        case .y2: return v.mark.y2Offset ?? v.mark.yOffset ?? 0
        default: return 0
        }
    }

    /// A mark's own `x`/`y` property (`"x": 5`), in scene points: from the plot's left or
    /// top edge, as Vega-Lite reads a pixel value. Nil when the mark sets none.
    func markPosition(_ v: PreparedView, _ ch: Channel) -> Double? {
        let p: MarkPosition?
        switch ch {
        case .x: p = v.mark.x
        case .y: p = v.mark.y
        case .x2: p = v.mark.x2
        case .y2: p = v.mark.y2
        default: p = nil
        }
        let horizontal = ch == .x || ch == .x2
        switch p {
        case .points(let n)?: return (horizontal ? plot.minX : plot.minY) + n + markOffset(v, ch)
        case .farEdge?: return (horizontal ? plot.maxX : plot.maxY) + markOffset(v, ch)
        case nil: return nil
        }
    }

    /// The value of a positional channel for a row, as a position; for the stacked channel
    /// the end of the segment.
    func position(_ v: PreparedView, _ ch: Channel, _ r: Row) -> Double? {
        guard let s = scale(ch), let d = v.encoding[ch] else { return nil }
        let off = markOffset(v, ch)
        if let datum = d.datum { return s.center(.from(datum)).map { $0 + off } }
        if case .some(let val) = d.value, case .number(let n) = val, d.field == nil {
            // A pixel value: from the top (y) or left (x) of the plot.
            return (ch == .x || ch == .x2 ? plot.minX : plot.minY) + n + off
        }
        guard let f = d.outputField else { return nil }
        if v.semantics.stack?.channel == ch {
            // A stacked mark sits at its segment's end, or `bandPosition` of the way from
            // its start (0.5: a label at the segment's centre), as Vega-Lite places it.
            guard let end = s.map(r[f + "_end"]) else { return nil }
            guard let bp = d.bandPosition, let start = s.map(r[f + "_start"]) else { return end + off }
            return start + bp * (end - start) + off
        }
        // A time unit on a continuous axis: `bandPosition` of the way through the unit
        // (0.5: the middle of the month), as Vega-Lite interpolates start and end.
        if let unit = d.timeUnit, let bp = d.bandPosition, s.band == nil, let t = Coercion.date(r[f]),
           let a = s.mapNumber(t), let b = s.mapNumber(t + unit.step(after: t)) {
            return a + bp * (b - a) + off
        }
        return s.center(r[f]).map { $0 + off }
    }

    /// Start and end positions of a stacked or based value.
    func valueSpan(_ v: PreparedView, _ ch: Channel, _ r: Row) -> (Double, Double)? {
        guard let s = scale(ch), let d = v.encoding[ch] else { return nil }
        let second: Channel = ch == .x ? .x2 : .y2
        let off = markOffset(v, ch), off2 = markOffset(v, second)
        if let f = d.outputField, v.semantics.stack?.channel == ch {
            guard let a = s.map(r[f + "_start"]), let b = s.map(r[f + "_end"]) else { return nil }
            return (a + off2, b + off)
        }
        if v.encoding[second] != nil, let a = position(v, ch, r), let b = position(v, second, r) {
            return (b, a)
        }
        if let f = d.outputField, let e = d.binEndField, let a = s.map(r[f]), let b = s.map(r[e]) { return (a + off, b + off2) }
        guard let b = position(v, ch, r) else { return nil }
        return (s.baseline + off2, b)
    }

    /// Where a row's band starts and how wide it is on a group axis, including `xOffset`
    /// and `yOffset` sub-bands.
    func bandSpan(_ v: PreparedView, _ ch: Channel, _ r: Row) -> (Double, Double)? {
        let offCh: Channel = ch == .x ? .xOffset : .yOffset
        var sizeFraction = ch == .x ? v.mark.width : v.mark.height
        // A bar's `size` value is its thickness in points, as in Vega-Lite.
        if v.mark.type == .bar, ch == v.semantics.groupChannel, case .number(let n)? = v.encoding[.size]?.value { sizeFraction = n }
        // So is the mark's own `size` (Vega-Lite's bar `size`), unless a width or height is set.
        if v.mark.type == .bar, ch == v.semantics.groupChannel, sizeFraction == nil, let n = v.mark.size { sizeFraction = n }
        let off = markOffset(v, ch)
        guard let s = scale(ch), let d = v.encoding[ch] else {
            // No field on this axis: one band of 90% of the view, as Vega-Lite draws it.
            let lo = ch == .x ? plot.minX : plot.minY, extent = plotExtent(ch)
            return applyFraction((lo + extent * 0.05 + off, extent * 0.9), sizeFraction)
        }
        var span: (Double, Double)
        let second: Channel = ch == .x ? .x2 : .y2
        if let b = s.band, let d2 = v.encoding[second], d2.field != nil || d2.datum != nil {
            // A ranged bar on a discrete axis: from one value's position to the other's (band
            // starts on a band scale, centres on a point scale), as Vega places rect marks.
            let v1: Value = d.datum.map { Value.from($0) } ?? d.outputField.map { r[$0] } ?? .null
            let v2: Value = d2.datum.map { Value.from($0) } ?? d2.outputField.map { r[$0] } ?? .null
            let p1 = s.domain.band ? b.start(of: v1) : b.center(of: v1)
            let p2 = s.domain.band ? b.start(of: v2) : b.center(of: v2)
            guard let a = p1.map({ $0 + off }), let c = p2.map({ $0 + markOffset(v, second) }) else { return nil }
            let spacing = s.domain.band ? 0 : (v.mark.binSpacing ?? 1)
            let lo = min(a, c), hi = max(a, c)
            span = (lo + spacing / 2, max(0.25, hi - lo - spacing))
            return span
        } else if let b = s.band, s.domain.band {
            let value: Value = d.datum.map { Value.from($0) } ?? d.outputField.map { r[$0] } ?? .null
            guard let start = b.start(of: value) else { return nil }
            span = (start + off, b.bandwidth)
        } else if let f = d.outputField, let e = d.binEndField ?? (v.encoding[ch == .x ? .x2 : .y2]?.outputField),
                  let a = s.map(r[f]), let b = s.map(r[e]) {
            let spacing = v.mark.binSpacing ?? 1
            let lo = min(a, b), hi = max(a, b)
            span = (lo + spacing / 2 + off, max(0.25, hi - lo - spacing))
        } else if let f = d.outputField, let unit = d.timeUnit, let t = Coercion.date(r[f]),
                  let a = s.mapNumber(t), let b = s.mapNumber(t + unit.step(after: t)) {
            let spacing = v.mark.binSpacing ?? 1
            let shift = ((d.bandPosition ?? 0.5) - 0.5) * abs(b - a)
            span = (min(a, b) + spacing / 2 + off + shift, max(0.25, abs(b - a) - spacing))
        } else {
            guard let c = position(v, ch, r) else { return nil }
            let w = sizeFraction.map { $0 < 0 ? 5 * -$0 : $0 } ?? 5  // Vega-Lite's continuousBandSize
            return (c - w / 2, w)
        }
        if let od = v.encoding[offCh], let of = od.outputField {
            let sub = offsetDomain(v, of, channel: offCh)
            let inner = BandScale(domain: sub, range: (0, span.1),
                                  paddingInner: od.scale?.paddingInner ?? od.scale?.padding ?? 0,
                                  paddingOuter: od.scale?.paddingOuter ?? od.scale?.padding ?? 0)
            guard let o = inner.start(of: r[of]) else { return nil }
            span = (span.0 + o, inner.bandwidth)
        }
        return applyFraction(span, sizeFraction)
    }

    /// `mark.width`/`height`: a fixed size (points) or a fraction of the band (negative),
    /// centred in the band.
    func applyFraction(_ span: (Double, Double), _ size: Double?) -> (Double, Double) {
        guard let size else { return span }
        let w = size < 0 ? span.1 * -size : size
        return (span.0 + (span.1 - w) / 2, w)
    }

    func plotExtent(_ ch: Channel) -> Double { ch == .x ? plot.width : plot.height }

    func offsetDomain(_ v: PreparedView, _ field: String, channel: Channel = .xOffset) -> [Value] {
        var seen = Set<Value>(), vals: [Value] = []
        for view in views {
            for r in view.table.rows where !r[field].isNull { if seen.insert(r[field]).inserted { vals.append(r[field]) } }
        }
        let def = v.encoding[channel]
        if let dom = def?.scale?.domain { return dom.map { Value.from($0) } }
        return def.map { DiscreteOrder.sort(vals, channel: channel, def: $0, views: [v]) } ?? vals.sorted(by: valueLess)
    }

    func datumName(_ v: PreparedView, _ r: Row) -> String {
        var parts: [String] = []
        for ch in [Channel.x, .y, .color, .xOffset, .yOffset] {
            if let f = v.encoding[ch]?.outputField { parts.append("\(f)=\(r[f].text)") }
        }
        return parts.joined(separator: " ")
    }

    // MARK: Bars

    /// The corner radii of a bar, or of a whole stack, as Vega-Lite resolves them.
    ///
    /// Each corner takes its own `cornerRadiusTopLeft`… or else `cornerRadius`.
    /// `cornerRadiusEnd` then rounds the value end: the top corners of a vertical bar whose
    /// value lies above its base (`valueEndFirst`: top for vertical bars, right for
    /// horizontal ones), the bottom (left) corners of one whose value lies below (left of)
    /// it, and all four of a ranged bar (`y2`/`x2`). As in Vega-Lite 5.x's current
    /// compiler, the end is found from the drawn positions, so negative values and reversed
    /// scales round the end the value reaches, not always the top. A stack rounds both
    /// ends when it has parts either side of zero.
    static func barRadii(_ m: MarkSpec, vertical: Bool, ranged: Bool, endFirst: Bool, endSecond: Bool) -> CornerRadii {
        let all = m.cornerRadius ?? 0
        var r = CornerRadii(topLeft: m.cornerRadiusTopLeft ?? all, topRight: m.cornerRadiusTopRight ?? all,
                            bottomRight: m.cornerRadiusBottomRight ?? all, bottomLeft: m.cornerRadiusBottomLeft ?? all)
        guard let end = m.cornerRadiusEnd else { return r }
        if ranged { return CornerRadii(all: end) }
        if vertical {
            if endFirst { r.topLeft = end; r.topRight = end }
            if endSecond { r.bottomLeft = end; r.bottomRight = end }
        } else {
            if endFirst { r.topRight = end; r.bottomRight = end }
            if endSecond { r.topLeft = end; r.bottomLeft = end }
        }
        return r
    }

    /// Whether a mark asks for any rounded corner.
    static func hasCornerRadius(_ m: MarkSpec) -> Bool {
        [m.cornerRadius, m.cornerRadiusEnd, m.cornerRadiusTopLeft, m.cornerRadiusTopRight, m.cornerRadiusBottomLeft,
         m.cornerRadiusBottomRight].contains { ($0 ?? 0) > 0 }
    }

    /// A bar's outline: the mark's `stroke`, else the `stroke` channel's condition, value or
    /// scale, with the `strokeWidth` channel's or mark's width (1 by default, as Vega's).
    func barStroke(_ v: PreparedView, _ r: Row) -> Stroke? {
        var color: Color? = nil
        if let s = v.mark.stroke {
            color = s == "transparent" ? nil : CSSColor.parse(s)
        } else if let d = v.encoding[.stroke] {
            if case .string(let s)? = conditional(v, .stroke, r) { color = CSSColor.parse(s) }
            else if let f = d.outputField, let c = self.color, c.channel == .stroke || c.def.outputField == f { color = c.color(for: r[f]) }
            else if case .string(let s) = d.value, s != "transparent" { color = CSSColor.parse(s) }
        }
        guard let color, let w = strokeWidth(v, r, default: v.mark.strokeWidth ?? 1), w > 0 else { return nil }
        return Stroke(color: color.withOpacity(v.mark.strokeOpacity ?? 1), width: w)
    }

    func bars(_ v: PreparedView) -> [SceneNode] {
        let vertical = v.semantics.valueChannel == .y
        let group: Channel = vertical ? .x : .y
        let value: Channel = vertical ? .y : .x
        let ranged = v.encoding[vertical ? .y2 : .x2] != nil
        // Vega-Lite rounds a stack as a whole: its parts are drawn square, inside a group
        // clipped to the stack's outline with the corners on the group (mark.ts,
        // getGroupsForStackedBarWithCornerRadius). Not with a `size` field, as there.
        let stackedRound = v.semantics.stack != nil && Self.hasCornerRadius(v.mark)
            && v.encoding[.size]?.outputField == nil && v.encoding[value]?.outputField != nil
        var single: [SceneNode] = []
        // Stacks in first-seen order, keyed by their band.
        var stackOrder: [String] = []
        var stacks: [String: (band: (Double, Double), rows: [Row], nodes: [SceneNode], lo: Double, hi: Double)] = [:]
        for r in v.table.rows {
            guard let band = bandSpan(v, group, r) else { continue }
            let span: (Double, Double)
            if v.encoding[value] == nil {
                span = vertical ? (plot.maxY, plot.minY) : (plot.minX, plot.maxX)
            } else if let s = valueSpan(v, value, r) {
                span = s
            } else { continue }
            let lo = min(span.0, span.1), hi = max(span.0, span.1)
            let rect = vertical
                ? Rect(x: band.0, y: lo, width: band.1, height: hi - lo)
                : Rect(x: lo, y: band.0, width: hi - lo, height: band.1)
            guard rect.width.isFinite, rect.height.isFinite else { continue }
            let base = color(v, r)
            let fill = v.mark.fill == "transparent" ? nil : base.withOpacity(opacity(v, r))
            let stroke = barStroke(v, r)
            if stackedRound {
                let key = "\(band.0)|\(band.1)"
                if stacks[key] == nil { stackOrder.append(key); stacks[key] = (band, [], [], lo, hi) }
                stacks[key]!.rows.append(r)
                stacks[key]!.nodes.append(.rect(RectNode(rect: rect, fill: fill, stroke: stroke, role: .mark, name: datumName(v, r))))
                stacks[key]!.lo = min(stacks[key]!.lo, lo)
                stacks[key]!.hi = max(stacks[key]!.hi, hi)
                continue
            }
            // The value end: above (vertical) or right of (horizontal) the base, on screen.
            let endFirst = vertical ? span.1 < span.0 : span.1 > span.0
            let endSecond = vertical ? span.1 > span.0 : span.1 < span.0
            let radii = Self.barRadii(v.mark, vertical: vertical, ranged: ranged, endFirst: endFirst, endSecond: endSecond)
            var node = RectNode(rect: rect, fill: fill, stroke: stroke, role: .mark, name: datumName(v, r))
            let clamped = radii.clamped(to: rect)
            if clamped.topLeft == clamped.topRight && clamped.topLeft == clamped.bottomRight && clamped.topLeft == clamped.bottomLeft {
                node.cornerRadius = clamped.topLeft
            } else {
                node.cornerRadii = radii
            }
            single.append(.rect(node))
        }
        guard stackedRound, let f = v.encoding[value]?.outputField, let s = scale(value) else { return single }
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
            let radii = Self.barRadii(v.mark, vertical: vertical, ranged: ranged, endFirst: endFirst, endSecond: endSecond)
            out.append(.group(GroupNode(children: st.nodes, clip: clip, clipRadii: radii.clamped(to: clip), role: .mark,
                                        name: "stack \(datumName(v, first).split(separator: " ").first.map(String.init) ?? "")")))
            // The stack's outline, drawn over its parts as Vega-Lite's group stroke
            // (strokeForeground) and not clipped.
            if let stroke = barStroke(v, first) {
                out.append(.rect(RectNode(rect: clip, stroke: stroke, cornerRadii: radii, role: .mark, name: "outline of stack")))
            }
        }
        return out
    }

    // MARK: Lines and areas

    /// Rows split into series by the channels that split lines, in first-seen order.
    func series(_ v: PreparedView) -> [(key: Value, rows: [Row])] {
        var fields: [String] = []
        for ch in [Channel.color, .fill, .stroke, .strokeDash, .opacity, .detail] {
            for d in v.encoding.channels[ch] ?? [] {
                if let f = d.outputField, d.aggregate == nil || ch == .detail, !fields.contains(f) { fields.append(f) }
            }
        }
        let groups = Aggregation.group(v.table.rows, by: fields)
        return groups.map { (key: $0.key.first ?? .null, rows: $0.rows) }
    }

    /// A series' rows in drawing order: by the `order` channel when there is one, else
    /// along the independent axis, as Vega-Lite sorts line points.
    func ordered(_ v: PreparedView, _ rows: [Row], along: Channel) -> [Row] {
        if let orders = v.encoding.channels[.order], !orders.isEmpty {
            let keys = orders.compactMap { o -> (String, Bool)? in
                guard let f = o.outputField else { return nil }
                if case .some(.descending) = o.sort { return (f, true) }
                return (f, false)
            }
            if keys.isEmpty { return rows }  // order: {"value": ...} keeps the data order
            return rows.enumerated().sorted { a, b in
                for (f, desc) in keys {
                    let va = a.element[f], vb = b.element[f]
                    if va == vb { continue }
                    return desc ? valueLess(vb, va) : valueLess(va, vb)
                }
                return a.offset < b.offset
            }.map(\.element)
        }
        guard let af = v.encoding[along]?.outputField, let s = scale(along) else { return rows }
        if let b = s.band {
            return rows.enumerated().sorted { a, c in
                let pa = b.start(of: a.element[af]) ?? .infinity, pc = b.start(of: c.element[af]) ?? .infinity
                return pa != pc ? pa < pc : a.offset < c.offset
            }.map(\.element)
        }
        return rows.enumerated().sorted { a, b in
            let pa = s.map(a.element[af]) ?? .infinity, pb = s.map(b.element[af]) ?? .infinity
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
    }

    /// Vega-Lite 6's ranged offset: an area on a discrete axis with a quantitative offset
    /// (`y` nominal, `yOffset` quantitative) spans, inside each band, from the offset
    /// scale's value of its stack start to that of its end. The values stack per position
    /// and band in data order (Vega's stack, no sort); the offset scale is linear over the
    /// starts and ends with zero included, from the band's base edge (the bottom of a y
    /// band) to its far edge. Nil when the view has no such offset.
    func rangedOffsetSpans(_ v: PreparedView, along: Channel, across: Channel) -> [Row: (Double, Double)]? {
        let offCh: Channel = across == .y ? .yOffset : .xOffset
        guard v.mark.type == .area, let od = v.encoding[offCh], let f = od.outputField, od.isContinuous(for: offCh),
              let s = scale(across), let band = s.band, s.domain.band, let cf = v.encoding[across]?.outputField else { return nil }
        let af = v.encoding[along]?.outputField
        var positive: [[Value]: Double] = [:], negative: [[Value]: Double] = [:]
        var spans: [(Row, Double, Double)] = []
        for r in v.table.rows {
            guard let n = r[f].number, n.isFinite else { continue }
            let key = [af.map { r[$0] } ?? .null, r[cf]]
            let start = n >= 0 ? positive[key, default: 0] : negative[key, default: 0]
            if n >= 0 { positive[key] = start + n } else { negative[key] = start + n }
            spans.append((r, start, start + n))
        }
        var lo = 0.0, hi = 0.0
        for (_, a, b) in spans { lo = min(lo, a, b); hi = max(hi, a, b) }
        if let dom = od.scale?.domain, dom.count == 2, let a = Value.from(dom[0]).number, let b = Value.from(dom[1]).number { lo = a; hi = b }
        if hi == lo { hi = lo + 1 }
        let bw = band.bandwidth
        func offset(_ x: Double) -> Double {
            let t = (x - lo) / (hi - lo)
            return across == .y ? bw * (1 - t) : bw * t
        }
        var out: [Row: (Double, Double)] = [:]
        for (r, a, b) in spans {
            guard let start = band.start(of: r[cf]) else { continue }
            out[r] = (start + offset(a), start + offset(b))
        }
        return out
    }

    func lines(_ v: PreparedView, area: Bool) -> [SceneNode] {
        var out: [SceneNode] = []
        let vertical = v.semantics.valueChannel == .y
        let along: Channel = vertical ? .x : .y
        let across: Channel = vertical ? .y : .x
        let ranged = area ? rangedOffsetSpans(v, along: along, across: across) : nil
        let interpolate = v.mark.interpolate ?? .linear
        var lineNodes: [SceneNode] = []
        var pointNodes: [SceneNode] = []
        let allSeries = series(v)
        for (_, rows0) in allSeries {
            guard let first = rows0.first else { continue }
            let rows = ordered(v, rows0, along: along)
            let stroke = color(v, first)
            let op = opacity(v, first)
            let width = strokeWidth(v, first, default: v.mark.strokeWidth ?? theme.lineWidth) ?? theme.lineWidth
            var dashes = v.mark.strokeDash ?? []
            if let dd = v.encoding[.strokeDash], let f = dd.outputField, let ds = dash { dashes = ds.dash(for: first[f]) }
            // Split into runs at invalid values: a gap, never an invented value.
            var runs: [[(Point, Double, Row)]] = []  // point and the base (areas)
            var run: [(Point, Double, Row)] = []
            for r in rows {
                let a = v.encoding[along] == nil ? (vertical ? plot.midX : plot.midY) : position(v, along, r)
                var b: Double? = nil
                var base = 0.0
                if let ranged { if let span = ranged[r] { base = span.0; b = span.1 } }
                else if let span = valueSpan(v, across, r) { base = span.0; b = span.1 }
                else if v.encoding[across] == nil { b = vertical ? plot.midY : plot.midX }
                guard let a, let b, a.isFinite, b.isFinite else {
                    if !run.isEmpty { runs.append(run); run = [] }
                    continue
                }
                run.append((vertical ? Point(x: a, y: b) : Point(x: b, y: a), base, r))
            }
            if !run.isEmpty { runs.append(run) }
            let name = datumName(v, first)
            for run in runs {
                let pts = run.map(\.0)
                if area {
                    guard pts.count > 1 else { continue }
                    var path = Curves.path(pts, interpolate: interpolate, vertical: vertical)
                    let basePts = run.reversed().map { vertical ? Point(x: $0.0.x, y: $0.1) : Point(x: $0.1, y: $0.0.y) }
                    let back = Curves.path(basePts, interpolate: interpolate, vertical: vertical)
                    path.line(to: basePts[0])
                    path.elements += back.elements.dropFirst()
                    path.close()
                    let encoded = v.encoding[.opacity] != nil || v.encoding[.fillOpacity] != nil
                    let fillOpacity = encoded ? op : (v.mark.fillOpacity ?? v.mark.opacity ?? (v.semantics.stack == nil && allSeries.count > 1 ? 0.7 : 1))
                    if let g = v.mark.gradient {
                        out += gradientFill(path, points: pts + basePts, gradient: g, opacity: fillOpacity, name: name)
                    } else {
                        out.append(.path(PathNode(path: path, fill: stroke.withOpacity(fillOpacity), role: .mark, name: name)))
                    }
                    if v.mark.line {
                        let lc = v.mark.lineColor.flatMap(CSSColor.parse) ?? stroke
                        lineNodes.append(.path(PathNode(path: Curves.path(pts, interpolate: interpolate, vertical: vertical),
                                                        stroke: Stroke(color: lc, width: v.mark.lineStrokeWidth ?? width, lineJoin: .round),
                                                        role: .mark, name: name)))
                    }
                } else if stroke.alpha == 0 {
                    // `stroke: "transparent"`: an invisible line (a wider target for hovering).
                } else if pts.count == 1 {
                    // A lone point between gaps: show it as a dot so it is not lost.
                    pointNodes.append(.path(PathNode(path: Self.circle(center: pts[0], radius: max(3, width * 1.4)),
                                                     fill: stroke.withOpacity(op), role: .mark, name: name)))
                } else {
                    let lineOpacity = op * (v.mark.strokeOpacity ?? 1)
                    lineNodes.append(.path(PathNode(path: Curves.path(pts, interpolate: interpolate, vertical: vertical),
                                                    stroke: Stroke(color: stroke.withOpacity(lineOpacity), width: width, dash: dashes,
                                                                   lineCap: .butt, lineJoin: .round),
                                                    role: .mark, name: name)))
                }
                // Points on the line: `point: true`, or (as Vega-Lite) a `shape` encoding.
                if v.mark.point || (!v.mark.pointExplicit && v.encoding[.shape] != nil) {
                    let pc = v.mark.pointColor.flatMap(CSSColor.parse) ?? stroke
                    let radius = v.mark.pointSize.map { ($0 / Double.pi).squareRoot() } ?? max(3, width * 1.4)
                    for (p, _, row) in run where pts.count > 1 || area {
                        let shape = shapeName(v, row, overlay: true).map { ShapeScale.path($0, center: p, size: v.mark.pointSize ?? 30) }
                            ?? Self.circle(center: p, radius: radius)
                        if v.mark.pointFilled == false {
                            let inside = v.mark.pointFill.flatMap(CSSColor.parse)
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

    /// A linear gradient fill, drawn as thin strips of the shape each clipped to its part
    /// of the gradient (the scene has flat fills only). Gradients along x or y are drawn
    /// exactly in 48 steps; a diagonal one uses its vertical component.
    func gradientFill(_ path: Path, points: [Point], gradient g: Gradient, opacity: Double, name: String) -> [SceneNode] {
        let xs = points.map(\.x), ys = points.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return [] }
        let stops = g.stops.compactMap { s in CSSColor.parse(s.color).map { (s.offset, $0) } }.sorted { $0.0 < $1.0 }
        guard let firstStop = stops.first else { return [] }
        func colorAt(_ t: Double) -> Color {
            if t <= firstStop.0 { return firstStop.1 }
            for i in 1..<max(1, stops.count) where t <= stops[i].0 {
                let (o0, c0) = stops[i - 1], (o1, c1) = stops[i]
                let f = o1 == o0 ? 0 : (t - o0) / (o1 - o0)
                return Color(red: c0.red + (c1.red - c0.red) * f, green: c0.green + (c1.green - c0.green) * f,
                             blue: c0.blue + (c1.blue - c0.blue) * f, alpha: c0.alpha + (c1.alpha - c0.alpha) * f)
            }
            return stops.last!.1
        }
        let horizontal = abs(g.x2 - g.x1) > abs(g.y2 - g.y1)
        let steps = 48
        var out: [SceneNode] = []
        for i in 0..<steps {
            let f0 = Double(i) / Double(steps), f1 = Double(i + 1) / Double(steps)
            let clip: Rect
            let mid = (f0 + f1) / 2
            let t: Double
            if horizontal {
                clip = Rect(x: minX + (maxX - minX) * f0, y: minY, width: (maxX - minX) / Double(steps) + 0.5, height: maxY - minY)
                t = g.x2 == g.x1 ? 0 : (mid - g.x1) / (g.x2 - g.x1)
            } else {
                clip = Rect(x: minX, y: minY + (maxY - minY) * f0, width: maxX - minX, height: (maxY - minY) / Double(steps) + 0.5)
                t = g.y2 == g.y1 ? 0 : (mid - g.y1) / (g.y2 - g.y1)
            }
            let c = colorAt(max(0, min(1, t)))
            out.append(.group(GroupNode(children: [.path(PathNode(path: path, fill: c.withOpacity(c.alpha * opacity), role: .mark, name: name))],
                                        clip: clip, role: .mark, name: "gradient")))
        }
        return out
    }

    // MARK: Points, rules, ticks, text

    /// A point-like mark's centre moved into its `xOffset`/`yOffset` sub-band on a band
    /// axis, as Vega-Lite places it: one point per grouped bar, not all at the band's centre.
    func offsetCentre(_ v: PreparedView, _ r: Row, _ px: Double, _ py: Double) -> (Double, Double) {
        var (px, py) = (px, py)
        if v.encoding[.xOffset]?.outputField != nil, scale(.x)?.domain.band == true, let span = bandSpan(v, .x, r) {
            px = span.0 + span.1 / 2
        }
        if v.encoding[.yOffset]?.outputField != nil, scale(.y)?.domain.band == true, let span = bandSpan(v, .y, r) {
            py = span.0 + span.1 / 2
        }
        return (px, py)
    }

    func points(_ v: PreparedView) -> [SceneNode] {
        var out: [SceneNode] = []
        for r in v.table.rows {
            let px0 = v.encoding[.x] == nil ? markPosition(v, .x) ?? plot.midX : position(v, .x, r)
            let py0 = v.encoding[.y] == nil ? markPosition(v, .y) ?? plot.midY : position(v, .y, r)
            guard let px0, let py0, px0.isFinite, py0.isFinite else { continue }
            let (px, py) = offsetCentre(v, r, px0, py0)
            var size = v.mark.size ?? 30
            if let sd = v.encoding[.size] {
                if case .number(let n) = sd.value { size = n }
                else if let f = sd.outputField, let n = r[f].number {
                    let all = v.table.rows.compactMap { $0[f].number }
                    let hi = all.max() ?? 1
                    size = hi == 0 ? 30 : 9 + 300 * n / hi
                }
            }
            let radius = (max(0, size) / Double.pi).squareRoot()
            let c = color(v, r).withOpacity(opacity(v, r))
            let symbol = shapeName(v, r)
            // Vega's "stroke" symbol is a line: drawn stroked, never filled.
            let filled = symbol != "stroke" && (v.mark.filled ?? (v.mark.type != .point))
            let path = symbol.map { ShapeScale.path($0, center: Point(x: px, y: py), size: max(0, size)) }
                ?? (v.mark.type == .square
                ? Path([.move(to: Point(x: px - radius, y: py - radius)), .line(to: Point(x: px + radius, y: py - radius)),
                        .line(to: Point(x: px + radius, y: py + radius)), .line(to: Point(x: px - radius, y: py + radius)), .close])
                : Self.circle(center: Point(x: px, y: py), radius: radius))
            let inside = filled ? c : v.mark.fill.flatMap(CSSColor.parse)
            out.append(.path(PathNode(path: path, fill: inside, stroke: filled ? nil : Stroke(color: c, width: v.mark.strokeWidth ?? 1.5),
                                      role: .mark, name: datumName(v, r))))
        }
        return out
    }

    func rules(_ v: PreparedView) -> [SceneNode] {
        var out: [SceneNode] = []
        let rows = v.table.rows.isEmpty && (v.encoding[.x]?.datum != nil || v.encoding[.y]?.datum != nil) ? [Row()] : v.table.rows
        let hasX = v.encoding[.x] != nil, hasY = v.encoding[.y] != nil
        var width = v.mark.strokeWidth ?? 1.5
        if case .number(let n)? = v.encoding[.size]?.value ?? v.encoding[.strokeWidth]?.value { width = n }
        for r in rows {
            var p0: Point, p1: Point
            if v.encoding[.x2] != nil, hasX {
                guard let a = position(v, .x, r), let b = position(v, .x2, r) else { continue }
                let py = hasY ? position(v, .y, r) : plot.midY
                guard let py else { continue }
                p0 = Point(x: a, y: py); p1 = Point(x: b, y: py)
            } else if v.encoding[.y2] != nil, hasY {
                guard let a = position(v, .y, r), let b = position(v, .y2, r) else { continue }
                let px = hasX ? position(v, .x, r) : plot.midX
                guard let px else { continue }
                p0 = Point(x: px, y: a); p1 = Point(x: px, y: b)
            } else if hasX && !hasY {
                guard let px = position(v, .x, r) else { continue }
                p0 = Point(x: px, y: plot.minY); p1 = Point(x: px, y: plot.maxY)
            } else if hasY && !hasX {
                guard let py = position(v, .y, r) else { continue }
                p0 = Point(x: plot.minX, y: py); p1 = Point(x: plot.maxX, y: py)
            } else if hasX && hasY {
                // A rule across the band of a discrete axis at a value on the other.
                let vertical = v.semantics.valueChannel == .y
                let group: Channel = vertical ? .x : .y
                guard let band = bandSpan(v, group, r), let pv = position(v, vertical ? .y : .x, r) else { continue }
                p0 = vertical ? Point(x: band.0, y: pv) : Point(x: pv, y: band.0)
                p1 = vertical ? Point(x: band.0 + band.1, y: pv) : Point(x: pv, y: band.0 + band.1)
            } else {
                continue
            }
            guard p0.x.isFinite, p0.y.isFinite, p1.x.isFinite, p1.y.isFinite else { continue }
            let c = color(v, r).withOpacity(opacity(v, r))
            let dashes = v.mark.strokeDash ?? []
            out.append(.path(PathNode(path: .polyline([p0, p1]), stroke: Stroke(color: c, width: width, dash: dashes),
                                      role: .mark, name: datumName(v, r))))
        }
        return out
    }

    func ticks(_ v: PreparedView) -> [SceneNode] {
        var out: [SceneNode] = []
        let vertical = v.semantics.valueChannel == .y
        for r in v.table.rows {
            let group: Channel = vertical ? .x : .y
            let value: Channel = vertical ? .y : .x
            guard let pv = position(v, value, r) else { continue }
            let span = bandSpan(v, group, r) ?? (vertical ? (plot.minX, plot.width) : (plot.minY, plot.height))
            let len = (scale(group)?.band != nil) ? span.1 * 0.75 : 12
            let c0 = span.0 + span.1 / 2
            let (a, b) = vertical
                ? (Point(x: c0 - len / 2, y: pv), Point(x: c0 + len / 2, y: pv))
                : (Point(x: pv, y: c0 - len / 2), Point(x: pv, y: c0 + len / 2))
            out.append(.path(PathNode(path: .polyline([a, b]), stroke: Stroke(color: color(v, r), width: v.mark.thickness ?? 1.5),
                                      role: .mark, name: datumName(v, r))))
        }
        return out
    }

    static func align(_ s: String?) -> TextNode.Align { s == "left" ? .start : s == "right" ? .end : .center }

    static func baseline(_ s: String?) -> TextNode.Baseline {
        switch s {
        case "top", "line-top": return .top
        case "bottom", "line-bottom": return .bottom
        case "alphabetic": return .alphabetic
        default: return .middle
        }
    }

    func texts(_ v: PreparedView) throws -> [SceneNode] {
        var out: [SceneNode] = []
        var font = theme.valueLabelFont
        if let s = v.mark.fontSize { font.size = s }
        if v.mark.fontWeight == "bold" { font.weight = .bold }
        let td = v.encoding[.text]
        let fmt: ((Value) -> String)
        if let td, let f = td.format, td.formatType != "time", td.effectiveType(for: .text) != .temporal {
            let nf = try Bridge.numberFormatter(f, locale: theme.locale)
            fmt = { $0.number.map(nf) ?? $0.text }
        } else if let td, td.effectiveType(for: .text) == .temporal || td.formatType == "time" {
            let tf = try Bridge.timeFormatter(td.format ?? td.timeUnit.map(TimeUnitFormat.specifier) ?? "%b %d, %Y", locale: theme.locale)
            fmt = { Coercion.date($0).map(tf) ?? $0.text }
        } else if let td, td.effectiveType(for: .text) == .quantitative {
            let nf = try Bridge.numberFormatter(",~r", locale: theme.locale)
            fmt = { $0.number.map(nf) ?? $0.text }
        } else {
            fmt = { $0.text }
        }
        for r in v.table.rows {
            var text: String
            if let td {
                if case .some(let c) = conditional(v, .text, r) { text = Value.from(c).text }
                else if let f = td.outputField { text = fmt(r[f]) } else if let c = td.value { text = Value.from(c).text } else { continue }
            } else if let e = markExpression(v, "text", r) { text = e.text
            } else if let t = v.mark.text { text = t } else { continue }
            if text.isEmpty { continue }
            // `limit`: longer text is cut short with an ellipsis, as Vega does.
            if let limit = v.mark.limit { text = kit.truncate(text, font: font, maxWidth: limit) }
            let px = v.encoding[.x] == nil ? markPosition(v, .x) ?? plot.midX : position(v, .x, r)
            let py = v.encoding[.y] == nil ? markPosition(v, .y) ?? plot.midY : position(v, .y, r)
            guard var px, var py, px.isFinite, py.isFinite else { continue }
            // Grouped bars: a label sits in the centre of its sub-band.
            (px, py) = offsetCentre(v, r, px, py)
            // `angle`: degrees clockwise, per row when given as an expression. As in Vega, the
            // offsets dx and dy run along the turned text.
            var angle = (markExpression(v, "angle", r)?.number ?? v.mark.angle ?? 0).truncatingRemainder(dividingBy: 360)
            if !angle.isFinite { angle = 0 }
            let dx = markExpression(v, "dx", r)?.number ?? v.mark.dx ?? 0
            let dy = markExpression(v, "dy", r)?.number ?? v.mark.dy ?? 0
            let theta = angle * .pi / 180
            px += dx * cos(theta) - dy * sin(theta)
            py += dx * sin(theta) + dy * cos(theta)
            let align = Self.align(markExpression(v, "align", r)?.text ?? v.mark.align)
            let baseline = Self.baseline(markExpression(v, "baseline", r)?.text ?? v.mark.baseline)
            let explicitColor = v.encoding[.color] != nil || v.encoding[.fill] != nil || v.mark.color != nil || v.mark.fill != nil
            let c = explicitColor ? color(v, r) : theme.textColor
            out.append(.text(kit.node(text, at: Point(x: px, y: py), font: font, color: c.withOpacity(opacity(v, r)), align: align,
                                      baseline: baseline, angle: angle, role: .markLabel)))
        }
        return out
    }

    /// A circle as four cubic Bézier arcs.
    static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498 * r
        return Path([
            .move(to: Point(x: c.x + r, y: c.y)),
            .curve(to: Point(x: c.x, y: c.y + r), control1: Point(x: c.x + r, y: c.y + k), control2: Point(x: c.x + k, y: c.y + r)),
            .curve(to: Point(x: c.x - r, y: c.y), control1: Point(x: c.x - k, y: c.y + r), control2: Point(x: c.x - r, y: c.y + k)),
            .curve(to: Point(x: c.x, y: c.y - r), control1: Point(x: c.x - r, y: c.y - k), control2: Point(x: c.x - k, y: c.y - r)),
            .curve(to: Point(x: c.x + r, y: c.y), control1: Point(x: c.x + k, y: c.y - r), control2: Point(x: c.x + r, y: c.y - k)),
            .close,
        ])
    }
}

/// Channel conditions and mark expressions compiled once and shared: the layout asks per
/// row, so each test and expression is parsed only the first time it is seen.
final class RowRules: @unchecked Sendable {
    static let shared = RowRules()
    private let lock = NSLock()
    private var predicates: [FilterPredicate: RowPredicate] = [:]
    private var expressions: [String: ChartsmithData.Expression] = [:]

    /// Compiles every condition and mark expression of the views, so a mistake in one is
    /// reported rather than silently never matching.
    func check(_ views: [PreparedView]) throws {
        for v in views {
            for defs in v.encoding.channels.values {
                for d in defs {
                    for c in d.conditions {
                        do { _ = try compile(c.test) } catch { throw LayoutError("condition test: \(error)") }
                    }
                    if let t = d.fieldTest {
                        do { _ = try compile(t) } catch { throw LayoutError("condition test: \(error)") }
                    }
                }
            }
            for (property, src) in v.mark.expressions {
                do { _ = try compile(src) } catch { throw LayoutError("mark.\(property) expression: \(error)") }
            }
        }
    }

    func compile(_ p: FilterPredicate) throws -> RowPredicate {
        lock.lock()
        if let c = predicates[p] { lock.unlock(); return c }
        lock.unlock()
        let c = try RowPredicate(p)
        lock.lock()
        if predicates.count > 10_000 { predicates.removeAll() }
        predicates[p] = c
        lock.unlock()
        return c
    }

    func compile(_ src: String) throws -> ChartsmithData.Expression {
        lock.lock()
        if let e = expressions[src] { lock.unlock(); return e }
        lock.unlock()
        let e = try ChartsmithData.Expression(src)
        lock.lock()
        if expressions.count > 10_000 { expressions.removeAll() }
        expressions[src] = e
        lock.unlock()
        return e
    }

    func predicate(_ p: FilterPredicate) -> RowPredicate? { try? compile(p) }
    func expression(_ src: String) -> ChartsmithData.Expression? { try? compile(src) }
}
