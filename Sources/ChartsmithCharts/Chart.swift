import Chartsmith
import Foundation

/// A chart built in Swift, in the style of Swift Charts: rows, marks reading them through
/// key paths, and modifiers for titles, axes, scales, legends, annotations and size.
///
/// ```swift
/// let chart = Chart(rows) {
///     BarMark(x: .value("Offence", \.offence), y: .value("Offenders", \.count))
///         .foregroundStyle(by: .value("Outcome", \.outcome))
/// }
/// .title("Most of the 1,781 offenders were convicted", subtitle: "England and Wales, 2010")
/// .source("Ministry of Justice")
/// .style(.briefing)
/// let png = try chart.render(.png, scale: 2)
/// ```
///
/// It compiles to Vega-Lite JSON (``specJSON``, with the rows inline as `data.values`),
/// which Chartsmith decodes like any spec file: so everything a spec can say is reachable
/// (``vegaLite(_:_:)``), errors are the decoder's located errors, and saving ``specJSON``
/// gives a file `chartsmith render` draws the same.
public struct Chart<Row: Sendable>: Sendable {
    /// The rows every mark reads.
    public let rows: [Row]
    /// The layers, one per mark, in order.
    public let layers: [MarkLayer<Row>]
    /// Top-level spec properties, in order (`title`, `source`, `width` …).
    var top: [(String, ChartValue)] = []
    /// Channel properties applied to every layer that has the channel (axes, scales, legends).
    var channelProperties: [(channel: String, key: String, value: ChartValue)] = []
    /// Annotations (`"annotations"`).
    var annotations: [ChartValue] = []

    /// A chart of `rows` drawn by the marks `content` builds.
    public init(_ rows: [Row], @ChartContentBuilder<Row> content: () -> [MarkLayer<Row>]) {
        self.rows = rows
        self.layers = content()
    }

    /// A chart without rows: its marks show constants (`.value("Target", 2000)`), or the
    /// spec names its data through ``vegaLite(_:_:)``.
    public init(@ChartContentBuilder<Row> content: () -> [MarkLayer<Row>]) where Row == Never {
        self.rows = []
        self.layers = content()
    }

    /// Sets a top-level property of the spec, replacing an earlier one: anything a
    /// Vega-Lite spec (or Chartsmith's additions) takes, such as `"config"` or `"padding"`.
    public func vegaLite(_ key: String, _ value: ChartValue) -> Chart {
        var copy = self
        if let i = copy.top.firstIndex(where: { $0.0 == key }) { copy.top[i].1 = value } else { copy.top.append((key, value)) }
        return copy
    }

    /// Sets a property of a channel in every layer that has that channel.
    public func channelProperty(_ channel: String, _ key: String, _ value: ChartValue) -> Chart {
        var copy = self
        copy.channelProperties.removeAll { $0.channel == channel && $0.key == key }
        copy.channelProperties.append((channel, key, value))
        return copy
    }
}
