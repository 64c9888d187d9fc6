import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// A `size` field's scale on point, circle or square marks, for its legend: the figure's
/// size scale (``MagnitudeScale``: from zero to the field's largest value unless the spec
/// says otherwise, or a discrete field's values spread over the range), each value's area
/// as the marks take it, and the look of the marks the symbols stand for (shape, colour,
/// opacity, filled or outlined).
struct SizeLegendScale {
    let scale: MagnitudeScale
    /// The symbols' colour and opacity: the marks' own when no field colours them.
    let color: Color
    let markType: MarkType
    /// The symbols are outlined (unfilled points), as the marks.
    let hollow: Bool

    var def: ChannelDef { scale.def }
    var title: String? { def.resolvedTitle(override: def.legend?.title) }
    /// The continuous domain's ends (0, 0 for a discrete field).
    var lo: Double { scale.extent?.lo ?? 0 }
    var hi: Double { scale.extent?.hi ?? 0 }

    /// The area of a symbol for the value `v`.
    func area(_ v: Value) -> Double { max(0, scale.value(v) ?? 0) }
    func area(_ n: Double) -> Double { area(.number(n)) }

    /// The marks a size legend is drawn for: points, circles and squares (the marks
    /// Chartsmith sizes by a field).
    static func sized(_ v: PreparedView) -> Bool { [MarkType.point, .circle, .square].contains(v.mark.type) }

    /// The first view sizing its points by a field with a legend, if any.
    static func resolve(views: [PreparedView], builder: MarkBuilder) -> SizeLegendScale? {
        for v in views where sized(v) {
            guard let d = v.encoding[.size], let f = d.outputField, !(d.legend?.disabled ?? false),
                  let scale = builder.encoder.magnitudes[.size], scale.field == f, let first = v.table.rows.first else { continue }
            let e = builder.encoder
            let coloured = [Channel.color, .fill, .stroke].contains { v.encoding[$0]?.outputField != nil }
            let opacityField = [Channel.opacity, .fillOpacity].contains { v.encoding[$0]?.outputField != nil }
            let base = coloured ? e.theme.markColor : e.color(v, first)
            let color = base.withOpacity(base.alpha * (opacityField ? 1 : e.opacity(v, first)))
            return SizeLegendScale(scale: scale, color: color, markType: v.mark.type, hollow: MarkKinds.kind(of: v).hollowInLegend(v))
        }
        return nil
    }
}
