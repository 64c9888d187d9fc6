extension Escaping {
    /// The most characters of input text one printed message keeps (``bounded(_:limit:)``).
    public static let messageLimit = 1_000
    /// The most characters of one value quoted inside a message (``quotedToken(_:limit:)``).
    public static let tokenLimit = 60

    /// `text` safe to print on a terminal: every control character (C0 but the line feed,
    /// DEL, and the C1 range, which some terminals read as escape sequences) written as a
    /// `\u001B` escape, so nothing that came from input can move the cursor, change the
    /// title or ring the bell. Line feeds are kept when `keepingNewlines` (a message of
    /// several lines), else written `\u000A`.
    public static func terminal(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isTerminalControl($0, keepingNewlines: keepingNewlines) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isTerminalControl(scalar, keepingNewlines: keepingNewlines) {
                out += jsonUnicodeEscape(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Raw input bytes safe to print on a terminal: valid UTF-8 as ``terminal(_:keepingNewlines:)``
    /// escapes it, every byte of invalid UTF-8 as `\xNN`.
    public static func terminal(bytes: some Sequence<UInt8>, keepingNewlines: Bool = true) -> String {
        var out = ""
        var pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            out += terminal(String(decoding: pending, as: UTF8.self), keepingNewlines: keepingNewlines)
            pending.removeAll(keepingCapacity: true)
        }
        var buffer = Array(bytes)[...]
        while let lead = buffer.first {
            let length = utf8SequenceLength(buffer)
            if length == 0 {
                flush()
                out += "\\x" + (lead < 16 ? "0" : "") + String(lead, radix: 16, uppercase: true)
                buffer = buffer.dropFirst()
            } else {
                pending += buffer.prefix(length)
                buffer = buffer.dropFirst(length)
            }
        }
        flush()
        return out
    }

    /// `text` cut to at most `limit` characters: its start and end kept, joined by `…`,
    /// so a megabyte of input never becomes a megabyte of message.
    public static func bounded(_ text: String, limit: Int = messageLimit) -> String {
        guard text.count > limit else { return text }
        let keep = max(1, (limit - 1) / 2)
        return String(text.prefix(keep)) + "…" + String(text.suffix(keep))
    }

    /// A value from input as a message quotes it: escaped for the terminal (newlines too),
    /// cut to `limit` characters with a trailing `…`, in double quotes.
    public static func quotedToken(_ value: String, limit: Int = tokenLimit) -> String {
        let escaped = terminal(value, keepingNewlines: false)
        let cut = escaped.count > limit ? String(escaped.prefix(limit)) + "…" : escaped
        return "\"" + cut + "\""
    }

    /// A line of text printed by the command line: escaped for the terminal and bounded.
    public static func printable(_ text: String, limit: Int = messageLimit) -> String {
        bounded(terminal(text), limit: limit)
    }

    /// Whether a terminal may act on the character instead of showing it.
    static func isTerminalControl(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        let v = scalar.value
        if v == 0x0A { return !keepingNewlines }
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
    }

    /// The length of the well-formed UTF-8 sequence `bytes` starts with, or 0 if it does
    /// not start with one.
    static func utf8SequenceLength(_ bytes: ArraySlice<UInt8>) -> Int {
        guard let b0 = bytes.first else { return 0 }
        if b0 < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard bytes.count >= length else { return 0 }
        let start = bytes.startIndex
        for i in 1..<length {
            let b = bytes[start + i]
            let (lo, hi) = i == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard b >= lo && b <= hi else { return 0 }
        }
        return length
    }
}
