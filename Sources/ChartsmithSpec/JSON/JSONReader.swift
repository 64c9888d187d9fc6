import ChartsmithFormat

/// The machinery behind ``JSONParser``: a single forward pass over UTF-8 bytes
/// with an explicit stack of open arrays and objects instead of recursion.
///
/// Line and column are tracked incrementally: `line`, the offset where the line
/// starts, and how many UTF-8 continuation bytes the line has had so far (every
/// other byte starts a new Unicode scalar, i.e. a new column). Continuation bytes
/// only occur inside strings, and strings cannot contain line breaks, so the
/// count is kept up to date in the string scanner alone. Error locations are
/// recomputed from scratch with ``SourceLocation/of(offset:in:)``.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    private let maxDepth: Int
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var continuationBytes = 0
    /// Reused buffer for decoding strings with escapes.
    private var scratch: [UInt8] = []

    /// An array or object whose closing bracket has not been reached yet.
    private struct Frame {
        var isObject: Bool
        var location: SourceLocation
        var path: JSONPath
        var elements: [JSONNode] = []
        var entries: [JSONObject.Entry] = []
        /// Key locations of the first `keyIndex.count` entries, built once an
        /// object is large enough that scanning `entries` for duplicates is slow.
        var keyIndex: [String: SourceLocation] = [:]
        var pendingKey = ""
        var pendingKeyLocation = SourceLocation.start
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.end = bytes.count
        self.maxDepth = maxDepth
    }

    /// Parses a whole document.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONNode, Diagnostic> {
        var reader = JSONReader(bytes, maxDepth: maxDepth)
        do {
            return .success(try reader.readDocument())
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Bytes and locations

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    @inline(__always)
    private func peek() -> UInt8? {
        pos < end ? bytes[pos] : nil
    }

    @inline(__always)
    private func byte(at index: Int) -> UInt8? {
        index >= 0 && index < end ? bytes[index] : nil
    }

    /// The location of the current position, from the incremental bookkeeping.
    @inline(__always)
    private func location() -> SourceLocation {
        SourceLocation(line: line, column: pos - lineStart - continuationBytes + 1, offset: pos)
    }

    /// The location of any offset, recomputed from the start of the input.
    private func location(of offset: Int) -> SourceLocation {
        SourceLocation.of(offset: offset, in: bytes)
    }

    private func error(_ message: String, at offset: Int, path: JSONPath) -> Diagnostic {
        Diagnostic(location: location(of: offset), path: path, message: message)
    }

    private func error(_ message: String, at location: SourceLocation, path: JSONPath) -> Diagnostic {
        Diagnostic(location: location, path: path, message: message)
    }

    private mutating func skipWhitespace() {
        while pos < end {
            switch bytes[pos] {
            case 0x20, 0x09:
                pos += 1
            case 0x0A:
                pos += 1
                newLine()
            case 0x0D:
                pos += 1
                if pos < end && bytes[pos] == 0x0A { pos += 1 }
                newLine()
            default:
                return
            }
        }
    }

    @inline(__always)
    private mutating func newLine() {
        line += 1
        lineStart = pos
        continuationBytes = 0
    }

    // MARK: - Document

    private mutating func readDocument() throws(Diagnostic) -> JSONNode {
        if end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        skipWhitespace()
        guard pos < end else {
            throw Diagnostic(message: "the file is empty; expected a JSON object")
        }

        // `current` is the innermost open array or object (when `depth` > 0);
        // `parents` holds the ones around it. Keeping the innermost one in a
        // local variable lets elements be appended in place.
        var parents: [Frame] = []
        var current = Frame(isObject: false, location: .start, path: .root)
        var depth = 0
        // How many members the last closed container at each depth had: data
        // rows tend to be alike, so this sizes the next one in one allocation.
        var sizeHints: [Int] = []
        var path = JSONPath.root

        nextValue: while true {
            // Read one value at `pos` (whitespace already skipped) whose path is `path`.
            var node: JSONNode
            guard let byte = peek() else {
                throw unexpectedEnd(in: depth > 0 ? current : nil)
            }
            let start = location()
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                guard depth < maxDepth else { throw tooDeep(at: start, path: path) }
                pos += 1
                skipWhitespace()
                if peek() == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    pos += 1
                    node = JSONNode(value: isObject ? .object(JSONObject()) : .array([]), location: start, path: path)
                } else {
                    var frame = Frame(isObject: isObject, location: start, path: path)
                    if depth < sizeHints.count, sizeHints[depth] > 1 {
                        let hint = min(sizeHints[depth], 256)
                        if isObject { frame.entries.reserveCapacity(hint) } else { frame.elements.reserveCapacity(hint) }
                    }
                    if isObject {
                        try readKey(into: &frame)
                        path = path.appending(frame.pendingKey)
                    } else {
                        path = path.appending(0)
                    }
                    if depth > 0 { parents.append(current) }
                    current = frame
                    depth += 1
                    continue nextValue
                }
            case JSONReader.quote:
                node = JSONNode(value: .string(try readString(path: path)), location: start, path: path)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = JSONNode(value: .number(try readNumber(path: path)), location: start, path: path)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                node = JSONNode(value: try readLiteral(path: path), location: start, path: path)
            default:
                throw unexpected(expecting: .value, path: path, container: depth > 0 ? current : nil)
            }

            // Hand the finished value to the enclosing array or object; when that
            // closes too, hand it on to its parent, and so on.
            while true {
                guard depth > 0 else {
                    skipWhitespace()
                    if pos < end { throw unexpected(expecting: .end, path: .root, container: nil) }
                    return node
                }
                if current.isObject {
                    current.entries.append((key: current.pendingKey, keyLocation: current.pendingKeyLocation, value: node))
                } else {
                    current.elements.append(node)
                }
                skipWhitespace()
                guard let next = peek() else { throw unexpectedEnd(in: current) }
                let close = current.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if next == UInt8(ascii: ",") {
                    let comma = pos
                    pos += 1
                    skipWhitespace()
                    if let after = peek(), after == close {
                        throw error("trailing comma before '\(Character(Unicode.Scalar(after)))'",
                                    at: comma, path: current.path)
                    }
                    if current.isObject {
                        try readKey(into: &current)
                        path = current.path.appending(current.pendingKey)
                    } else {
                        path = current.path.appending(current.elements.count)
                    }
                    continue nextValue
                } else if next == close {
                    pos += 1
                    depth -= 1
                    let count: Int
                    let value: JSONValue
                    if current.isObject {
                        count = current.entries.count
                        value = .object(JSONObject(entries: current.entries))
                    } else {
                        count = current.elements.count
                        value = .array(current.elements)
                    }
                    while sizeHints.count <= depth { sizeHints.append(0) }
                    sizeHints[depth] = count
                    node = JSONNode(value: value, location: current.location, path: current.path)
                    if depth > 0 { current = parents.removeLast() }
                } else {
                    throw unexpected(expecting: current.isObject ? .commaOrBrace : .commaOrBracket,
                                     path: current.path, container: current)
                }
            }
        }
    }

    /// Reads `"key":` and the whitespace after it into `frame`, rejecting
    /// duplicates.
    private mutating func readKey(into frame: inout Frame) throws(Diagnostic) {
        guard peek() == JSONReader.quote else {
            if pos >= end { throw unexpectedEnd(in: frame) }
            throw unexpected(expecting: .key, path: frame.path, container: frame)
        }
        let keyLocation = location()
        let key = try readString(path: frame.path)
        if let first = firstLocation(of: key, in: &frame) {
            throw error("duplicate key \(JSONPath.quoted(key)); it was first used at \(first)",
                        at: keyLocation, path: frame.path.appending(key))
        }
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else {
            if pos >= end { throw unexpectedEnd(in: frame) }
            let special = classify(path: frame.path.appending(key))
            throw special ?? error("expected ':' after the key \(JSONPath.quoted(key)), found \(describeByte(at: pos))",
                                   at: pos, path: frame.path.appending(key))
        }
        pos += 1
        skipWhitespace()
        frame.pendingKey = key
        frame.pendingKeyLocation = keyLocation
    }

    /// Where `key` was first used in the object being read, if it was.
    private func firstLocation(of key: String, in frame: inout Frame) -> SourceLocation? {
        let entries = frame.entries
        if entries.count < 12 {
            for entry in entries where entry.key == key { return entry.keyLocation }
            return nil
        }
        if frame.keyIndex.count < entries.count {
            for entry in entries[frame.keyIndex.count...] {
                frame.keyIndex[entry.key] = entry.keyLocation
            }
        }
        return frame.keyIndex[key]
    }

    private func tooDeep(at location: SourceLocation, path: JSONPath) -> Diagnostic {
        error("the data is nested too deeply: more than \(maxDepth) levels of arrays and objects inside each other",
              at: location, path: path)
    }
}

// MARK: - Strings

extension JSONReader {
    /// Reads a string starting at the opening quote at `pos`.
    private mutating func readString(path: JSONPath) throws(Diagnostic) -> String {
        let open = pos
        pos += 1
        let contentStart = pos
        while pos < end {
            let b = bytes[pos]
            if b == JSONReader.quote {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<pos]), as: UTF8.self)
                pos += 1
                return text
            } else if b == JSONReader.backslash {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<pos]))
                return try readEscapedString(open: open, path: path)
            } else if b < 0x20 {
                throw controlCharacterInString(open: open, path: path)
            } else if b < 0x80 {
                pos += 1
            } else {
                try skipUTF8Sequence(path: path)
            }
        }
        throw unterminatedString(open: open, path: path)
    }

    /// Continues reading a string that has escapes, collecting it in `scratch`.
    private mutating func readEscapedString(open: Int, path: JSONPath) throws(Diagnostic) -> String {
        while pos < end {
            let b = bytes[pos]
            if b == JSONReader.quote {
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if b == JSONReader.backslash {
                try readEscape(open: open, path: path)
            } else if b < 0x20 {
                throw controlCharacterInString(open: open, path: path)
            } else if b < 0x80 {
                scratch.append(b)
                pos += 1
            } else {
                let start = pos
                try skipUTF8Sequence(path: path)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos]))
            }
        }
        throw unterminatedString(open: open, path: path)
    }

    /// Decodes the escape whose backslash is at `pos` into `scratch`.
    private mutating func readEscape(open: Int, path: JSONPath) throws(Diagnostic) {
        let slash = pos
        guard let escaped = byte(at: slash + 1) else { throw unterminatedString(open: open, path: path) }
        if escaped == UInt8(ascii: "u") {
            try readUnicodeEscape(path: path)
            return
        }
        guard let decoded = Escaping.jsonSimpleEscape(escaped) else {
            let shown = (0x21...0x7E).contains(escaped)
                ? "'\\\(Character(Unicode.Scalar(escaped)))'"
                : "'\\' followed by \(describeByte(at: slash + 1))"
            throw error("invalid escape \(shown) in a string; write \\\\ for a backslash",
                        at: slash, path: path)
        }
        scratch.append(decoded)
        pos = slash + 2
    }

    /// Decodes `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at `pos`.
    private mutating func readUnicodeEscape(path: JSONPath) throws(Diagnostic) {
        let slash = pos
        guard let first = hex4(at: slash + 2) else {
            throw error("invalid escape: \\u must be followed by four hexadecimal digits (0-9, A-F)",
                        at: slash, path: path)
        }
        pos = slash + 6
        var value = first
        if (0xD800...0xDBFF).contains(first) {
            guard byte(at: pos) == JSONReader.backslash, byte(at: pos + 1) == UInt8(ascii: "u"),
                  let second = hex4(at: pos + 2), (0xDC00...0xDFFF).contains(second)
            else {
                throw error("lone surrogate \(escapeText(first)) in a string: it must be followed by a second "
                            + "\\u escape in the range \\uDC00 to \\uDFFF", at: slash, path: path)
            }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            pos += 6
        } else if (0xDC00...0xDFFF).contains(first) {
            throw error("lone surrogate \(escapeText(first)) in a string: it must follow a \\u escape in the "
                        + "range \\uD800 to \\uDBFF", at: slash, path: path)
        }
        appendUTF8(value)
    }

    /// Appends the UTF-8 encoding of scalar value `value` (not a surrogate,
    /// at most U+10FFFF) to `scratch`.
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(value))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18 & 0x07))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private func hex4(at index: Int) -> UInt32? { Escaping.jsonHex4(bytes, at: index, end: end) }

    private func escapeText(_ value: UInt32) -> String {
        Escaping.jsonUnicodeEscape(value)
    }

    /// Steps over one valid multi-byte UTF-8 sequence at `pos`.
    @inline(__always)
    private mutating func skipUTF8Sequence(path: JSONPath) throws(Diagnostic) {
        guard let length = utf8SequenceLength(at: pos) else { throw invalidUTF8(at: pos, path: path) }
        pos += length
        continuationBytes += length - 1
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or nil if the
    /// bytes there are not valid UTF-8 (stray continuation bytes, overlong forms,
    /// surrogates, values above U+10FFFF, or a sequence cut short).
    private func utf8SequenceLength(at index: Int) -> Int? {
        guard let b0 = byte(at: index) else { return nil }
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            guard let b = byte(at: index + offset) else { return false }
            return range.contains(b)
        }
        switch b0 {
        case 0x00...0x7F:
            return 1
        case 0xC2...0xDF:
            return continuation(1) ? 2 : nil
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : nil
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default:
            return nil
        }
    }

    private func invalidUTF8(at index: Int, path: JSONPath) -> Diagnostic {
        error("invalid UTF-8 byte \(hexByte(bytes[index])); the file must be saved as UTF-8", at: index, path: path)
    }

    private func hexByte(_ b: UInt8) -> String {
        let hex = String(b, radix: 16, uppercase: true)
        return "0x" + (hex.count == 1 ? "0" : "") + hex
    }

    private func unterminatedString(open: Int, path: JSONPath) -> Diagnostic {
        error("unterminated string: this '\"' has no closing quote", at: open, path: path)
    }

    /// The error for the control character at `pos` inside the string opened at `open`.
    private func controlCharacterInString(open: Int, path: JSONPath) -> Diagnostic {
        let b = bytes[pos]
        switch b {
        case 0x0A, 0x0D:
            return error("unterminated string: a string must end with '\"' on the line where it starts "
                         + "(write \\n for a line break inside a string)", at: open, path: path)
        case 0x09:
            return error("tab character in a string; write \\t instead", at: pos, path: path)
        default:
            let code = escapeText(UInt32(b))
            return error("control character \(code.replacingPrefix("\\u", with: "U+")) in a string; write \(code) instead",
                         at: pos, path: path)
        }
    }
}

private extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

// MARK: - Numbers and literals

extension JSONReader {
    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    /// Letters, digits, `_` and `$`: what a bare word is made of.
    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// Reads a number per the JSON grammar, starting at `pos` (a digit or `-`).
    private mutating func readNumber(path: JSONPath) throws(Diagnostic) -> Double {
        let start = pos
        var negative = false
        if bytes[pos] == UInt8(ascii: "-") {
            negative = true
            pos += 1
            if let b = peek(), JSONReader.isWordByte(b), !JSONReader.isDigit(b) {
                let word = self.word(at: pos)
                if ["Infinity", "NaN", "infinity", "inf", "nan"].contains(word) {
                    throw error("-\(word) is not valid JSON; use null", at: start, path: path)
                }
            }
        }
        guard let first = peek(), JSONReader.isDigit(first) else {
            throw badNumber(start, "'-' must be followed by a digit", path: path)
        }

        var mantissa: UInt64 = 0
        var digits = 0  // significant digits read (not counting a lone leading 0)
        if first == UInt8(ascii: "0") {
            pos += 1
            if let next = peek(), JSONReader.isDigit(next) {
                throw badNumber(start, "numbers must not have leading zeros", path: path)
            }
        } else {
            while let b = peek(), JSONReader.isDigit(b) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b &- 48) }
                digits += 1
                pos += 1
            }
        }

        var fractionDigits = 0
        if peek() == UInt8(ascii: ".") {
            pos += 1
            guard let b = peek(), JSONReader.isDigit(b) else {
                throw badNumber(start, "a decimal point must be followed by a digit", path: path)
            }
            while let b = peek(), JSONReader.isDigit(b) {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(b &- 48)
                    fractionDigits += 1
                }
                digits += 1
                pos += 1
            }
        }

        var exponent = 0
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            pos += 1
            var negativeExponent = false
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                negativeExponent = sign == UInt8(ascii: "-")
                pos += 1
            }
            guard let b = peek(), JSONReader.isDigit(b) else {
                throw badNumber(start, "the exponent after 'e' must have digits", path: path)
            }
            while let b = peek(), JSONReader.isDigit(b) {
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(b - 48) }
                pos += 1
            }
            if negativeExponent { exponent = -exponent }
        }

        // Something number-like glued to the end, as in 1.2.3, 12px or 0x1F.
        if let b = peek(), JSONReader.isWordByte(b) || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
            let text = numberText(from: start)
            let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            if body.hasPrefix("0x") || body.hasPrefix("0X") {
                throw badNumber(start, "write numbers in decimal", path: path)
            }
            throw badNumber(start, "this is not a number JSON understands", path: path)
        }

        // Exact when the digits fit in 53 bits and the power of ten is exact
        // (one correctly rounded operation); otherwise let the standard library
        // do correctly rounded conversion.
        let scale = exponent - fractionDigits
        if digits <= 19, mantissa <= 1 << 53, scale >= -22, scale <= 22 {
            var value = Double(mantissa)
            if scale < 0 {
                value /= JSONReader.exactPowersOfTen[-scale]
            } else {
                value *= JSONReader.exactPowersOfTen[scale]
            }
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw error("the number \(shortened(text)) is too large", at: start, path: path)
        }
        return value
    }

    /// The number-like text starting at `start`, for messages.
    private func numberText(from start: Int) -> String {
        var stop = start
        while stop < end, stop - start < 200 {
            let b = bytes[stop]
            guard JSONReader.isWordByte(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "+")
                || b == UInt8(ascii: "-") else { break }
            stop += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
    }

    private func badNumber(_ start: Int, _ reason: String, path: JSONPath) -> Diagnostic {
        error("invalid number '\(shortened(numberText(from: start)))': \(reason)", at: start, path: path)
    }

    private func shortened(_ text: String, to length: Int = 30) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Reads `true`, `false` or `null` at `pos`.
    private mutating func readLiteral(path: JSONPath) throws(Diagnostic) -> JSONValue {
        if matches("true") {
            pos += 4
            return .bool(true)
        } else if matches("false") {
            pos += 5
            return .bool(false)
        } else if matches("null") {
            pos += 4
            return .null
        }
        throw unexpected(expecting: .value, path: path, container: nil)
    }

    /// Whether the word at `pos` is exactly `literal`.
    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard pos + count <= end else { return false }
        let text = literal.utf8Start
        for i in 0..<count where bytes[pos + i] != text[i] {
            return false
        }
        if let after = byte(at: pos + count), JSONReader.isWordByte(after) { return false }
        return true
    }

    /// The bare word (letters, digits, `_`, `$`) at `index`, at most 40 characters.
    private func word(at index: Int) -> String {
        var stop = index
        while stop < end, JSONReader.isWordByte(bytes[stop]) { stop += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<stop]), as: UTF8.self)
        return shortened(text, to: 40)
    }
}

// MARK: - Errors

extension JSONReader {
    /// What the reader was looking for when it met something else.
    private enum Expectation {
        case value, key, commaOrBracket, commaOrBrace, end
    }

    /// The error for reaching the end of the input inside `container`.
    private func unexpectedEnd(in container: Frame?) -> Diagnostic {
        guard let container else {
            return error("unexpected end of the file", at: pos, path: .root)
        }
        if container.isObject {
            return error("unterminated object: this '{' has no matching '}'", at: container.location, path: container.path)
        }
        return error("unterminated array: this '[' has no matching ']'", at: container.location, path: container.path)
    }

    /// The error for the byte at `pos`, which cannot start what was expected.
    private func unexpected(expecting expectation: Expectation, path: JSONPath, container: Frame?) -> Diagnostic {
        if pos >= end { return unexpectedEnd(in: container) }
        if let special = classify(path: path, wordsAreValues: expectation == .value) { return special }
        let b = bytes[pos]
        let found = describeByte(at: pos)
        let startsValue = b == JSONReader.quote || b == UInt8(ascii: "{") || b == UInt8(ascii: "[")
            || b == UInt8(ascii: "-") || JSONReader.isWordByte(b)
        switch expectation {
        case .value:
            if b == UInt8(ascii: "."), let next = byte(at: pos + 1), JSONReader.isDigit(next) {
                return error("invalid number '\(shortened(numberText(from: pos)))': write a 0 before the decimal point",
                             at: pos, path: path)
            }
            if b == UInt8(ascii: "+"), let next = byte(at: pos + 1), JSONReader.isDigit(next) {
                return error("invalid number '\(shortened(numberText(from: pos)))': numbers must not start with '+'",
                             at: pos, path: path)
            }
            if JSONReader.isWordByte(b) {
                let word = self.word(at: pos)
                return error("unexpected word '\(word)'; text must be written in double quotes, like \"\(word)\"",
                             at: pos, path: path)
            }
            return error("expected a value, found \(found)", at: pos, path: path)
        case .key:
            if JSONReader.isWordByte(b) {
                let word = self.word(at: pos)
                return error("object keys must be written in double quotes, like \"\(word)\"", at: pos, path: path)
            }
            return error("expected a key in double quotes, found \(found)", at: pos, path: path)
        case .commaOrBracket:
            if startsValue {
                return error("missing ',' between array elements", at: pos, path: path)
            }
            if b == UInt8(ascii: "}"), let container {
                return error("expected ']' to close the array that starts at \(container.location), found '}'",
                             at: pos, path: path)
            }
            if b == UInt8(ascii: ":") {
                return error("unexpected ':' in an array; key-value pairs belong in an object, between '{' and '}'",
                             at: pos, path: path)
            }
            return error("expected ',' or ']' after an array element, found \(found)", at: pos, path: path)
        case .commaOrBrace:
            if startsValue {
                return error("missing ',' between object members", at: pos, path: path)
            }
            if b == UInt8(ascii: "]"), let container {
                return error("expected '}' to close the object that starts at \(container.location), found ']'",
                             at: pos, path: path)
            }
            return error("expected ',' or '}' after an object member, found \(found)", at: pos, path: path)
        case .end:
            return error("unexpected \(found) after the end of the JSON data", at: pos, path: path)
        }
    }

    /// Errors that read the same wherever they happen: comments, single or
    /// curly quotes, invalid UTF-8, invisible characters, and JavaScript or
    /// Python words for special values (when a value is expected).
    private func classify(path: JSONPath, wordsAreValues: Bool = false) -> Diagnostic? {
        guard let b = peek() else { return nil }
        switch b {
        case UInt8(ascii: "/"):
            if let next = byte(at: pos + 1), next == UInt8(ascii: "/") || next == UInt8(ascii: "*") {
                return error("comments are not allowed in JSON", at: pos, path: path)
            }
        case UInt8(ascii: "#"):
            return error("comments are not allowed in JSON", at: pos, path: path)
        case UInt8(ascii: "'"):
            return error("strings must use double quotes", at: pos, path: path)
        case 0x80...0xFF:
            guard utf8SequenceLength(at: pos) != nil else { return invalidUTF8(at: pos, path: path) }
            guard let scalar = scalar(at: pos) else { return nil }
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB:
                return error("strings must use straight double quotes (\"), not curly quotes \(describeByte(at: pos))",
                             at: pos, path: path)
            case 0xFEFF:
                return error("unexpected byte-order mark (U+FEFF); it may only appear at the very start of the file",
                             at: pos, path: path)
            case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return error("unexpected invisible character \(codePoint(scalar)); use an ordinary space",
                             at: pos, path: path)
            default:
                return nil
            }
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            guard wordsAreValues else { return nil }
            let word = self.word(at: pos)
            switch word {
            case "NaN", "Infinity", "undefined", "nan", "inf", "infinity", "None", "nil", "NULL", "Null":
                return error("\(word) is not valid JSON; use null", at: pos, path: path)
            case "True", "TRUE", "False", "FALSE":
                return error("\(word) is not valid JSON; write \(word.lowercased()) in lowercase", at: pos, path: path)
            default:
                return nil
            }
        default:
            break
        }
        return nil
    }

    /// The scalar whose (valid) UTF-8 sequence starts at `index`.
    private func scalar(at index: Int) -> Unicode.Scalar? {
        guard let length = utf8SequenceLength(at: index) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
        return text.unicodeScalars.first
    }

    private func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The byte at `index` as a reader would name it: `'x'`, `'é' (U+00E9)`,
    /// `control character U+0007`, `byte 0xFF` or `the end of the file`.
    private func describeByte(at index: Int) -> String {
        guard let b = byte(at: index) else { return "the end of the file" }
        switch b {
        case 0x21...0x7E:
            return "'\(Character(Unicode.Scalar(b)))'"
        case 0x20:
            return "a space"
        case 0x00...0x1F, 0x7F:
            return "control character \(codePoint(Unicode.Scalar(b)))"
        default:
            guard let scalar = scalar(at: index) else { return "byte \(hexByte(b))" }
            return "'\(Character(scalar))' (\(codePoint(scalar)))"
        }
    }
}
