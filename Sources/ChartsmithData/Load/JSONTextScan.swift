/// A pass over the raw bytes of a JSON data file that finds the first string (a key or a
/// value) longer than the text limit, before the file is parsed, so that a 50 MB string
/// fails at once with its line instead of being built first.
enum JSONTextScan {
    /// Throws a located ``DataError`` for the first string with more than `maxLength`
    /// characters (Unicode scalars; an escape such as `\n` or `\u00e9` counts as one).
    static func checkStrings(_ bytes: [UInt8], maxLength: Int, file: String) throws {
        guard maxLength < bytes.count else { return }
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var i = 0, line = 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 { line += 1 }
            guard b == quote else { i += 1; continue }
            let start = i + 1, startLine = line
            var length = 0
            i += 1
            while i < bytes.count && bytes[i] != quote {
                let c = bytes[i]
                if c == 10 { line += 1 }
                if c == backslash {
                    // `\uXXXX` is one character; any other escape is two bytes.
                    i += i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "u") ? 6 : 2
                } else {
                    i += 1
                }
                if c & 0xC0 != 0x80 { length += 1 }
                if length > maxLength {
                    let head = Excerpt.quoted(String(decoding: bytes[start..<min(i, start + 240)], as: UTF8.self), limit: 40)
                    throw DataError(file: file, row: startLine,
                                    message: "line \(startLine): a string longer than \(DataBudget.grouped(maxLength)) characters"
                                    + " (\(head)); the limit is \(DataBudget.grouped(maxLength)) characters (--limit label-length=N)")
                }
            }
            i += 1
        }
    }
}
