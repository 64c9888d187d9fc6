import Foundation
import Synchronization

/// The generator behind `random()` and Vega's sampling functions (`sampleUniform`,
/// `sampleNormal`, `sampleLogNormal`) in a `calculate` or `filter` transform.
///
/// Vega draws them from `Math.random`, so its charts differ on every run; Chartsmith's
/// must not. Each transform's expression gets its own generator: vega-statistics' linear
/// congruential generator (``Sample/LCG``), seeded by a 64-bit FNV-1a hash of the
/// transform's key (for `calculate`, its `as` name and expression; for `filter`, its
/// expression) and advanced once per call, row after row in the table's order. The same
/// spec and data therefore give the same values on every run, on every machine, and two
/// `calculate`s of `random()` (an x and a y jitter) give different values.
///
/// `sampleNormal` is vega-statistics' polar Box–Muller method, keeping its second value
/// for the next call as Vega does.
final class ExpressionRandom: Sendable {
    private struct State {
        var lcg: Sample.LCG
        var spareNormal: Double?
    }
    private let state: Mutex<State>

    /// The generator the expression being evaluated draws from (nil outside a transform).
    @TaskLocal static var current: ExpressionRandom?

    init(key: String) {
        state = Mutex(State(lcg: Sample.LCG(seed: Self.seed(for: key)), spareNormal: nil))
    }

    /// A seed in 1 ..< 2³¹ − 1 from the key's FNV-1a hash.
    static func seed(for key: String) -> Double {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Double(h % 2_147_483_646 + 1)
    }

    /// The next number in [0, 1).
    func next() -> Double {
        state.withLock { $0.lcg.next() }
    }

    /// vega-statistics' `sampleUniform(min, max)`: with one argument, [0, min); with none, [0, 1).
    func uniform(_ a: Double?, _ b: Double?) -> Double {
        var lo = a ?? 0, hi = b ?? 1
        if b == nil { hi = a ?? 1; lo = 0 }
        return lo + (hi - lo) * next()
    }

    /// vega-statistics' `sampleNormal(mean, stdev)` (mean 0, deviation 1 by default).
    func normal(_ mean: Double?, _ stdev: Double?) -> Double {
        let x: Double = state.withLock { s in
            if let spare = s.spareNormal { s.spareNormal = nil; return spare }
            var u = 0.0, v = 0.0, r = 0.0
            repeat {
                u = s.lcg.next() * 2 - 1
                v = s.lcg.next() * 2 - 1
                r = u * u + v * v
            } while r == 0 || r > 1
            let c = (-2 * Foundation.log(r) / r).squareRoot()
            s.spareNormal = v * c
            return u * c
        }
        return (mean ?? 0) + x * (stdev ?? 1)
    }
}
