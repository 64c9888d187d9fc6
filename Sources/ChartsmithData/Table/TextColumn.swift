/// The text cells of one column of a delimited file, kept as byte ranges of the file: a
/// cell becomes a `String` only when a consumer reads it as text, and a plain decimal cell
/// is read as a number straight from its bytes.
public struct TextColumn: Sendable {
    /// The whole file (shared, not copied).
    let bytes: [UInt8]
    /// Where each cell starts and ends in ``bytes`` (a quoted cell: inside its quotes).
    let starts: [UInt32]
    let ends: [UInt32]
    /// Quoted cells with doubled quotes, unescaped, by row.
    let unescaped: [Int: String]

    init(bytes: [UInt8], starts: [UInt32], ends: [UInt32], unescaped: [Int: String]) {
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.unescaped = unescaped
    }

    /// The number of cells.
    public var count: Int { starts.count }

    /// The cells at `kept`, in that order (the file's bytes shared).
    func gathering(_ kept: [Int]) -> TextColumn {
        var moved: [Int: String] = [:]
        if !unescaped.isEmpty {
            for (k, i) in kept.enumerated() { if let s = unescaped[i] { moved[k] = s } }
        }
        return TextColumn(bytes: bytes, starts: kept.map { starts[$0] }, ends: kept.map { ends[$0] }, unescaped: moved)
    }

    /// The cell at row `i` as text.
    public func string(at i: Int) -> String {
        if !unescaped.isEmpty, let s = unescaped[i] { return s }
        return bytes.withUnsafeBufferPointer { p in
            String(decoding: UnsafeBufferPointer(rebasing: p[Int(starts[i])..<Int(ends[i])]), as: UTF8.self)
        }
    }

    /// The cell at row `i` as a number when its bytes are a plain decimal (`-12.5`, `7`:
    /// an optional sign, digits, an optional fraction; at most 15 digits, no spaces), which
    /// every reading of the cell as a number (``Value/parseNumber(_:)``, the missing
    /// markers, the comma-grouped form) reads alike; nil otherwise, when the caller reads
    /// the text.
    @inline(__always)
    public func plainNumber(at i: Int) -> Double? {
        if !unescaped.isEmpty, unescaped[i] != nil { return nil }
        return bytes.withUnsafeBufferPointer { p in
            Self.plainDecimal(p, Int(starts[i]), Int(ends[i]))
        }
    }

    /// Powers of ten that a `Double` holds exactly.
    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { a, _ in a * 10 } }

    /// A plain decimal in `p[s..<e]`, correctly rounded (as `Double(String)` reads it): with
    /// at most 15 digits the digits are an exact integer below 2^53 and the power of ten is
    /// exact, so one division rounds once (Clinger's fast path). Nil for anything else.
    @inline(__always)
    static func plainDecimal(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
        var k = s
        guard k < e else { return nil }
        var negative = false
        if p[k] == 45 || p[k] == 43 {
            negative = p[k] == 45
            k += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var intDigits = 0
        while k < e, p[k] &- 48 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(p[k] &- 48)
            digits += 1
            intDigits += 1
            k += 1
        }
        guard intDigits > 0 else { return nil }
        if k < e {
            guard p[k] == 46 else { return nil }
            k += 1
            while k < e, p[k] &- 48 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(p[k] &- 48)
                digits += 1
                fraction += 1
                k += 1
            }
            guard fraction > 0, k == e else { return nil }
        }
        guard digits <= 15 else { return nil }
        let x = fraction == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fraction]
        return negative ? -x : x
    }
}
