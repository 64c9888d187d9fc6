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
        let texts = values.indices.dropFirst().map { i in (text: rules.label(format(values[i]), .number(values[i])), fraction: at(values[i])) }
        g.place(texts, kit: kit)
        // Vega labels every cut: a horizontal bar whose cuts' labels do not fit apart is
        // lengthened (as far as the room beside its title allows) until they do; failing
        // that, its title goes above it and the bar takes the legend's whole width; failing
        // that too, alternate labels go a line lower (two staggered rows).
        if g.labels.count < texts.count, !vertical, color.def.legend?.gradientLength == nil {
            for (above, rows) in [(false, 1), (true, 1), (true, 2)] where g.labels.count < texts.count {
                g.titleAbove = above
                g.labelRows = rows
                let room = maxWidth - 2 * ink.padding - (g.title == nil || above ? 0 : g.titleSize.width + LegendBox.itemGap)
                g.place(texts, kit: kit)
                while g.labels.count < texts.count && g.length + 10 <= room {
                    g.length += 10
                    g.place(texts, kit: kit)
                }
            }
        }
        // A cut's label that still does not fit is left out, with a warning naming it.
        let shown = Set(g.labels.map(\.text))
        g.droppedLabels = texts.map(\.text).filter { !shown.contains($0) }
        return g
    }
}
