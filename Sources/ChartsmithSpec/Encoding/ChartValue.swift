import ChartsmithFormat
import Foundation

/// One JSON value written from Swift, keeping the order of object members: a cell of a
/// column (``ChartData/init(columns:)``), and the value type of specs built in Swift.
///
/// Literals make one directly: `"Convicted"`, `1246`, `0.5`, `true`, `nil`, `[1, 2]`,
/// `["type": "range"]`.
public indirect enum ChartValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number (JSON has one number type).
    case number(Double)
    /// A string.
    case string(String)
    /// An array, in order.
    case array([ChartValue])
    /// An object, members in the order given.
    case object([(String, ChartValue)])

    /// A date as Vega-Lite's timestamp: milliseconds since 1970, UTC.
    public static func date(_ date: Date) -> ChartValue {
        .number((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// A string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A number.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `null`.
    public init(nilLiteral: ()) { self = .null }
    /// An array.
    public init(arrayLiteral elements: ChartValue...) { self = .array(elements) }
    /// An object, members in the order written.
    public init(dictionaryLiteral elements: (String, ChartValue)...) { self = .object(elements) }

    /// The JSON text: compact, or indented by two spaces a level when `pretty`. Numbers are
    /// written as JavaScript writes them (`1246`, `0.5`); a non-finite number as `null`.
    public func jsonText(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: "")
        return out
    }

    func write(to out: inout String, pretty: Bool, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.isFinite ? javaScriptString(n) : "null"
        case .string(let s): out += Escaping.jsonQuoted(s)
        case .array(let items):
            writeList(items.map { item in { (o: inout String, i: String) in item.write(to: &o, pretty: pretty, indent: i) } },
                      open: "[", close: "]", to: &out, pretty: pretty && items.contains(where: \.isContainer), indent: indent)
        case .object(let members):
            writeList(members.map { key, value in { (o: inout String, i: String) in
                o += Escaping.jsonQuoted(key) + (pretty ? ": " : ":")
                value.write(to: &o, pretty: pretty, indent: i)
            } }, open: "{", close: "}", to: &out, pretty: pretty, indent: indent)
        }
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }

    private func writeList(_ items: [(inout String, String) -> Void], open: String, close: String,
                           to out: inout String, pretty: Bool, indent: String) {
        out += open
        guard !items.isEmpty else { return out += close }
        let inner = indent + "  "
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            if pretty { out += "\n" + inner }
            item(&out, inner)
        }
        if pretty { out += "\n" + indent }
        out += close
    }

    /// Equal when their JSON texts are equal.
    public static func == (a: ChartValue, b: ChartValue) -> Bool { a.jsonText() == b.jsonText() }
    /// Hashes the JSON text.
    public func hash(into hasher: inout Hasher) { hasher.combine(jsonText()) }
}
