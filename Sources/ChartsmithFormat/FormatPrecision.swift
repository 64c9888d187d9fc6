/// d3-format's `precisionFixed(step)`: the number of decimal places for the
/// `f` type so that values a `step` apart stay distinct.
///
/// `precisionFixed(1)` is 0, `precisionFixed(0.01)` is 2. Returns `nil`
/// where d3 returns NaN (a non-finite step).
public func precisionFixed(_ step: Double) -> Int? {
    let p = JavaScriptMath.max(0, -decimalExponent(abs(step)))
    return p.isNaN ? nil : Int(p)
}

/// d3-format's `precisionPrefix(step, value)`: the precision for a
/// ``NumberFormat/prefixed(_:value:locale:)`` formatter chosen for `value`.
///
/// `precisionPrefix(1e5, 1.3e6)` is 1 ("1.3M"). Returns `nil` where d3 returns NaN.
public func precisionPrefix(_ step: Double, _ value: Double) -> Int? {
    let e = JavaScriptMath.max(-8, JavaScriptMath.min(8, (decimalExponent(value) / 3).rounded(.down))) * 3
    let p = JavaScriptMath.max(0, e - decimalExponent(abs(step)))
    return p.isNaN ? nil : Int(p)
}

/// d3-format's `precisionRound(step, max)`: the significant-digit precision
/// for the `r`, `g`, `e`, `p` and empty types so that values a `step` apart
/// up to `max` stay distinct.
///
/// `precisionRound(0.01, 1.01)` is 3. Returns `nil` where d3 returns NaN.
public func precisionRound(_ step: Double, _ max: Double) -> Int? {
    let s = abs(step)
    let m = abs(max) - s
    let p = JavaScriptMath.max(0, decimalExponent(m) - decimalExponent(s)) + 1
    return p.isNaN ? nil : Int(p)
}

