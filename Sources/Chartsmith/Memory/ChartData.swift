import ChartsmithSpec
import Foundation

/// Data supplied from Swift for a spec rendered from memory: it becomes the spec's inline
/// `data.values`, replacing any `data` the spec names (a `data.format` it gives is kept).
///
/// ```swift
/// struct Row: Encodable, Sendable { var offence: String; var count: Int }
/// let data = try ChartData(rows: [Row(offence: "Possessing", count: 380)])
/// let columns = ChartData(columns: ["year": ["2003", "2010"], "offenders": [1731, 1781]])
/// ```
public struct ChartData: Sendable, Hashable {
    /// The rows as a JSON array (the text of `data.values`).
    public let json: [UInt8]

    /// Rows encoded with `JSONEncoder`: each row an object of its coded keys. Dates become
    /// milliseconds since 1970 (Vega-Lite's timestamps); an optional that is nil is left out.
    ///
    /// - Throws: the encoder's error when a row cannot be encoded as a JSON object.
    public init<Row: Encodable & Sendable>(rows: [Row]) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity",
                                                                      negativeInfinity: "-Infinity", nan: "NaN")
        self.json = Array(try encoder.encode(rows))
    }

    /// Named columns of equal length, in the order given: row `i` takes the `i`th value of
    /// each column (a shorter column gives `null` past its end).
    public init(columns: KeyValuePairs<String, [ChartValue]>) {
        let count = columns.map(\.value.count).max() ?? 0
        var rows: [ChartValue] = []
        rows.reserveCapacity(count)
        for i in 0..<count {
            rows.append(.object(columns.map { ($0.key, i < $0.value.count ? $0.value[i] : .null) }))
        }
        self.json = Array(ChartValue.array(rows).jsonText().utf8)
    }

    /// Rows given as JSON text: an array of objects, as `data.values` takes them.
    public init(json: String) {
        self.json = Array(json.utf8)
    }

    /// The rows parsed, each value located under `data.values` for messages.
    func node() throws -> JSONNode {
        let parsed: JSONNode
        do {
            parsed = try JSONParser.parse(json)
        } catch {
            throw ChartsmithError(file: "<data>", message: "the data supplied is not JSON: \(error)")
        }
        return parsed.placed(under: JSONPath(components: [.key("data"), .key("values")]))
    }
}

extension JSONNode {
    /// This node and every node beneath it, their paths starting at `prefix`.
    func placed(under prefix: JSONPath) -> JSONNode {
        var node = self
        node.path = JSONPath(components: prefix.components + path.components)
        switch value {
        case .array(let items):
            node.value = .array(items.map { $0.placed(under: prefix) })
        case .object(let object):
            node.value = .object(JSONObject(entries: object.entries.map { ($0.key, $0.keyLocation, $0.value.placed(under: prefix)) }))
        default:
            break
        }
        return node
    }
}
