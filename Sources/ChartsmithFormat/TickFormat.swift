/// d3-scale's `tickFormat(start, stop, count, specifier)` (also Vega's
/// `locale.formatSpan`, which Vega-Lite axes and legends use for numbers):
/// a formatter whose precision suits the tick step of the span.
///
/// Without a specifier the format is `,f` with just enough decimals for the
/// step, so ticks 0, 200, …, 1400 read "0", "200", …, "1,400", and ticks
/// 0, 0.2, …, 1 read "0.0", "0.2", …, "1.0". A specifier without precision gets
/// one computed from the step: `s` via `precisionPrefix` (and a fixed SI prefix
/// for the larger bound), `e g p r` and none via `precisionRound`, `f %` via
/// `precisionFixed`. A specifier with a precision is used as given.
///
/// - Throws: ``FormatError/invalidSpecifier(_:)`` for an invalid specifier.
public func tickFormat(
    start: Double,
    stop: Double,
    count: Double = 10,
    specifier: String? = nil,
    locale: NumberLocale = .default
) throws -> NumberFormat {
    try tickFormat(step: tickStep(start: start, stop: stop, count: count), value: JavaScriptMath.max(abs(start), abs(stop)),
                   specifier: specifier, locale: locale)
}

/// ``tickFormat(start:stop:count:specifier:locale:)`` for ticks a known `step` apart, the
/// largest of magnitude `value` (an axis whose step comes from ``LadderTicks``).
public func tickFormat(step: Double, value: Double, specifier: String? = nil, locale: NumberLocale = .default) throws -> NumberFormat {
    var spec = try FormatSpecifier(specifier ?? ",f")
    if spec.precision == nil {
        switch spec.type {
        case "s":
            if let precision = precisionPrefix(step, value) { spec.precision = precision }
            return NumberFormat.prefixed(specifier: spec, value: value, locale: locale)
        case "", "e", "g", "p", "r":
            if let precision = precisionRound(step, value) {
                spec.precision = precision - (spec.type == "e" ? 1 : 0)
            }
        case "f", "%":
            if let precision = precisionFixed(step) {
                spec.precision = precision - (spec.type == "%" ? 2 : 0)
            }
        default:
            break
        }
    }
    return NumberFormat(specifier: spec, locale: locale)
}
