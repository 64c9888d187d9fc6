import Chartsmith

/// The name of a house style (``Chart/style(_:)``): a built-in one, or a style file's path
/// (read only inside the renderer's data root).
public struct ChartStyle: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The style's name or path.
    public var name: String
    /// The style named `name`.
    public init(_ name: String) { self.name = name }
    /// The style named by a string literal.
    public init(stringLiteral name: String) { self.name = name }
    /// The default: GOV.UK-style briefing charts.
    public static let briefing = ChartStyle("briefing")
    /// Half an A4 page, 9 pt type, thin lines, greyscale-safe dashes.
    public static let print = ChartStyle("print")
    /// 16:9 slides, large type, bold lines.
    public static let slide = ChartStyle("slide")
    /// Light text and bright colours on a deep slate background.
    public static let dark = ChartStyle("dark")
    /// A palette safe for colour-blind readers.
    public static let colorblind = ChartStyle("colorblind")
}

/// A note, a shaded range or a labelled rule drawn on the plot (`"annotations"`).
public struct ChartAnnotation: Sendable, Hashable {
    /// The annotation as Vega-Lite JSON (Chartsmith's `annotations` entry).
    public var json: ChartValue
    /// A band between two x values (or two y values), labelled.
    public static func range(x: [ChartValue] = [], y: [ChartValue] = [], text: String) -> ChartAnnotation {
        make("range", x: x, y: y, text: text)
    }
    /// A text note pointing at the point (`x`, `y`).
    public static func note(x: ChartValue, y: ChartValue, text: String) -> ChartAnnotation {
        make("note", x: [x], y: [y], text: text)
    }
    /// A labelled line at `x` or at `y`.
    public static func rule(x: ChartValue? = nil, y: ChartValue? = nil, text: String) -> ChartAnnotation {
        make("rule", x: x.map { [$0] } ?? [], y: y.map { [$0] } ?? [], text: text)
    }

    static func make(_ kind: String, x: [ChartValue], y: [ChartValue], text: String) -> ChartAnnotation {
        var members: [(String, ChartValue)] = [("type", .string(kind))]
        if !x.isEmpty { members.append(("x", x.count == 1 ? x[0] : .array(x))) }
        if !y.isEmpty { members.append(("y", y.count == 1 ? y[0] : .array(y))) }
        members.append(("text", .string(text)))
        return ChartAnnotation(json: .object(members))
    }
}

extension Chart {
    /// The title, and a subtitle beneath it.
    public func title(_ title: String, subtitle: String? = nil) -> Chart {
        vegaLite("title", subtitle.map { .object([("text", .string(title)), ("subtitle", .string($0))]) } ?? .string(title))
    }
    /// The source line beneath the chart.
    public func source(_ source: String) -> Chart { vegaLite("source", .string(source)) }
    /// Notes beneath the source, one paragraph each.
    public func notes(_ notes: [String]) -> Chart { vegaLite("notes", .array(notes.map(ChartValue.string))) }
    /// The alt text (`"description"`).
    public func accessibilityDescription(_ text: String) -> Chart { vegaLite("description", .string(text)) }
    /// The house style the chart is drawn in.
    public func style(_ style: ChartStyle) -> Chart { vegaLite("style", .string(style.name)) }
    /// The canvas size in points; with `fit` (the default) the whole chart, titles and
    /// legend included, fits it (`"autosize": "fit"`).
    public func frame(width: Double? = nil, height: Double? = nil, fit: Bool = true) -> Chart {
        var c = self
        if fit { c = c.vegaLite("autosize", "fit") }
        if let width { c = c.vegaLite("width", .number(width)) }
        if let height { c = c.vegaLite("height", .number(height)) }
        return c
    }
    /// Adds an annotation.
    public func annotation(_ annotation: ChartAnnotation) -> Chart {
        var c = self
        c.annotations.append(annotation.json)
        return c
    }

    /// The x axis title; nil for none (the default title is the x value's label).
    public func chartXAxisLabel(_ title: String?) -> Chart { channelProperty("x", "title", title.map(ChartValue.string) ?? .null) }
    /// The y axis title; nil for none (the default title is the y value's label).
    public func chartYAxisLabel(_ title: String?) -> Chart { channelProperty("y", "title", title.map(ChartValue.string) ?? .null) }
    /// The x axis: its label format (d3, such as `".0%"`) and any Vega-Lite axis properties.
    public func chartXAxis(format: String? = nil, properties: [(String, ChartValue)] = []) -> Chart {
        axis("x", format: format, properties: properties)
    }
    /// The y axis: its label format (d3, such as `",.0f"`) and any Vega-Lite axis properties.
    public func chartYAxis(format: String? = nil, properties: [(String, ChartValue)] = []) -> Chart {
        axis("y", format: format, properties: properties)
    }
    /// The x scale's domain (categories in order, or two numbers) and Vega-Lite scale properties.
    public func chartXScale(domain: [ChartValue]? = nil, properties: [(String, ChartValue)] = []) -> Chart {
        scale("x", domain: domain, range: nil, properties: properties)
    }
    /// The y scale's domain and Vega-Lite scale properties (`"zero"`, `"nice"` …).
    public func chartYScale(domain: [ChartValue]? = nil, properties: [(String, ChartValue)] = []) -> Chart {
        scale("y", domain: domain, range: nil, properties: properties)
    }
    /// The colour scale: the categories in order and the colours they take.
    public func chartForegroundStyleScale(domain: [ChartValue]? = nil, range: [String]? = nil) -> Chart {
        scale("color", domain: domain, range: range.map { .array($0.map(ChartValue.string)) }, properties: [])
    }
    /// The colour legend's title; nil for none.
    public func chartLegend(title: String?) -> Chart {
        channelProperty("color", "legend", .object([("title", title.map(ChartValue.string) ?? .null)]))
    }
    /// Hides the colour legend (`"legend": null`).
    public func chartLegendHidden() -> Chart { channelProperty("color", "legend", .null) }

    func axis(_ channel: String, format: String?, properties: [(String, ChartValue)]) -> Chart {
        var axis = properties
        if let format { axis.insert(("format", .string(format)), at: 0) }
        return channelProperty(channel, "axis", .object(axis))
    }
    func scale(_ channel: String, domain: [ChartValue]?, range: ChartValue?, properties: [(String, ChartValue)]) -> Chart {
        var scale: [(String, ChartValue)] = []
        if let domain { scale.append(("domain", .array(domain))) }
        if let range { scale.append(("range", range)) }
        scale += properties
        return channelProperty(channel, "scale", .object(scale))
    }
}
