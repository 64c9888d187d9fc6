import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// The ticks and label texts of one axis.
struct AxisTick {
    var value: Value
    var position: Double
    var text: String
    /// The label's own look under conditional axis properties (``TickLooks``): its font,
    /// offset along the axis, gap from the tick, alignment and baseline; nil keeps the axis's.
    var font: FontDescriptor? = nil
    var offset: Double? = nil
    var padding: Double? = nil
    var align: String? = nil
    var baseline: String? = nil
}

enum AxisLabels {
    /// Default tick count, as Vega-Lite: one tick per 40 points of axis length.
    static func tickCount(length: Double, axis: AxisSpec) -> Int {
        if let c = axis.tickCount { return c.isFinite ? Int(min(max(c, 1), 1000)) : 10 }
        return max(2, Int(min(1000, (length / 40).rounded(.up))))
    }

    /// The ticks of an axis with their label texts; `defaultLabelExpr` (the config's
    /// `labelExpr`) relabels them where the axis sets no `labelExpr` of its own. A label
    /// expression giving an array gives a label of several lines, joined with "\n".
    /// A normalized stack's axis without a format of its own takes `normalizedFormat`.
    static func ticks(_ s: PositionScale, count: Int, locale: String, defaultLabelExpr: String? = nil,
                      normalizedFormat: String = ".0%") throws -> [AxisTick] {
        let d = s.domain
        var axis = d.axis
        if d.normalized, axis.format == nil, d.def.format == nil { axis.format = normalizedFormat }
        if axis.labelExpr == nil { axis.labelExpr = defaultLabelExpr }
        if let b = s.band {
            let format = try labelFormatter(d, locale: locale)
            let values = axis.values.map { $0.map(Value.from) } ?? b.domain
            let relabel = try axis.labelExpr.map { try Bridge.labelLinesExpression($0) }
            return values.compactMap { v in
                // Ranged marks on a quantitative offset start from the band's edge (the
                // bottom of a y band, the left of an x band): Vega-Lite puts the tick there.
                let edge = d.channel == .y ? b.start(of: v).map { $0 + b.bandwidth } : b.start(of: v)
                guard let p = d.rangedOffset ? edge : b.center(of: v) else { return nil }
                let text = format(v)
                return AxisTick(value: v, position: p, text: relabel.map { $0(text, v) } ?? text)
            }
        }
        guard let c = s.continuous else { return [] }
        var values: [Double]
        let lo = min(c.domain.0, c.domain.1), hi = max(c.domain.0, c.domain.1)
        var count = count
        if let explicit = axis.values {
            values = explicit.compactMap { c.kind == .time ? Coercion.date(.from($0)) : Value.from($0).number }
        } else if let bins = d.scaleBins, c.kind == .linear {
            // Vega ticks a scale with `bins` at every bin boundary, and formats them for
            // at least that many ticks.
            values = bins.ticks(lo: lo, hi: hi)
            count = max(count, values.count)
        } else {
            values = c.ticks(count: count)
        }
        values = values.filter { $0 >= lo - 1e-9 * abs(hi - lo) && $0 <= hi + 1e-9 * abs(hi - lo) }
        let format: (Double) -> String
        if c.kind == .time {
            let f = axis.format ?? d.def.format
            if let unit = d.def.timeUnit, f == nil {
                let tf = try Bridge.timeFormatter(TimeUnitFormat.specifier(unit), locale: locale)
                format = tf
            } else {
                format = try Bridge.timeFormatter(f, locale: locale)
            }
        } else if let tf = try TimeFormatChoice.formatter(d.def, format: axis.format, formatType: axis.formatType, locale: locale) {
            format = tf
        } else if case .log = c.kind {
            format = try Bridge.logTickFormatter(specifier: axis.format ?? d.def.format, locale: locale)
        } else if let step = c.tickStep, axis.values == nil {
            format = try Bridge.tickFormatter(step: step, value: max(abs(lo), abs(hi)), specifier: axis.format ?? d.def.format, locale: locale)
        } else {
            format = try Bridge.tickFormatter(lo, hi, count, specifier: axis.format ?? d.def.format, locale: locale)
        }
        let relabel = try axis.labelExpr.map { try Bridge.labelLinesExpression($0) }
        let isTime = c.kind == .time
        return values.map { n in
            let text = format(n)
            let value: Value = isTime ? .date(n) : .number(n)
            return AxisTick(value: .number(n), position: c.map(n), text: relabel.map { $0(text, value) } ?? text)
        }
    }

    /// How discrete values print: dates by their time unit, numbers and strings as text.
    static func labelFormatter(_ d: PositionDomain, locale: String) throws -> (Value) -> String {
        let fmt = d.axis.format ?? d.def.format
        if let unit = d.def.timeUnit {
            let tf = try Bridge.timeFormatter(fmt ?? TimeUnitFormat.specifier(unit), locale: locale)
            return { v in Coercion.date(v).map(tf) ?? v.text }
        }
        if d.type == .temporal {
            let tf = try Bridge.timeFormatter(fmt ?? "%b %d, %Y", locale: locale)
            return { v in Coercion.date(v).map(tf) ?? v.text }
        }
        if !d.binEnds.isEmpty {
            // A bin as a category: "start - end", each formatted as the axis formats numbers.
            let nf = try fmt.map { try Bridge.numberFormatter($0, locale: locale) }
            let one: (Value) -> String = { v in v.number.map { n in nf?(n) ?? Value.jsNumberString(n) } ?? v.text }
            let ends = d.binEnds
            return { v in ends[v].map { "\(one(v)) - \(one($0))" } ?? one(v) }
        }
        if let fmt, d.def.formatType != "time" {
            let nf = try Bridge.numberFormatter(fmt, locale: locale)
            return { v in v.number.map(nf) ?? v.text }
        }
        return { $0.text }
    }
}
