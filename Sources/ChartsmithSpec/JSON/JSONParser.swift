import Foundation

/// A strict RFC 8259 JSON parser that keeps the source location and path of
/// every value, so problems in a spec can be reported at the exact spot.
///
/// It works directly on the UTF-8 bytes without recursion (nesting costs heap,
/// not stack) and never crashes or hangs, whatever the input. Syntax errors are
/// thrown as a ``Diagnostic`` with the line:column of the problem, the path of
/// the value being read, and a message meant for people who do not write JSON
/// every day:
///
/// - an empty file: `the file is empty; expected a JSON object`
/// - `{"a": 1,}`: `trailing comma before '}'`, at the comma
/// - `// note`: `comments are not allowed in JSON`
/// - `'bar'`: `strings must use double quotes`
/// - `NaN`, `Infinity`, `undefined`: `NaN is not valid JSON; use null`
/// - an unclosed string, array or object: at its opening quote or bracket
/// - a duplicate key: names the key and where it was first used
/// - a byte that is not UTF-8: `invalid UTF-8 byte 0xFF`, at that byte
///
/// A UTF-8 byte-order mark at the start is skipped.
public enum JSONParser {
    /// The default limit on how deeply arrays and objects may nest.
    public static let defaultMaxDepth = 200

    /// Parses a complete JSON document from its UTF-8 bytes.
    ///
    /// - Parameter maxDepth: how many arrays and objects may nest inside each
    ///   other; deeper input is rejected with a diagnostic. Keep it modest: the
    ///   parser itself does not recurse, but every node stores its full path
    ///   (so memory grows with depth squared), and comparing or freeing a tree
    ///   recurses once per level.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(Diagnostic) -> JSONNode {
        let result: Result<JSONNode, Diagnostic> = bytes.withUnsafeBufferPointer { buffer in
            JSONReader.read(buffer, maxDepth: maxDepth)
        }
        return try result.get()
    }

    /// Parses a complete JSON document from UTF-8 data.
    public static func parse(_ data: Data, maxDepth: Int = defaultMaxDepth) throws(Diagnostic) -> JSONNode {
        let result: Result<JSONNode, Diagnostic> = data.withUnsafeBytes { raw in
            JSONReader.read(raw.assumingMemoryBound(to: UInt8.self), maxDepth: maxDepth)
        }
        return try result.get()
    }

    /// Parses a complete JSON document from a string (as its UTF-8 encoding).
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(Diagnostic) -> JSONNode {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }
}
