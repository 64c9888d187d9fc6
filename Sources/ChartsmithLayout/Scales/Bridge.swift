import ChartsmithData
import ChartsmithFormat

/// The d3 algorithms the layout uses, from ``ChartsmithFormat``: ticks, nice domains and
/// number and time formats, each with the chart's locale.
enum Bridge {
    static func numberLocale(_ name: String) -> NumberLocale { NumberLocale.named(name) ?? .default }
    static func timeLocale(_ name: String) -> TimeLocale { TimeLocale.named(name) ?? .default }

    static func ticks(_ lo: Double, _ hi: Double, _ count: Int) -> [Double] {
        ScaleTicks.linear(domain: [lo, hi], count: Double(count))
    }

    static func logTicks(_ lo: Double, _ hi: Double, _ count: Int, base: Double) -> [Double] {
        let all = ScaleTicks.log(domain: [lo, hi], count: Double(count), base: base)
        let keep = ScaleTicks.logTickFilter(domain: [lo, hi], count: Double(count), base: base)
        return all.filter(keep)
    }

    static func nice(_ lo: Double, _ hi: Double, _ count: Int) -> (Double, Double) {
        let d = ScaleTicks.niceLinear(domain: [lo, hi], count: Double(count))
        return (d.first ?? lo, d.last ?? hi)
    }

    static func timeTicks(_ lo: Double, _ hi: Double, _ count: Int) -> [Double] {
        TimeTicks.ticks(start: lo, stop: hi, count: Double(count))
    }

    static func timeNice(_ lo: Double, _ hi: Double, _ count: Int) -> (Double, Double) {
        let d = TimeTicks.nice(domain: [lo, hi], count: Double(count))
        return (d.first ?? lo, d.last ?? hi)
    }

    /// Axis labels for a continuous scale: d3's `tickFormat` for the span, or the spec's
    /// specifier.
    static func tickFormatter(_ lo: Double, _ hi: Double, _ count: Int, specifier: String?, locale: String) throws -> (Double) -> String {
        do {
            let f = try tickFormat(start: lo, stop: hi, count: Double(count), specifier: specifier, locale: numberLocale(locale))
            return { f.format($0) }
        } catch {
            throw LayoutError("invalid number format \"\(specifier ?? "")\": \(error)")
        }
    }

    /// Axis labels for ticks a known step apart (a ladder step): precise enough for the step.
    static func tickFormatter(step: Double, value: Double, specifier: String?, locale: String) throws -> (Double) -> String {
        do {
            let f = try tickFormat(step: LadderTicks.precisionStep(step), value: value, specifier: specifier, locale: numberLocale(locale))
            return { f.format($0) }
        } catch {
            throw LayoutError("invalid number format \"\(specifier ?? "")\": \(error)")
        }
    }

    static func parseLabelExpression(_ source: String) throws -> ChartsmithData.Expression {
        do {
            return try ChartsmithData.Expression(source)
        } catch {
            throw LayoutError("axis labelExpr: \(error)")
        }
    }

    /// An axis's `labelExpr`: the label for a tick from its default text (`datum.label`)
    /// and value (`datum.value`); dates are given as timestamps, as Vega gives them.
    static func labelExpression(_ source: String) throws -> (_ label: String, _ value: Value) -> String {
        let e = try parseLabelExpression(source)
        return { label, value in
            let v = e.evaluate(Row(["label": .string(label), "value": value]))
            return v.isNull ? "" : v.text
        }
    }

    /// An axis `labelExpr` giving each label's lines: an array value is one line per item
    /// (Vega's multi-line labels), joined here with "\n".
    static func labelLinesExpression(_ source: String) throws -> (_ label: String, _ value: Value) -> String {
        let e = try parseLabelExpression(source)
        return { label, value in
            let lines = e.evaluateLines(Row(["label": .string(label), "value": value]))
            // Trailing empty lines take no room.
            var kept = lines
            while kept.last?.isEmpty == true { kept.removeLast() }
            return kept.joined(separator: "\n")
        }
    }

    /// Axis labels for a log scale, as Vega formats them: each tick in full with thousands
    /// separators (`0.001`, `1`, `1,000`), or the spec's specifier.
    static func logTickFormatter(specifier: String?, locale: String) throws -> (Double) -> String {
        try numberFormatter(specifier ?? ",", locale: locale)
    }

    static func numberFormatter(_ specifier: String, locale: String) throws -> (Double) -> String {
        do {
            let f = try NumberFormat(specifier, locale: numberLocale(locale))
            return { f.format($0) }
        } catch {
            throw LayoutError("invalid number format \"\(specifier)\": \(error)")
        }
    }

    /// A time formatter for a d3-time-format specifier, or d3's multi-scale default
    /// when there is none.
    static func timeFormatter(_ specifier: String?, locale: String) throws -> (Double) -> String {
        let loc = timeLocale(locale)
        guard let specifier else {
            let m = MultiTimeFormat(locale: loc)
            return { m.format($0) }
        }
        let f = TimeFormat(specifier, locale: loc)
        return { f.format($0) }
    }
}
