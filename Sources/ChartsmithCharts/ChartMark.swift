import Chartsmith

/// One layer of a chart as a mark builds it: the Vega-Lite mark (its type and properties)
/// and its channels in order, each a ``PlottableValue``.
public struct MarkLayer<Row>: Sendable {
    /// The mark type: `"bar"`, `"line"`, `"area"`, `"point"`, `"rule"`, `"rect"`, `"text"`.
    public var type: String
    /// The mark's properties after its type (`"point": true`, `"color"` …), in order.
    public var properties: [(String, ChartValue)] = []
    /// The encoding channels (`x`, `y`, `color` …) in the order they were given.
    public var channels: [(String, PlottableValue<Row>)] = []

    /// A layer drawing mark `type`, with no channels yet.
    public init(type: String) { self.type = type }

    mutating func set(_ channel: String, _ value: PlottableValue<Row>?) {
        guard let value else { return }
        if let i = channels.firstIndex(where: { $0.0 == channel }) { channels[i].1 = value } else { channels.append((channel, value)) }
    }

    mutating func setProperty(_ key: String, _ value: ChartValue) {
        if let i = properties.firstIndex(where: { $0.0 == key }) { properties[i].1 = value } else { properties.append((key, value)) }
    }
}

/// A mark in a ``Chart``, with the modifiers every mark shares (Swift Charts' names where
/// Swift Charts has one). Each modifier returns a changed copy.
public protocol ChartMark<Row>: Sendable {
    associatedtype Row
    /// The Vega-Lite layer this mark compiles to.
    var layer: MarkLayer<Row> { get set }
}

extension ChartMark {
    /// Colours the mark by a field's categories (the `color` channel, with a legend).
    public func foregroundStyle(by value: PlottableValue<Row>) -> Self { channel("color", value) }
    /// Colours every mark one CSS colour (the mark's `color`).
    public func foregroundStyle(_ color: String) -> Self { markProperty("color", .string(color)) }
    /// Marks the series by symbol shape (the `shape` channel).
    public func symbol(by value: PlottableValue<Row>) -> Self { channel("shape", value) }
    /// Marks the series by dash pattern (the `strokeDash` channel).
    public func lineStyle(by value: PlottableValue<Row>) -> Self { channel("strokeDash", value) }
    /// Sizes the marks by a field (the `size` channel).
    public func symbolSize(by value: PlottableValue<Row>) -> Self { channel("size", value) }
    /// Groups rows into series without colouring them (the `detail` channel).
    public func detail(by value: PlottableValue<Row>) -> Self { channel("detail", value) }
    /// The mark's opacity, 0 to 1.
    public func opacity(_ value: Double) -> Self { markProperty("opacity", .number(value)) }
    /// The order segments are stacked (or a line's points joined) in: the `order` channel,
    /// `descending` or ascending.
    public func stackOrder(by value: PlottableValue<Row>, descending: Bool = false) -> Self {
        var v = value
        v.properties = [("sort", .string(descending ? "descending" : "ascending"))]
        return channel("order", v, bare: true)
    }

    /// Sets any Vega-Lite encoding channel (`"x2"`, `"tooltip"`, `"opacity"` …).
    public func channel(_ name: String, _ value: PlottableValue<Row>) -> Self { channel(name, value, bare: false) }

    /// Sets any property of the Vega-Lite mark (`"cornerRadius"`, `"interpolate"` …).
    public func markProperty(_ key: String, _ value: ChartValue) -> Self {
        var copy = self
        copy.layer.setProperty(key, value)
        return copy
    }

    func channel(_ name: String, _ value: PlottableValue<Row>, bare: Bool) -> Self {
        var copy = self
        var v = value
        v.bare = bare
        copy.layer.set(name, v)
        return copy
    }
}
