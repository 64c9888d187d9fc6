import ChartsmithScene
import Foundation

/// The outline of one arc (a pie slice or donut segment) as d3-shape's `arc` draws it for
/// Vega: angles in radians clockwise from 12 o'clock, an inner and outer radius, and a pad
/// angle that leaves a gap of constant width between neighbours (d3's pad radius
/// √(inner² + outer²)). Circular parts are cubic Béziers of at most a quarter turn each.
enum ArcPath {
    /// The slice from `start` to `end` between `inner` and `outer` points from `center`.
    static func slice(center: Point, inner: Double, outer: Double, start: Double, end: Double, padAngle: Double = 0) -> Path {
        let a0 = min(start, end), a1 = max(start, end)
        let r0 = max(0, min(inner, outer)), r1 = max(inner, outer)
        var path = Path()
        guard r1 > 0, a1 > a0 else { return path }
        func pt(_ a: Double, _ r: Double) -> Point { Point(x: center.x + r * sin(a), y: center.y - r * cos(a)) }
        // A whole circle (or ring): no pad, no radial edges.
        if a1 - a0 >= 2 * .pi - 1e-12 {
            appendCircle(&path, center: center, radius: r1, clockwise: true)
            if r0 > 0 { appendCircle(&path, center: center, radius: r0, clockwise: false) }
            return path
        }
        // d3's padding: each edge moves in by the same distance, p = rp · sin(pad / 2).
        var a00 = a0, a01 = a1, a10 = a0, a11 = a1
        if padAngle > 0 {
            let rp = (r0 * r0 + r1 * r1).squareRoot()
            let p = rp * sin(padAngle / 2)
            let p1 = asin(min(1, p / r1)), da1 = a1 - a0
            if 2 * p1 < da1 { a10 += p1; a11 -= p1 } else { a10 = (a0 + a1) / 2; a11 = a10 }
            if r0 > 0 {
                let p0 = asin(min(1, p / r0))
                if 2 * p0 < da1 { a00 += p0; a01 -= p0 } else { a00 = (a0 + a1) / 2; a01 = a00 }
            }
        }
        path.move(to: pt(a10, r1))
        appendArc(&path, center: center, radius: r1, from: a10, to: a11)
        if r0 > 0 {
            path.line(to: pt(a01, r0))
            appendArc(&path, center: center, radius: r0, from: a01, to: a00)
        } else {
            path.line(to: center)
        }
        path.close()
        return path
    }

    /// Appends circular arc segments from angle `a` to `b` (either direction).
    static func appendArc(_ path: inout Path, center: Point, radius r: Double, from a: Double, to b: Double) {
        let total = b - a
        guard abs(total) > 1e-12 else { return }
        // At most a quarter turn a curve (a half turn exactly is two, not one).
        let n = max(1, Int((abs(total) / (.pi / 2) - 1e-9).rounded(.up)))
        let step = total / Double(n)
        // The Bézier handle length for a circular arc of `step` radians.
        let k = 4.0 / 3.0 * tan(step / 4)
        for i in 0..<n {
            let t0 = a + step * Double(i), t1 = t0 + step
            let p0 = Point(x: center.x + r * sin(t0), y: center.y - r * cos(t0))
            let p1 = Point(x: center.x + r * sin(t1), y: center.y - r * cos(t1))
            // Tangent directions (d/dθ of (sin θ, -cos θ)) = (cos θ, sin θ).
            let c1 = Point(x: p0.x + k * r * cos(t0), y: p0.y + k * r * sin(t0))
            let c2 = Point(x: p1.x - k * r * cos(t1), y: p1.y - k * r * sin(t1))
            path.curve(to: p1, control1: c1, control2: c2)
        }
    }

    static func appendCircle(_ path: inout Path, center: Point, radius r: Double, clockwise: Bool) {
        path.move(to: Point(x: center.x, y: center.y - r))
        appendArc(&path, center: center, radius: r, from: 0, to: clockwise ? 2 * .pi : -2 * .pi)
        path.close()
    }
}
