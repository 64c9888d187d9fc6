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
    static func measureSize(_ size: SizeLegendScale, color: ColorScale?, views: [PreparedView], theme: Theme, kit: TextKit,
                            look: LegendLook, vertical: Bool, maxWidth: Double) -> LegendBox {
        var box = LegendBox()
        let spec = color?.def.legend ?? size.def.legend
        box.labelFamily = spec?.labelFont
        box.titleFamily = spec?.titleFont
        let rules = LegendEntryRules(spec)
        let f = (try? Bridge.tickFormatter(size.lo, size.hi, rules.tickCount, specifier: spec?.format ?? size.def.format,
                                           locale: theme.locale)) ?? { Value.jsNumberString($0) }
        var entries: [(String, Color, [Double], String?)] = []
        if let d = size.discrete {
            // A discrete size: an entry per value, in the scale's order.
            for v in rules.entries(d.values) {
                let c = color?.color(for: v).map { $0.withOpacity($0.alpha * size.color.alpha) } ?? size.color
                entries.append((rules.label(v.text, v), c, [], nil))
                box.areas.append(d.area(v) ?? 0)
            }
        } else {
            for t in rules.ticks(size.lo, size.hi) {
                let c = color?.color(for: .number(t)).map { $0.withOpacity($0.alpha * size.color.alpha) } ?? size.color
                entries.append((rules.label(f(t), .number(t)), c, [], nil))
                box.areas.append(max(0, size.area(t)))
            }
        }
        box.title = (color?.title ?? size.title).flatMap { $0.isEmpty ? nil : $0 }
        box.symbol = .sized
        box.sizedMark = size.markType
        box.filledShapes = !size.hollow
        box.sizeColumn = diameter(size.discrete.map { $0.values.count > 1 ? $0.areaMax : ($0.areaMin + $0.areaMax) / 2 } ?? size.area(size.hi))
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
