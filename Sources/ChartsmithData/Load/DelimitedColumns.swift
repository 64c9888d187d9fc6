/// Reads a delimited file straight into columns of byte ranges (``TextColumn``), with no
/// `String` per cell and no row objects: the fast path of ``DelimitedText``.
///
/// It reads exactly what ``DelimitedText/parse(_:delimiter:file:bounds:)`` reads (RFC 4180
/// quoting, CRLF/LF/CR line ends, a byte-order mark, blank lines skipped). It makes no
/// errors of its own: at anything that would be one (a ragged row, an unclosed quote, a
/// byte that is not UTF-8, a duplicate header name, a bound passed or nearly passed) it
/// gives up, and the caller reads the file with ``DelimitedText``, which reports it with
/// its file and line as before.
///
/// A data record's cells go straight into one flat array of (start, end) offsets, record
/// after record, which is split into columns once at the end: no per-record arrays, and
/// nothing per cell but two appends (a cell with doubled quotes also stores its text).
enum DelimitedColumns {
    /// The header and one text column per header field, or nil when the file must be read
    /// by ``DelimitedText`` (an error, an empty file, or a file of 4 GB or more).
    static func read(_ bytes: [UInt8], delimiter: UInt8, bounds: DelimitedText.Bounds) -> (header: [String], columns: [TextColumn])? {
        guard bytes.count < Int(UInt32.max) else { return nil }
        let quote = UInt8(ascii: "\"")
        var header: [String]?
        // Cells per record (the header's count, once it is read).
        var width = 0
        // Every data record's cells in order: start, end, start, end, …
        var cells: [UInt32] = []
        var unescaped: [[Int: String]] = []
        var rows = 0
        // The header record's cells (start, end, unescaped text).
        var headerCells: [(Int, Int, String?)] = []
        let ok: Bool = bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
            while i < n {
                let recordStart = i
                var count = 0
                var quotedAny = false
                var firstEmpty = false
                while true {
                    var ascii = true
                    var scalars = 0
                    let s: Int, e: Int
                    var escaped: String?
                    if i < n && p[i] == quote {
                        i += 1
                        s = i
                        var doubled = false
                        var closed = false
                        while i < n {
                            let b = p[i]
                            if b == quote {
                                if i + 1 < n && p[i + 1] == quote { doubled = true; scalars += 2; i += 2; continue }
                                closed = true
                                break
                            }
                            if b >= 0x80 { ascii = false }
                            if b & 0xC0 != 0x80 { scalars += 1 }
                            i += 1
                        }
                        guard closed else { return false }
                        e = i
                        i += 1
                        if i < n, p[i] != delimiter, p[i] != 10, p[i] != 13 { return false }
                        quotedAny = true
                        if doubled {
                            var content: [UInt8] = []
                            var k = s
                            while k < e {
                                content.append(p[k])
                                k += p[k] == quote ? 2 : 1
                            }
                            guard let text = String(validating: content, as: UTF8.self) else { return false }
                            escaped = text
                        }
                    } else {
                        s = i
                        // UTF-8 continuation bytes are not scalars.
                        var continuations = 0
                        while i < n {
                            let b = p[i]
                            if b == delimiter || b == 10 || b == 13 { break }
                            if b >= 0x80 {
                                ascii = false
                                if b & 0xC0 == 0x80 { continuations += 1 }
                            }
                            i += 1
                        }
                        e = i
                        scalars = e - s - continuations
                    }
                    if scalars > bounds.maxCellLength { return false }
                    if !ascii, escaped == nil, String(validating: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self) == nil {
                        return false
                    }
                    if count == 0 { firstEmpty = s == e }
                    if header == nil {
                        headerCells.append((s, e, escaped))
                    } else {
                        // More cells than the header: ragged (the caller reports it).
                        guard count < width else { return false }
                        cells.append(UInt32(truncatingIfNeeded: s))
                        cells.append(UInt32(truncatingIfNeeded: e))
                        if let escaped { unescaped[count][rows] = escaped }
                    }
                    count += 1
                    if i < n && p[i] == delimiter {
                        i += 1
                        continue
                    }
                    break
                }
                // The record's bytes, its line end not counted; one short of the bound is
                // left to the byte-by-byte reading, which decides it exactly.
                if i - recordStart + 1 >= bounds.maxLineBytes { return false }
                if i < n { i += p[i] == 13 && i + 1 < n && p[i + 1] == 10 ? 2 : 1 }
                // A blank line: one empty, unquoted cell.
                if count == 1 && !quotedAny && firstEmpty {
                    if header == nil { headerCells.removeAll() } else { cells.removeLast(2) }
                    continue
                }
                if header == nil {
                    let names = headerCells.map { s, e, escaped in
                        escaped ?? String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self)
                    }
                    guard Set(names).count == names.count else { return false }
                    header = names
                    width = names.count
                    unescaped = Array(repeating: [:], count: width)
                    continue
                }
                guard count == width else { return false }
                if rows == 0 {
                    // Room for as many records as the file holds at the first one's length
                    // (bounded by the rows limit), so the cells rarely grow and copy.
                    let estimate = min((n - recordStart) / max(1, i - recordStart) + 16, bounds.maxRows)
                    let (room, overflow) = estimate.multipliedReportingOverflow(by: 2 * width)
                    if !overflow { cells.reserveCapacity(room) }
                }
                rows += 1
                let (total, overflow) = (rows + 1).multipliedReportingOverflow(by: max(width, 1))
                if rows > bounds.maxRows || overflow || total > bounds.maxCells { return false }
            }
            return true
        }
        guard ok, let header else { return nil }
        // Split the records' cells into columns.
        var starts = Array(repeating: [UInt32](), count: width), ends = starts
        cells.withUnsafeBufferPointer { c in
            for k in 0..<width {
                starts[k] = [UInt32](unsafeUninitializedCapacity: rows) { out, made in
                    for r in 0..<rows { out[r] = c[(r * width + k) * 2] }
                    made = rows
                }
                ends[k] = [UInt32](unsafeUninitializedCapacity: rows) { out, made in
                    for r in 0..<rows { out[r] = c[(r * width + k) * 2 + 1] }
                    made = rows
                }
            }
        }
        let columns = header.indices.map { k in TextColumn(bytes: bytes, starts: starts[k], ends: ends[k], unescaped: unescaped[k]) }
        return (header, columns)
    }
}
