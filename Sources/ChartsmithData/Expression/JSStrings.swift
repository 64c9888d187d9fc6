import ChartsmithFormat

/// JavaScript string positions: strings are sequences of UTF-16 code units, and
/// `slice`, `substring` and `indexOf` count in those units.
enum JSStrings {
    /// Text from code units (an unpaired surrogate becomes U+FFFD).
    static func string<C: Collection>(_ units: C) -> String where C.Element == UInt16 {
        String(decoding: units, as: UTF16.self)
    }

    /// A `slice` bound: negative counts from the end; clamped to 0…length.
    static func relativeIndex(_ x: Double, length: Int) -> Int {
        let r = JavaScriptNumber.integerOrInfinity(x)
        if r < 0 { return Int(Swift.max(Double(length) + r, 0)) }
        return Int(Swift.min(r, Double(length)))
    }

    /// A `substring` bound: clamped to 0…length.
    static func clampedIndex(_ x: Double, length: Int) -> Int {
        Int(Swift.min(Swift.max(JavaScriptNumber.integerOrInfinity(x), 0), Double(length)))
    }

    /// First (or last) position of `needle` in `haystack`; an empty needle is found at
    /// 0 (or at the end).
    static func index(of needle: [UInt16], in haystack: [UInt16], last: Bool) -> Int? {
        let n = haystack.count, m = needle.count
        guard m <= n else { return nil }
        if m == 0 { return last ? n : 0 }
        let starts = last ? Array(stride(from: n - m, through: 0, by: -1)) : Array(0...(n - m))
        for i in starts where haystack[i] == needle[0] {
            var j = 1
            while j < m && haystack[i + j] == needle[j] { j += 1 }
            if j == m { return i }
        }
        return nil
    }
}
