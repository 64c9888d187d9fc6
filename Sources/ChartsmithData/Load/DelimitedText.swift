/// Reads CSV and other delimited text (RFC 4180: quoted fields, doubled quotes, CRLF, LF or
/// CR line ends, a leading byte-order mark).
///
/// Hand-written rather than a package because errors must name the line and column of a
/// ragged row, an unterminated quote or a byte that is not UTF-8, and it runs on raw UTF-8
/// bytes for speed. Blank lines are skipped. Every error is a ``DataError`` whose `row` is
/// the 1-based line the offending record starts on (the header is line 1 of a plain file).
public enum DelimitedText {
    /// How much one file may hold, checked while it is read: reading stops with a located
    /// error at the first row, cell or line past a bound, before it is built.
    public struct Bounds: Sendable, Hashable {
        /// The most data rows (the header not counted).
        public var maxRows: Int
        /// The most cells, rows × header fields (the header counted as a row).
        public var maxCells: Int
        /// The most characters (Unicode scalars) in one cell.
        public var maxCellLength: Int
        /// The most bytes in one line (a record, with any line breaks inside its quotes).
        public var maxLineBytes: Int

        public init(maxRows: Int = .max, maxCells: Int = .max, maxCellLength: Int = .max, maxLineBytes: Int = .max) {
            self.maxRows = maxRows
            self.maxCells = maxCells
            self.maxCellLength = maxCellLength
            self.maxLineBytes = maxLineBytes
        }
    }

    /// Parses `bytes` into a header and rows of strings; every row must have as many cells
    /// as the header, the header's names must differ, and the text must be UTF-8.
    ///
    /// - Parameter maxRows: the most data rows accepted; reading stops with an error as soon
    ///   as one more is found.
    public static func parse(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), file: String? = nil,
                             maxRows: Int = .max) throws -> (header: [String], rows: [[String]]) {
        try parse(bytes, delimiter: delimiter, file: file, bounds: Bounds(maxRows: maxRows))
    }

    /// Parses `bytes` as ``parse(_:delimiter:file:maxRows:)`` does, within `bounds`.
    public static func parse(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), file: String? = nil,
                             bounds: Bounds) throws -> (header: [String], rows: [[String]]) {
        var reader = Reader(bytes: bytes, delimiter: delimiter, file: file, bounds: bounds)
        guard let header = try reader.nextRecord() else { return ([], []) }
        var seen: [String: Int] = [:]
        for (k, name) in header.cells.enumerated() {
            if let first = seen[name] {
                throw DataError(file: file, row: header.line,
                                message: "columns \(first + 1) and \(k + 1) of the header are both named \(Excerpt.quoted(name)); rename one")
            }
            seen[name] = k
        }
        let h = header.cells
        var rows: [[String]] = []
        while let record = try reader.nextRecord() {
            let r = record.cells
            if r.count != h.count {
                let cells = "\(r.count) \(r.count == 1 ? "cell" : "cells")"
                let detail: String
                if r.count < h.count {
                    let missing = h[r.count...].prefix(3).map { Excerpt.quoted($0, limit: 40) }.joined(separator: ", ")
                    detail = "no value for column \(r.count + 1) \(missing)\(h.count - r.count > 3 ? "…" : "")"
                } else {
                    detail = "column \(h.count + 1) (\(Excerpt.quoted(r[h.count], limit: 40))) has no header"
                }
                throw DataError(file: file, row: record.line,
                                message: "line \(record.line): the row has \(cells) but the header has \(h.count)"
                                + " (\(h.prefix(8).map { Excerpt.text($0, limit: 40) }.joined(separator: ", "))\(h.count > 8 ? ", …" : ""));"
                                + " \(detail)")
            }
            if rows.count >= bounds.maxRows {
                throw DataError(file: file, row: record.line,
                                message: "more than \(bounds.maxRows) rows (raise the limit with --limit rows=N)")
            }
            // The table this row would make: rows.count + 1 rows (the header is not a row).
            do {
                try DataBudget(maxRows: .max, maxCells: bounds.maxCells).check("line \(record.line)", rows: rows.count + 1, fields: h.count)
            } catch var e as DataError {
                e.file = file
                e.row = record.line
                throw e
            }
            rows.append(r)
        }
        return (h, rows)
    }

    /// A forward pass over the bytes, one record at a time.
    struct Reader {
        let bytes: [UInt8]
        let delimiter: UInt8
        let file: String?
        let bounds: Bounds
        var i = 0
        var line = 1

        init(bytes: [UInt8], delimiter: UInt8, file: String?, bounds: Bounds = Bounds()) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.file = file
            self.bounds = bounds
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        }

        /// The next non-blank record and the line it starts on, or nil at the end.
        mutating func nextRecord() throws -> (line: Int, cells: [String])? {
            let quote = UInt8(ascii: "\"")
            while i < bytes.count {
                let start = line
                let startByte = i
                var cells: [String] = []
                var field: [UInt8] = []
                var length = 0  // Unicode scalars in `field`.
                var quoted = false
                var pending: String?  // An unquoted cell read whole by `scanUnquoted`.
                /// Appends a byte to the cell, stopping the read at once when the cell or the
                /// line passes its bound.
                func append(_ b: UInt8, _ field: inout [UInt8], _ length: inout Int) throws {
                    if b & 0xC0 != 0x80 {
                        length += 1
                        if length > bounds.maxCellLength {
                            let head = Excerpt.quoted(String(decoding: field.prefix(240), as: UTF8.self), limit: 40)
                            throw DataError(file: file, row: start,
                                            message: "line \(start), column \(cells.count + 1): a cell longer than"
                                            + " \(DataBudget.grouped(bounds.maxCellLength)) characters (\(head)); the limit is"
                                            + " \(DataBudget.grouped(bounds.maxCellLength)) characters (--limit label-length=N)")
                        }
                    }
                    try checkLine()
                    field.append(b)
                }
                func checkLine() throws {
                    if i - startByte >= bounds.maxLineBytes {
                        throw DataError(file: file, row: start,
                                        message: "line \(start): longer than \(DataBudget.grouped(bounds.maxLineBytes)) bytes;"
                                        + " a line of a data file may have at most \(DataBudget.grouped(bounds.maxLineBytes)) bytes")
                    }
                }
                func finish(_ field: inout [UInt8], into cells: inout [String]) throws {
                    if let p = pending {
                        cells.append(p)
                        pending = nil
                        return
                    }
                    guard let s = String(validating: field, as: UTF8.self) else {
                        let bad = Self.firstInvalidByte(field)
                        throw DataError(file: file, row: start,
                                        message: "line \(start), column \(cells.count + 1): the byte 0x\(String(bad, radix: 16, uppercase: true))"
                                        + " is not UTF-8; save the file as UTF-8")
                    }
                    cells.append(s)
                    field.removeAll(keepingCapacity: true)
                    length = 0
                }
                var atFieldStart = true
                var endOfRecord = false
                while i < bytes.count && !endOfRecord {
                    let c = bytes[i]
                    if atFieldStart && c == quote {
                        let openLine = line
                        i += 1
                        var closed = false
                        while i < bytes.count {
                            let q = bytes[i]
                            if q == quote {
                                if i + 1 < bytes.count && bytes[i + 1] == quote {
                                    try append(q, &field, &length)
                                    i += 2
                                    continue
                                }
                                closed = true
                                i += 1
                                break
                            }
                            if q == 10 || (q == 13 && !(i + 1 < bytes.count && bytes[i + 1] == 10)) { line += 1 }
                            try append(q, &field, &length)
                            i += 1
                        }
                        guard closed else {
                            throw DataError(file: file, row: openLine,
                                            message: "line \(openLine), column \(cells.count + 1): a quoted field is never closed")
                        }
                        quoted = true
                        atFieldStart = false
                        if i < bytes.count, bytes[i] != delimiter, bytes[i] != 10, bytes[i] != 13 {
                            throw DataError(file: file, row: line,
                                            message: "line \(line), column \(cells.count + 1): unexpected text after a closing quote"
                                            + " (a quote inside a quoted field is written twice: \"\")")
                        }
                        continue
                    }
                    if atFieldStart, c != delimiter, c != 10, c != 13, let (cell, end) = scanUnquoted(from: i, lineStart: startByte) {
                        pending = cell
                        atFieldStart = false
                        i = end
                        continue
                    }
                    if c == delimiter {
                        try checkLine()
                        try finish(&field, into: &cells)
                        quoted = false
                        atFieldStart = true
                        i += 1
                    } else if c == 10 || c == 13 {
                        if c == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                        i += 1
                        line += 1
                        endOfRecord = true
                    } else {
                        try append(c, &field, &length)
                        atFieldStart = false
                        i += 1
                    }
                }
                // A blank line (one empty, unquoted cell) is skipped.
                if cells.isEmpty && field.isEmpty && pending == nil && !quoted { continue }
                try finish(&field, into: &cells)
                return (start, cells)
            }
            return nil
        }

        /// An unquoted cell starting at `start`, read straight from the bytes up to the next
        /// delimiter or line end, with the index after it; nil when the cell breaks a bound
        /// or is not UTF-8, so the byte-by-byte reading reports it with its line and column.
        func scanUnquoted(from start: Int, lineStart: Int) -> (String, Int)? {
            var end = start
            var scalars = 0
            var ascii = true
            let limit = bounds.maxLineBytes >= bytes.count - lineStart ? bytes.count : lineStart + bounds.maxLineBytes
            while end < limit {
                let b = bytes[end]
                if b == delimiter || b == 10 || b == 13 { break }
                if b >= 0x80 {
                    ascii = false
                    if b & 0xC0 == 0x80 { end += 1; continue }
                }
                scalars += 1
                end += 1
            }
            guard end < limit || end == bytes.count, end - lineStart < bounds.maxLineBytes, scalars <= bounds.maxCellLength else { return nil }
            let slice = bytes[start..<end]
            if ascii { return (String(decoding: slice, as: UTF8.self), end) }
            guard let s = String(validating: slice, as: UTF8.self) else { return nil }
            return (s, end)
        }

        /// The first byte of `field` that does not begin a valid UTF-8 sequence.
        static func firstInvalidByte(_ field: [UInt8]) -> UInt8 {
            var k = 0
            while k < field.count {
                var end = k + 1
                while end <= min(field.count, k + 4) {
                    if String(validating: field[k..<end], as: UTF8.self) != nil { break }
                    end += 1
                }
                if end > min(field.count, k + 4) { return field[k] }
                k = end
            }
            return field.last ?? 0
        }
    }
}
