/// The members of a JSON object, in source order, each with the location of its
/// key.
///
/// The parser rejects duplicate keys, so each key occurs once.
public struct JSONObject: Hashable, Sendable {
    /// One member: its key, where the key's opening quote is, and its value.
    ///
    /// A labelled tuple, so members can be read as `entry.key` or taken apart
    /// with `for (key, keyLocation, value) in object.entries`, and built as
    /// `JSONObject.Entry(key: "a", keyLocation: location, value: node)`.
    public typealias Entry = (key: String, keyLocation: SourceLocation, value: JSONNode)

    /// The members in source order.
    public var entries: [Entry]

    /// Creates an object from its members in order.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The value of member `key`, or nil when there is none.
    ///
    /// A linear search: objects in chart specs are small.
    public subscript(key: String) -> JSONNode? {
        for entry in entries where entry.key == key {
            return entry.value
        }
        return nil
    }

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }

    /// The location of member `key`'s key, or nil when there is none.
    public func keyLocation(of key: String) -> SourceLocation? {
        for entry in entries where entry.key == key {
            return entry.keyLocation
        }
        return nil
    }

    /// Whether both have the same members in the same order, with the same
    /// key locations.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for (l, r) in zip(lhs.entries, rhs.entries) {
            guard l.key == r.key, l.keyLocation == r.keyLocation, l.value == r.value else { return false }
        }
        return true
    }

    /// Hashes the members in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries.count)
        for entry in entries {
            hasher.combine(entry.key)
            hasher.combine(entry.keyLocation)
            hasher.combine(entry.value)
        }
    }
}
