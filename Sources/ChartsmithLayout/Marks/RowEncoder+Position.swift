import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Where a row sits: positions along x and y, value spans, bands and sub-bands, as
/// Vega-Lite places marks on their scales.
extension RowEncoder {
    func scale(_ ch: Channel) -> PositionScale? { ch == .x || ch == .x2 ? x : y }

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
        // The scale is lent, not copied for every row as `scale(_:)`'s result would be.
        if ch == .x || ch == .x2 { return x == nil ? nil : position(v, ch, r, on: x.unsafelyUnwrapped) }
        return y == nil ? nil : position(v, ch, r, on: y.unsafelyUnwrapped)
    }

    private func position(_ v: PreparedView, _ ch: Channel, _ r: Row, on s: PositionScale) -> Double? {
        guard let d = v.encoding[ch] else { return nil }
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
        // A binned field on a continuous axis: `bandPosition` of the way through the bin (the
        // middle by default), as Vega-Lite places a point, line or text on a bin.
        if let e = d.binEndField, s.band == nil, let a = s.map(r[f]), let b = s.map(r[e]) {
            return a + (d.bandPosition ?? 0.5) * (b - a) + off
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
        if ch == .x || ch == .x2 { return x == nil ? nil : valueSpan(v, ch, r, on: x.unsafelyUnwrapped) }
        return y == nil ? nil : valueSpan(v, ch, r, on: y.unsafelyUnwrapped)
    }

    private func valueSpan(_ v: PreparedView, _ ch: Channel, _ r: Row, on s: PositionScale) -> (Double, Double)? {
        guard let d = v.encoding[ch] else { return nil }
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
        let thick = MarkKinds.kind(of: v).sizeIsBandThickness && ch == v.semantics.groupChannel
        // A bar's `size` value is its thickness in points, as in Vega-Lite.
        if thick, case .number(let n)? = v.encoding[.size]?.value { sizeFraction = n }
        // So is the mark's own `size` (Vega-Lite's bar `size`), unless a width or height is set.
        if thick, sizeFraction == nil, let n = v.mark.size { sizeFraction = n }
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
        if let od = v.encoding[offCh], let of = od.outputField, !od.isContinuous(for: offCh) {
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
        // Only the views that put this field on the offset (a layer without it holds no category).
        for view in views where view.encoding[channel]?.outputField == field && view.table.fields.contains(field) {
            for r in view.table.rows where DiscreteOrder.isCategory(r[field]) { if seen.insert(r[field]).inserted { vals.append(r[field]) } }
        }
        let def = v.encoding[channel]
        if let dom = def?.explicitDomain(channel: channel) { return dom }
        return def.map { DiscreteOrder.sort(vals, channel: channel, def: $0, views: [v]) } ?? vals.sorted(by: DiscreteOrder.ascending)
    }

    /// A point-like mark's centre moved into its `xOffset`/`yOffset` sub-band on a band
    /// axis, as Vega-Lite places it: one point per grouped bar, not all at the band's centre.
    /// A quantitative offset places it at the band's start plus its offset scale's value
    /// (``ContinuousOffset``); nil when that value is missing (the mark is not drawn).
    func offsetCentre(_ v: PreparedView, _ r: Row, _ px: Double, _ py: Double) -> (Double, Double)? {
        var (px, py) = (px, py)
        for (ch, offCh) in [(Channel.x, Channel.xOffset), (.y, .yOffset)] {
            guard let od = v.encoding[offCh], od.outputField != nil, scale(ch)?.domain.band == true,
                  let span = bandSpan(v, ch, r) else { continue }
            var p = span.0 + span.1 / 2
            if od.isContinuous(for: offCh), let q = continuousOffsets[offCh] {
                guard let o = q.offset(r, bandwidth: span.1) else { return nil }
                p = span.0 + o
            }
            if ch == .x { px = p } else { py = p }
        }
        return (px, py)
    }
}
