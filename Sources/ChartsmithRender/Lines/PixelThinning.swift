import ChartsmithScene

/// Thins a long round-joined line in a PNG without changing a pixel it draws.
///
/// Cairo fills a stroke as one shape (nonzero winding) and gives each pixel the share of its
/// area that shape covers, so thinning is exact when it leaves the shape as it is. A
/// round-joined stroke is the set of points within half its width of the polyline: it
/// contains the disc of that radius around every inner vertex, less Cairo's 0.1 px
/// tolerance for the joins' polygons and its 24.8 fixed-point rounding (``joinTolerance``).
///
/// The rule keeps *anchors*: the two ends, their neighbours and every eighth point
/// (``anchors(count:stride:)``). The points between two anchors are dropped, and the chord
/// between the anchors drawn instead, when the part of the shape that changes (the discs
/// of half the width, plus half a segment, around each of those points and around points
/// along the chord; ``gapHolds(_:from:to:halfWidth:in:)``) lies wholly inside
/// ``CoverageGrid`` cells that both lines provably cover: discs around every vertex of the
/// whole line, intersected with discs around the anchors and kept points and along the
/// chords of the thinned one. Restoring a run removes its chord from the thinned line, so
/// the check repeats until no run fails. Near a dense line's antialiased edges every point
/// is kept.
///
/// Only stroked, undashed, round-joined mark paths of straight segments with many points
/// are thinned (``thinned(_:scale:slack:stride:)`` returns nil for anything else, or when
/// nothing can be dropped). The renderer uses it only when
/// ``CairoRenderer/thinsPixelLines`` is set: on dense random walks it drops 10–30% of the
/// points but costs more time than Cairo saves drawing them.
enum PixelThinning {
    /// Paths with fewer elements than this are drawn as they are.
    static let minimumElements = 64
    /// Every this many points one is kept as an anchor.
    static let anchorStride = 8
    /// How far inside its nominal circle Cairo's round joins may fall, in pixels: its
    /// default tolerance (0.1) plus fixed-point rounding of the points and faces.
    static let joinTolerance = 0.1 + 2.0 / 256
    /// Points per pixel of a line's extent (across plus down) below which no point could
    /// go (each one's disc reaches past its neighbours') and the line is drawn whole.
    static let minimumDensity = 8.0
    /// Pixels allowed in one line's coverage grid; a line spread wider is drawn whole.
    static let maximumGridPixels = 1 << 24

    /// The thinned elements of `node`'s path drawn at `scale` pixels per point, or nil
    /// when it is not a line to thin or no point can go. `slack` (tests only) grows the
    /// discs beyond what the stroke covers, to show that a looser rule changes pixels.
    static func thinned(_ node: PathNode, scale: Double, slack: Double = 0, stride: Int = anchorStride) -> [PathElement]? {
        guard scale > 0, scale.isFinite, node.role == .mark, node.fill == nil, let stroke = node.stroke,
              stroke.dash.isEmpty, stroke.lineJoin == .round, stroke.width > 0, stroke.width.isFinite,
              node.path.elements.count >= minimumElements else { return nil }
        guard let subpaths = LineDecimation.polylines(node.path) else { return nil }
        let halfWidth = stroke.width * scale / 2
        let radius = halfWidth - joinTolerance + slack
        guard radius > 0 else { return nil }
        var out: [PathElement] = []
        out.reserveCapacity(node.path.elements.count / 2)
        var droppedAny = false
        for points in subpaths {
            guard points.count >= minimumElements,
                  let kept = kept(points, scale: scale, halfWidth: halfWidth, radius: radius, stride: stride) else {
                for (i, p) in points.enumerated() { out.append(i == 0 ? .move(to: p) : .line(to: p)) }
                continue
            }
            droppedAny = droppedAny || kept.count < points.count
            for (n, i) in kept.enumerated() { out.append(n == 0 ? .move(to: points[i]) : .line(to: points[i])) }
        }
        return droppedAny ? out : nil
    }

    /// The anchors of a line of `count` points: the ends, their neighbours and every
    /// ``anchorStride``-th point, ascending.
    static func anchors(count: Int, stride: Int = anchorStride) -> [Int] {
        guard count > 4 else { return Array(0..<count) }
        var out = Array(Swift.stride(from: 0, to: count - 2, by: stride))
        if out.count < 2 || out[1] != 1 { out.insert(1, at: 1) }
        for i in [count - 2, count - 1] where out.last! < i { out.append(i) }
        return out
    }

    /// Whether Cairo joins the segments `a`–`b` and `b`–`c` with a fan: `b` differs from
    /// both and the three do not lie on one line, in Cairo's 24.8 fixed-point coordinates.
    static func isJoin(_ a: Point, _ b: Point, _ c: Point) -> Bool {
        func fixed(_ v: Double) -> Int64 { Int64((v * 256).rounded()) }
        let ax = fixed(a.x), ay = fixed(a.y), bx = fixed(b.x), by = fixed(b.y), cx = fixed(c.x), cy = fixed(c.y)
        if (ax == bx && ay == by) || (bx == cx && by == cy) { return false }
        return (bx - ax) &* (cy - by) != (by - ay) &* (cx - bx)
    }

    /// The indexes of `points` (scene units) to draw, or nil when the line is too spread
    /// out for its coverage grid or the rule does not settle.
    static func kept(_ points: [Point], scale: Double, halfWidth: Double, radius: Double, stride: Int = anchorStride) -> [Int]? {
        let q = points.map { Point(x: $0.x * scale, y: $0.y * scale) }
        let anchors = anchors(count: q.count, stride: stride)
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for p in q {
            minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        guard minX.isFinite, minY.isFinite, maxX.isFinite, maxY.isFinite,
              Double(q.count) >= minimumDensity * (maxX - minX + maxY - minY) else { return nil }
        let reach = halfWidth + 2
        let originX = (minX - reach).rounded(.down), originY = (minY - reach).rounded(.down)
        let columns = (maxX + reach).rounded(.up) - originX + 1, rows = (maxY + reach).rounded(.up) - originY + 1
        guard columns * rows <= Double(maximumGridPixels) else { return nil }
        let empty = CoverageGrid(originX: originX, originY: originY, columns: Int(columns), rows: Int(rows))
        // The whole line contains the disc around each of its inner vertices.
        var whole = empty
        for i in 1..<(q.count - 1) where isJoin(q[i - 1], q[i], q[i + 1]) { whole.markDisc(q[i], radius: radius) }
        // Anchors that are joins in the whole line and in any thinning.
        var anchorDiscs = empty
        for n in 1..<(anchors.count - 1) {
            let a = anchors[n]
            let before = [q[a - 1], q[anchors[n - 1]]], after = [q[a + 1], q[anchors[n + 1]]]
            guard before.allSatisfy({ p in after.allSatisfy { isJoin(p, q[a], $0) } }) else { continue }
            anchorDiscs.markDisc(q[a], radius: radius)
        }
        var gaps = (0..<(anchors.count - 1)).filter { anchors[$0 + 1] - anchors[$0] > 1 }
        var restored: [Int] = []
        // Drop every gap, then restore the gaps whose change is not inside what both lines
        // cover, until none fails (restoring removes a chord the thinned line covered).
        for _ in 0..<16 {
            var thinned = anchorDiscs
            for g in gaps { thinned.markSegment(q[anchors[g]], q[anchors[g + 1]], radius: radius) }
            for g in restored {
                for i in (anchors[g] + 1)..<anchors[g + 1] where isJoin(q[i - 1], q[i], q[i + 1]) { thinned.markDisc(q[i], radius: radius) }
            }
            thinned.intersect(whole)
            let failing = gaps.filter { !gapHolds(q, from: anchors[$0], to: anchors[$0 + 1], halfWidth: halfWidth, in: thinned) }
            guard !failing.isEmpty else {
                var kept: [Int] = []
                kept.reserveCapacity(anchors.count + restored.count * anchorStride)
                let dropped = Set(gaps)
                for n in 0..<(anchors.count - 1) {
                    kept.append(anchors[n])
                    if !dropped.contains(n) { kept.append(contentsOf: (anchors[n] + 1)..<anchors[n + 1]) }
                }
                kept.append(anchors[anchors.count - 1])
                return kept
            }
            let failed = Set(failing)
            gaps.removeAll { failed.contains($0) }
            restored.append(contentsOf: failing)
        }
        return nil
    }

    /// Whether replacing the points strictly between `a` and `b` by the chord `a`–`b`
    /// changes nothing `covered` does not cover: the discs of half the line width (plus
    /// half the longer adjoining segment, and a fixed-point margin) around `a`, `b` and
    /// every point between, and around points along the chord at most 1/8 px apart.
    static func gapHolds(_ q: [Point], from a: Int, to b: Int, halfWidth: Double, in covered: CoverageGrid) -> Bool {
        let margin = 1.0 / 128
        for i in a...b {
            var reach = 0.0
            if i > a { reach = max(reach, distance(q[i], q[i - 1])) }
            if i < b { reach = max(reach, distance(q[i], q[i + 1])) }
            if !covered.coversDisc(q[i], radius: halfWidth + reach / 2 + margin) { return false }
        }
        let length = distance(q[a], q[b]), steps = max(1, Int((length * 8).rounded(.up)))
        for s in 1..<steps {
            let t = Double(s) / Double(steps)
            let p = Point(x: q[a].x + (q[b].x - q[a].x) * t, y: q[a].y + (q[b].y - q[a].y) * t)
            if !covered.coversDisc(p, radius: halfWidth + length / Double(steps) / 2 + margin) { return false }
        }
        return true
    }

    static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }
}
