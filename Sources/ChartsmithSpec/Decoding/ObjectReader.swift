import Foundation

/// Reads one JSON object property by property and, at the end, rejects every property
/// that was not read, naming it and suggesting the closest known one.
///
/// Decoding a spec object is a sequence of `take` calls followed by ``finish()``.
struct ObjectReader {
    let node: JSONNode
    let object: JSONObject
    /// What the object is, for messages ("mark", "an encoding channel").
    let what: String
    /// The kind of object, a stable name (`"mark"`, `"channel"`, `"axis"`) that the JSON
    /// Schema's definitions are checked against.
    let kind: String
    private(set) var read: Set<String> = []
    /// Names the object may have, for suggestions; filled as properties are asked for.
    private var known: [String] = []

    init(_ node: JSONNode, what: String, kind: String? = nil) throws {
        guard case .object(let object) = node.value else {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "expected an object for \(what), found \(node.describeValue())")
        }
        self.node = node
        self.object = object
        self.what = what
        self.kind = kind ?? what
    }

    /// Marks `key` as understood and returns its value (nil when absent).
    mutating func take(_ key: String) -> JSONNode? {
        known.append(key)
        PropertyRecorder.current?.record(kind: kind, key: key)
        guard let v = object[key] else { return nil }
        read.insert(key)
        return v
    }

    /// Whether `key` holds a plain value (not an object: a condition or an expression),
    /// recording the key as one the decoder reads. The caller then `take`s it.
    mutating func hasPlain(_ key: String) -> Bool {
        known.append(key)
        PropertyRecorder.current?.record(kind: kind, key: key)
        guard let n = object[key] else { return false }
        if case .object = n.value { return false }
        return true
    }

    /// Marks keys as understood and ignored (e.g. `tooltip`, `$schema`).
    mutating func ignore(_ keys: String...) {
        ignore(keys)
    }

    /// Marks a list of keys as understood and ignored.
    mutating func ignore(_ keys: [String]) {
        for k in keys { _ = take(k) }
    }

    mutating func string(_ key: String) throws -> String? {
        guard let v = take(key) else { return nil }
        return try v.asString()
    }

    mutating func number(_ key: String) throws -> Double? {
        guard let v = take(key) else { return nil }
        return try v.asNumber()
    }

    mutating func bool(_ key: String) throws -> Bool? {
        guard let v = take(key) else { return nil }
        return try v.asBool()
    }

    /// A string that must be one of an enumeration's raw values.
    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type) throws -> E?
    where E.RawValue == String {
        guard let v = take(key) else { return nil }
        return try v.asEnum(E.self)
    }

    /// A string, or a list of strings (title lines, notes).
    mutating func lines(_ key: String) throws -> [String]? {
        guard let v = take(key) else { return nil }
        return try v.asLines()
    }

    /// Throws for the first property that was not read: a Vega-Lite feature Chartsmith
    /// does not support is named as such; anything else is an unknown property, with a
    /// suggestion when one is close.
    func finish(unsupported: [String: String] = [:]) throws {
        for entry in object.entries where !read.contains(entry.key) {
            let path = node.path.appending(entry.key)
            if let why = unsupported[entry.key] ?? Vocabulary.unsupported[entry.key] {
                throw Diagnostic(location: entry.keyLocation, path: path,
                                 message: "\(why) is not supported by Chartsmith")
            }
            let suggestion = Suggest.closest(to: entry.key, in: known)
            throw Diagnostic(location: entry.keyLocation, path: path,
                             message: "unknown property \"\(entry.key)\" in \(what)"
                                 + (suggestion == nil ? Vocabulary.hint(for: known) : ""),
                             suggestion: suggestion)
        }
    }
}

/// Collects, while a decode runs, every property name the decoder asks for in each kind of
/// object, so a test can hold the JSON Schema in step with the decoder.
public final class PropertyRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String: Set<String>] = [:]

    public init() {}

    /// The recorder of the current task, if any.
    @TaskLocal public static var current: PropertyRecorder?

    func record(kind: String, key: String) {
        lock.lock()
        names[kind, default: []].insert(key)
        lock.unlock()
    }

    /// Kind of object → property names the decoder reads there.
    public var properties: [String: Set<String>] {
        lock.lock()
        defer { lock.unlock() }
        return names
    }
}

extension JSONNode {
    func mismatch(_ expected: String) -> Diagnostic {
        Diagnostic(location: location, path: path, message: "expected \(expected), found \(describeValue())")
    }

    func asString() throws -> String {
        guard case .string(let s) = value else { throw mismatch("a string") }
        return s
    }

    func asNumber() throws -> Double {
        guard case .number(let n) = value else { throw mismatch("a number") }
        return n
    }

    func asBool() throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch("true or false") }
        return b
    }

    func asArray() throws -> [JSONNode] {
        guard case .array(let a) = value else { throw mismatch("an array") }
        return a
    }

    var isNull: Bool { if case .null = value { return true } else { return false } }

    func asEnum<E: RawRepresentable & CaseIterable>(_: E.Type) throws -> E where E.RawValue == String {
        let s = try asString()
        if let e = E(rawValue: s) { return e }
        let all = E.allCases.map(\.rawValue)
        throw Diagnostic(location: location, path: path,
                         message: "\"\(s)\" is not one of " + all.map { "\"\($0)\"" }.joined(separator: ", "),
                         suggestion: Suggest.closest(to: s, in: all))
    }

    func asLines() throws -> [String] {
        switch value {
        case .string(let s): return [s]
        case .array(let items): return try items.map { try $0.asString() }
        default: throw mismatch("a string or an array of strings")
        }
    }

    func asNumbers() throws -> [Double] {
        try asArray().map { try $0.asNumber() }
    }

    /// Converts to a plain inline value (for `data.values`, `domain`, `datum`).
    public func inlineValue() -> InlineValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array(let a): return .array(a.map { $0.inlineValue() })
        case .object(let o):
            var d: [String: InlineValue] = [:]
            d.reserveCapacity(o.entries.count)
            var keys: [String] = []
            for e in o.entries {
                d[e.key] = e.value.inlineValue()
                keys.append(e.key)
            }
            return .object(d, keys: keys)
        }
    }
}
