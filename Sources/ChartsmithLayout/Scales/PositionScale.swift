import ChartsmithData
import ChartsmithFormat
import ChartsmithSpec

/// A position channel's scale once its pixel range is known.
struct PositionScale {
    var domain: PositionDomain
    var continuous: ContinuousScale?
    var band: BandScale?

    /// - Parameter niceToTicks: make the domain nice with the axis's own tick count, so
    ///   the axis ends on a gridline (the briefing styles), rather than with d3's default
    ///   count of 10, as Vega does.
    /// - Parameter ticks: how the axis is ticked; a ladder step sets the nice domain and the
    ///   ticks themselves.
    init(_ d: PositionDomain, range: (Double, Double), ticks: TickPlan, niceToTicks: Bool = false) {
        let tickCount = ticks.count
        domain = d
        let r = d.reverse ? (range.1, range.0) : range
        if d.discrete {
            band = d.band
                ? BandScale(domain: d.values, range: r, paddingInner: d.paddingInner, paddingOuter: d.paddingOuter)
                : BandScale.point(domain: d.values, range: r, padding: d.paddingOuter)
        } else {
            var s = ContinuousScale(kind: d.kind, domain: (d.lo, d.hi), range: r)
            s.clamp = d.def.scale?.clamp ?? false
            if case .time = d.kind, let unit = d.def.timeUnit, unit.components.contains(where: { [.year, .month, .quarter, .date, .day].contains($0) }) {
                s.tickUnit = unit
            }
            // Vega's continuous `padding`: widen the domain so the data stops that many
            // points short of each end (linear scales), before nicing.
            if d.continuousPadding > 0, case .linear = d.kind, abs(r.1 - r.0) > 2 * d.continuousPadding {
                let length = abs(r.1 - r.0)
                let perPoint = (d.hi - d.lo) / (length - 2 * d.continuousPadding)
                s.domain = (d.lo - d.continuousPadding * perPoint, d.hi + d.continuousPadding * perPoint)
            }
            // Vega's `nice: true` is d3's `scale.nice()`, whose default count is 10 (not the
            // axis's tick count); `nice: N` asks for N. The briefing styles nice with the
            // axis's tick count instead, so the axis ends on a labelled gridline.
            if d.nice, niceToTicks, let ladder = ticks.ladder {
                s.domain = d.lo <= d.hi ? (ladder.lo, ladder.hi) : (ladder.hi, ladder.lo)
                s.tickStep = ladder.step
            } else if d.nice, case .time = s.kind, let interval = d.def.scale?.niceInterval.flatMap(Self.interval) {
                // `nice: "month"`: the domain's ends on boundaries of the interval, as Vega.
                let lo = Swift.min(s.domain.0, s.domain.1), hi = Swift.max(s.domain.0, s.domain.1)
                let n = TimeTicks.nice(domain: [lo, hi], interval: interval)
                if let a = n.first, let b = n.last { s.domain = s.domain.0 <= s.domain.1 ? (a, b) : (b, a) }
            } else if d.nice {
                // (A time unit's milliseconds on a linear scale are niced as Vega nices them.)
                let count = d.def.scale?.niceCount ?? (niceToTicks && !ticks.vegaNice && d.def.timeUnit == nil ? Double(tickCount) : 10)
                s = s.niced(count: Int(min(max(count, 1), 1000)))
            }
            if s.tickStep == nil, let minStep = d.tickMinStep, minStep > 0, case .linear = s.kind {
                s.tickMinStep = minStep
            }
            continuous = s
        }
    }

    /// The UTC interval a `scale.nice` names (Vega's weeks start on Sunday).
    static func interval(_ name: String) -> UTCInterval? {
        switch name {
        case "millisecond": return .millisecond
        case "second": return .second
        case "minute": return .minute
        case "hour": return .hour
        case "day": return .day
        case "week": return .sunday
        case "month": return .month
        case "year": return .year
        default: return nil
        }
    }

    init(_ d: PositionDomain, range: (Double, Double), tickCount: Int, niceToTicks: Bool = false) {
        self.init(d, range: range, ticks: TickPlan(count: tickCount), niceToTicks: niceToTicks)
    }

    /// The position of a value: band start for bands, centre for points, mapped for
    /// continuous scales.
    func map(_ v: Value) -> Double? {
        if let b = band { return domain.band ? b.start(of: v) : b.center(of: v) }
        guard let c = continuous else { return nil }
        let n = domain.type == .temporal || continuous?.kind == .time ? Coercion.date(v) : v.number
        guard let n, n.isFinite else { return nil }
        if case .log = c.kind, n <= 0 { return nil }
        return c.map(n)
    }

    /// The centre of a value's band (or its position on a continuous scale).
    func center(_ v: Value) -> Double? {
        if let b = band { return b.center(of: v) }
        return map(v)
    }

    func mapNumber(_ n: Double) -> Double? { continuous?.map(n) }

    /// Width of one band (zero for point and continuous scales).
    var bandwidth: Double { domain.band ? (band?.bandwidth ?? 0) : 0 }
    var step: Double { band?.step ?? 0 }

    var rangeMin: Double {
        if let b = band { return min(b.range.0, b.range.1) }
        return min(continuous!.range.0, continuous!.range.1)
    }

    var rangeMax: Double {
        if let b = band { return max(b.range.0, b.range.1) }
        return max(continuous!.range.0, continuous!.range.1)
    }

    /// Where `invalid: null` ("show") places an invalid value, as a domain value: zero when
    /// the domain includes it, else the domain's smallest value (Vega-Lite's
    /// `scaledZeroOrMin`; a log scale's smallest). Nil on a discrete scale.
    var invalidValue: Double? {
        guard let c = continuous else { return nil }
        let lo = min(c.domain.0, c.domain.1), hi = max(c.domain.0, c.domain.1)
        if case .log = c.kind { return lo }
        return lo <= 0 && 0 <= hi ? 0 : lo
    }

    /// The position of zero on a continuous scale (clamped to the range), for bar bases.
    var baseline: Double {
        guard let c = continuous else { return rangeMax }
        let lo = min(c.domain.0, c.domain.1), hi = max(c.domain.0, c.domain.1)
        let base: Double
        if case .log = c.kind { base = lo } else { base = max(lo, min(hi, 0)) }
        return c.map(base)
    }
}
