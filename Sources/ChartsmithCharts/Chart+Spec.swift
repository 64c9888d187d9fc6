import Chartsmith
import Foundation

extension Chart {
    /// The chart as a Vega-Lite spec: the top-level properties, the rows inline as
    /// `data.values`, the annotations, then the one mark (or `"layer"` for several).
    public var spec: ChartValue {
        var members: [(String, ChartValue)] = [("$schema", "https://vega.github.io/schema/vega-lite/v5.json")]
        members += top
        if !rows.isEmpty || top.allSatisfy({ $0.0 != "data" }) {
            if let i = members.firstIndex(where: { $0.0 == "data" }) { members.remove(at: i) }
            members.append(("data", .object([("values", values)])))
        }
        if !annotations.isEmpty { members.append(("annotations", .array(annotations))) }
        let units = layers.map(unit)
        if units.count == 1, case .object(let unit) = units[0] {
            members += unit
        } else {
            members.append(("layer", .array(units)))
        }
        return .object(members)
    }

    /// ``spec`` as indented JSON text: save it and `chartsmith render` draws the same chart.
    public var specJSON: String { spec.jsonText(pretty: true) }

    /// The rows as `data.values`: each row an object of every field the marks read, in the
    /// order the marks first name them.
    var values: ChartValue {
        var fields: [(String, @Sendable (Row) -> ChartValue)] = []
        for layer in layers {
            for (_, value) in layer.channels {
                if let field = value.field, let extract = value.extract, !fields.contains(where: { $0.0 == field }) {
                    fields.append((field, extract))
                }
            }
        }
        return .array(rows.map { row in .object(fields.map { ($0.0, $0.1(row)) }) })
    }

    /// One layer: its mark and its encoding, with the chart's axis, scale and legend
    /// properties on the channels it has.
    func unit(_ layer: MarkLayer<Row>) -> ChartValue {
        let mark: ChartValue = layer.properties.isEmpty ? .string(layer.type)
            : .object([("type", .string(layer.type))] + layer.properties)
        var encoding: [(String, ChartValue)] = []
        for channel in ["x", "y", "x2", "y2", "color", "shape", "strokeDash", "size", "detail", "text", "order"]
            + layer.channels.map(\.0) where !encoding.contains(where: { $0.0 == channel }) {
            guard let value = layer.channels.first(where: { $0.0 == channel })?.1 else { continue }
            var definition = value.definition()
            for p in channelProperties where p.channel == channel {
                if case .object(var m) = definition {
                    if let i = m.firstIndex(where: { $0.0 == p.key }) { m[i].1 = p.value } else { m.append((p.key, p.value)) }
                    definition = .object(m)
                }
            }
            encoding.append((channel, definition))
        }
        return .object([("mark", mark), ("encoding", .object(encoding))])
    }

    /// The spec decoded by Chartsmith's decoder (its located errors name `<chart>`).
    public func decoded(renderer: ChartRenderer = ChartRenderer()) throws -> ChartSpec {
        try renderer.decode(json: specJSON, name: "<chart>")
    }

    /// The chart drawn into `format`: the file's bytes. `scale` is PNG pixels per point.
    public func render(_ format: OutputFormat, scale: Double? = nil, renderer: ChartRenderer = ChartRenderer()) throws -> Data {
        try image(format, scale: scale, renderer: renderer).data
    }

    /// The chart drawn into `format`, with its scene and warnings.
    public func image(_ format: OutputFormat, scale: Double? = nil, renderer: ChartRenderer = ChartRenderer()) throws -> ChartImage {
        try renderer.render(request(format, scale: scale))
    }

    /// The chart drawn off the caller's executor.
    public func image(_ format: OutputFormat, scale: Double? = nil, renderer: ChartRenderer = ChartRenderer()) async throws -> ChartImage {
        try await renderer.render(request(format, scale: scale))
    }

    /// The request `ChartRenderer.renderAll(_:)` takes, to render many charts at once.
    public func request(_ format: OutputFormat, scale: Double? = nil) -> ChartRequest {
        ChartRequest(json: specJSON, format: format, scale: scale, name: "<chart>")
    }
}
