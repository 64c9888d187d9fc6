/// Where a value was written in the spec file, for messages about it that are raised after
/// decoding (by the data stage or layout).
public struct SourcePosition: Sendable, Hashable {
    public var location: SourceLocation?
    public var path: JSONPath

    public init(location: SourceLocation?, path: JSONPath) {
        self.location = location
        self.path = path
    }

    /// The position of a parsed JSON value.
    public init(_ node: JSONNode) {
        self.init(location: node.location, path: node.path)
    }
}
