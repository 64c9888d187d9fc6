@testable import ChartsmithLayout
import ChartsmithSpec
import Testing

/// Time unit labels read as Vega-Lite formats them (Vega's timeUnitSpecifier with
/// Vega-Lite's overrides).
@Suite("Time unit label formats")
struct TimeUnitFormatTests {
    @Test("each unit's format", arguments: [
        ("year", "%Y"), ("quarter", "Q%q"), ("month", "%b"), ("date", "%d"), ("day", "%a"), ("hours", "%H:00"),
        ("minutes", "00:%M"), ("seconds", ":%S"), ("yearquarter", "%Y Q%q"), ("yearmonth", "%b %Y"),
        ("yearmonthdate", "%b %d, %Y"), ("monthdate", "%b %d"), ("yearmonthdatehours", "%b %d, %Y %H:00"),
        ("yearmonthdatehoursminutes", "%b %d, %Y %H:%M"), ("utcyearmonthdatehoursminutes", "%b %d, %Y %H:%M"),
        ("hoursminutes", "%H:%M"), ("minutesseconds", "00:%M:%S"), ("week", "W%U"), ("yearweek", "%Y W%U"),
    ])
    func format(unit: String, expected: String) throws {
        let u = try #require(TimeUnit(rawValue: unit))
        #expect(TimeUnitFormat.specifier(u) == expected, "\(unit)")
    }
}
