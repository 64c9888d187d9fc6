import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Encodes one row of a view into what its mark shows: colour, opacity, stroke width,
/// symbol and the mark's own expressions, from the channels' conditions, scales and values
/// and the mark's properties. Every mark kind and every label shares it; its positional
/// half is in `RowEncoder+Position.swift`, its series in `RowEncoder+Series.swift`.
struct RowEncoder {
    /// The views drawn on these scales (sub-band domains are shared across them).
    let views: [PreparedView]
    let x: PositionScale?
    let y: PositionScale?
    let colorScale: ColorScale?
    let dashScale: DashScale?
    /// The `shape` channel's scale, when a view maps a field to shapes.
    let shapeScale: ShapeScale?
    let theme: Theme
    let plot: Rect
    /// The views' colour strings, parsed once.
    let colors: ParsedColors
    /// Size, opacity and stroke width by a field.
    let magnitudes: MagnitudeScales
    /// Quantitative `xOffset`/`yOffset` scales (jitter inside a band).
    let continuousOffsets: [Channel: ContinuousOffset]
    /// The `angle` channel's scale.
    let angleScale: AngleScale?

    init(views: [PreparedView], x: PositionScale?, y: PositionScale?, colorScale: ColorScale?, dashScale: DashScale?,
         shapeScale: ShapeScale?, theme: Theme, plot: Rect, magnitudes: MagnitudeScales? = nil) {
        self.views = views
        self.x = x
        self.y = y
        self.colorScale = colorScale
        self.dashScale = dashScale
        self.shapeScale = shapeScale
        self.theme = theme
        self.plot = plot
        colors = ParsedColors(views: views)
        self.magnitudes = magnitudes ?? MagnitudeScales(theme: theme)
        continuousOffsets = ContinuousOffset.scales(views: views)
        angleScale = AngleScale.resolve(views: views)
    }

    /// The value a channel's `condition` gives a row (the first test it passes), if any.
    /// A conditional field's `value` for the rows that fail its test.
    func conditional(_ v: PreparedView, _ ch: Channel, _ r: Row) -> InlineValue? {
        guard let d = v.encoding[ch] else { return nil }
        for c in d.conditions where RowRules.shared.predicate(c.test)?.matches(r) == true { return c.value }
        if let t = d.fieldTest, RowRules.shared.predicate(t)?.matches(r) != true { return d.value ?? .null }
        return nil
    }

    /// A row's stroke width from the `strokeWidth` channel (its condition or value), else
    /// the mark's.
    func strokeWidth(_ v: PreparedView, _ r: Row?, default width: Double?) -> Double? {
        if let r, case .number(let n)? = conditional(v, .strokeWidth, r) { return n }
        if case .number(let n)? = v.encoding[.strokeWidth]?.value { return n }
        if let r, let n = magnitudes.value(.strokeWidth, v, r) { return max(0, n) }
        return width
    }

    /// A text row's font size from the `size` channel (its condition, value or field, on
    /// the `minFontSize`–`maxFontSize` scale), as Vega-Lite's text `size`; nil when it has none.
    func fontSize(_ v: PreparedView, _ r: Row) -> Double? { sizeChannel(v, r) }

    /// A row's `size` channel in points (its condition, value or field on the size scale):
    /// a text's font size, a tick's length; nil when it has none.
    func sizeChannel(_ v: PreparedView, _ r: Row) -> Double? {
        guard let d = v.encoding[.size] else { return nil }
        if case .number(let n)? = conditional(v, .size, r) { return max(0, n) }
        if case .number(let n) = d.value { return max(0, n) }
        return magnitudes.value(.size, v, r).map { max(0, $0) }
    }

    /// The symbol of a row: the `shape` channel (condition, field or value), else the
    /// mark's `shape`; nil when neither says, and always for circle and square marks.
    func shapeName(_ v: PreparedView, _ r: Row, overlay: Bool = false) -> String? {
        // Circles and squares are always their own symbol (Vega-Lite's `shape` is a point's).
        if !overlay, v.mark.type == .circle || v.mark.type == .square { return nil }
        if let d = v.encoding[.shape] {
            if case .string(let s)? = conditional(v, .shape, r) { return s }
            if let f = d.outputField, let shapes = shapeScale, shapes.fields.contains(f), let s = shapes.shape(for: r[f]) { return s }
            if case .string(let s) = d.value { return s }
        }
        return overlay ? v.mark.pointShape : v.mark.shape
    }

    /// A mark property given as `{"expr": ...}`, evaluated for a row.
    func markExpression(_ v: PreparedView, _ property: String, _ r: Row) -> Value? {
        guard let src = v.mark.expressions[property], let e = RowRules.shared.expression(src) else { return nil }
        let value = e.evaluate(r)
        return value.isNull ? nil : value
    }

    /// A point's or text's turn in degrees, clockwise: the `angle` channel's condition,
    /// value, or field or datum through its scale (``AngleScale``), else the mark's own
    /// (an expression or a number); nil when nothing turns it, or a row the scale cannot place.
    func angle(_ v: PreparedView, _ r: Row) -> Double? {
        if let d = v.encoding[.angle] {
            if case .number(let n)? = conditional(v, .angle, r) { return n }
            if case .number(let n)? = d.value { return n }
            if let s = angleScale {
                // A bin turns by its middle (Vega-Lite's `0.5 * start + 0.5 * end`).
                if let f = d.outputField, let e = d.binEndField {
                    guard let a = r[f].number, let b = r[e].number else { return nil }
                    return s.degrees(.number(0.5 * a + 0.5 * b))
                }
                if let f = d.outputField { return s.degrees(r[f]) }
                if let datum = d.datum { return s.degrees(Value.from(datum)) }
            }
        }
        if let e = markExpression(v, "angle", r)?.number { return e }
        return v.mark.angle
    }

    /// The fill colour of a row: a colour channel's condition, scale or value, else the
    /// mark's colour, else the theme's.
    func color(_ v: PreparedView, _ r: Row) -> Color {
        let kind = MarkKinds.kind(of: v)
        // The mark's own fill (bars, areas) or stroke (lines, rules) wins over a `color`
        // encoding, as in Vega-Lite (a white halo line under coloured ones).
        let own = kind.strokeIsColor ? v.mark.stroke : v.mark.fill
        if let own, v.encoding[.fill] == nil, v.encoding[.stroke] == nil || kind.strokeChannelOutlines {
            if own == "transparent", kind.strokeIsColor { return .clear }
            if let c = colors[own] { return c }
        }
        for ch in [Channel.fill, .color, .stroke] {
            // A bar's `stroke` channel colours its outline (``BarMark/outline``), never its fill.
            guard let d = v.encoding[ch], !(ch == .stroke && kind.strokeChannelOutlines) else { continue }
            if case .string(let s)? = conditional(v, ch, r), let col = colors[s] { return col }
            if let f = d.outputField, let c = colorScale, c.channel == ch || c.def.outputField == f, !d.scaleDisabled || c.identity,
               let col = c.color(for: r[f]) { return col }
            if d.field == nil, let datum = d.datum, let c = colorScale, c.channel == ch || c.def.datum != nil,
               let col = c.color(for: .from(datum)) { return col }
            if case .string(let s) = d.value, let col = colors[s] { return col }
        }
        for p in ["fill", "color", "stroke"] {
            if let e = markExpression(v, p, r), let c = colors[e.text] { return c }
        }
        // A bar's, rect's or arc's own `stroke` is its outline only: it never fills it.
        for s in [v.mark.fill, v.mark.color, kind.strokeChannelOutlines ? nil : v.mark.stroke] {
            if let s, s != "transparent", let c = colors[s] { return c }
        }
        if let g = v.mark.gradient, let last = g.stops.last, let c = colors[last.color] { return c }
        // A rule no colour is given for is drawn in the text colour, as Vega-Lite's
        // `config.rule` draws it black: in the mark colour (the palette's first) a median or
        // reference rule beside coloured series read as the first series' line.
        if v.mark.type == .rule { return theme.textColor }
        return theme.markColor
    }

    func opacity(_ v: PreparedView, _ r: Row) -> Double { opacity(v, r, fill: true) }

    /// A row's opacity: the `opacity` channel (condition, value or field), and with `fill`
    /// the `fillOpacity` channel, else the mark's. Without `fill` it is a stroke's
    /// (a hollow point's ring): `fillOpacity` does not fade it, as in Vega.
    func opacity(_ v: PreparedView, _ r: Row, fill: Bool) -> Double {
        for ch in fill ? [Channel.opacity, .fillOpacity] : [Channel.opacity] {
            guard let d = v.encoding[ch] else { continue }
            if case .number(let n)? = conditional(v, ch, r) { return n }
            if case .number(let n) = d.value { return n }
            // Vega-Lite's opacity scale (``MagnitudeScale``): by default linear from the
            // smallest to the largest value onto 0.3–0.8, as its legend shows.
            if let n = magnitudes.value(ch, v, r) { return min(1, max(0, n)) }
        }
        if let e = markExpression(v, "opacity", r)?.number { return e }
        return v.mark.opacity ?? (fill ? v.mark.fillOpacity : nil) ?? MarkKinds.kind(of: v).defaultOpacity(v)
    }

    /// A row's stroke opacity, which multiplies its opacity as Vega's does: the
    /// `strokeOpacity` channel's condition, value or field (on its scale), else the mark's
    /// (an expression or a number); 1 when none says.
    func strokeOpacity(_ v: PreparedView, _ r: Row) -> Double {
        if let d = v.encoding[.strokeOpacity] {
            if case .number(let n)? = conditional(v, .strokeOpacity, r) { return min(1, max(0, n)) }
            if case .number(let n) = d.value { return min(1, max(0, n)) }
            if let n = magnitudes.value(.strokeOpacity, v, r) { return min(1, max(0, n)) }
        }
        if let e = markExpression(v, "strokeOpacity", r)?.number { return min(1, max(0, e)) }
        return v.mark.strokeOpacity ?? 1
    }

    /// The row's dash pattern: the `strokeDash` channel's condition, scale or value, else
    /// the mark's own.
    func dash(_ v: PreparedView, _ r: Row) -> [Double] {
        if let dd = v.encoding[.strokeDash] {
            if let c = conditional(v, .strokeDash, r), let d = Self.dashPattern(c) { return d }
            if let f = dd.outputField, let ds = dashScale { return ds.dash(for: r[f]) }
            if let value = dd.value, let d = Self.dashPattern(value) { return d }
        }
        return v.mark.strokeDash ?? []
    }

    /// A `strokeDash` value as a dash pattern: an array of numbers, or null (solid).
    static func dashPattern(_ value: InlineValue) -> [Double]? {
        switch value {
        case .null: return []
        case .array(let items):
            let numbers = items.compactMap { item -> Double? in
                if case .number(let n) = item, n.isFinite, n >= 0 { return n }
                return nil
            }
            guard numbers.count == items.count else { return nil }
            // A pattern with no gaps (`[0]`, `[1, 0]`) is a solid line, as Vega draws it.
            let pattern = numbers.count.isMultiple(of: 2) ? numbers : numbers + numbers
            let gaps = stride(from: 1, to: pattern.count, by: 2).map { pattern[$0] }
            return gaps.allSatisfy { $0 == 0 } || pattern.allSatisfy({ $0 == 0 }) ? [] : numbers
        default: return nil
        }
    }
}
