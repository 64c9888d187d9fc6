// JavaScript's number-to-string conversions, reproduced digit for digit.
//
// d3-format is written on top of `Number.prototype.toFixed`, `toExponential`,
// `toPrecision`, `toString` and `Math.round`; the labels it makes are only the
// same as Vega's when those primitives are. They are specified exactly by
// ECMA-262 (rounding the *exact* binary value, ties going to the larger
// magnitude), which `printf` does not do (it rounds ties to even), so the exact
// decimal expansion of the double is computed here with a small big integer.

/// The exact decimal expansion of a finite, positive double:
/// `value = 0.d₁d₂d₃… × 10^point`, with `d₁ ≠ 0`.
struct DecimalDigits: Equatable {
    /// Digits 0–9, most significant first, no leading or trailing zeros.
    var digits: [UInt8]
    /// The decimal exponent: the first digit has place value `10^(point-1)`.
    var point: Int
}

/// JavaScript's number semantics, as ECMA-262 specifies them: number to text (here),
/// text to number (`JavaScriptNumber+Parsing.swift`) and the integer conversions
/// (`JavaScriptNumber+Integers.swift`). d3-format and the expression evaluator both use it.
package enum JavaScriptNumber {
    // MARK: Exact and shortest digits

    /// The exact decimal expansion of a finite `x > 0`.
    static func exactDigits(_ x: Double) -> DecimalDigits {
        precondition(x.isFinite && x > 0)
        let bits = x.bitPattern
        let exponentBits = Int((bits >> 52) & 0x7FF)
        let fraction = bits & ((1 << 52) - 1)
        var mantissa: UInt64
        var exponent: Int
        if exponentBits == 0 {
            mantissa = fraction
            exponent = -1074
        } else {
            mantissa = fraction | (1 << 52)
            exponent = exponentBits - 1075
        }
        while mantissa & 1 == 0 && exponent < 0 {
            mantissa >>= 1
            exponent += 1
        }
        var big = BigDecimalInteger(mantissa)
        var digits: [UInt8]
        var point: Int
        if exponent >= 0 {
            var remaining = exponent
            while remaining > 0 {
                let step = min(remaining, 30)
                big.multiply(by: UInt64(1) << UInt64(step))
                remaining -= step
            }
            digits = big.decimalDigits()
            point = digits.count
        } else {
            // m × 2^-k = m × 5^k / 10^k
            var remaining = -exponent
            while remaining > 0 {
                let step = min(remaining, 13)
                var factor: UInt64 = 1
                for _ in 0..<step { factor *= 5 }
                big.multiply(by: factor)
                remaining -= step
            }
            digits = big.decimalDigits()
            point = digits.count + exponent
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        return DecimalDigits(digits: digits, point: point)
    }

    /// The shortest digits that round-trip to `x` (finite, `x > 0`), choosing
    /// the closest when several are as short — what ECMA-262 `Number::toString`
    /// uses. Swift's own `description` makes the same choice; only its layout
    /// differs, so its digits are read back here.
    static func shortestDigits(_ x: Double) -> DecimalDigits {
        precondition(x.isFinite && x > 0)
        let text = Array(x.description.utf8)
        var mantissa: [UInt8] = []
        var exponent = 0
        var pointIndex: Int? = nil
        var index = 0
        while index < text.count {
            let c = text[index]
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                var sign = 1
                var j = index + 1
                if j < text.count, text[j] == UInt8(ascii: "-") { sign = -1; j += 1 }
                else if j < text.count, text[j] == UInt8(ascii: "+") { j += 1 }
                var value = 0
                while j < text.count { value = value * 10 + Int(text[j] - 48); j += 1 }
                exponent = sign * value
                break
            } else if c == UInt8(ascii: ".") {
                pointIndex = mantissa.count
            } else if c >= 48 && c <= 57 {
                mantissa.append(c - 48)
            }
            index += 1
        }
        var point = (pointIndex ?? mantissa.count) + exponent
        while let first = mantissa.first, first == 0 {
            mantissa.removeFirst()
            point -= 1
        }
        while let last = mantissa.last, last == 0 { mantissa.removeLast() }
        return DecimalDigits(digits: mantissa, point: point)
    }

    /// Rounds exact digits to `count ≥ 1` significant digits, half away from
    /// zero (ECMA-262: "if there are two such n, pick the larger n"). The result
    /// has exactly `count` digits (trailing zeros kept).
    static func roundSignificant(_ value: DecimalDigits, count: Int) -> DecimalDigits {
        var digits = Array(value.digits.prefix(count))
        while digits.count < count { digits.append(0) }
        var point = value.point
        if value.digits.count > count, value.digits[count] >= 5 {
            var i = count - 1
            while i >= 0 {
                if digits[i] == 9 {
                    digits[i] = 0
                    i -= 1
                } else {
                    digits[i] += 1
                    break
                }
            }
            if i < 0 {
                digits.insert(1, at: 0)
                digits.removeLast()
                point += 1
            }
        }
        return DecimalDigits(digits: digits, point: point)
    }

    // MARK: Number.prototype methods

    /// `Number::toString(x)` (radix 10): `1246` → "1246", `0.1 + 0.2` → "0.30000000000000004",
    /// `1e21` → "1e+21", `1e-7` → "1e-7".
    package static func toString(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x == 0 { return "0" }
        if x < 0 { return "-" + toString(-x) }
        if x.isInfinite { return "Infinity" }
        let d = shortestDigits(x)
        let k = d.digits.count
        let n = d.point
        let s = digitString(d.digits)
        if k <= n && n <= 21 {
            return s + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let i = s.index(s.startIndex, offsetBy: n)
            return String(s[..<i]) + "." + String(s[i...])
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + s
        }
        let e = n - 1
        let exponent = (e >= 0 ? "+" : "-") + String(abs(e))
        if k == 1 { return s + "e" + exponent }
        return String(s.prefix(1)) + "." + String(s.dropFirst()) + "e" + exponent
    }

    /// `Number.prototype.toFixed(fractionDigits)`, `fractionDigits` in 0…100.
    static func toFixed(_ x: Double, _ fractionDigits: Int) -> String {
        if x.isNaN { return "NaN" }
        if x < 0 { return "-" + toFixed(-x, fractionDigits) }
        if x >= 1e21 { return toString(x) }
        let f = fractionDigits
        var n: [UInt8]
        if x == 0 {
            n = [0]
        } else {
            let exact = exactDigits(x)
            let keep = exact.point + f
            if keep < 0 {
                n = [0]
            } else if keep == 0 {
                n = [exact.digits[0] >= 5 ? 1 : 0]
            } else if keep >= exact.digits.count {
                n = exact.digits + Array(repeating: 0, count: keep - exact.digits.count)
            } else {
                let rounded = roundSignificant(exact, count: keep)
                n = rounded.digits
                if rounded.point > exact.point { n.append(0) }
            }
        }
        while n.count > 1 && n[0] == 0 { n.removeFirst() }
        var s = digitString(n)
        if f != 0 {
            var k = s.count
            if k <= f {
                s = String(repeating: "0", count: f + 1 - k) + s
                k = f + 1
            }
            let i = s.index(s.startIndex, offsetBy: k - f)
            s = String(s[..<i]) + "." + String(s[i...])
        }
        return s
    }

    /// `Number.prototype.toExponential(fractionDigits)`; `nil` means
    /// `undefined` (as many digits as needed to identify the number).
    static func toExponential(_ x: Double, _ fractionDigits: Int?) -> String {
        if x.isNaN { return "NaN" }
        if x < 0 { return "-" + toExponential(-x, fractionDigits) }
        if x.isInfinite { return "Infinity" }
        var digits: [UInt8]
        var e: Int
        if x == 0 {
            digits = Array(repeating: 0, count: (fractionDigits ?? 0) + 1)
            e = 0
        } else if let f = fractionDigits {
            let r = roundSignificant(exactDigits(x), count: f + 1)
            digits = r.digits
            e = r.point - 1
        } else {
            let r = shortestDigits(x)
            digits = r.digits
            e = r.point - 1
        }
        return exponentialString(digits, e)
    }

    /// `Number.prototype.toPrecision(precision)`, `precision` in 1…100.
    static func toPrecision(_ x: Double, _ precision: Int) -> String {
        if x.isNaN { return "NaN" }
        if x < 0 { return "-" + toPrecision(-x, precision) }
        if x.isInfinite { return "Infinity" }
        let p = precision
        var m: [UInt8]
        var e: Int
        if x == 0 {
            m = Array(repeating: 0, count: p)
            e = 0
        } else {
            let r = roundSignificant(exactDigits(x), count: p)
            m = r.digits
            e = r.point - 1
            if e < -6 || e >= p {
                return exponentialString(m, e)
            }
        }
        let s = digitString(m)
        if e == p - 1 { return s }
        if e >= 0 {
            let i = s.index(s.startIndex, offsetBy: e + 1)
            return String(s[..<i]) + "." + String(s[i...])
        }
        return "0." + String(repeating: "0", count: -(e + 1)) + s
    }

    /// `Number.prototype.toString(radix)` for a finite, integral `x ≥ 0` and a
    /// radix of 2, 8, 10 or 16 (exact, as V8 is for integers).
    static func toString(integral x: Double, radix: Int) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return "Infinity" }
        if radix == 10 { return toString(x) }
        if x < 18_446_744_073_709_551_615.0 {
            return String(UInt64(x), radix: radix)
        }
        // Exact binary expansion of a large integral double, regrouped.
        let bits = x.bitPattern
        let exponent = Int((bits >> 52) & 0x7FF) - 1075
        let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52)
        var binary = Array(String(mantissa, radix: 2).utf8)
        binary += Array(repeating: UInt8(ascii: "0"), count: max(0, exponent))
        let width = radix == 2 ? 1 : radix == 8 ? 3 : 4
        if width == 1 { return String(decoding: binary, as: UTF8.self) }
        let pad = (width - binary.count % width) % width
        binary = Array(repeating: UInt8(ascii: "0"), count: pad) + binary
        var out = ""
        var i = 0
        while i < binary.count {
            var v = 0
            for j in 0..<width { v = v * 2 + Int(binary[i + j] - 48) }
            out += String(v, radix: radix)
            i += width
        }
        while out.count > 1 && out.hasPrefix("0") { out.removeFirst() }
        return out
    }

    // MARK: Helpers

    /// `Math.round(x)`: rounds half up (towards +∞), as V8 does it.
    package static func round(_ x: Double) -> Double {
        if !x.isFinite || x == x.rounded(.towardZero) { return x }
        var result = x.rounded(.up)
        if result - 0.5 > x { result -= 1 }
        if result == 0 && x < 0 { return -0.0 }
        return result
    }

    /// `+string` for the strings d3-format produces: is the text numerically
    /// zero? (JavaScript treats the empty string as 0.)
    static func isNumericZero(_ text: String) -> Bool {
        let trimmed = text.trimmingJavaScriptWhitespace()
        if trimmed.isEmpty { return true }
        guard trimmed.utf8.allSatisfy({ c in
            (c >= 48 && c <= 57) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e")
                || c == UInt8(ascii: "E") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
        }) else { return false }
        guard let value = Double(trimmed) else { return false }
        return value == 0
    }

    static func digitString(_ digits: [UInt8]) -> String {
        String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
    }

    static func exponentialString(_ digits: [UInt8], _ e: Int) -> String {
        var s = digitString(digits)
        if digits.count > 1 {
            s.insert(".", at: s.index(after: s.startIndex))
        }
        return s + "e" + (e >= 0 ? "+" : "-") + String(abs(e))
    }
}

/// A non-negative integer in base 10⁹ limbs, little end first; just enough
/// arithmetic for exact binary-to-decimal conversion.
struct BigDecimalInteger {
    private var limbs: [UInt64]
    private static let base: UInt64 = 1_000_000_000

    init(_ value: UInt64) {
        limbs = []
        var v = value
        repeat {
            limbs.append(v % Self.base)
            v /= Self.base
        } while v > 0
    }

    /// Multiplies in place by `factor < 2³²`.
    mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = limbs[i] * factor + carry
            limbs[i] = product % Self.base
            carry = product / Self.base
        }
        while carry > 0 {
            limbs.append(carry % Self.base)
            carry /= Self.base
        }
    }

    func decimalDigits() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(limbs.count * 9)
        for (index, limb) in limbs.reversed().enumerated() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var v = limb
            for j in stride(from: 8, through: 0, by: -1) {
                chunk[j] = UInt8(v % 10)
                v /= 10
            }
            if index == 0 {
                let firstNonZero = chunk.firstIndex(where: { $0 != 0 }) ?? 8
                out.append(contentsOf: chunk[firstNonZero...])
            } else {
                out.append(contentsOf: chunk)
            }
        }
        return out
    }
}

/// JavaScript's `String(x)` for a number: "1246", "0.1", "1e+21", "NaN", "-Infinity".
public func javaScriptString(_ x: Double) -> String {
    JavaScriptNumber.toString(x)
}
