/// Finishes Cairo's PDF output.
///
/// Cairo 1.16 writes the document dates as `(20000101000000Z)`, without the `D:` prefix
/// that the PDF specification (ISO 32000-1, 7.9.4) requires; later Cairo versions add it.
/// This inserts the prefix and shifts the cross-reference table to match. If the file does
/// not have the expected shape (say, a newer Cairo already wrote `D:`) it is left unchanged.
enum PDFDocument {
    static func fixingDates(_ pdf: [UInt8]) -> [UInt8] {
        // Insertion points: just after "/CreationDate (" or "/ModDate (" when a digit follows.
        var insertions: [Int] = []
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            if let at = lastIndex(of: pattern, in: pdf), at + pattern.count < pdf.count,
               isDigit(pdf[at + pattern.count]) {
                insertions.append(at + pattern.count)
            }
        }
        guard !insertions.isEmpty else { return pdf }
        insertions.sort()

        // The classic cross-reference table Cairo 1.16 writes: "startxref\n<offset>\n%%EOF".
        guard let startxrefAt = lastIndex(of: Array("startxref".utf8), in: pdf),
              let xrefOffset = number(in: pdf, from: startxrefAt + "startxref".utf8.count),
              xrefOffset < startxrefAt, insertions.allSatisfy({ $0 < xrefOffset }),
              pdf[xrefOffset...].starts(with: Array("xref".utf8)) else { return pdf }

        let prefix = Array("D:".utf8)
        func shifted(_ offset: Int) -> Int { offset + prefix.count * insertions.filter { $0 <= offset }.count }

        var out: [UInt8] = []
        out.reserveCapacity(pdf.count + prefix.count * insertions.count)
        var last = 0
        for at in insertions {
            out += pdf[last..<at]
            out += prefix
            last = at
        }
        out += pdf[last..<xrefOffset]

        // Rewrite the table: "xref", then subsections "first count" followed by 20-byte entries.
        var i = xrefOffset
        guard let xrefLineEnd = lineEnd(in: pdf, from: i) else { return pdf }
        out += pdf[i..<xrefLineEnd]
        i = xrefLineEnd
        while i < startxrefAt, !pdf[i...].starts(with: Array("trailer".utf8)) {
            guard let headerEnd = lineEnd(in: pdf, from: i) else { return pdf }
            let header = String(decoding: pdf[i..<headerEnd], as: UTF8.self).split(separator: " ")
            guard header.count == 2, let count = Int(header[1].filter(\.isNumber)) else { return pdf }
            out += pdf[i..<headerEnd]
            i = headerEnd
            for _ in 0..<count {
                guard i + 20 <= pdf.count else { return pdf }
                let entry = pdf[i..<i + 20]
                if entry[i + 17] == UInt8(ascii: "n"), let offset = Int(String(decoding: entry.prefix(10), as: UTF8.self)) {
                    let digits = String(shifted(offset))
                    guard digits.count <= 10 else { return pdf }
                    out += Array((String(repeating: "0", count: 10 - digits.count) + digits).utf8)
                    out += entry.dropFirst(10)
                } else {
                    out += entry
                }
                i += 20
            }
        }
        out += pdf[i..<startxrefAt]
        out += Array("startxref\n\(shifted(xrefOffset))\n%%EOF\n".utf8)
        return out
    }

    private static func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i] == pattern[0], bytes[i..<i + pattern.count].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    /// The index just past the end of the line starting at `from` (after `\n` or `\r\n`).
    private static func lineEnd(in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        return i < bytes.count ? i + 1 : nil
    }

    /// The decimal number after optional whitespace at `from`.
    private static func number(in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[i]) { i += 1 }
        var value = 0, digits = 0
        while i < bytes.count, isDigit(bytes[i]), digits < 12 {
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            digits += 1
            i += 1
        }
        return digits > 0 ? value : nil
    }
}
