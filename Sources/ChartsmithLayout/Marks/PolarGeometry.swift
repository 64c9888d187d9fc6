import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// Where polar marks (arcs, and text placed by `theta` and `radius`) sit, as Vega-Lite
/// places them: the centre of the plot, the `theta` scale onto 0–2π (radians clockwise from
/// 12 o'clock, the stacked extent filling the circle) and the `radius` scale onto 0 to half
/// the plot's shorter side (linear, or `sqrt`/`pow`/`log` as the spec asks, from
/// `rangeMin`). The scales' domains are shared by every view of the panel that encodes the
/// same channel on a scale of a type Vega-Lite can merge (``PolarScaleSharing``), so a text
/// layer's labels sit on their slices.
struct PolarGeometry {
    let center: Point
    /// Half the plot's shorter side.
    let maxRadius: Double
    /// The outer radius of slices that set none: half the plot's shorter side, less the
    /// room labels set outside the pie need on each side (``PieLabels``).
    let defaultRadius: Double
    /// The theta domain (nil without a `theta` field).
    var theta: (lo: Double, hi: Double)?
    /// A discrete theta's categories, in order: each takes an equal band of the circle.
    var thetaBands: [Value]?
    /// The theta range in radians: 0 to 2π, or the scale's `range` (a part of the circle).
    var thetaRange = (0.0, 2 * Double.pi)
    /// `scale: null` on `theta`: its values (and `theta2`'s) are radians as written.
    var thetaIdentity = false
    /// `scale: null` on `radius`: its values (and `radius2`'s) are points as written.
    var radiusIdentity = false
    /// The radius scale's domain, type and range (nil without a `radius` field).
    var radius: (lo: Double, hi: Double, type: ScaleSpec.ScaleType, exponent: Double, range: (Double, Double))?

    /// The geometry of a view; with `kit`, slices leave room for labels set outside them.
    init(_ v: PreparedView, _ e: RowEncoder, kit: TextKit? = nil) {
        center = Point(x: e.plot.midX, y: e.plot.midY)
        maxRadius = max(0, min(e.plot.width, e.plot.height) / 2)
        let reserve = kit.map { PieLabels.reserve(e, kit: $0) } ?? 0
        defaultRadius = max(min(maxRadius, e.plot.width / 2 - reserve), maxRadius / 3)
        thetaIdentity = v.encoding[.theta]?.scaleDisabled ?? false
        radiusIdentity = v.encoding[.radius]?.scaleDisabled ?? false
        let all = e.views.isEmpty ? [v] : e.views
        var views = PolarScaleSharing.views(sharing: .theta, with: v, in: all)
        if let d = v.encoding[.theta], let f = d.outputField, !d.isContinuous(for: .theta) {
            // A discrete theta: Vega-Lite's band scale over the circle, one equal slice per
            // category in the channel's sort order, no padding.
            thetaBands = DiscreteOrder.sort(DiscreteOrder.distinctValues(of: f, on: .theta, in: views), channel: .theta, def: d, views: views)
            if let r = d.scale?.range, r.count == 2, case .number(let a) = r[0], case .number(let b) = r[1] { thetaRange = (a, b) }
        } else if let d = v.encoding[.theta], d.hasScale, !d.scaleDisabled {
            var (lo, hi) = Self.extent(.theta, .theta2, views: views)
            // A binned theta (a radial histogram) spans its bins, [bins.start, bins.stop], as
            // Vega-Lite's domain of a binned field, without zero; any other starts at zero.
            if d.binEndField != nil, let f = d.outputField {
                if let b = views.lazy.compactMap({ $0.table.bins[f] }).first { (lo, hi) = (b.start, b.stop) }
            } else {
                lo = min(lo, 0)
            }
            for u in d.scale?.domainUnion ?? [] { if let n = Value.from(u).number { lo = min(lo, n); hi = max(hi, n) } }
            if let dl = d.scale?.domain?.first.flatMap({ Value.from($0).number }) { lo = dl }
            if let dh = d.scale?.domain?.last.flatMap({ Value.from($0).number }) { hi = dh }
            theta = hi.isFinite && hi > lo ? (lo, hi) : (0, 1)
            if let r = d.scale?.range, r.count == 2, case .number(let a) = r[0], case .number(let b) = r[1] { thetaRange = (a, b) }
        }
        views = PolarScaleSharing.views(sharing: .radius, with: v, in: all)
        if let d = v.encoding[.radius], d.hasScale, !d.scaleDisabled {
            var (lo, hi) = Self.extent(.radius, .radius2, views: views)
            for u in d.scale?.domainUnion ?? [] { if let n = Value.from(u).number { lo = min(lo, n); hi = max(hi, n) } }
            if !lo.isFinite { lo = 0; hi = 1 }
            let type = d.scale?.type ?? .linear
            // Vega-Lite's radius scale starts at zero unless `zero` is false (never on a log scale).
            if d.scale?.zero ?? (d.scale?.domainUnion == nil), type != .log { lo = min(lo, 0); hi = max(hi, 0) }
            if let dom = d.scale?.domain, let a = dom.first.flatMap({ Value.from($0).number }),
               let b = dom.last.flatMap({ Value.from($0).number }) { lo = a; hi = b }
            var r0 = d.scale?.rangeMin ?? 0, r1 = d.scale?.rangeMax ?? maxRadius
            if let r = d.scale?.range, r.count == 2, case .number(let a) = r[0], case .number(let b) = r[1] { (r0, r1) = (a, b) }
            radius = (lo, hi, type, type == .sqrt ? 0.5 : d.scale?.exponent ?? 1, (r0, r1))
        }
    }

    /// The extent of a continuous polar channel over `views`: each row's value (its stacked
    /// segment's ends) and its secondary channel's field (or its bin's end), and both channels' `datum`s, which
    /// Vega-Lite puts in the scale's domain. (∞, -∞) when there is none.
    static func extent(_ ch: Channel, _ ch2: Channel, views: [PreparedView]) -> (Double, Double) {
        var lo = Double.infinity, hi = -Double.infinity
        func add(_ n: Double?) { if let n, n.isFinite { lo = min(lo, n); hi = max(hi, n) } }
        for w in views {
            guard let d = w.encoding[ch], !d.scaleDisabled else { continue }
            for datum in [d.datum, w.encoding[ch2]?.datum].compactMap({ $0 }) { add(Value.from(datum).number) }
            guard let f = d.outputField else { continue }
            let stacked = w.semantics.stack?.channel == ch
            let f2 = w.encoding[ch2]?.field ?? d.binEndField
            for r in w.table.rows {
                if stacked { add(r[f + "_start"].number); add(r[f + "_end"].number) }
                else { add(r[f].number); add(f2.flatMap { r[$0].number }) }
            }
        }
        return (lo, hi)
    }

    /// A theta value as an angle in radians: as it is under `scale: null`, else on the scale.
    func angle(_ n: Double) -> Double? {
        if thetaIdentity { return n.isFinite ? n : nil }
        guard let t = theta, n.isFinite else { return nil }
        return thetaRange.0 + (n - t.lo) / (t.hi - t.lo) * (thetaRange.1 - thetaRange.0)
    }

    /// A radius value as points from the centre: as it is under `scale: null`, else on the scale.
    func radiusPoints(_ n: Double) -> Double? {
        if radiusIdentity { return n.isFinite ? n : nil }
        guard let s = radius, n.isFinite else { return nil }
        func tf(_ x: Double) -> Double {
            switch s.type {
            case .log: return x > 0 ? log(x) : -.infinity
            case .sqrt, .pow: return x < 0 ? -pow(-x, s.exponent) : pow(x, s.exponent)
            default: return x
            }
        }
        let a = tf(s.lo), b = tf(s.hi)
        let f = b == a ? 0 : (tf(n) - a) / (b - a)
        guard f.isFinite else { return nil }
        return s.range.0 + max(0, min(1, f)) * (s.range.1 - s.range.0)
    }

    /// A row's start and end angles: its stacked segment, from its value to its `theta2`,
    /// or from 0 to its value.
    func angles(_ v: PreparedView, _ r: Row) -> (Double, Double)? {
        let off = v.mark.thetaOffset ?? 0
        guard let d = v.encoding[.theta] else {
            // No theta channel: the mark's `theta` to its `theta2` (Vega's defaults 0 and
            // 2π: the whole circle, a single disc or the rings of a radial plot).
            return ((v.mark.theta ?? 0) + off, (v.mark.theta2 ?? 2 * .pi) + off)
        }
        if let f = d.outputField, let bands = thetaBands {
            guard let i = bands.firstIndex(of: r[f]) else { return nil }
            let w = (thetaRange.1 - thetaRange.0) / Double(bands.count)
            return (thetaRange.0 + Double(i) * w + off, thetaRange.0 + Double(i + 1) * w + off)
        }
        if let f = d.outputField {
            if v.semantics.stack?.channel == .theta {
                guard let a = r[f + "_start"].number.flatMap(angle), let b = r[f + "_end"].number.flatMap(angle) else { return nil }
                return (a + off, b + off)
            }
            guard let b = r[f].number.flatMap(angle) else { return nil }
            // A bin: its slice runs from the bin's start to its end.
            if let e = d.binEndField {
                guard let a = r[e].number.flatMap(angle) else { return nil }
                return (b + off, a + off)
            }
            if let d2 = v.encoding[.theta2] {
                guard let a = end(d2, r, angle) else { return nil }
                return (b + off, a + off)
            }
            return (off, b + off)
        }
        // A constant angle: a `datum` on the scale (as written under `scale: null`) or a
        // `value` in radians, from 0 or to its `theta2`, as Vega-Lite's `theta`/`theta2`.
        guard let a = constant(d, angle) else { return nil }
        if let d2 = v.encoding[.theta2] {
            guard let b = end(d2, r, angle) else { return nil }
            return (a + off, b + off)
        }
        return (off, a + off)
    }

    /// A primary channel's constant position: its `datum` through `scale`, or its `value` as written.
    private func constant(_ d: ChannelDef, _ scale: (Double) -> Double?) -> Double? {
        if let datum = d.datum { return Value.from(datum).number.flatMap(scale) }
        if case .number(let n)? = d.value { return n }
        return nil
    }

    /// A row's outer radius: the `radius` channel's, else the mark's `outerRadius` or
    /// `radius`, else half the plot's shorter side.
    func outerRadius(_ v: PreparedView, _ r: Row) -> Double? {
        let off = v.mark.radiusOffset ?? 0
        if let d = v.encoding[.radius] {
            if let f = d.outputField {
                let key = v.semantics.stack?.channel == .radius ? f + "_end" : f
                return r[key].number.flatMap(radiusPoints).map { $0 + off }
            }
            if let n = constant(d, radiusPoints) { return n + off }
        }
        return (v.mark.outerRadius ?? v.mark.radius ?? defaultRadius) + off
    }

    /// A row's inner radius (a donut's hole): its `radius2` on the radius scale, else the
    /// mark's `innerRadius`, else 0.
    func innerRadius(_ v: PreparedView, _ r: Row) -> Double {
        if let d2 = v.encoding[.radius2], let n = end(d2, r, radiusPoints) { return max(0, n + (v.mark.radiusOffset ?? 0)) }
        // A radius stack: the ring starts where the one inside it ends.
        if v.semantics.stack?.channel == .radius, let f = v.encoding[.radius]?.outputField,
           let n = r[f + "_start"].number.flatMap(radiusPoints) {
            return max(0, n + (v.mark.radiusOffset ?? 0))
        }
        return max(0, v.mark.radius2 ?? v.mark.innerRadius ?? 0)
    }

    /// A secondary channel's (`theta2`, `radius2`) position for a row: its field or `datum`
    /// on the primary channel's scale, or its `value` as written (radians or points).
    private func end(_ d: ChannelDef, _ r: Row, _ scale: (Double) -> Double?) -> Double? {
        if let f = d.field { return r[f].number.flatMap(scale) }
        return constant(d, scale)
    }

    /// The point at `angle` (radians clockwise from 12 o'clock) and `radius` points.
    func point(angle: Double, radius: Double) -> Point {
        Point(x: center.x + radius * sin(angle), y: center.y - radius * cos(angle))
    }

    /// Where polar text sits: at the middle angle of its row's segment (Vega-Lite's
    /// `0.5 * start + 0.5 * end`) and its radius (the mark's `radius`, else the channel's).
    func textPosition(_ v: PreparedView, _ r: Row) -> Point? {
        guard let (a, b) = angles(v, r) else { return nil }
        let mid = v.encoding[.theta] == nil ? (v.mark.theta ?? 0) + (v.mark.thetaOffset ?? 0) : (a + b) / 2
        let rad: Double
        if let d = v.encoding[.radius], d.outputField != nil || d.value != nil || d.datum != nil { guard let o = outerRadius(v, r) else { return nil }; rad = o }
        else { rad = (v.mark.radius ?? 0) + (v.mark.radiusOffset ?? 0) }
        return point(angle: mid, radius: rad)
    }
}
