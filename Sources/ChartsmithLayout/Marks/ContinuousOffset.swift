import ChartsmithData
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
            let users = views.filter { $0.encoding[ch]?.outputField == field }
            guard let (lo, hi) = ContinuousDomain.resolve(extent: ContinuousDomain.extent(of: field, in: users), scale: def.scale,
                                                          zeroByDefault: false, ordered: true) else { continue }
            out[ch] = ContinuousOffset(field: field, lo: lo, hi: hi, reverse: def.scale?.reverse ?? false)
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
