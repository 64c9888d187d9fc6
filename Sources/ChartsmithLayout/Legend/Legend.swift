import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// An `opacity` field's scale, for its legend: the figure's opacity scale
/// (``MagnitudeScale``: by default linear from the field's smallest to largest value onto
/// 0.3–0.8, `config.scale.minOpacity` and `maxOpacity`; a discrete field's values spread
/// over that range), and the colour its swatches show.
struct OpacityLegendScale {
    let scale: MagnitudeScale
    /// The colour the swatches show at each opacity: the marks' own (their default colour
    /// when a field colours them).
    let color: Color

    static let range = (0.3, 0.8)

    var def: ChannelDef { scale.def }
    var lo: Double { scale.extent?.lo ?? 0 }
    var hi: Double { scale.extent?.hi ?? 0 }
    var title: String? { def.resolvedTitle(override: def.legend?.title) }

    /// The opacity of `v`, within 0…1 (the range's end for a value the scale cannot place).
    func opacity(_ v: Value) -> Double { min(1, max(0, scale.value(v) ?? scale.range.1)) }

    /// Whether this scale is of the field `f` (and so its legend merges with that field's).
    func isOf(_ f: String?) -> Bool { f != nil && def.outputField == f }

    /// The first view mapping a field to opacity with a legend, if any.
    static func resolve(views: [PreparedView], builder: MarkBuilder) -> OpacityLegendScale? {
        for v in views {
            guard let d = v.encoding[.opacity], let f = d.outputField, !(d.legend?.disabled ?? false),
                  let scale = builder.encoder.magnitudes[.opacity], scale.field == f, let first = v.table.rows.first else { continue }
            // A colour field has its own legend: the swatches take the marks' default colour.
            let coloured = [Channel.color, .fill, .stroke].contains { v.encoding[$0]?.outputField != nil }
            return OpacityLegendScale(scale: scale, color: coloured ? builder.encoder.theme.markColor : builder.encoder.color(v, first))
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
        /// The line's width, for a legend of the `strokeWidth` channel.
        var lineWidth: Double? = nil
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
    /// The marks' opacity, which the swatches take when the legend sets no `symbolOpacity`
    /// (``LegendMarkOpacity``).
    var markOpacity: Double?
    /// A row's height: a label's line, or a larger symbol.
    var rowHeight = 0.0
    /// A continuous colour scale's legend: a gradient bar instead of items.
    var gradient: GradientLegend?
    /// A size legend's symbol areas, one per entry (``SizeLegendScale``), and the width of
    /// the column its symbols are centred in (the largest symbol's).
    var areas: [Double] = []
    /// A stroke-width legend's line widths, one per entry (``MagnitudeScale``).
    var lineWidths: [Double] = []
    var sizeColumn = 0.0
    /// The mark a size legend's symbols take (point, circle or square).
    var sizedMark = MarkType.circle
    /// Legends set one after another (a size legend after the colour one), each with its
    /// offset from this box's origin; such a box draws only them.
    var stacked: [(box: LegendBox, offset: Point)] = []

    /// Warnings for a discrete gradient's cut labels that did not fit and are not drawn
    /// (this legend's, and those of the legends set after one another).
    var droppedLabelWarnings: [String] {
        var out: [String] = []
        if let g = gradient, !g.droppedLabels.isEmpty {
            out.append("legend \(g.title.map { "\"\($0)\"" } ?? "(untitled)"): the label\(g.droppedLabels.count == 1 ? "" : "s") "
                       + g.droppedLabels.map { "\"\($0)\"" }.joined(separator: ", ")
                       + " of the scale's cuts did not fit apart and \(g.droppedLabels.count == 1 ? "is" : "are") left out;"
                       + " a longer legend (legend.gradientLength) or a vertical one (legend.direction) has room for them")
        }
        if let g = gradient, let asked = g.shortenedFrom {
            out.append("legend \(g.title.map { "\"\($0)\"" } ?? "(untitled)"): gradientLength \(Value.jsNumberString(asked)) is not honoured:"
                       + " the bar is drawn \(Value.jsNumberString(g.length.rounded())) points long, the chart's width;"
                       + " a vertical legend (legend.direction) or a wider chart has room for it")
        }
        return out + stacked.flatMap(\.box.droppedLabelWarnings)
    }

    static let empty = LegendBox()
    static let swatch = 12.0
    static let lineSwatch = 22.0
    static let swatchGap = 6.0
    static let itemGap = 18.0

    static func measure(color: ColorScale?, dash: DashScale?, shapes: ShapeScale? = nil, opacity: OpacityLegendScale? = nil,
                        size: SizeLegendScale? = nil, strokeWidth: MagnitudeScale? = nil, views: [PreparedView], theme: Theme, kit: TextKit,
                        look: LegendLook = LegendLook(), vertical: Bool, maxWidth: Double) -> LegendBox {
        if let size {
            // Vega-Lite merges the legends of one field into one (a colour or opacity of the
            // size's field marks its symbols); the other fields' legends come first.
            // Vega-Lite merges legends whose scales have one domain: the field in the same
            // views. A colour counting one layer's rows and a size counting another's
            // (`interactive_concat_layer`: both `count`) keep a legend each.
            let colorMerged = color.map { c in
                c.def.outputField == size.def.outputField
                    && views.indices.filter { views[$0].encoding[c.channel]?.outputField == c.def.outputField }
                        == views.indices.filter { views[$0].encoding[.size]?.outputField == size.def.outputField }
            } ?? false
            let opacityMerged = opacity?.isOf(size.def.outputField) == true
            let restColor = colorMerged ? nil : color, restOpacity = opacityMerged ? nil : opacity
            var boxes: [LegendBox] = []
            if restColor != nil || dash != nil || shapes != nil || restOpacity != nil || strokeWidth != nil {
                boxes.append(measure(color: restColor, dash: dash, shapes: shapes, opacity: restOpacity, strokeWidth: strokeWidth,
                                     views: views, theme: theme, kit: kit, look: look, vertical: vertical, maxWidth: maxWidth))
            }
            let own = boxes.isEmpty ? look : theme.legendLook.overlaid(with: size.def.legend?.look ?? LegendLook())
            boxes.append(measureSize(size, color: colorMerged ? color : nil, opacity: opacityMerged ? opacity : nil, views: views,
                                     theme: theme, kit: kit, look: own, vertical: vertical, maxWidth: maxWidth))
            return boxes.count == 1 ? boxes[0] : stacking(boxes, vertical: vertical, maxWidth: maxWidth)
        }
        // An opacity of the colour's field marks the colour legend's swatches (one legend, as Vega-Lite).
        let colorOpacity = opacity.flatMap { $0.isOf(color?.def.outputField) ? $0 : nil }
        // A stroke width of the colour's field draws the colour legend's lines at its widths;
        // another field's has a legend of its own, set after the others.
        let colorWidth = strokeWidth.flatMap { $0.field == color?.def.outputField && color?.continuous == nil ? $0 : nil }
        if let strokeWidth, colorWidth == nil, color != nil || dash != nil || shapes != nil || opacity != nil {
            let first = measure(color: color, dash: dash, shapes: shapes, opacity: opacity, views: views, theme: theme, kit: kit,
                                look: look, vertical: vertical, maxWidth: maxWidth)
            let own = theme.legendLook.overlaid(with: strokeWidth.def.legend?.look ?? LegendLook())
            let second = measure(color: nil, dash: nil, strokeWidth: strokeWidth, views: views, theme: theme, kit: kit, look: own,
                                 vertical: vertical, maxWidth: maxWidth)
            return stacking([first, second], vertical: vertical, maxWidth: maxWidth)
        }
        if let opacity, colorOpacity == nil, color != nil || dash != nil || shapes != nil {
            // An opacity's legend is set after the colour, dash or shape legend.
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
           shapes.fields.count > 1 || (shapes.def.outputField != color?.def.outputField && shapes.def.outputField != dash?.def.outputField) {
            let first = measure(color: color, dash: dash, opacity: colorOpacity, views: views, theme: theme, kit: kit, look: look,
                                vertical: vertical, maxWidth: maxWidth)
            guard !(shapes.def.legend?.disabled ?? false) else { return first }
            let own = theme.legendLook.overlaid(with: shapes.def.legend?.look ?? LegendLook())
            let second = measure(color: nil, dash: nil, shapes: shapes, views: views, theme: theme, kit: kit, look: own,
                                 vertical: vertical, maxWidth: maxWidth)
            return stacking([first, second], vertical: vertical, maxWidth: maxWidth)
        }
        if let dash, let color, dash.fields.count > 1 || dash.def.outputField != color.def.outputField {
            let first = measure(color: color, dash: nil, shapes: shapes, opacity: colorOpacity, views: views, theme: theme, kit: kit,
                                look: look, vertical: vertical, maxWidth: maxWidth)
            guard !(dash.def.legend?.disabled ?? false) else { return first }
            let own = theme.legendLook.overlaid(with: dash.def.legend?.look ?? LegendLook())
            let second = measure(color: nil, dash: dash, views: views, theme: theme, kit: kit, look: own,
                                 vertical: vertical, maxWidth: maxWidth)
            return stacking([first, second], vertical: vertical, maxWidth: maxWidth)
        }
        var box = LegendBox()
        // The symbol stands for the marks the legend is of: the layers that encode its
        // channels (a rule layer without a colour does not make a point legend's swatches
        // lines), all of them when none does.
        let channels = [color?.channel, dash.map { _ in .strokeDash }, shapes.map { _ in .shape }, opacity?.scale.channel,
                        strokeWidth?.channel].compactMap { $0 }
        let encoding = views.filter { v in channels.contains { v.encoding[$0]?.outputField != nil } }
        let symbolViews = encoding.isEmpty ? views : encoding
        box.symbol = LegendSymbol.of(symbolViews)
        // Dots stand for the marks: outlined when the points are (`filled: false`, a point's default).
        if box.symbol == .circle { box.filledShapes = !symbolViews.contains { MarkKinds.kind(of: $0).hollowInLegend($0) } }
        let spec = color?.def.legend ?? dash?.def.legend ?? shapes?.def.legend ?? opacity?.def.legend ?? strokeWidth?.def.legend
        box.labelFamily = spec?.labelFont
        box.titleFamily = spec?.titleFont
        var entries: [(String, Color, [Double], String?)] = []
        let rules = LegendEntryRules(spec)
        let labelFormat: (Value) -> String = { v in rules.label(color?.labelText(v, locale: theme.locale) ?? v.text, v) }
        // A discretizing colour scale alone draws Vega's discrete gradient: blocks labelled at the cuts.
        let discreteBar = color?.discretizer != nil && colorOpacity == nil && colorWidth == nil && dash == nil && shapes == nil
        if let color, discreteBar,
           let g = GradientLegend.measureDiscrete(color, rules: rules, theme: theme, kit: kit,
                                                  ink: box.textInk(look, theme: theme, vertical: vertical), vertical: vertical, maxWidth: maxWidth) {
            box.gradient = g
            box.size = g.size
            return box
        } else if let color, color.continuous == nil {
            // A listed value no mark has gets its label and no swatch, as in Vega.
            for v in rules.entries(color.values) {
                let d = dash.flatMap { $0.def.field == color.def.field ? $0.dash(for: v) : nil } ?? []
                let shape = shapes.flatMap { $0.def.outputField == color.def.outputField ? $0.shape(for: v) : nil }
                var swatch = color.color(for: v) ?? (rules.values == nil ? theme.markColor : .clear)
                if let colorOpacity { swatch = swatch.withOpacity(swatch.alpha * colorOpacity.opacity(v)) }
                entries.append((labelFormat(v), swatch, d, shape))
                if let colorWidth { box.lineWidths.append(max(0, colorWidth.value(v) ?? theme.lineWidth)) }
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
            let f = TimeFormatChoice.legendFormatter(color.def, lo: c.lo, hi: c.hi, count: rules.tickCount, locale: theme.locale)
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
            // An opacity: swatches of the marks' colour at the opacity of each value.
            if case .discrete(let domain) = o.scale.domain {
                for v in rules.entries(domain) { entries.append((rules.label(v.text, v), o.color.withOpacity(o.color.alpha * o.opacity(v)), [], nil)) }
            } else {
                let f = TimeFormatChoice.legendFormatter(o.def, lo: o.lo, hi: o.hi, count: rules.tickCount, locale: theme.locale)
                for t in rules.ticks(o.lo, o.hi) {
                    entries.append((rules.label(f(t), .number(t)), o.color.withOpacity(o.color.alpha * o.opacity(.number(t))), [], nil))
                }
            }
            box.title = o.title
            box.symbol = LegendSymbol.of(views) == .square ? .square : .circle
        }
        if color == nil, dash == nil, shapes == nil, opacity == nil, let w = strokeWidth {
            // A stroke width: lines in the marks' colour at each value's width.
            let ink = theme.markColor
            if case .discrete(let domain) = w.domain {
                for v in rules.entries(domain) { entries.append((rules.label(v.text, v), ink, [], nil)); box.lineWidths.append(max(0, w.value(v) ?? 0)) }
            } else if let (lo, hi) = w.extent {
                let f = TimeFormatChoice.legendFormatter(w.def, lo: lo, hi: hi, count: rules.tickCount, locale: theme.locale)
                for t in rules.ticks(lo, hi) {
                    entries.append((rules.label(f(t), .number(t)), ink, [], nil)); box.lineWidths.append(max(0, w.value(.number(t)) ?? 0))
                }
            }
            box.title = w.title
            box.symbol = .line
        }
        if colorWidth != nil { box.symbol = .line }
        if entries.contains(where: { $0.3 != nil }) {
            box.symbol = .shape
            let shapeViews = views.filter { $0.encoding[.shape]?.field != nil }
            box.filledShapes = !shapeViews.contains { MarkKinds.kind(of: $0).hollowInLegend($0) }
        }
        if box.title?.isEmpty == true { box.title = nil }
        // The marks' own opacity on the swatches (an opacity legend's are their values').
        if opacity == nil && colorOpacity == nil {
            box.markOpacity = LegendMarkOpacity.of(views, field: (color?.def ?? dash?.def ?? shapes?.def ?? strokeWidth?.def)?.outputField)
        }
        // Dots take the marks' own symbol (a point's `shape`, a square mark's square).
        var look = look
        if look.symbolType == nil, box.symbol == .circle, let s = LegendSymbol.markShape(symbolViews) { look.symbolType = s }
        box.layout(entries, look: look, theme: theme, kit: kit, vertical: vertical, maxWidth: maxWidth)
        return box
    }
}
