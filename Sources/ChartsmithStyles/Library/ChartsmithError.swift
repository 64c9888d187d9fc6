/// A failure to render one spec, with the spec's path and a message fit for the user.
public struct ChartsmithError: Error, Sendable, CustomStringConvertible {
    /// The spec file.
    public var file: String
    /// What went wrong, prefixed with a line:column and JSON path when known.
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `path/to/spec.json: message` (or `path/to/spec.json:3:14: message`).
    public var description: String {
        message.hasPrefix(file + ":") ? message : "\(file): \(message)"
    }
}
