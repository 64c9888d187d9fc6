import ChartsmithScene
import Foundation

/// The outline of an arc with rounded corners (`cornerRadius` on an arc mark), as d3-shape's
/// `arc` draws it for Vega: each corner is a circle of the corner radius tangent to the radial
/// edge and to the ring, the radius capped at half the ring's thickness and, for a slice
/// narrower than a half turn, at what the slice's angle leaves room for (so two corners merge
/// into one round end rather than overlap). Angles are radians clockwise from 12 o'clock;
/// the pad angle works as in ``ArcPath``.
enum RoundedArcPath {
    /// The slice from `start` to `end` between `inner` and `outer`, corners rounded by `corner`.
    static func slice(center: Point, inner: Double, outer: Double, start: Double, end: Double,
                      padAngle: Double, corner: Double) -> Path {
        // d3's frame: angles measured from 3 o'clock (θ − π/2), x = r cos a, y = r sin a.
        let a0 = min(start, end) - .pi / 2, a1 = max(start, end) - .pi / 2
        let r0 = max(0, min(inner, outer)), r1 = max(inner, outer)
        let da = a1 - a0
        var b = Builder(center: center)
        guard r1 > 0, da > 0 else { return Path() }
        if da >= 2 * .pi - 1e-12 {
            return ArcPath.slice(center: center, inner: inner, outer: outer, start: start, end: end)
        }
        var a01 = a0, a11 = a1, a00 = a0, a10 = a1, da0 = da, da1 = da
        let ap = padAngle / 2
        let rp = ap > 0 ? (r0 * r0 + r1 * r1).squareRoot() : 0
        let rc = min(abs(r1 - r0) / 2, corner)
        var rc0 = rc, rc1 = rc
        if rp > 0 {
            let p0 = clampedAsin(rp / r0 * sin(ap)), p1 = clampedAsin(rp / r1 * sin(ap))
            da0 -= p0 * 2
            if da0 > 0 { a00 += p0; a10 -= p0 } else { da0 = 0; a00 = (a0 + a1) / 2; a10 = a00 }
            da1 -= p1 * 2
            if da1 > 0 { a01 += p1; a11 -= p1 } else { da1 = 0; a01 = (a0 + a1) / 2; a11 = a01 }
        }
        let x01 = r1 * cos(a01), y01 = r1 * sin(a01), x10 = r0 * cos(a10), y10 = r0 * sin(a10)
        let x11 = r1 * cos(a11), y11 = r1 * sin(a11), x00 = r0 * cos(a00), y00 = r0 * sin(a00)
        // A slice narrower than a half turn leaves its corners less room.
        if rc > 0, da < .pi {
            let oc = da0 > 0 ? intersect(x01, y01, x00, y00, x11, y11, x10, y10) : (x10, y10)
            let ax = x01 - oc.0, ay = y01 - oc.1, bx = x11 - oc.0, by = y11 - oc.1
            let cosine = (ax * bx + ay * by) / ((ax * ax + ay * ay).squareRoot() * (bx * bx + by * by).squareRoot())
            let kc = 1 / sin(acos(cosine) / 2)
            let lc = (oc.0 * oc.0 + oc.1 * oc.1).squareRoot()
            rc0 = min(rc, (r0 - lc) / (kc - 1))
            rc1 = min(rc, (r1 - lc) / (kc + 1))
        }
        // The outer ring.
        if !(da1 > 0) {
            b.move(x01, y01)
        } else if rc1 > 0 {
            let t0 = tangents(x00, y00, x01, y01, r1, rc1), t1 = tangents(x11, y11, x10, y10, r1, rc1)
            b.move(t0.cx + t0.x01, t0.cy + t0.y01)
            corners(&b, t0, t1, ring: r1, corner: rc1, capped: rc1 < rc, ringCCW: false)
        } else {
            b.move(x01, y01)
            b.arc(0, 0, r1, a01, a11, ccw: false)
        }
        // The inner ring, or the centre.
        if !(r0 > 0) || !(da0 > 0) {
            b.line(x10, y10)
        } else if rc0 > 0 {
            let t0 = tangents(x10, y10, x11, y11, r0, -rc0), t1 = tangents(x01, y01, x00, y00, r0, -rc0)
            b.line(t0.cx + t0.x01, t0.cy + t0.y01)
            corners(&b, t0, t1, ring: r0, corner: rc0, capped: rc0 < rc, ringCCW: true)
        } else {
            b.arc(0, 0, r0, a10, a00, ccw: true)
        }
        b.path.close()
        return b.path
    }

    /// A corner circle's centre and its tangent points relative to it (``tangents``).
    private typealias Tangents = (cx: Double, cy: Double, x01: Double, y01: Double, x11: Double, y11: Double)

    /// One ring's two rounded corners (`t0`, then `t1`) joined along the ring of radius `r`;
    /// when the corner radius was capped for a thin slice, one round end from `t0` to `t1`.
    private static func corners(_ b: inout Builder, _ t0: Tangents, _ t1: Tangents, ring r: Double, corner rc: Double,
                                capped: Bool, ringCCW: Bool) {
        if capped {
            b.arc(t0.cx, t0.cy, rc, atan2(t0.y01, t0.x01), atan2(t1.y01, t1.x01), ccw: false)
            return
        }
        b.arc(t0.cx, t0.cy, rc, atan2(t0.y01, t0.x01), atan2(t0.y11, t0.x11), ccw: false)
        b.arc(0, 0, r, atan2(t0.cy + t0.y11, t0.cx + t0.x11), atan2(t1.cy + t1.y11, t1.cx + t1.x11), ccw: ringCCW)
        b.arc(t1.cx, t1.cy, rc, atan2(t1.y11, t1.x11), atan2(t1.y01, t1.x01), ccw: false)
    }

    private static func clampedAsin(_ x: Double) -> Double { x >= 1 ? .pi / 2 : x <= -1 ? -.pi / 2 : asin(x) }

    /// Where the line through points 0 and 1 meets the line through points 2 and 3.
    private static func intersect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double,
                                  _ x2: Double, _ y2: Double, _ x3: Double, _ y3: Double) -> (Double, Double) {
        let x10 = x1 - x0, y10 = y1 - y0, x32 = x3 - x2, y32 = y3 - y2
        let t = (x32 * (y0 - y2) - y32 * (x0 - x2)) / (y32 * x10 - x32 * y10)
        return (x0 + t * x10, y0 + t * y10)
    }

    /// A corner circle of radius `rc` tangent to the edge from point 0 to point 1 and to the
    /// ring of radius `r1`: its centre, and its tangent points relative to that centre on
    /// the edge (`x01`, `y01`) and on the ring (`x11`, `y11`). A negative `rc` rounds the
    /// inner ring (the circle lies outside it).
    private static func tangents(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ r1: Double, _ rc: Double)
        -> Tangents {
        let x01 = x0 - x1, y01 = y0 - y1
        let lo = rc / (x01 * x01 + y01 * y01).squareRoot()
        let ox = lo * y01, oy = -lo * x01
        let x11 = x0 + ox, y11 = y0 + oy, x10 = x1 + ox, y10 = y1 + oy
        let x00 = (x11 + x10) / 2, y00 = (y11 + y10) / 2
        let dx = x10 - x11, dy = y10 - y11, d2 = dx * dx + dy * dy
        let r = r1 - rc
        let dd = x11 * y10 - x10 * y11
        let d = (dy < 0 ? -1.0 : 1.0) * max(0, r * r * d2 - dd * dd).squareRoot()
        var cx = (dd * dy - dx * d) / d2, cy = (-dd * dx - dy * d) / d2
        let cx1 = (dd * dy + dx * d) / d2, cy1 = (-dd * dx + dy * d) / d2
        // The nearer of the two intersections.
        let dx0 = cx - x00, dy0 = cy - y00, dx1 = cx1 - x00, dy1 = cy1 - y00
        if dx0 * dx0 + dy0 * dy0 > dx1 * dx1 + dy1 * dy1 { cx = cx1; cy = cy1 }
        return (cx, cy, -ox, -oy, cx * (r1 / r - 1), cy * (r1 / r - 1))
    }

    /// Draws in d3's frame (origin at the arc's centre) as a canvas context does: `arc`
    /// joins the current point to the arc's start by a line when they differ.
    private struct Builder {
        let center: Point
        var path = Path()
        var current: Point?

        func point(_ x: Double, _ y: Double) -> Point { Point(x: center.x + x, y: center.y + y) }

        mutating func move(_ x: Double, _ y: Double) { let p = point(x, y); path.move(to: p); current = p }

        mutating func line(_ x: Double, _ y: Double) { let p = point(x, y); path.line(to: p); current = p }

        /// A circular arc about (cx, cy) from angle `a0` to `a1` (canvas angles), clockwise
        /// on screen unless `ccw`, the sweep taken modulo a full turn as a canvas does.
        mutating func arc(_ cx: Double, _ cy: Double, _ r: Double, _ a0: Double, _ a1: Double, ccw: Bool) {
            let r = abs(r)
            let start = point(cx + r * cos(a0), cy + r * sin(a0))
            if let c = current {
                if abs(c.x - start.x) > 1e-6 || abs(c.y - start.y) > 1e-6 { path.line(to: start) }
            } else {
                path.move(to: start)
            }
            current = start
            guard r > 0 else { return }
            var da = ccw ? a0 - a1 : a1 - a0
            if da < 0 { da = da.truncatingRemainder(dividingBy: 2 * .pi) + 2 * .pi }
            guard da > 1e-6 else { return }
            let sweep = ccw ? -da : da
            // ArcPath measures from 12 o'clock: θ = a + π/2.
            let c = point(cx, cy)
            ArcPath.appendArc(&path, center: c, radius: r, from: a0 + .pi / 2, to: a0 + .pi / 2 + sweep)
            current = Point(x: c.x + r * cos(a0 + sweep), y: c.y + r * sin(a0 + sweep))
        }
    }
}
