import ChartsmithFormat

/// The strings and numbers of ``JSONRecordReader``: decoded exactly as the spec's JSON
/// parser decodes them, or nil where that parser would report an error.
extension JSONRecordReader {
    /// Reads a string starting at the quote at `pos`: text without escapes interned from
    /// its bytes (validated as UTF-8), text with escapes decoded into a scratch buffer.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = pos
        var ascii = true
        while pos < p.count {
            let b = p[pos]
            if b == UInt8(ascii: "\"") {
                defer { pos += 1 }
                if !ascii, String(validating: UnsafeBufferPointer(rebasing: p[start..<pos]), as: UTF8.self) == nil {
                    return nil
                }
                return interner.string(p, start, pos)
            }
            if b == UInt8(ascii: "\\") { return escapedString(from: start) }
            if b < 0x20 { return nil }
            if b >= 0x80 { ascii = false }
            pos += 1
        }
        return nil
    }

    /// Continues a string that has escapes, from its first byte at `start`.
    private mutating func escapedString(from start: Int) -> String? {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<pos]))
        while pos < p.count {
            let b = p[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                let bytes = scratch
                guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
                return bytes.withUnsafeBufferPointer { interner.string($0, 0, $0.count) }
            }
            if b < 0x20 { return nil }
            if b != UInt8(ascii: "\\") {
                scratch.append(b)
                pos += 1
                continue
            }
            guard pos + 1 < p.count else { return nil }
            if p[pos + 1] == UInt8(ascii: "u") {
                guard unicodeEscape() else { return nil }
                continue
            }
            guard let decoded = Escaping.jsonSimpleEscape(p[pos + 1]) else { return nil }
            scratch.append(decoded)
            pos += 2
        }
        return nil
    }

    /// Decodes `\uXXXX` (or a surrogate pair) at `pos` into the scratch buffer; false for a
    /// lone surrogate or bad hex digits.
    private mutating func unicodeEscape() -> Bool {
        guard let first = hex4(at: pos + 2) else { return false }
        pos += 6
        var value = first
        if (0xD800...0xDBFF).contains(first) {
            guard pos + 1 < p.count, p[pos] == UInt8(ascii: "\\"), p[pos + 1] == UInt8(ascii: "u"),
                  let second = hex4(at: pos + 2), (0xDC00...0xDFFF).contains(second) else { return false }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            pos += 6
        } else if (0xDC00...0xDFFF).contains(first) {
            return false
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        scratch.append(contentsOf: String(Character(scalar)).utf8)
        return true
    }

    private func hex4(at index: Int) -> UInt32? { Escaping.jsonHex4(p, at: index, end: p.count) }

    /// Reads a number per the JSON grammar, as the spec's parser reads it: digits that fit
    /// in 53 bits with an exact power of ten in one correctly rounded operation, anything
    /// else by `Double(String)`; nil where the parser reports an error.
    mutating func number() -> Double? {
        let start = pos
        let negative = take(UInt8(ascii: "-"))
        guard pos < p.count, Self.isDigit(p[pos]) else { return nil }
        var mantissa: UInt64 = 0
        var digits = 0
        if p[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < p.count, Self.isDigit(p[pos]) { return nil }
        } else {
            while pos < p.count, Self.isDigit(p[pos]) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(p[pos] &- 48) }
                digits += 1
                pos += 1
            }
        }
        var fractionDigits = 0
        if take(UInt8(ascii: ".")) {
            guard pos < p.count, Self.isDigit(p[pos]) else { return nil }
            while pos < p.count, Self.isDigit(p[pos]) {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(p[pos] &- 48)
                    fractionDigits += 1
                }
                digits += 1
                pos += 1
            }
        }
        var exponent = 0
        if pos < p.count, p[pos] == UInt8(ascii: "e") || p[pos] == UInt8(ascii: "E") {
            pos += 1
            var negativeExponent = false
            if pos < p.count, p[pos] == UInt8(ascii: "+") || p[pos] == UInt8(ascii: "-") {
                negativeExponent = p[pos] == UInt8(ascii: "-")
                pos += 1
            }
            guard pos < p.count, Self.isDigit(p[pos]) else { return nil }
            while pos < p.count, Self.isDigit(p[pos]) {
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(p[pos] - 48) }
                pos += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        if pos < p.count {
            let b = p[pos]
            if Self.isWordByte(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { return nil }
        }
        let scale = exponent - fractionDigits
        if digits <= 19, mantissa <= 1 << 53, scale >= -22, scale <= 22 {
            var value = Double(mantissa)
            if scale < 0 { value /= TextColumn.powersOfTen[-scale] } else { value *= TextColumn.powersOfTen[scale] }
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<pos]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
