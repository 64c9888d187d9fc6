import Foundation

/// The probability functions of Vega's expression language (`densityNormal`,
/// `cumulativeNormal`, `quantileNormal`, their log-normal and uniform twins), computed with
/// the algorithms vega-statistics uses so that a chart's values match Vega's to the last
/// few digits: the normal distribution function by West's approximation (2009, "Better
/// approximations to cumulative normal functions"), its inverse through Giles' inverse
/// error function (2010, "Approximating the erfinv function", as in Apache Commons Math).
/// A missing mean is 0 and a missing deviation 1; a missing uniform range is [0, 1), and a
/// single bound `b` is [0, b).
public enum Distributions {
    /// √(2π), the normal density's scale.
    static let sqrt2Pi = (2 * Double.pi).squareRoot()

    /// The normal density at `x`.
    public static func densityNormal(_ x: Double, mean: Double = 0, stdev: Double = 1) -> Double {
        let z = (x - mean) / stdev
        return Foundation.exp(-0.5 * z * z) / (stdev * sqrt2Pi)
    }

    /// The normal distribution function at `x` (West's double-precision approximation: a
    /// rational function below 5√2 deviations, a continued fraction beyond, 0 past 37).
    public static func cumulativeNormal(_ x: Double, mean: Double = 0, stdev: Double = 1) -> Double {
        let z = (x - mean) / stdev, a = Swift.abs(z)
        var tail = 0.0
        if !(a > 37) {
            let e = Foundation.exp(-a * a / 2)
            if a < 7.07106781186547 {
                tail = e * horner(westNumerator, a) / horner(westDenominator, a)
            } else {
                var f = a + 0.65
                for k in [4.0, 3, 2, 1] { f = a + k / f }
                tail = e / f / 2.506628274631
            }
        }
        return z > 0 ? 1 - tail : tail
    }

    /// The normal quantile of probability `p` (NaN outside [0, 1]).
    public static func quantileNormal(_ p: Double, mean: Double = 0, stdev: Double = 1) -> Double {
        if p < 0 || p > 1 { return .nan }
        return mean + stdev * 2.0.squareRoot() * inverseErf(2 * p - 1)
    }

    /// The log-normal density at `x` (0 at and below 0).
    public static func densityLogNormal(_ x: Double, mean: Double = 0, stdev: Double = 1) -> Double {
        if x <= 0 { return 0 }
        let z = (Foundation.log(x) - mean) / stdev
        return Foundation.exp(-0.5 * z * z) / (stdev * sqrt2Pi * x)
    }

    /// The log-normal distribution function at `x`.
    public static func cumulativeLogNormal(_ x: Double, mean: Double = 0, stdev: Double = 1) -> Double {
        cumulativeNormal(Foundation.log(x), mean: mean, stdev: stdev)
    }

    /// The log-normal quantile of probability `p`.
    public static func quantileLogNormal(_ p: Double, mean: Double = 0, stdev: Double = 1) -> Double {
        Foundation.exp(quantileNormal(p, mean: mean, stdev: stdev))
    }

    /// The uniform density on [`min`, `max`] at `x`.
    public static func densityUniform(_ x: Double, min: Double = 0, max: Double = 1) -> Double {
        x >= min && x <= max ? 1 / (max - min) : 0
    }

    /// The uniform distribution function on [`min`, `max`] at `x`.
    public static func cumulativeUniform(_ x: Double, min: Double = 0, max: Double = 1) -> Double {
        x < min ? 0 : x > max ? 1 : (x - min) / (max - min)
    }

    /// The uniform quantile of probability `p` (NaN outside [0, 1]).
    public static func quantileUniform(_ p: Double, min: Double = 0, max: Double = 1) -> Double {
        p >= 0 && p <= 1 ? min + p * (max - min) : .nan
    }

    /// The inverse error function (Giles' single- and double-precision fits in three ranges
    /// of w = −ln((1 − x)(1 + x)), the product kept unexpanded for accuracy near ±1).
    static func inverseErf(_ x: Double) -> Double {
        var w = -Foundation.log((1 - x) * (1 + x))
        let p: Double
        if w < 6.25 {
            w -= 3.125
            p = horner(gilesCentral, w)
        } else if w < 16 {
            w = w.squareRoot() - 3.25
            p = horner(gilesMiddle, w)
        } else if w.isFinite {
            w = w.squareRoot() - 5
            p = horner(gilesTail, w)
        } else {
            p = .infinity
        }
        return p * x
    }

    /// `c[0] + c[1]·x + c[2]·x² + …`, evaluated from the highest power down as vega-statistics
    /// does (so the rounding is the same).
    static func horner(_ c: [Double], _ x: Double) -> Double {
        var s = c[c.count - 1]
        for k in stride(from: c.count - 2, through: 0, by: -1) { s = c[k] + s * x }
        return s
    }

    // Coefficients, lowest power first.
    static let westNumerator = [220.206867912376, 221.213596169931, 112.079291497871, 33.912866078383,
                                6.37396220353165, 0.700383064443688, 3.52624965998911e-2]
    static let westDenominator = [440.413735824752, 793.826512519948, 637.333633378831, 296.564248779674,
                                  86.7807322029461, 16.064177579207, 1.75566716318264, 8.83883476483184e-2]
    static let gilesCentral = [
        1.6536545626831027356, 0.24015818242558961693, -0.0060336708714301490533, -0.00074070253416626697512,
        0.0001867342080340571352, -1.3882523362786468719e-5, -1.3654692000834678645e-6, 4.2347877827932403518e-7,
        -2.9070369957882005086e-8, -4.1126339803469836976e-9, 1.051212273321532285e-9, -5.4154120542946279317e-11,
        -1.2975133253453532498e-11, 2.6335093153082322977e-12, -8.1519341976054721522e-14, -4.0545662729752068639e-14,
        6.6376381343583238325e-15, 2.0972767875968561637e-17, -1.333171662854620906e-16, 1.115787767802518096e-17,
        1.2858480715256400167e-18, -1.685059138182016589e-19, -3.6444120640178196996e-21,
    ]
    static let gilesMiddle = [
        3.0838856104922207635, 1.0052589676941592334, 0.005370914553590063617, -0.0037512085075692412107,
        0.0024914420961078508066, -0.0016882755560235047313, 0.00095328937973738049703, -0.0003550375203628474796,
        2.4031110387097893999e-5, 6.8284851459573175448e-5, -4.7318229009055733981e-5, 1.2475304481671778723e-5,
        2.9234449089955446044e-6, -4.013867526981545969e-6, 1.5027403968909827627e-6, 1.8239629214389227755e-8,
        -2.7517406297064545428e-7, 9.0756561938885390979e-8, 2.2137376921775787049e-9,
    ]
    static let gilesTail = [
        4.8499064014085844221, 1.0103004648645343977, -0.00013871931833623122026, -0.00021503011930044477347,
        7.5995277030017761139e-5, -1.9681778105531670567e-5, 4.5260625972231537039e-6, -9.9298272942317002539e-7,
        2.2900482228026654717e-7, -6.7711997758452339498e-8, 2.9147953450901080826e-8, -1.4960026627149240478e-8,
        7.6157012080783393804e-9, -3.7894654401267369937e-9, 1.5076572693500548083e-9, -2.5556418169965252055e-10,
        -2.7109920616438573243e-11,
    ]
}
