/// A short, printable excerpt of text that came from input (a field name, a cell, a header),
/// for error messages: control characters are escaped as `\u001B` and anything past a bound
/// is cut with an ellipsis, so that a hostile file can neither write raw control bytes to a
/// terminal nor make a message as long as itself.
public enum Excerpt {
    /// The default bound, in characters, of a quoted excerpt.
    public static let defaultLength = 60

    /// `text` escaped, and cut with `…` when its escaped form is longer than `limit`
    /// characters (an escape counts as the six it prints).
    public static func text<S: StringProtocol>(_ text: S, limit: Int = defaultLength) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let escaped = v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            if count + (escaped ? 6 : 1) > limit {
                out += "…"
                break
            }
            if escaped {
                let hex = String(v, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                count += 6
            } else {
                out.unicodeScalars.append(scalar)
                count += 1
            }
        }
        return out
    }

    /// `text` escaped and cut as ``text(_:limit:)``, in double quotes.
    public static func quoted<S: StringProtocol>(_ text: S, limit: Int = defaultLength) -> String {
        "\"" + Self.text(text, limit: limit) + "\""
    }
}
