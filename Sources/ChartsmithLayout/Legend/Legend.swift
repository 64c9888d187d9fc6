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
    /// The colour the swatches show at each opacity: the marks' own.
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
            return OpacityLegendScale(def: d, lo: lo, hi: hi, color: builder.encoder.color(v, first))
        }
        return nil
    }
}

/// A measured legend: a title and swatch–label items, laid out in rows (top or bottom) or
/// a column (left or right).
struct LegendBox {
    struct Item {
        var label: String
        var color: Color
        var dash: [Double]
        var origin: Point  // relative to the legend's origin
        var labelWidth: Double
        /// The symbol shape, for a legend of the `shape` channel.
        var shape: String? = nil
    }

    /// The swatch kind, chosen from the marks (``LegendSymbol``).
    typealias Symbol = LegendSymbol

    var title: String?
    var titleSize = Size.zero
    var items: [Item] = []
    var symbol: Symbol = .square
    var size = Size.zero
    var labelHeight = 0.0
    /// Whether shape symbols are filled (hollow for unfilled point marks, as the marks).
    var filledShapes = true
    /// A continuous colour scale's legend: a gradient bar instead of items.
    var gradient: GradientLegend?

    static let empty = LegendBox()
    static let swatch = 12.0
    static let lineSwatch = 22.0
    static let swatchGap = 6.0
    static let itemGap = 18.0

    static func measure(color: ColorScale?, dash: DashScale?, shapes: ShapeScale? = nil, opacity: OpacityLegendScale? = nil,
                        views: [PreparedView], theme: Theme, kit: TextKit, vertical: Bool, maxWidth: Double) -> LegendBox {
        var box = LegendBox()
        box.symbol = LegendSymbol.of(views)
        let font = theme.legendFont
        var entries: [(String, Color, [Double], String?)] = []
        let labelFormat: (Value) -> String = { v in color?.labelText(v, locale: theme.locale) ?? v.text }
        if let color, color.continuous == nil {
            for v in color.values {
                let d = dash.flatMap { $0.def.field == color.def.field ? $0.dash(for: v) : nil } ?? []
                let shape = shapes.flatMap { $0.def.outputField == color.def.outputField ? $0.shape(for: v) : nil }
                entries.append((labelFormat(v), color.color(for: v) ?? theme.markColor, d, shape))
            }
            box.title = color.title
        } else if let color, color.continuous != nil,
                  let g = GradientLegend.measure(color, theme: theme, kit: kit, vertical: vertical, maxWidth: maxWidth) {
            box.gradient = g
            box.size = g.size
            return box
        } else if let color, let c = color.continuous {
            let ticks = Bridge.ticks(c.lo, c.hi, 5)
            let f = (try? Bridge.tickFormatter(c.lo, c.hi, 5, specifier: color.def.legend?.format ?? color.def.format, locale: theme.locale)) ?? { Value.jsNumberString($0) }
            for t in ticks { entries.append((f(t), color.color(for: .number(t)) ?? theme.markColor, [], nil)) }
            box.title = color.title
            box.symbol = .square
        } else if let dash {
            for v in dash.values { entries.append((labelFormat(v), theme.markColor, dash.dash(for: v), nil)) }
            box.title = dash.title
            box.symbol = .line
        } else if let shapes {
            for v in shapes.values { entries.append((v.text, theme.markColor, [], shapes.shape(for: v))) }
            box.title = shapes.title
        } else if let o = opacity {
            // A quantitative opacity: swatches of the marks' colour at the opacity of each tick.
            let ticks = Bridge.ticks(o.lo, o.hi, 5)
            let f = (try? Bridge.tickFormatter(o.lo, o.hi, 5, specifier: o.def.legend?.format ?? o.def.format, locale: theme.locale))
                ?? { Value.jsNumberString($0) }
            for t in ticks {
                entries.append((f(t), o.color.withOpacity(o.color.alpha * OpacityLegendScale.opacity(t, lo: o.lo, hi: o.hi)), [], nil))
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
        let lh = kit.lineHeight(font)
        box.labelHeight = lh
        let sw = box.symbol == .line ? lineSwatch : swatch
        var x = 0.0, y = 0.0, rowW = 0.0, maxW = 0.0
        if let t = box.title {
            let tw = kit.width(t, theme.legendTitleFont)
            box.titleSize = Size(width: tw, height: kit.lineHeight(theme.legendTitleFont))
            if vertical {
                y = box.titleSize.height + 4
                maxW = tw
            } else {
                x = tw + itemGap
                rowW = x
            }
        }
        for (label, col, d, shape) in entries {
            let lw = kit.width(label, font)
            let labelLimit = max(40, maxWidth - sw - swatchGap)
            let text = lw > labelLimit ? kit.truncate(label, font: font, maxWidth: labelLimit) : label
            let w = sw + swatchGap + min(lw, labelLimit)
            if vertical {
                box.items.append(Item(label: text, color: col, dash: d, origin: Point(x: 0, y: y), labelWidth: min(lw, labelLimit), shape: shape))
                y += lh + 4
                maxW = max(maxW, w)
            } else {
                if x > 0 && x + w > maxWidth {
                    x = 0
                    y += lh + 6
                }
                box.items.append(Item(label: text, color: col, dash: d, origin: Point(x: x, y: y), labelWidth: min(lw, labelLimit), shape: shape))
                x += w + itemGap
                rowW = max(rowW, x - itemGap)
            }
        }
        box.size = vertical ? Size(width: maxW, height: max(0, y - 4)) : Size(width: rowW, height: y + lh)
        return box
    }

    func draw(at o: Point, kit: TextKit, theme: Theme) -> [SceneNode] {
        if let g = gradient { return g.draw(at: o, kit: kit, theme: theme) }
        var out: [SceneNode] = []
        let font = theme.legendFont
        if let t = title {
            out.append(.text(kit.node(t, at: o, font: theme.legendTitleFont, color: theme.legendTitleColor, role: .legendTitle)))
        }
        let sw = symbol == .line ? Self.lineSwatch : Self.swatch
        for item in items {
            let p = Point(x: o.x + item.origin.x, y: o.y + item.origin.y)
            let midY = p.y + labelHeight / 2
            out.append(symbol.swatch(item, x: p.x, midY: midY, width: sw, hollowShapes: !filledShapes, theme: theme))
            out.append(.text(kit.node(item.label, at: Point(x: p.x + sw + Self.swatchGap, y: p.y), font: font,
                                      color: theme.legendLabelColor, role: .legendLabel)))
        }
        return out
    }
}
