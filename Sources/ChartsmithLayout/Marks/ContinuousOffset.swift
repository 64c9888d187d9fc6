import ChartsmithData
import ChartsmithFormat
import ChartsmithSpec

/// A quantitative `xOffset`/`yOffset` on a point, circle, square or text mark (Altair's
/// jittered strip plots): Vega-Lite's linear offset scale, from the field's extent over
/// every view that offsets by it (or the scale's `domain`, `domainMin`/`domainMax`), with
/// `zero` false and no `nice` unless the scale asks, onto [0, the band's width] of the
/// discrete position axis; the mark sits at the band's start plus the offset (reversed with
/// `reverse`). A field whose values are all equal maps to the middle of the band, as d3 does.
struct ContinuousOffset: Sendable {
    let field: String
    let lo: Double
    let hi: Double
    let reverse: Bool

    /// The offset scales of the views' quantitative offset channels, by channel.
    static func scales(views: [PreparedView]) -> [Channel: ContinuousOffset] {
        var out: [Channel: ContinuousOffset] = [:]
        for ch in [Channel.xOffset, .yOffset] {
            guard let (def, field) = views.lazy.compactMap({ v -> (ChannelDef, String)? in
                guard let d = v.encoding[ch], let f = d.outputField, d.isContinuous(for: ch) else { return nil }
                return (d, f)
            }).first else { continue }
            var lo = Double.infinity, hi = -Double.infinity
            for v in views where v.encoding[ch]?.outputField == field {
                v.table.forEachValue(of: field) { value in
                    if let n = value.number, n.isFinite { lo = min(lo, n); hi = max(hi, n) }
                }
            }
            let s = def.scale
            if let dom = s?.domain, dom.count == 2, let a = Value.from(dom[0]).number, let b = Value.from(dom[1]).number {
                (lo, hi) = (a, b)
            }
            if let m = s?.domainMin { lo = m }
            if let m = s?.domainMax { hi = m }
            guard lo <= hi else { continue }
            if s?.zero == true { lo = min(lo, 0); hi = max(hi, 0) }
            if s?.nice == true, lo < hi {
                let n = ScaleTicks.niceLinear(domain: [lo, hi], count: s?.niceCount ?? 10)
                (lo, hi) = (n[0], n[n.count - 1])
            }
            out[ch] = ContinuousOffset(field: field, lo: lo, hi: hi, reverse: s?.reverse ?? false)
        }
        return out
    }

    /// Where a row's value lies across a band of width `bandwidth`, from the band's start;
    /// nil for a missing or non-numeric value (Vega-Lite drops the mark).
    func offset(_ r: Row, bandwidth: Double) -> Double? {
        guard let n = r[field].number, n.isFinite else { return nil }
        let t = hi > lo ? (n - lo) / (hi - lo) : 0.5
        return (reverse ? 1 - t : t) * bandwidth
    }
}
