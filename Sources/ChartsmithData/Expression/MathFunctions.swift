import ChartsmithFormat
import Foundation

/// Vega's math functions, with JavaScript's `Math` semantics.
enum MathFunctions {
    static func unary(_ f: ExpressionFunction, _ x: Double) -> Double {
        switch f {
        case .abs: return Swift.abs(x)
        case .acos: return Foundation.acos(x)
        case .asin: return Foundation.asin(x)
        case .atan: return Foundation.atan(x)
        case .ceil: return x.rounded(.up)
        case .cos: return Foundation.cos(x)
        case .exp: return Foundation.exp(x)
        case .floor: return x.rounded(.down)
        case .log: return Foundation.log(x)
        case .round: return JavaScriptNumber.round(x)
        case .sin: return Foundation.sin(x)
        case .sqrt: return x.squareRoot()
        case .tan: return Foundation.tan(x)
        default: return .nan
        }
    }

    static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }

    /// `Math.pow`: as C's `pow`, except that a NaN exponent always gives NaN and
    /// ±1 to an infinite power is NaN.
    static func pow(_ x: Double, _ y: Double) -> Double {
        if y.isNaN { return .nan }
        if Swift.abs(x) == 1 && y.isInfinite { return .nan }
        return Foundation.pow(x, y)
    }

    /// `Math.max`: NaN if any argument is NaN, -∞ for none; +0 beats -0.
    static func max(_ xs: [Double]) -> Double {
        var result = -Double.infinity
        for x in xs {
            if x.isNaN { return .nan }
            if x > result || (x == 0 && result == 0 && result.sign == .minus) { result = x }
        }
        return result
    }

    /// `Math.min`: NaN if any argument is NaN, +∞ for none; -0 beats +0.
    static func min(_ xs: [Double]) -> Double {
        var result = Double.infinity
        for x in xs {
            if x.isNaN { return .nan }
            if x < result || (x == 0 && result == 0 && x.sign == .minus) { result = x }
        }
        return result
    }
}
