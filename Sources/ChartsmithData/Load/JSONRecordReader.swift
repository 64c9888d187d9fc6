/// Reads the common shape of a JSON data file, an array of flat records (`[{"a": 1, "b":
/// "x"}, ...]`: every record an object with the same keys, every value a string, number,
/// boolean or null), from its bytes straight into columns, with no node per value.
///
/// It makes no errors of its own: at anything else (nested values, a record with other
/// keys, a bad number, an escape it cannot decode, bytes that are not UTF-8, more than the
/// rows allowed, any syntax error) it hands the file back (nil), and the loader reads it
/// with the located JSON parser as before. Numbers are read as that parser reads them
/// (correctly rounded, `-0` kept), strings decoded as it decodes them.
struct JSONRecordReader {
    let p: UnsafeBufferPointer<UInt8>
    var pos = 0
    var interner = StringInterner()
    var scratch: [UInt8] = []

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    /// The field names (in the first record's order) and their columns, or nil to hand the
    /// file back. An empty array, or records with no keys, are handed back too.
    static func read(_ bytes: [UInt8], maxRows: Int) -> (names: [String], columns: [Column], count: Int)? {
        bytes.withUnsafeBufferPointer { p in
            var reader = JSONRecordReader(p)
            return reader.records(maxRows: maxRows)
        }
    }

    private mutating func records(maxRows: Int) -> (names: [String], columns: [Column], count: Int)? {
        if p.count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { pos = 3 }
        skipSpace()
        guard take(UInt8(ascii: "[")) else { return nil }
        var names: [String] = []
        var keyRanges: [(Int, Int)] = []  // the first record's keys, as written (no escapes)
        var index: [String: Int] = [:]
        var builders: [ColumnCoercion.Builder] = []
        var stamp: [Int] = []
        var count = 0
        repeat {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            count += 1
            guard count <= maxRows else { return nil }
            var keys = 0
            repeat {
                skipSpace()
                let keyStart = pos + 1
                guard let key = string() else { return nil }
                let keyEnd = pos - 1
                let k: Int
                if count == 1 {
                    guard index[key] == nil else { return nil }
                    k = names.count
                    index[key] = k
                    names.append(key)
                    keyRanges.append(key.utf8.count == keyEnd - keyStart ? (keyStart, keyEnd) : (0, -1))
                    builders.append(ColumnCoercion.Builder(dates: false, capacity: 64))
                    stamp.append(0)
                } else if keys < keyRanges.count, sameBytes(keyRanges[keys], keyStart, keyEnd) {
                    k = keys
                } else {
                    guard let found = index[key] else { return nil }
                    k = found
                }
                guard stamp[k] != count else { return nil }  // a duplicate key
                stamp[k] = count
                keys += 1
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard value(into: &builders[k]) else { return nil }
                skipSpace()
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")), keys == names.count else { return nil }
            skipSpace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { return nil }
        skipSpace()
        guard pos == p.count, count > 0 else { return nil }
        return (names, builders.map(\.column), count)
    }

    /// Whether the key at `s..<e` has the same bytes as the first record's key at `range`.
    private func sameBytes(_ range: (Int, Int), _ s: Int, _ e: Int) -> Bool {
        let (rs, re) = range
        guard re - rs == e - s else { return false }
        for k in 0..<(e - s) where p[rs + k] != p[s + k] { return false }
        return true
    }

    @inline(__always)
    private mutating func skipSpace() {
        while pos < p.count {
            let b = p[pos]
            guard b == 32 || b == 10 || b == 13 || b == 9 else { return }
            pos += 1
        }
    }

    @inline(__always)
    mutating func take(_ b: UInt8) -> Bool {
        guard pos < p.count, p[pos] == b else { return false }
        pos += 1
        return true
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard pos + n <= p.count else { return false }
        for k in 0..<n where p[pos + k] != word.utf8Start[k] { return false }
        pos += n
        // Something glued on (`nullx`, `true1`) is the parser's error to report.
        if pos < p.count, Self.isWordByte(p[pos]) { return false }
        return true
    }

    /// Reads one scalar value into `b`; false for anything else.
    private mutating func value(into b: inout ColumnCoercion.Builder) -> Bool {
        guard pos < p.count else { return false }
        switch p[pos] {
        case UInt8(ascii: "\""):
            guard let s = string() else { return false }
            b.append(.string(s))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let x = number() else { return false }
            b.append(number: x)
        case UInt8(ascii: "t"):
            guard literal("true") else { return false }
            b.append(.bool(true))
        case UInt8(ascii: "f"):
            guard literal("false") else { return false }
            b.append(.bool(false))
        case UInt8(ascii: "n"):
            guard literal("null") else { return false }
            b.appendNull()
        default:
            return false
        }
        return true
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b == 36
    }
}
