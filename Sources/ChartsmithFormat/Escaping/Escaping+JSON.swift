extension Escaping {
    /// How a JSON string literal spells the characters it must escape. Every style
    /// escapes `"`, `\`, `\n`, `\r`, `\t` and the other control characters; they differ
    /// in details that the files already written with them keep byte for byte.
    public struct JSONStyle: Sendable, Hashable {
        /// Backspace and form feed as `\b` and `\f` rather than `\u0008` and `\u000c`.
        public var shortBackspaceAndFormFeed: Bool
        /// The hexadecimal digits of `\u` escapes in upper case (`\u001F`).
        public var uppercaseHex: Bool
        /// U+2028 and U+2029 escaped as well (they end a line in JavaScript).
        public var escapesLineSeparators: Bool

        /// Keys and values quoted in diagnostics and JSON paths: `\b`, `\f`, `\u001F`.
        public static let diagnostic = JSONStyle(shortBackspaceAndFormFeed: true, uppercaseHex: true,
                                                 escapesLineSeparators: false)
        /// Plain JSON files (the styles printer): `\u0008`, `\u001f`.
        public static let plain = JSONStyle(shortBackspaceAndFormFeed: false, uppercaseHex: false,
                                            escapesLineSeparators: false)
        /// JSON lines that other programs read as JavaScript too (the batch log): as
        /// ``plain``, and U+2028 and U+2029 escaped.
        public static let jsonLines = JSONStyle(shortBackspaceAndFormFeed: false, uppercaseHex: false,
                                                escapesLineSeparators: true)
    }

    /// `text` as a JSON string literal, quotes included.
    public static func jsonQuoted(_ text: String, style: JSONStyle = .plain) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if let escape = jsonEscape(scalar, style: style) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// How a JSON string in `style` writes a character, or nil where it stands as itself.
    static func jsonEscape(_ scalar: Unicode.Scalar, style: JSONStyle) -> String? {
        if let short = shortJSONEscapes[scalar] { return short }
        let value = scalar.value
        if style.shortBackspaceAndFormFeed && (value == 0x08 || value == 0x0C) { return value == 0x08 ? "\\b" : "\\f" }
        let lineSeparator = value == 0x2028 || value == 0x2029
        guard value < 0x20 || (style.escapesLineSeparators && lineSeparator) else { return nil }
        return jsonUnicodeEscape(value, uppercase: style.uppercaseHex)
    }

    /// The two-character escapes every style writes.
    private static let shortJSONEscapes: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
    ]

    /// A `\u` escape of a UTF-16 code unit, at least four hexadecimal digits: `\u001B`.
    public static func jsonUnicodeEscape(_ code: UInt32, uppercase: Bool = true) -> String {
        let hex = String(code, radix: 16, uppercase: uppercase)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension Escaping {
    /// The value of the four hexadecimal digits of a JSON `\uXXXX` escape starting at
    /// `index` in `bytes` (before `end`), or nil when they are not four hex digits. The
    /// spec's JSON reader and the data's record reader share it.
    public static func jsonHex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt32? {
        guard index >= 0, index + 4 <= end else { return nil }
        var value: UInt32 = 0
        for i in index..<index + 4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

extension Escaping {
    /// The byte a JSON one-letter escape stands for (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`,
    /// `\r`, `\t`), given the byte after the backslash; nil for any other (`\u` included).
    public static func jsonSimpleEscape(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }
}
