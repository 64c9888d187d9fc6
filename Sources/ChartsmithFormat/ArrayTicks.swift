import Foundation

// d3-array v3's ticks, tickIncrement and tickStep.

private let e10 = 50.0.squareRoot()
private let e5 = 10.0.squareRoot()
private let e2 = 2.0.squareRoot()

/// d3-array's `tickSpec`: integer bounds `i1…i2` and an increment, where a
/// negative increment `-k` means a step of `1/k` (so fractional ticks are
/// computed as `i / k`, which is exact: `ticks(0, 1, 10)` contains 0.3, not
/// 0.30000000000000004).
func tickSpec(_ start: Double, _ stop: Double, _ count: Double) -> (i1: Double, i2: Double, inc: Double) {
    let step = (stop - start) / JavaScriptMath.max(0, count)
    let power = JavaScriptMath.log10(step).rounded(.down)
    let error = step / JavaScriptMath.pow(10, power)
    let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
    var i1: Double
    var i2: Double
    var inc: Double
    if power < 0 {
        inc = JavaScriptMath.pow(10, -power) / factor
        i1 = JavaScriptNumber.round(start * inc)
        i2 = JavaScriptNumber.round(stop * inc)
        if i1 / inc < start { i1 += 1 }
        if i2 / inc > stop { i2 -= 1 }
        inc = -inc
    } else {
        inc = JavaScriptMath.pow(10, power) * factor
        i1 = JavaScriptNumber.round(start / inc)
        i2 = JavaScriptNumber.round(stop / inc)
        if i1 * inc < start { i1 += 1 }
        if i2 * inc > stop { i2 -= 1 }
    }
    if i2 < i1 && 0.5 <= count && count < 2 { return tickSpec(start, stop, count * 2) }
    return (i1, i2, inc)
}

/// d3-array's `ticks(start, stop, count)`: about `count + 1` evenly spaced,
/// nicely rounded values (multiples of 1, 2 or 5 × 10ⁿ) inside `[start, stop]`,
/// in the order of the arguments.
///
/// `ticks(start: 0, stop: 1, count: 10)` is `[0, 0.1, 0.2, …, 1]` with every
/// value exactly the double nearest the decimal (0.3, not 0.30000000000000004).
/// Returns `[]` when `count` is not positive or an argument is NaN, and
/// `[start]` when `start == stop`.
public func ticks(start: Double, stop: Double, count: Double) -> [Double] {
    if !(count > 0) { return [] }
    if start == stop { return [start] }
    let reverse = stop < start
    let (i1, i2, inc) = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count)
    if !(i2 >= i1) { return [] }
    let n = i2 - i1 + 1
    guard n.isFinite, n < 1e7 else { return [] }  // a JavaScript engine would fail to allocate
    let count = Int(n)
    var result = [Double]()
    result.reserveCapacity(count)
    for i in 0..<count {
        let k = Double(i)
        if reverse {
            result.append(inc < 0 ? (i2 - k) / -inc : (i2 - k) * inc)
        } else {
            result.append(inc < 0 ? (i1 + k) / -inc : (i1 + k) * inc)
        }
    }
    return result
}

/// d3-array's `tickIncrement(start, stop, count)`: the tick step for
/// `start ≤ stop`, as a positive power-of-ten multiple, or — when the step is
/// below 1 — as the negative inverse (`-10` for a step of 0.1).
public func tickIncrement(start: Double, stop: Double, count: Double) -> Double {
    tickSpec(start, stop, count).inc
}

/// d3-array's `tickStep(start, stop, count)`: the difference between
/// adjacent ticks, negative when `stop < start`.
public func tickStep(start: Double, stop: Double, count: Double) -> Double {
    let reverse = stop < start
    let inc = reverse ? tickIncrement(start: stop, stop: start, count: count) : tickIncrement(start: start, stop: stop, count: count)
    return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
}
