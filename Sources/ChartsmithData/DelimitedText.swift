/// Reads CSV and other delimited text (RFC 4180: quoted fields, doubled quotes, CRLF or
/// LF line ends, a leading byte-order mark).
///
/// Hand-written rather than a package because errors must name the row and column of a
/// ragged row or an unterminated quote, and it runs on raw UTF-8 bytes for speed.
public enum DelimitedText {
    /// Parses `bytes` into a header and rows of strings; every row must have as many cells
    /// as the header.
    public static func parse(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), file: String? = nil)
        throws -> (header: [String], rows: [[String]])
    {
        var i = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < n {
            let c = bytes[i]
            if atFieldStart && c == UInt8(ascii: "\"") {
                // Quoted field.
                let openLine = line
                i += 1
                var closed = false
                while i < n {
                    let q = bytes[i]
                    if q == UInt8(ascii: "\"") {
                        if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") {
                            field.append(q)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if q == 10 { line += 1 }
                    field.append(q)
                    i += 1
                }
                guard closed else {
                    throw DataError(file: file, row: openLine, message: "a quoted field that starts on line \(openLine) is never closed")
                }
                atFieldStart = false
                if i < n, bytes[i] != delimiter, bytes[i] != 10, bytes[i] != 13 {
                    throw DataError(file: file, row: line, message: "unexpected text after a closing quote (column \(record.count + 1))")
                }
                continue
            }
            if c == delimiter {
                endField()
                atFieldStart = true
                i += 1
            } else if c == 10 || c == 13 {
                endField()
                records.append(record)
                record = []
                atFieldStart = true
                if c == 13 && i + 1 < n && bytes[i + 1] == 10 { i += 1 }
                i += 1
                line += 1
                recordLine = line
            } else {
                field.append(c)
                atFieldStart = false
                i += 1
            }
        }
        if !atFieldStart || !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        _ = recordLine
        // Drop blank lines (a single empty cell).
        var header: [String]? = nil
        var rows: [[String]] = []
        var lineNumbers: [Int] = []
        var rowLine = 0
        for r in records {
            rowLine += 1
            if r.count == 1 && r[0].isEmpty { continue }
            if header == nil { header = r; continue }
            rows.append(r)
            lineNumbers.append(rowLine)
        }
        guard let h = header else { return ([], []) }
        for (k, r) in rows.enumerated() where r.count != h.count {
            throw DataError(file: file, row: lineNumbers[k],
                            message: "row has \(r.count) \(r.count == 1 ? "cell" : "cells") but the header has \(h.count) (\(h.joined(separator: ", ")))")
        }
        return (h, rows)
    }
}
