// JavaScript's integer conversions, as ECMA-262 specifies them.
extension JavaScriptNumber {
    /// `ToIntegerOrInfinity`: NaN → 0, infinities kept, otherwise truncated toward zero.
    package static func integerOrInfinity(_ x: Double) -> Double {
        if x.isNaN { return 0 }
        if x.isInfinite { return x }
        return x.rounded(.towardZero) + 0
    }

    /// `ToInt32`: the number modulo 2³², as a signed 32-bit integer.
    package static func toInt32(_ x: Double) -> Int32 {
        Int32(bitPattern: toUInt32(x))
    }

    /// `ToUint32`: the number modulo 2³².
    package static func toUInt32(_ x: Double) -> UInt32 {
        guard x.isFinite else { return 0 }
        let t = x.rounded(.towardZero)
        var r = t.truncatingRemainder(dividingBy: 4_294_967_296)
        if r < 0 { r += 4_294_967_296 }
        return UInt32(r)
    }

    /// Whether a number is integral (`Number.isInteger`).
    package static func isInteger(_ x: Double) -> Bool {
        x.isFinite && x == x.rounded(.towardZero)
    }
}
