import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Each tick's own look under an axis's conditional properties (``AxisTickLooks``), as
/// Vega-Lite tests each tick datum (`value`, `label`, `index`): the labels and tick marks
/// still drawn, with their colours and strokes. A label or tick whose colour is none (or
/// opacity 0) is left out, so it takes no room when labels are measured and thinned.
struct TickLooks {
    /// The labels drawn and, when conditional, each one's colour.
    var labels: [AxisTick]
    var labelColors: [Color]?
    /// The tick marks drawn and, when conditional, each one's stroke.
    var marks: [AxisTick]
    var markStrokes: [Stroke]?
    /// Each tick mark's length under a conditional `tickSize`.
    var markSizes: [Double]?
}

extension Panel {
    /// The rows the ticks are tested as: `value` (a date on a time axis), `label` and
    /// `index` (the tick's place from 0 to 1, as Vega's axis data).
    func tickRows(_ s: PositionScale, _ ticks: [AxisTick]) -> [Row] {
        let isTime = s.continuous?.kind == .time
        let last = Double(max(1, ticks.count - 1))
        return ticks.enumerated().map { i, t in
            let value: Value = isTime ? t.value.number.map(Value.date) ?? t.value : t.value
            return Row(["value": value, "label": .string(t.text), "index": .number(Double(i) / last)])
        }
    }

    /// A conditional property's value for each row: the first passing condition's, else its
    /// `value` (nil: the setting beneath); nil when the property is not conditional.
    func conditional<T>(_ c: TickConditional<T>?, _ rows: [Row]) throws -> [T?]? {
        guard let c else { return nil }
        let tests = try c.conditions.map { k -> (RowPredicate, T) in
            do { return (try RowPredicate(k.test), k.value) } catch { throw LayoutError("axis condition: \(error)") }
        }
        return rows.map { r in tests.first { $0.0.matches(r) }?.1 ?? c.value }
    }

    /// The labels and tick marks of an axis with settings `sw`, under its conditional looks.
    func tickLooks(_ sw: AxisSwitches, _ ink: AxisInk, _ s: PositionScale, _ ticks: [AxisTick]) throws -> TickLooks {
        let l = sw.tickLooks
        guard !l.isEmpty else { return TickLooks(labels: ticks, marks: ticks) }
        let rows = tickRows(s, ticks)
        var looks = TickLooks(labels: ticks, marks: ticks)
        // Each label's and tick mark's place in `ticks` (the rows their conditions test).
        var labelIndex = Array(ticks.indices), markIndex = Array(ticks.indices)
        if l.labelColor != nil || l.labelOpacity != nil {
            let colors = try conditional(l.labelColor, rows), opacities = try conditional(l.labelOpacity, rows)
            var kept: [AxisTick] = [], shades: [Color] = [], picked: [Int] = []
            for (i, t) in ticks.enumerated() {
                let plain = sw.look.labelOpacity ?? 1
                var c = try colors?[i].map { try Theme.color($0).withOpacity(plain) } ?? ink.labelColor
                if let o = opacities?[i] { c = Self.reopaque(c, plain: plain, to: o) }
                guard c.alpha > 0 else { continue }
                kept.append(t)
                shades.append(c)
                picked.append(i)
            }
            labelIndex = picked
            looks.labels = kept
            looks.labelColors = shades
        }
        try labelLooks(l, ink, rows, &looks.labels, at: labelIndex)
        if l.tickColor != nil || l.tickOpacity != nil || l.tickWidth != nil {
            let strokes = try strokes(theme.tickStroke(sw), color: l.tickColor, opacity: l.tickOpacity, plainOpacity: sw.look.tickOpacity,
                                      width: l.tickWidth, rows)
            markIndex = ticks.indices.filter { strokes[$0] != nil }
            looks.marks = markIndex.map { ticks[$0] }
            looks.markStrokes = strokes.compactMap { $0 }
        }
        if let sizes = try conditional(l.tickSize, rows) { looks.markSizes = markIndex.map { sizes[$0] ?? sw.tickSize ?? tickLength } }
        return looks
    }

    /// Each label's own font, offset, padding and alignment under conditional `labelFontSize`,
    /// `labelFontWeight`, `labelFontStyle`, `labelFont`, `labelOffset`, `labelPadding`,
    /// `labelAlign` and `labelBaseline`; `labels[k]` is the tick at `index[k]` of `rows`.
    func labelLooks(_ l: AxisTickLooks, _ ink: AxisInk, _ rows: [Row], _ labels: inout [AxisTick], at index: [Int]) throws {
        let sizes = try conditional(l.labelFontSize, rows), weights = try conditional(l.labelFontWeight, rows)
        let styles = try conditional(l.labelFontStyle, rows), families = try conditional(l.labelFont, rows)
        let offsets = try conditional(l.labelOffset, rows), paddings = try conditional(l.labelPadding, rows)
        let aligns = try conditional(l.labelAlign, rows), baselines = try baselineLooks(l.labelBaseline, rows)
        let fonts = sizes != nil || weights != nil || styles != nil || families != nil
        for (k, i) in index.enumerated() where k < labels.count && i < rows.count {
            if fonts {
                var f = ink.labelFont
                if let v = sizes?[i] { f.size = v }
                if let b = weights?[i] { f.weight = b ? .bold : .regular }
                if let it = styles?[i] { f.italic = it }
                if let name = families?[i] { f.family = theme.family(Located(name), or: f.family) }
                labels[k].font = f
            }
            labels[k].offset = offsets?[i] ?? nil
            labels[k].padding = paddings?[i] ?? nil
            labels[k].align = aligns?[i] ?? nil
            labels[k].baseline = baselines?[i] ?? nil
        }
    }

    /// Each label's `labelBaseline`: its conditions', or, given as an expression, its value
    /// for the label's row; a value that is not a baseline sets the label on its alphabetic
    /// baseline, as Vega's text does with any other.
    func baselineLooks(_ c: TickConditional<String>?, _ rows: [Row]) throws -> [String?]? {
        guard let src = c?.expression else { return try conditional(c, rows) }
        let e: ChartsmithData.Expression
        do { e = try RowRules.shared.compile(src) } catch { throw LayoutError("axis labelBaseline expression: \(error)") }
        return rows.map { r in
            let b = e.evaluate(r).text
            return AxisTickLooks.baselines.contains(b) ? b : "alphabetic"
        }
    }

    /// The gridlines drawn and, when conditional, each one's stroke.
    func gridLooks(_ sw: AxisSwitches, _ s: PositionScale, _ ticks: [AxisTick]) throws -> (ticks: [AxisTick], strokes: [Stroke]?) {
        let l = sw.tickLooks
        guard l.gridColor != nil || l.gridOpacity != nil || l.gridWidth != nil else { return (ticks, nil) }
        let strokes = try strokes(theme.gridStroke(sw), color: l.gridColor, opacity: l.gridOpacity, plainOpacity: sw.gridOpacity,
                                  width: l.gridWidth, tickRows(s, ticks))
        return (ticks.indices.filter { strokes[$0] != nil }.map { ticks[$0] }, strokes.compactMap { $0 })
    }

    /// `c`, which carries a plain opacity `plain`, with the opacity `o` in its place.
    static func reopaque(_ c: Color, plain: Double, to o: Double) -> Color {
        Color(red: c.red, green: c.green, blue: c.blue, alpha: (plain > 0 ? c.alpha / plain : 1) * o)
    }

    /// Each row's stroke from `base` under a conditional colour, opacity and width; nil for
    /// one not drawn (no colour, opacity 0 or width 0). A conditional opacity replaces the
    /// plain one.
    private func strokes(_ base: Stroke, color: TickConditional<ConfigColor>?, opacity: TickConditional<Double>?,
                         plainOpacity: Double?, width: TickConditional<Double>?, _ rows: [Row]) throws -> [Stroke?] {
        let colors = try conditional(color, rows), opacities = try conditional(opacity, rows), widths = try conditional(width, rows)
        return try rows.indices.map { i in
            var st = base
            if let c = colors?[i] { st.color = try Theme.color(c).withOpacity(plainOpacity ?? 1) }
            if let o = opacities?[i] { st.color = Self.reopaque(st.color, plain: plainOpacity ?? 1, to: o) }
            if let w = widths?[i] { st.width = w }
            return st.color.alpha > 0 && st.width > 0 ? st : nil
        }
    }
}
