import ChartsmithData
import ChartsmithFormat
import ChartsmithSpec
import Foundation

/// A continuous scale: maps a numeric (or time) domain onto a pixel range through an
/// optional transform (log, pow, sqrt, symlog), as d3-scale does.
public struct ContinuousScale: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case linear
        case log(base: Double)
        case pow(exponent: Double)
        case symlog(constant: Double)
        /// Time in milliseconds, UTC.
        case time
    }

    public var kind: Kind
    public var domain: (Double, Double)
    public var range: (Double, Double)
    /// For a time scale of a `timeUnit` field: ticks fall on the unit's boundaries, never
    /// between them (a monthly axis is not ticked weekly).
    public var tickUnit: TimeUnit? = nil
    /// A linear scale ticked at this step (a ladder step), rather than as d3 picks.
    public var tickStep: Double? = nil
    /// `tickMinStep`: d3's ticks, but none closer than this.
    public var tickMinStep: Double? = nil
    /// `scale.clamp`: a value beyond the domain maps to the nearer end of the range.
    public var clamp = false

    public init(kind: Kind, domain: (Double, Double), range: (Double, Double)) {
        self.kind = kind
        self.domain = domain
        self.range = range
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.kind == b.kind && a.domain == b.domain && a.range == b.range
    }

    public func hash(into h: inout Hasher) {
        h.combine(kind)
        h.combine(domain.0)
        h.combine(domain.1)
    }

    func transform(_ v: Double) -> Double {
        switch kind {
        case .linear, .time: return v
        case .log: return v > 0 ? Foundation.log(v) : (v < 0 ? -Foundation.log(-v) : -.infinity)
        case .pow(let e): return v < 0 ? -Foundation.pow(-v, e) : Foundation.pow(v, e)
        case .symlog(let c): return (v < 0 ? -1 : 1) * Foundation.log1p(abs(v) / c)
        }
    }

    /// The position of a domain value.
    public func map(_ v: Double) -> Double {
        let t0 = transform(domain.0), t1 = transform(domain.1)
        let span = t1 - t0
        var f = span == 0 ? 0.5 : (transform(v) - t0) / span
        if clamp, !f.isNaN { f = Swift.min(Swift.max(f, 0), 1) }
        return range.0 + f * (range.1 - range.0)
    }

    /// The domain value at a position (inverse of ``map(_:)``; linear and time only).
    public func invert(_ p: Double) -> Double {
        let f = (p - range.0) / (range.1 - range.0)
        return domain.0 + f * (domain.1 - domain.0)
    }

    /// Tick values, about `count` of them, as d3 chooses them.
    public func ticks(count: Int) -> [Double] {
        let lo = min(domain.0, domain.1), hi = max(domain.0, domain.1)
        switch kind {
        case .linear:
            if let step = tickStep { return LadderTicks.ticks(lo, hi, step: step) }
            if let minStep = tickMinStep {
                // As Vega-Lite: fewer ticks until their step is at least the minimum.
                var c = count
                while c > 1, ChartsmithFormat.tickStep(start: lo, stop: hi, count: Double(c)) < minStep * (1 - 1e-12) { c -= 1 }
                return Bridge.ticks(lo, hi, c)
            }
            return Bridge.ticks(lo, hi, count)
        case .pow, .symlog: return Bridge.ticks(lo, hi, count)
        case .log(let base): return Bridge.logTicks(lo, hi, count, base: base)
        case .time:
            let ticks = Bridge.timeTicks(lo, hi, count)
            guard let unit = tickUnit, !ticks.allSatisfy({ unit.truncate($0) == $0 }) else { return ticks }
            // d3 chose an interval finer than the unit: tick each unit start instead, every
            // k-th so there are about `count`.
            var starts: [Double] = []
            var t = unit.truncate(lo)
            if t < lo { t += unit.step(after: t) }
            while t <= hi, starts.count < 10_000 {
                starts.append(t)
                let next = t + unit.step(after: t)
                if next <= t { break }
                t = next
            }
            let k = max(1, Int((Double(starts.count) / Double(max(1, count))).rounded(.up)))
            return starts.enumerated().filter { $0.offset % k == 0 }.map(\.element)
        }
    }

    /// This scale with its domain extended to round values, as d3's `nice`.
    public func niced(count: Int) -> ContinuousScale {
        var s = self
        switch kind {
        case .linear, .pow, .symlog:
            let (a, b) = Bridge.nice(min(domain.0, domain.1), max(domain.0, domain.1), count)
            s.domain = domain.0 <= domain.1 ? (a, b) : (b, a)
        case .log(let base):
            let lo = min(domain.0, domain.1), hi = max(domain.0, domain.1)
            guard lo > 0 else { return s }
            let a = Foundation.pow(base, (Foundation.log(lo) / Foundation.log(base)).rounded(.down))
            let b = Foundation.pow(base, (Foundation.log(hi) / Foundation.log(base)).rounded(.up))
            s.domain = domain.0 <= domain.1 ? (a, b) : (b, a)
        case .time:
            let (a, b) = Bridge.timeNice(min(domain.0, domain.1), max(domain.0, domain.1), count)
            s.domain = domain.0 <= domain.1 ? (a, b) : (b, a)
        }
        return s
    }
}
