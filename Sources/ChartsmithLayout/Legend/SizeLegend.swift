import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// The size legend, as Vega's symbol legend of a size scale: an entry at each of the scale's
/// nice ticks from zero (`tickCount`, else 5; or the legend's `values`), each symbol drawn at
/// its value's area in the marks' shape, colour and fill, centred in a column as wide as the
/// largest; and the stacking of legends set one after another.
extension LegendBox {
    /// Vega's stroke width of an outlined legend symbol.
    static let sizedStroke = 1.5
    /// The gap between legends set one after another.
    static let stackGap = 12.0

    /// The legend of `size`; with `color` (a colour scale of the same field), each symbol
    /// also takes its value's colour.
    static func measureSize(_ size: SizeLegendScale, color: ColorScale?, opacity: OpacityLegendScale? = nil, views: [PreparedView], theme: Theme, kit: TextKit,
                            look: LegendLook, vertical: Bool, maxWidth: Double) -> LegendBox {
        var box = LegendBox()
        let spec = color?.def.legend ?? size.def.legend
        box.labelFamily = spec?.labelFont
        box.titleFamily = spec?.titleFont
        let rules = LegendEntryRules(spec)
        var entries: [(String, Color, [Double], String?)] = []
        var values: [Value]
        var label: (Value) -> String
        if let d = size.scale.discretizer {
            // Vega's symbol legend of a discretizing scale: one entry per part, "< a", "a – b", "≥ b".
            let all = d.legendValues.map(Value.number)
            let texts = (try? d.labels(specifier: spec?.format ?? size.def.format, locale: theme.locale)) ?? all.map(\.text)
            values = rules.entries(all)
            label = { v in rules.label(all.firstIndex(of: v).map { texts[$0] } ?? v.text, v) }
        } else if case .discrete(let domain) = size.scale.domain {
            values = rules.entries(domain)
            label = { rules.label($0.text, $0) }
        } else {
            let f = TimeFormatChoice.legendFormatter(size.def, legend: spec, lo: size.lo, hi: size.hi, count: rules.tickCount, locale: theme.locale)
            values = rules.ticks(size.lo, size.hi).map { Value.number($0) }
            label = { rules.label(f($0.number ?? 0), $0) }
        }
        for t in values {
            var c = color?.color(for: t).map { $0.withOpacity($0.alpha * size.color.alpha) } ?? size.color
            if let opacity { c = c.withOpacity(c.alpha * opacity.opacity(t)) }
            entries.append((label(t), c, [], nil))
            box.areas.append(size.area(t))
        }
        box.title = (color?.title ?? size.title).flatMap { $0.isEmpty ? nil : $0 }
        box.symbol = .sized
        box.sizedMark = size.markType
        box.filledShapes = !size.hollow
        box.sizeColumn = diameter(max(size.scale.extent.map { size.area($0.hi) } ?? 0, box.areas.max() ?? 0))
        box.layout(entries, look: look, theme: theme, kit: kit, vertical: vertical, maxWidth: maxWidth)
        return box
    }

    /// The width of a point symbol of `area` (a circle's diameter, a square's side).
    static func diameter(_ area: Double) -> Double { 2 * (max(0, area) / Double.pi).squareRoot() }

    /// Legends set one after another: below each other when their entries run in a column
    /// (or side by side would not fit `maxWidth`), else side by side, tops aligned.
    static func stacking(_ boxes: [LegendBox], vertical: Bool, maxWidth: Double) -> LegendBox {
        let shown = boxes.filter { $0.size.width > 0 || $0.size.height > 0 }
        let sideBySide = shown.map(\.size.width).reduce(0, +) + Double(max(0, shown.count - 1)) * itemGap
        let column = vertical || sideBySide > maxWidth
        var out = LegendBox()
        var x = 0.0, y = 0.0
        for b in shown {
            out.stacked.append((b, Point(x: x, y: y)))
            if column { y += b.size.height + stackGap } else { x += b.size.width + itemGap }
        }
        out.size = column
            ? Size(width: shown.map(\.size.width).max() ?? 0, height: max(0, y - stackGap))
            : Size(width: max(0, x - itemGap), height: shown.map(\.size.height).max() ?? 0)
        return out
    }
}
