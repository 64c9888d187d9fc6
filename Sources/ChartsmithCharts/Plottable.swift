import Chartsmith
import Foundation

/// How Vega-Lite reads a field's values: as categories, ordered categories, numbers or
/// dates (an encoding's `"type"`).
public enum FieldType: String, Sendable, Hashable {
    /// Unordered categories (text).
    case nominal
    /// Ordered categories.
    case ordinal
    /// Numbers.
    case quantitative
    /// Dates and times.
    case temporal
}

/// A Swift value a chart can plot: it knows its JSON value in the data and the field type
/// Vega-Lite reads it as, so `.value("Count", \.count)` needs no type.
public protocol Plottable: Sendable {
    /// The value as it is written into the chart's `data.values`.
    var chartValue: ChartValue { get }
    /// The type of a field holding such values: nominal for text, quantitative for numbers,
    /// temporal for dates.
    static var fieldType: FieldType { get }
}

extension String: Plottable {
    public var chartValue: ChartValue { .string(self) }
    public static var fieldType: FieldType { .nominal }
}

extension Substring: Plottable {
    public var chartValue: ChartValue { .string(String(self)) }
    public static var fieldType: FieldType { .nominal }
}

extension Bool: Plottable {
    public var chartValue: ChartValue { .bool(self) }
    public static var fieldType: FieldType { .nominal }
}

extension Int: Plottable {
    public var chartValue: ChartValue { .number(Double(self)) }
    public static var fieldType: FieldType { .quantitative }
}

extension Int32: Plottable {
    public var chartValue: ChartValue { .number(Double(self)) }
    public static var fieldType: FieldType { .quantitative }
}

extension Int64: Plottable {
    public var chartValue: ChartValue { .number(Double(self)) }
    public static var fieldType: FieldType { .quantitative }
}

extension Double: Plottable {
    public var chartValue: ChartValue { .number(self) }
    public static var fieldType: FieldType { .quantitative }
}

extension Float: Plottable {
    public var chartValue: ChartValue { .number(Double(self)) }
    public static var fieldType: FieldType { .quantitative }
}

extension Date: Plottable {
    /// Milliseconds since 1970, UTC: Vega-Lite's timestamp.
    public var chartValue: ChartValue { .date(self) }
    public static var fieldType: FieldType { .temporal }
}

extension Optional: Plottable where Wrapped: Plottable {
    /// The wrapped value, or `null` (a gap in a line, a missing bar).
    public var chartValue: ChartValue { map(\.chartValue) ?? .null }
    public static var fieldType: FieldType { Wrapped.fieldType }
}
