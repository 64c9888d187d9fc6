/// A JSON value together with where it came from: its location in the source
/// file and its path from the document root.
///
/// The parser produces a tree of nodes, so a spec decoder can report any
/// problem at the exact line, column and path of the offending value.
public struct JSONNode: Hashable, Sendable {
    /// The value itself.
    public var value: JSONValue
    /// Where the value starts: its first character (the opening bracket or
    /// quote, the first digit or sign of a number, the first letter of a literal).
    public var location: SourceLocation
    /// The keys and indices leading from the document root to this value.
    public var path: JSONPath

    /// Creates a node.
    public init(value: JSONValue, location: SourceLocation, path: JSONPath) {
        self.value = value
        self.location = location
        self.path = path
    }
}
