import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// A `size` field's scale on point, circle or square marks, for its legend: a
/// quantitative field's
/// the domain from zero (Vega-Lite's size scale includes zero) to the field's largest value,
/// each value's area as the marks take it (``PointMark/area(_:hi:range:)``), and the look of the
/// marks the symbols stand for (shape, colour, opacity, filled or outlined).
struct SizeLegendScale {
    let def: ChannelDef
    let lo: Double
    let hi: Double
    /// The largest area the marks take (``RowEncoder/pointAreaMax(_:)``).
    let areaMax: Double
    /// The symbols' colour and opacity: the marks' own when no field colours them.
    let color: Color
    let markType: MarkType
    /// The symbols are outlined (unfilled points), as the marks.
    let hollow: Bool
    /// An ordinal or nominal size field's scale: an entry per value.
    var discrete: DiscreteSizeScale? = nil

    var title: String? { def.resolvedTitle(override: def.legend?.title) }

    /// The area of a symbol for the value `n`.
    func area(_ n: Double) -> Double { PointMark.area(n, hi: hi, range: PointMark.areaRange(def, max: areaMax)) }

    /// The marks a size legend is drawn for: points, circles and squares (the marks
    /// Chartsmith sizes by a field).
    static func sized(_ v: PreparedView) -> Bool { [MarkType.point, .circle, .square].contains(v.mark.type) }

    /// The first view sizing its points by a field with a legend, if any.
    static func resolve(views: [PreparedView], builder: MarkBuilder) -> SizeLegendScale? {
        for v in views where sized(v) {
            guard let d = v.encoding[.size], let f = d.outputField, !(d.legend?.disabled ?? false) else { continue }
            let e = builder.encoder
            let discrete = d.isContinuous(for: .size) ? nil : DiscreteSizeScale(d, views: views, areaMax: e.pointAreaMax(v))
            let all: [Double] = discrete != nil ? [0] : views.filter { $0.encoding[.size]?.outputField == f }.flatMap { $0.table.rows.compactMap { $0[f].number } }
            guard let hi = all.max(), let first = v.table.rows.first, discrete?.values.isEmpty != true else { continue }
            let coloured = [Channel.color, .fill, .stroke].contains { v.encoding[$0]?.outputField != nil }
            let opacityField = [Channel.opacity, .fillOpacity].contains { v.encoding[$0]?.outputField != nil }
            let base = coloured ? e.theme.markColor : e.color(v, first)
            let color = base.withOpacity(base.alpha * (opacityField ? 1 : e.opacity(v, first)))
            return SizeLegendScale(def: d, lo: min(0, all.min() ?? 0), hi: hi, areaMax: e.pointAreaMax(v), color: color, markType: v.mark.type,
                                   hollow: MarkKinds.kind(of: v).hollowInLegend(v), discrete: discrete)
        }
        return nil
    }
}
