import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

extension GradientLegend {
    /// A discretizing colour scale's legend drawn alone, as Vega's discrete gradient legend:
    /// one solid block per part of the scale (``Discretizer``), from its value's place along
    /// the bar to the next one's (Vega's `labelFraction`: between the domain's ends, a
    /// threshold scale's widened by the mean gap), labelled at each cut but the first part's
    /// (−∞), in the legend's `format` or Vega's threshold format. The legend's `values`
    /// replace the cuts.
    static func measureDiscrete(_ color: ColorScale, rules: LegendEntryRules, theme: Theme, kit: TextKit, ink: LegendInk,
                                vertical: Bool, maxWidth: Double) -> GradientLegend? {
        guard let d = color.discretizer, !color.colors.isEmpty,
              let format = try? d.numberFormat(specifier: color.def.legend?.format ?? color.def.format, locale: theme.locale)
        else { return nil }
        var g = GradientLegend(color, ink: ink, kit: kit, vertical: vertical, maxWidth: maxWidth)
        let values = rules.values?.compactMap(\.number) ?? d.legendValues
        func at(_ v: Double) -> Double { min(1, max(0, d.fraction(v))) }
        g.blocks = values.indices.map { i in
            (from: i == 0 ? 0 : at(values[i]), to: i == values.count - 1 ? 1 : at(values[i + 1]),
             color: color.color(for: .number(values[i])) ?? theme.markColor)
        }
        g.place(values.indices.dropFirst().map { i in (rules.label(format(values[i]), .number(values[i])), at(values[i])) }, kit: kit)
        return g
    }
}
