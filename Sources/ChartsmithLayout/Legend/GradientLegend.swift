import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// A continuous colour scale's legend, as Vega's gradient legend: a bar filled with the
/// scale's ramp (``LinearGradient``), low to high (bottom to top when vertical, left to
/// right when horizontal, at top or bottom), labelled at the scale's nice ticks
/// (`legend.format`; or its `values`, `tickCount` and `labelExpr`), `gradientLength` long (200 points) and `gradientThickness` thick (16).
struct GradientLegend: Sendable {
    struct Label: Sendable {
        var text: String
        /// Where the label's tick falls along the bar, from its low end, in points.
        var position: Double
        var width: Double
        /// The row it is set in below a horizontal bar (0, or 1 for staggered labels).
        var row = 0
    }

    var title: String?
    var titleSize = Size.zero
    var vertical: Bool
    var length: Double
    var thickness: Double
    var labels: [Label] = []
    var stops: [LinearGradient.Stop] = []
    /// A discretizing scale's legend (Vega's discrete gradient): solid blocks, each from
    /// `from` to `to` along the bar (fractions of its length, low end 0), in place of a ramp.
    var blocks: [(from: Double, to: Double, color: Color)] = []
    var labelHeight = 0.0
    /// A discrete gradient's cut labels that did not fit apart and are not drawn.
    var droppedLabels: [String] = []
    /// The spec's `gradientLength` when the bar had to be drawn shorter (the chart is not
    /// that wide), for the warning that says so.
    var shortenedFrom: Double?
    /// A horizontal bar's title set above it rather than beside it (a discrete gradient
    /// whose cut labels need the legend's whole width).
    var titleAbove = false
    /// Rows of labels below a horizontal bar: 2 staggers them, alternate labels a line
    /// lower, so close cuts are all labelled.
    var labelRows = 1
    /// Where the bar starts, from the legend's origin.
    var barOrigin = Point(x: 0, y: 0)
    var size = Size.zero
    /// The legend's text fonts and colours (its look over the style's, ``LegendInk``).
    var ink = LegendInk()

    static let labelGap = 4.0
    /// Stops sampled along the ramp: enough that the blend between them matches the
    /// scale's own piecewise ramp to within a step of 8-bit colour.
    static let stopCount = 33

    /// The legend of a continuous colour scale, or nil for any other scale.
    static func measure(_ color: ColorScale, rules: LegendEntryRules, theme: Theme, kit: TextKit, ink: LegendInk, vertical: Bool, maxWidth: Double) -> GradientLegend? {
        guard let c = color.continuous else { return nil }
        var g = GradientLegend(color, ink: ink, kit: kit, vertical: vertical, maxWidth: maxWidth)
        let lo = c.lo, hi = c.hi
        g.stops = (0..<stopCount).map { i in
            let f = Double(i) / Double(stopCount - 1)
            return LinearGradient.Stop(offset: f, color: color.color(for: .number(lo + (hi - lo) * f)) ?? theme.markColor)
        }
        let format = TimeFormatChoice.legendFormatter(color.def, lo: lo, hi: hi, count: rules.tickCount, locale: theme.locale)
        // A listed value beyond the domain is labelled at the nearer end, as Vega clamps it.
        g.place(rules.ticks(lo, hi).map { t in (rules.label(format(t), .number(t)), hi > lo ? min(1, max(0, (t - lo) / (hi - lo))) : 0.5) },
                kit: kit)
        return g
    }

    /// Labels `texts` at their fractions along the bar (as many as fit apart), and sizes the legend.
    mutating func place(_ texts: [(text: String, fraction: Double)], kit: TextKit) {
        let font = ink.labelFont
        var g = self
        defer { self = g }
        var all = texts.map { Label(text: $0.text, position: $0.fraction * g.length, width: kit.width($0.text, font)) }
        all.sort { $0.position < $1.position }
        // Every tick labelled if they fit apart, else every second, third…, as an axis thins.
        let rows = vertical ? 1 : max(1, g.labelRows)
        for step in 1...max(1, all.count) {
            var kept: [Label] = [], lastEnd = [Double](repeating: -Double.infinity, count: rows), fits = true
            for (i, l) in all.enumerated() where i % step == 0 {
                // Labels along the bar are kept whole inside it.
                var l = l
                l.row = kept.count % rows
                let extent = vertical ? g.labelHeight : l.width
                let centre = min(max(l.position, extent / 2), g.length - extent / 2)
                if centre - extent / 2 < lastEnd[l.row] + (vertical ? 2 : 8) { fits = false; break }
                lastEnd[l.row] = centre + extent / 2
                kept.append(l)
            }
            if fits || step == all.count { g.labels = fits ? kept : Array(all.prefix(1)); break }
        }
        let maxLabel = g.labels.map(\.width).max() ?? 0
        if vertical {
            g.barOrigin = Point(x: 0, y: g.title == nil ? 0 : g.titleSize.height + 4)
            g.size = Size(width: max(g.titleSize.width, g.thickness + Self.labelGap + maxLabel), height: g.barOrigin.y + g.length)
        } else if g.titleAbove {
            let y0 = g.title == nil ? 0 : g.titleSize.height + 4
            g.barOrigin = Point(x: 0, y: y0)
            g.size = Size(width: max(g.titleSize.width, g.length), height: y0 + g.thickness + 2 + Double(rows) * g.labelHeight)
        } else {
            let x0 = g.title == nil ? 0 : g.titleSize.width + LegendBox.itemGap
            g.barOrigin = Point(x: x0, y: 0)
            g.size = Size(width: x0 + g.length, height: max(g.titleSize.height, g.thickness + 2 + Double(rows) * g.labelHeight))
        }
        // The legend's box (`padding` inside it), as a legend of swatches has.
        g.size = Size(width: g.size.width + 2 * ink.padding, height: g.size.height + 2 * ink.padding)
    }

    func draw(at box: Point, kit: TextKit, theme: Theme) -> [SceneNode] {
        var out: [SceneNode] = []
        if ink.fill != nil || ink.stroke != nil {
            out.append(.rect(RectNode(rect: Rect(x: box.x, y: box.y, width: size.width, height: size.height), fill: ink.fill,
                                      stroke: ink.stroke, cornerRadius: ink.cornerRadius, role: .legend, name: "legend box")))
        }
        let o = Point(x: box.x + ink.padding, y: box.y + ink.padding)
        if let t = title {
            out.append(.text(kit.node(t, at: o, font: ink.titleFont, color: ink.titleColor, role: .legendTitle)))
        }
        let b = Point(x: o.x + barOrigin.x, y: o.y + barOrigin.y)
        let bar = vertical ? Rect(x: b.x, y: b.y, width: thickness, height: length) : Rect(x: b.x, y: b.y, width: length, height: thickness)
        // Low values at the bottom of a vertical bar, at the left of a horizontal one.
        let gradient = vertical
            ? LinearGradient(start: Point(x: bar.minX, y: bar.maxY), end: Point(x: bar.minX, y: bar.minY), stops: stops)
            : LinearGradient(start: Point(x: bar.minX, y: bar.minY), end: Point(x: bar.maxX, y: bar.minY), stops: stops)
        if blocks.isEmpty {
            var node = RectNode(rect: bar, role: .legendSymbol, name: "colour ramp")
            node.gradient = gradient
            out.append(.rect(node))
        }
        for k in blocks {
            let r = vertical ? Rect(x: bar.minX, y: bar.maxY - k.to * length, width: thickness, height: (k.to - k.from) * length)
                             : Rect(x: bar.minX + k.from * length, y: bar.minY, width: (k.to - k.from) * length, height: thickness)
            out.append(.rect(RectNode(rect: r, fill: k.color, role: .legendSymbol, name: "colour block")))
        }
        let font = ink.labelFont
        for l in labels {
            if vertical {
                let centre = min(max(length - l.position, labelHeight / 2), length - labelHeight / 2)
                out.append(.text(kit.node(l.text, at: Point(x: bar.maxX + Self.labelGap, y: bar.minY + centre), font: font,
                                          color: ink.labelColor, baseline: .middle, role: .legendLabel)))
            } else {
                let centre = min(max(l.position, l.width / 2), length - l.width / 2)
                out.append(.text(kit.node(l.text, at: Point(x: bar.minX + centre, y: bar.maxY + 2 + Double(l.row) * labelHeight), font: font,
                                          color: ink.labelColor, align: .center, role: .legendLabel)))
            }
        }
        return out
    }
}

extension GradientLegend {
    /// An empty legend of `color`'s title and the legend's length and thickness, its bar
    /// shortened to fit beside its title when horizontal.
    init(_ color: ColorScale, ink: LegendInk, kit: TextKit, vertical: Bool, maxWidth: Double) {
        let spec = color.def.legend
        self.init(title: color.title.flatMap { $0.isEmpty ? nil : $0 }, vertical: vertical,
                  length: max(20, spec?.gradientLength ?? 200), thickness: max(1, spec?.gradientThickness ?? 16))
        self.ink = ink
        labelHeight = kit.lineHeight(ink.labelFont)
        if let t = title {
            titleSize = Size(width: kit.width(t, ink.titleFont), height: kit.lineHeight(ink.titleFont))
        }
        // A horizontal bar shortens to fit beside its title. A `gradientLength` the spec
        // sets that does not fit there puts the title above the bar, which takes the
        // legend's whole width; any shorter than asked is warned (``shortenedFrom``).
        if !vertical, title != nil {
            let beside = maxWidth - titleSize.width - LegendBox.itemGap
            if let asked = spec?.gradientLength, asked > beside {
                titleAbove = true
                length = max(20, min(asked, maxWidth - 2 * ink.padding))
                if length < asked - 0.5 { shortenedFrom = asked }
            } else {
                length = max(60, min(length, beside))
            }
        }
    }
}
