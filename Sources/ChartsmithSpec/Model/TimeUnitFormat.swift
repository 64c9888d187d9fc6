import Foundation

/// The label format of a time unit, as Vega-Lite asks Vega's `timeUnitSpecifier` for it:
/// the unit's fields in Vega's order, the longest run with a format of its own first
/// (`year-month-date` is "%b %d, %Y", `hours-minutes` "%H:%M"), each other field alone.
public enum TimeUnitFormat {
    /// vega-time's default specifiers with Vega-Lite's two overrides (`VEGALITE_TIMEFORMAT`).
    static let specifiers: [String: String] = [
        "year": "%Y ", "quarter": "Q%q ", "month": "%b ", "date": "%d ", "week": "W%U ", "day": "%a ",
        "dayofyear": "%j ", "hours": "%H:00", "minutes": "00:%M", "seconds": ":%S", "milliseconds": ".%L",
        "year-month": "%b %Y ", "year-month-date": "%b %d, %Y ", "hours-minutes": "%H:%M",
    ]
    /// Vega's canonical order of time unit fields.
    public static let order: [TimeUnit.Component] = [.year, .quarter, .month, .week, .date, .day, .dayofyear, .hours, .minutes,
                                              .seconds, .milliseconds]

    public static func specifier(_ unit: TimeUnit) -> String {
        let parts = order.filter(unit.components.contains).map(\.rawValue)
        var format = ""
        var start = 0
        while start < parts.count {
            var end = parts.count
            while end > start {
                if let f = specifiers[parts[start..<end].joined(separator: "-")] {
                    format += f
                    break
                }
                end -= 1
            }
            start = max(end, start + 1)
        }
        return format.trimmingCharacters(in: .whitespaces)
    }
}
