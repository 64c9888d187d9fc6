/// A problem found in a user's spec, pointing at the file, line:column and JSON
/// path of the value at fault, with an optional "did you mean" suggestion.
///
/// Its description reads like a compiler message:
///
///     spec.json:12:5: encoding.colour: unknown channel; did you mean "color"?
///
/// Parts that are nil are left out (a root path is left out too), so a problem
/// with the whole file reads `spec.json: the file is empty; expected a JSON object`.
/// Warnings say so: `spec.json:3:9: warning: mark.size: ...`.
///
/// The parser and spec decoder do not know the file name; whoever read the file
/// adds it with ``withFile(_:)``.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, CustomStringConvertible {
        /// The spec cannot be rendered.
        case error
        /// The spec can be rendered, but probably not as the author meant.
        case warning

        /// `error` or `warning`.
        public var description: String { rawValue }
    }

    /// The file the problem is in, as the user named it; nil until set by the
    /// caller that read the file.
    public var file: String?
    /// Where in the file the problem is.
    public var location: SourceLocation?
    /// The JSON path of the value at fault.
    public var path: JSONPath?
    /// What is wrong, written for someone who is not a programmer.
    public var message: String
    /// A replacement the user probably meant (e.g. `color` for `colour`),
    /// shown as `did you mean "color"?`.
    public var suggestion: String?
    /// Whether this stops rendering.
    public var severity: Severity

    /// Creates a diagnostic; everything but the message is optional.
    public init(
        file: String? = nil,
        location: SourceLocation? = nil,
        path: JSONPath? = nil,
        message: String,
        suggestion: String? = nil,
        severity: Severity = .error
    ) {
        self.file = file
        self.location = location
        self.path = path
        self.message = message
        self.suggestion = suggestion
        self.severity = severity
    }

    /// Creates a diagnostic with the message first.
    public init(
        message: String,
        location: SourceLocation?,
        path: JSONPath?,
        suggestion: String? = nil,
        severity: Severity = .error
    ) {
        self.init(file: nil, location: location, path: path, message: message,
                  suggestion: suggestion, severity: severity)
    }

    /// Creates a diagnostic about `node`, at its location and path.
    public init(_ message: String, at node: JSONNode, suggestion: String? = nil, severity: Severity = .error) {
        self.init(file: nil, location: node.location, path: node.path, message: message,
                  suggestion: suggestion, severity: severity)
    }

    /// A warning about `node`, at its location and path.
    public static func warning(_ message: String, at node: JSONNode, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(message, at: node, suggestion: suggestion, severity: .warning)
    }

    /// This diagnostic with its file name set.
    public func withFile(_ file: String) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }

    /// `file:line:column: path: message; did you mean "suggestion"?`, leaving out
    /// whatever is unknown; warnings add `warning: ` before the path.
    public var description: String {
        var prefix = ""
        if let file {
            prefix = file
            if let location { prefix += ":\(location.line):\(location.column)" }
        } else if let location {
            prefix = location.description
        }
        var text = prefix.isEmpty ? "" : prefix + ": "
        if severity == .warning { text += "warning: " }
        if let path, !path.isRoot {
            // A path hundreds of levels deep (deeply nested input) keeps its ends.
            let p = path.description
            text += (p.count > 120 ? String(p.prefix(50)) + "…" + String(p.suffix(50)) : p) + ": "
        }
        text += message
        if let suggestion { text += "; did you mean " + JSONPath.quoted(suggestion) + "?" }
        return text
    }
}
