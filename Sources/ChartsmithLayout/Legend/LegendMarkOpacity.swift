import ChartsmithData
import ChartsmithSpec

/// The opacity a legend's swatches take from the marks they stand for, as Vega-Lite's
/// legend `symbols` encoding sets it when the legend has no `symbolOpacity`: the largest of
/// the `opacity` channel's value and its conditions' values, else the mark's own `opacity`
/// (with Vega-Lite's default, 0.7 for unaggregated points and ticks). Chartsmith's marks
/// read a mark's `fillOpacity` where it has no `opacity`, and so do their swatches.
enum LegendMarkOpacity {
    /// The swatches' opacity for a legend of the field `field`: the first view's that
    /// encodes it on a colour, dash or shape channel (else the first view's). Nil when that
    /// is fully opaque.
    static func of(_ views: [PreparedView], field: String?) -> Double? {
        let channels: [Channel] = [.color, .fill, .stroke, .strokeDash, .shape]
        let owner = field.flatMap { f in views.first { v in channels.contains { v.encoding[$0]?.outputField == f } } } ?? views.first
        guard let v = owner else { return nil }
        let o = opacity(v)
        return o < 1 ? max(0, o) : nil
    }

    /// A view's mark opacity, for its legend (no row: a field on `opacity` is its own legend's).
    static func opacity(_ v: PreparedView) -> Double {
        if let d = v.encoding[.opacity], d.outputField == nil {
            let values = ([d.value] + d.conditions.map { Optional($0.value) }).compactMap { n -> Double? in
                if case .number(let x)? = n { return x }
                return nil
            }
            if let m = values.max() { return m }
        }
        return v.mark.opacity ?? v.mark.fillOpacity ?? MarkKinds.kind(of: v).defaultOpacity(v)
    }
}
