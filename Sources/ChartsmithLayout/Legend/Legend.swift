import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// A quantitative `opacity` field's scale, for its legend: Vega-Lite's linear opacity
/// scale from the field's smallest to largest value onto 0.3–0.8 (`config.scale.minOpacity`
/// and `maxOpacity`).
struct OpacityLegendScale {
    let def: ChannelDef
    let lo: Double
    let hi: Double
    /// The colour the swatches show at each opacity: the marks' own (their default colour
    /// when a field colours them).
    let color: Color

    static let range = (0.3, 0.8)

    static func opacity(_ n: Double, lo: Double, hi: Double) -> Double {
        hi == lo ? range.1 : range.0 + (range.1 - range.0) * max(0, min(1, (n - lo) / (hi - lo)))
    }

    var title: String? { def.resolvedTitle(override: def.legend?.title) }

    /// The first view mapping a quantitative field to opacity with a legend, if any.
    static func resolve(views: [PreparedView], builder: MarkBuilder) -> OpacityLegendScale? {
        for v in views {
            guard let d = v.encoding[.opacity], let f = d.outputField, d.isContinuous(for: .opacity),
                  !(d.legend?.disabled ?? false) else { continue }
            let all = v.table.rows.compactMap { $0[f].number }
            guard let lo = all.min(), let hi = all.max(), let first = v.table.rows.first else { continue }
            // A colour field has its own legend: the swatches take the marks' default colour.
            let coloured = [Channel.color, .fill, .stroke].contains { v.encoding[$0]?.outputField != nil }
            return OpacityLegendScale(def: d, lo: lo, hi: hi, color: coloured ? builder.encoder.theme.markColor : builder.encoder.color(v, first))
        }
        return nil
    }
}

/// A measured legend: a title and swatch–label items, laid out in rows (top or bottom), a
/// column (left or right) or a grid of `columns` (``layout(_:look:theme:kit:vertical:maxWidth:)``).
struct LegendBox {
    struct Item {
        var label: String
        var color: Color
        var dash: [Double]
        var origin: Point  // relative to the legend's origin
        var labelWidth: Double
        /// The symbol shape, for a legend of the `shape` channel.
        var shape: String? = nil
        /// The symbol's area, for a legend of the `size` channel.
        var area: Double? = nil
        /// The height of the item's row (a large symbol's row is taller).
        var rowHeight = 0.0
    }

    /// The swatch kind, chosen from the marks (``LegendSymbol``).
    typealias Symbol = LegendSymbol

    var title: String?
    var titleSize = Size.zero
    var items: [Item] = []
    var symbol: Symbol = .square
    var size = Size.zero
    var labelHeight = 0.0
    /// The legend's own `labelFont` and `titleFont` families (or CSS stacks), when its
    /// channel's `legend` sets them; applied over the style's fonts in ``layout``.
    var labelFamily: Located<String>?
    var titleFamily: Located<String>?
    /// Whether shape symbols are filled (hollow for unfilled point marks, as the marks).
    var filledShapes = true
    /// Fonts, colours, symbol and box settings (``LegendInk``).
    var ink = LegendInk()
    /// A row's height: a label's line, or a larger symbol.
    var rowHeight = 0.0
    /// A continuous colour scale's legend: a gradient bar instead of items.
    var gradient: GradientLegend?
    /// A size legend's symbol areas, one per entry (``SizeLegendScale``), and the width of
    /// the column its symbols are centred in (the largest symbol's).
    var areas: [Double] = []
    var sizeColumn = 0.0
    /// The mark a size legend's symbols take (point, circle or square).
    var sizedMark = MarkType.circle
    /// Legends set one after another (a size legend after the colour one), each with its
    /// offset from this box's origin; such a box draws only them.
    var stacked: [(box: LegendBox, offset: Point)] = []

    static let empty = LegendBox()
    static let swatch = 12.0
    static let lineSwatch = 22.0
    static let swatchGap = 6.0
    static let itemGap = 18.0

    static func measure(color: ColorScale?, dash: DashScale?, shapes: ShapeScale? = nil, opacity: OpacityLegendScale? = nil,
                        size: SizeLegendScale? = nil, views: [PreparedView], theme: Theme, kit: TextKit,
                        look: LegendLook = LegendLook(), vertical: Bool, maxWidth: Double) -> LegendBox {
        if let size {
            // Vega-Lite merges the legends of one field into one; another field's size
            // legend is set after the first legend.
            let merged = color.map { $0.def.outputField == size.def.outputField } ?? false
            if !merged, color != nil || dash != nil || shapes != nil || opacity != nil {
                let first = measure(color: color, dash: dash, shapes: shapes, opacity: opacity, views: views, theme: theme, kit: kit,
                                    look: look, vertical: vertical, maxWidth: maxWidth)
                let own = theme.legendLook.overlaid(with: size.def.legend?.look ?? LegendLook())
                let second = measureSize(size, color: nil, views: views, theme: theme, kit: kit, look: own, vertical: vertical, maxWidth: maxWidth)
                return stacking([first, second], vertical: vertical, maxWidth: maxWidth)
            }
            return measureSize(size, color: merged ? color : nil, views: views, theme: theme, kit: kit, look: look,
                               vertical: vertical, maxWidth: maxWidth)
        }
        if let opacity, color != nil || dash != nil || shapes != nil {
            // A quantitative opacity's legend is set after the colour, dash or shape legend.
            let first = measure(color: color, dash: dash, shapes: shapes, views: views, theme: theme, kit: kit, look: look,
                                vertical: vertical, maxWidth: maxWidth)
            let own = theme.legendLook.overlaid(with: opacity.def.legend?.look ?? LegendLook())
            let second = measure(color: nil, dash: nil, opacity: opacity, views: views, theme: theme, kit: kit, look: own,
                                 vertical: vertical, maxWidth: maxWidth)
            return stacking([first, second], vertical: vertical, maxWidth: maxWidth)
        }
        // Vega-Lite draws one legend per field: a shape or dash scale of a field the colour
        // legend does not show gets a legend of its own, set after the first (it was left out).
        if let shapes, color != nil || dash != nil,
           shapes.def.outputField != color?.def.outputField, shapes.def.outputField != dash?.def.outputField {
            let first = measure(color: color, dash: dash, views: views, theme: theme, kit: kit, look: look,
                                vertical: vertical, maxWidth: maxWidth)
            guard !(shapes.def.legend?.disabled ?? false) else { return first }
            let own = theme.legendLook.overlaid(with: shapes.def.legend?.look ?? LegendLook())
            let second = measure(color: nil, dash: nil, shapes: shapes, views: views, theme: theme, kit: kit, look: own,
                                 vertical: vertical, maxWidth: maxWidth)
            return stacking([first, second], vertical: vertical, maxWidth: maxWidth)
        }
        if let dash, let color, dash.def.outputField != color.def.outputField {
            let first = measure(color: color, dash: nil, shapes: shapes, views: views, theme: theme, kit: kit, look: look,
                                vertical: vertical, maxWidth: maxWidth)
            guard !(dash.def.legend?.disabled ?? false) else { return first }
            let own = theme.legendLook.overlaid(with: dash.def.legend?.look ?? LegendLook())
            let second = measure(color: nil, dash: dash, views: views, theme: theme, kit: kit, look: own,
                                 vertical: vertical, maxWidth: maxWidth)
            return stacking([first, second], vertical: vertical, maxWidth: maxWidth)
        }
        var box = LegendBox()
        box.symbol = LegendSymbol.of(views)
        let spec = color?.def.legend ?? dash?.def.legend ?? shapes?.def.legend ?? opacity?.def.legend
        box.labelFamily = spec?.labelFont
        box.titleFamily = spec?.titleFont
        var entries: [(String, Color, [Double], String?)] = []
        let rules = LegendEntryRules(spec)
        let labelFormat: (Value) -> String = { v in rules.label(color?.labelText(v, locale: theme.locale) ?? v.text, v) }
        if let color, color.continuous == nil {
            // A listed value no mark has gets its label and no swatch, as in Vega.
            for v in rules.entries(color.values) {
                let d = dash.flatMap { $0.def.field == color.def.field ? $0.dash(for: v) : nil } ?? []
                let shape = shapes.flatMap { $0.def.outputField == color.def.outputField ? $0.shape(for: v) : nil }
                entries.append((labelFormat(v), color.color(for: v) ?? (rules.values == nil ? theme.markColor : .clear), d, shape))
            }
            box.title = color.title
        } else if let color, color.continuous != nil,
                  let g = GradientLegend.measure(color, rules: rules, theme: theme, kit: kit,
                                                 ink: box.textInk(look, theme: theme, vertical: vertical),
                                                 vertical: vertical, maxWidth: maxWidth) {
            box.gradient = g
            box.size = g.size
            return box
        } else if let color, let c = color.continuous {
            let f = (try? Bridge.tickFormatter(c.lo, c.hi, rules.tickCount, specifier: color.def.legend?.format ?? color.def.format, locale: theme.locale)) ?? { Value.jsNumberString($0) }
            for t in rules.ticks(c.lo, c.hi) {
                entries.append((rules.label(f(t), .number(t)), color.color(for: .number(t)) ?? theme.markColor, [], nil))
            }
            box.title = color.title
            box.symbol = .square
        } else if let dash {
            for v in rules.entries(dash.values) { entries.append((labelFormat(v), theme.markColor, dash.dash(for: v), nil)) }
            box.title = dash.title
            box.symbol = .line
        } else if let shapes {
            for v in rules.entries(shapes.values) { entries.append((rules.label(v.text, v), theme.markColor, [], shapes.shape(for: v))) }
            box.title = shapes.title
        } else if let o = opacity {
            // A quantitative opacity: swatches of the marks' colour at the opacity of each tick.
            let f = (try? Bridge.tickFormatter(o.lo, o.hi, rules.tickCount, specifier: o.def.legend?.format ?? o.def.format, locale: theme.locale))
                ?? { Value.jsNumberString($0) }
            for t in rules.ticks(o.lo, o.hi) {
                entries.append((rules.label(f(t), .number(t)), o.color.withOpacity(o.color.alpha * OpacityLegendScale.opacity(t, lo: o.lo, hi: o.hi)), [], nil))
            }
            box.title = o.title
            box.symbol = LegendSymbol.of(views) == .square ? .square : .circle
        }
        if entries.contains(where: { $0.3 != nil }) {
            box.symbol = .shape
            let shapeViews = views.filter { $0.encoding[.shape]?.field != nil }
            box.filledShapes = !shapeViews.contains { MarkKinds.kind(of: $0).hollowInLegend($0) }
        }
        if box.title?.isEmpty == true { box.title = nil }
        box.layout(entries, look: look, theme: theme, kit: kit, vertical: vertical, maxWidth: maxWidth)
        return box
    }
}
