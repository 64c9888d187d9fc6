extension ExpressionFunction {
    /// A probability function (``Distributions``) of `x` with its two optional parameters
    /// read as vega-statistics reads them: for the normal and log-normal, `mean || 0` (a
    /// missing, null, zero, empty or NaN mean is 0) and `stdev == null ? 1 : stdev`; for the
    /// uniform, a missing `max` makes the range [0, `min`] (or [0, 1] with neither).
    func distribution(_ x: Double, _ first: ExpressionValue?, _ second: ExpressionValue?) -> Double {
        func given(_ v: ExpressionValue?) -> ExpressionValue? { v.flatMap { $0.isNullish ? nil : $0 } }
        switch self {
        case .densityUniform, .cumulativeUniform, .quantileUniform:
            var lo = 0.0, hi = 1.0
            if let b = given(second) {
                lo = first?.jsNumber ?? .nan
                hi = b.jsNumber
            } else if let a = given(first) {
                hi = a.jsNumber
            }
            switch self {
            case .densityUniform: return Distributions.densityUniform(x, min: lo, max: hi)
            case .cumulativeUniform: return Distributions.cumulativeUniform(x, min: lo, max: hi)
            default: return Distributions.quantileUniform(x, min: lo, max: hi)
            }
        default:
            let mean = first.map { $0.isTruthy ? $0.jsNumber : 0 } ?? 0
            let stdev = given(second)?.jsNumber ?? 1
            switch self {
            case .densityNormal: return Distributions.densityNormal(x, mean: mean, stdev: stdev)
            case .cumulativeNormal: return Distributions.cumulativeNormal(x, mean: mean, stdev: stdev)
            case .quantileNormal: return Distributions.quantileNormal(x, mean: mean, stdev: stdev)
            case .densityLogNormal: return Distributions.densityLogNormal(x, mean: mean, stdev: stdev)
            case .cumulativeLogNormal: return Distributions.cumulativeLogNormal(x, mean: mean, stdev: stdev)
            default: return Distributions.quantileLogNormal(x, mean: mean, stdev: stdev)
            }
        }
    }
}
