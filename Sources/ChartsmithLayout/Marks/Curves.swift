import ChartsmithScene
import ChartsmithSpec

/// Line interpolation as d3-shape's curves: linear, step, step-before, step-after and
/// monotone (Fritsch–Carlson, d3's curveMonotoneX).
enum Curves {
    static func path(_ pts: [Point], interpolate: Interpolate, vertical: Bool) -> Path {
        guard pts.count > 1 else { return .polyline(pts) }
        switch interpolate {
        case .linear: return .polyline(pts)
        case .step, .stepBefore, .stepAfter:
            var p = Path()
            p.move(to: pts[0])
            for i in 1..<pts.count {
                let a = pts[i - 1], b = pts[i]
                if vertical {
                    switch interpolate {
                    case .step:
                        let mx = (a.x + b.x) / 2
                        p.line(to: Point(x: mx, y: a.y)); p.line(to: Point(x: mx, y: b.y))
                    case .stepBefore: p.line(to: Point(x: a.x, y: b.y))
                    default: p.line(to: Point(x: b.x, y: a.y))
                    }
                } else {
                    switch interpolate {
                    case .step:
                        let my = (a.y + b.y) / 2
                        p.line(to: Point(x: a.x, y: my)); p.line(to: Point(x: b.x, y: my))
                    case .stepBefore: p.line(to: Point(x: b.x, y: a.y))
                    default: p.line(to: Point(x: a.x, y: b.y))
                    }
                }
                p.line(to: b)
            }
            return p
        case .monotone:
            return monotone(vertical ? pts : pts.map { Point(x: $0.y, y: $0.x) }, swap: !vertical)
        }
    }

    /// d3's curveMonotoneX.
    static func monotone(_ pts: [Point], swap: Bool) -> Path {
        let n = pts.count
        func out(_ p: Point) -> Point { swap ? Point(x: p.y, y: p.x) : p }
        if n == 2 { return .polyline(pts.map(out)) }
        var slopes = [Double](repeating: 0, count: n)
        var secants = [Double](repeating: 0, count: n - 1)
        for i in 0..<(n - 1) {
            let h = pts[i + 1].x - pts[i].x
            secants[i] = h == 0 ? 0 : (pts[i + 1].y - pts[i].y) / h
        }
        for i in 1..<(n - 1) {
            let h0 = pts[i].x - pts[i - 1].x, h1 = pts[i + 1].x - pts[i].x
            let s0 = secants[i - 1], s1 = secants[i]
            let p = (s0 * h1 + s1 * h0) / (h0 + h1)
            let sign0: Double = s0 < 0 ? -1 : 1, sign1: Double = s1 < 0 ? -1 : 1
            let v = (sign0 + sign1) * min(abs(s0), abs(s1), 0.5 * abs(p))
            slopes[i] = v.isFinite ? v : 0
        }
        func endSlope(_ i: Int, _ t: Double) -> Double {
            let h = pts[i].x - pts[i - 1].x
            return h != 0 ? (3 * (pts[i].y - pts[i - 1].y) / h - t) / 2 : t
        }
        slopes[0] = n > 2 ? (2 * secants[0] * 1 - slopes[1] + 0) : secants[0]
        slopes[0] = { let h = pts[1].x - pts[0].x; return h != 0 ? (3 * (pts[1].y - pts[0].y) / h - slopes[1]) / 2 : slopes[1] }()
        slopes[n - 1] = endSlope(n - 1, slopes[n - 2])
        var p = Path()
        p.move(to: out(pts[0]))
        for i in 0..<(n - 1) {
            let a = pts[i], b = pts[i + 1]
            let dx = (b.x - a.x) / 3
            p.curve(to: out(b), control1: out(Point(x: a.x + dx, y: a.y + dx * slopes[i])),
                    control2: out(Point(x: b.x - dx, y: b.y - dx * slopes[i + 1])))
        }
        return p
    }
}
