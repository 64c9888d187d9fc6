/// One step in a ``JSONPath``: a key of an object or an index into an array.
public enum JSONPathComponent: Hashable, Sendable {
    /// A member of an object, by key.
    case key(String)
    /// An element of an array, 0-based.
    case index(Int)
}
