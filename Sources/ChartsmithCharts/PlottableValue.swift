import Chartsmith
import Foundation

/// What a mark's channel shows, in the style of Swift Charts' `.value("Label", …)`: a
/// field of every row (read through a key path) or one constant, labelled for its axis
/// or legend title, with the channel's Vega-Lite properties (aggregate, time unit, sort,
/// stack and any other, ``property(_:_:)``).
public struct PlottableValue<Row>: Sendable {
    /// The axis or legend title (the channel's `"title"`).
    public var label: String
    /// The data field the rows' values are written to; nil for a constant (`"datum"`).
    public var field: String?
    /// How Vega-Lite reads the values.
    public var type: FieldType
    /// The constant shown, for a value that is not a field.
    public var datum: ChartValue?
    /// The channel's properties after `field`, `type` and `title`, in order.
    public var properties: [(String, ChartValue)] = []
    let extract: (@Sendable (Row) -> ChartValue)?
    /// Written without `type` and `title` (the `order` channel takes neither).
    var bare = false

    /// A field read from each row through `keyPath`, named after the key path's last
    /// property (`\.offence` → `"offence"`) or, where the name cannot be read, `label`.
    public static func value<V: Plottable>(_ label: String, _ keyPath: KeyPath<Row, V> & Sendable,
                                           type: FieldType? = nil) -> PlottableValue {
        PlottableValue(label: label, field: fieldName(keyPath) ?? label, type: type ?? V.fieldType, datum: nil,
                       extract: { $0[keyPath: keyPath].chartValue })
    }

    /// A field read from each row through `keyPath`, written to the data as `field`.
    public static func value<V: Plottable>(_ label: String, _ keyPath: KeyPath<Row, V> & Sendable, field: String,
                                           type: FieldType? = nil) -> PlottableValue {
        PlottableValue(label: label, field: field, type: type ?? V.fieldType, datum: nil,
                       extract: { $0[keyPath: keyPath].chartValue })
    }

    /// One constant for every row: a rule at a threshold, a fixed label position.
    public static func value<V: Plottable>(_ label: String, _ constant: V, type: FieldType? = nil) -> PlottableValue {
        PlottableValue(label: label, field: nil, type: type ?? V.fieldType, datum: constant.chartValue, extract: nil)
    }

    /// This value with the channel property `key` set to `value` (replacing an earlier one):
    /// anything Vega-Lite's channel definition takes (`"bin"`, `"scale"`, `"axis"` …).
    public func property(_ key: String, _ value: ChartValue) -> PlottableValue {
        var copy = self
        if let i = copy.properties.firstIndex(where: { $0.0 == key }) {
            copy.properties[i].1 = value
        } else {
            copy.properties.append((key, value))
        }
        return copy
    }

    /// Aggregated over the rows that share the other channels' values (`"aggregate"`).
    public func aggregate(_ op: Aggregate) -> PlottableValue { property("aggregate", .string(op.rawValue)) }
    /// The sum over rows that share the other channels' values.
    public func sum() -> PlottableValue { aggregate(.sum) }
    /// Dates truncated to a unit (`"timeUnit"`: `year`, `yearmonth`, `month` …).
    public func timeUnit(_ unit: String) -> PlottableValue { property("timeUnit", .string(unit)) }
    /// The order of categories: `"-x"`, `"ascending"`, or an explicit list.
    public func sort(_ order: ChartValue) -> PlottableValue { property("sort", order) }
    /// How bars or areas stack: `"zero"`, `"normalize"`, `"center"`, or `null` for none.
    public func stack(_ mode: ChartValue) -> PlottableValue { property("stack", mode) }

    /// The channel definition: field (or datum), type, title, then the properties.
    func definition() -> ChartValue {
        var members: [(String, ChartValue)] = []
        if let field { members.append(("field", .string(field))) } else if let datum { members.append(("datum", datum)) }
        if !bare {
            members.append(("type", .string(type.rawValue)))
            members.append(("title", .string(label)))
        }
        for (key, value) in properties {
            if let i = members.firstIndex(where: { $0.0 == key }) { members[i].1 = value } else { members.append((key, value)) }
        }
        return .object(members)
    }

    /// The last property of a key path as Swift describes it (`\Row.offence`), if readable.
    static func fieldName(_ keyPath: AnyKeyPath) -> String? {
        let text = String(describing: keyPath)
        guard text.hasPrefix("\\"), let last = text.split(separator: ".").last,
              !last.isEmpty, last.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return String(last)
    }
}

/// A Vega-Lite aggregate operation.
public enum Aggregate: String, Sendable, Hashable {
    /// The number of rows.
    case count
    /// The sum, mean, average (the mean), median, least and greatest value.
    case sum, mean, average, median, min, max
    /// The number of distinct values, the variance and the standard deviation.
    case distinct, variance, stdev
}
