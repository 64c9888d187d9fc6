import ChartsmithData
import ChartsmithSpec

/// The `angle` channel's scale on point and text marks, as Vega-Lite builds it: a
/// quantitative field (or datum) maps linearly from its extent over every view that
/// encodes it onto 0–360 degrees (`zero` false, no `nice`; the scale's `domain`,
/// `domainMin`/`domainMax`, `zero`, `nice`, `range` and `reverse` honoured: ``ContinuousDomain``); a discrete one is a point scale over its sorted values onto
/// 0–360 (a single value at 180, as d3's point scale); `scale: null` passes the values
/// through as degrees. A binned field spans its bins and turns each row by its bin's middle,
/// as Vega-Lite. Angles turn clockwise, as Vega's.
struct AngleScale: Sendable {
    enum Mapping: Sendable {
        case linear(lo: Double, hi: Double)
        case discrete([Value: Int], count: Int)
        case identity
    }

    let mapping: Mapping
    let range: (Double, Double)

    /// The scale of the views' `angle` channels, or nil when none encodes a field or datum.
    static func resolve(views: [PreparedView]) -> AngleScale? {
        let defs = views.compactMap { v in v.encoding[.angle].map { (v, $0) } }.filter { $0.1.outputField != nil || $0.1.datum != nil }
        guard let (first, def) = defs.first else { return nil }
        var range = (0.0, 360.0)
        if let r = def.scale?.range, r.count == 2, let a = Value.from(r[0]).number, let b = Value.from(r[1]).number { range = (a, b) }
        if def.scale?.reverse == true { range = (range.1, range.0) }
        if def.scaleDisabled { return AngleScale(mapping: .identity, range: range) }
        var values: [Value] = []
        for (v, d) in defs {
            if let f = d.outputField {
                // A bin: the domain is the bins' [start, stop], as Vega-Lite's of a binned field.
                if d.binEndField != nil, let b = v.table.bins[f] { values += [.number(b.start), .number(b.stop)]; continue }
                v.table.forEachValue(of: f) { values.append($0) }
                if let e = d.binEndField { v.table.forEachValue(of: e) { values.append($0) } }
            }
            else if let datum = d.datum { values.append(Value.from(datum)) }
        }
        if def.isContinuous(for: .angle) {
            var lo = Double.infinity, hi = -Double.infinity
            for x in values { if let n = x.number, n.isFinite { lo = min(lo, n); hi = max(hi, n) } }
            guard let d = ContinuousDomain.resolve(extent: (lo, hi), scale: def.scale, zeroByDefault: false, ordered: true) else { return nil }
            return AngleScale(mapping: .linear(lo: d.lo, hi: d.hi), range: range)
        }
        var seen = Set<Value>(), distinct: [Value] = []
        for x in values where DiscreteOrder.isCategory(x) { if seen.insert(x).inserted { distinct.append(x) } }
        let ordered = def.explicitDomain(channel: .angle)
            ?? DiscreteOrder.sort(distinct, channel: .angle, def: def, views: [first])
        var index: [Value: Int] = [:]
        for (i, x) in ordered.enumerated() where index[x] == nil { index[x] = i }
        return AngleScale(mapping: .discrete(index, count: ordered.count), range: range)
    }

    /// The angle in degrees for a value; nil for a value the scale cannot place.
    func degrees(_ x: Value) -> Double? {
        let (r0, r1) = range
        switch mapping {
        case .identity:
            return x.number
        case .linear(let lo, let hi):
            guard let n = x.number, n.isFinite else { return nil }
            let t = hi > lo ? (n - lo) / (hi - lo) : 0.5
            return r0 + (r1 - r0) * t
        case .discrete(let index, let count):
            guard let i = index[x] else { return nil }
            let t = count > 1 ? Double(i) / Double(count - 1) : 0.5
            return r0 + (r1 - r0) * t
        }
    }
}
