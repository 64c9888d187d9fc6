import ChartsmithFormat

/// Where a value sits inside a JSON document, from the root down: the keys and
/// indices to follow to reach it.
///
/// Its description is the path a user would recognise from JavaScript:
/// `encoding.color.field`, `layer[0].mark`, `data.values[3].x`. Keys that are not
/// identifiers are written in brackets as JSON strings, `transform[0]["a b"]`,
/// and the root itself reads `(root)`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    /// The steps from the root, outermost first.
    public var components: [JSONPathComponent]

    /// Creates a path from its steps, outermost first.
    public init(components: [JSONPathComponent] = []) {
        self.components = components
    }

    /// The path of the document's top-level value.
    public static let root = JSONPath()

    /// Whether this is the path of the top-level value.
    public var isRoot: Bool { components.isEmpty }

    /// This path followed by the object member `key`.
    public func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    /// This path followed by the array element at `index`.
    public func appending(_ index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    /// The path of the value that contains this one; the root is its own parent.
    public var parent: JSONPath {
        JSONPath(components: Array(components.dropLast()))
    }

    /// `encoding.color.field`, `layer[0].mark`, `transform[0]["a b"]`, or `(root)`.
    public var description: String {
        if components.isEmpty { return "(root)" }
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if Self.isIdentifier(key) {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[" + JSONPath.quoted(key) + "]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// Whether `key` can be written after a dot: a letter, `_` or `$`, then
    /// letters, digits, `_` or `$`. Non-ASCII letters count as letters.
    static func isIdentifier(_ key: String) -> Bool {
        var first = true
        for scalar in key.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "_", "$":
                break
            case "0"..."9":
                if first { return false }
            default:
                if scalar.value < 0x80 || !scalar.properties.isAlphabetic { return false }
            }
            first = false
        }
        return !first
    }

    /// `text` as a JSON string literal, with quotes, backslashes and control
    /// characters escaped.
    static func quoted(_ text: String) -> String {
        Escaping.jsonQuoted(text, style: .diagnostic)
    }
}
