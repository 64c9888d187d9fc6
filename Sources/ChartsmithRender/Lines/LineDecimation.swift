import ChartsmithScene

/// Thins a long stroked polyline in a PDF or SVG before it is written, keeping every
/// dropped point within the tolerance (``CairoRenderer/vectorTolerance``, 0.1 pt of the
/// page) of the line that is drawn.
///
/// ``corridor(_:tolerance:)`` walks the line once. From the last kept point (the anchor) it
/// extends a segment point by point while the segment can still pass within the tolerance
/// of every point it skips: each skipped point narrows a wedge of directions from the
/// anchor (those whose ray passes within the tolerance of it), and a point can end the
/// segment only if its direction lies in the wedge and it is at least as far from the
/// anchor as every skipped point (so each skipped point's nearest point on the ray lies on
/// the segment, not past its end). When a point cannot end it, the previous point is kept
/// and becomes the anchor. So each dropped point is within the tolerance of the segment
/// between the kept points before and after it.
///
/// M4 (``m4(_:width:alongX:keepExtremes:)``) keeps, of each run of points inside one
/// column as wide as the tolerance, the first, lowest, highest and last, and the line
/// through them passes within a column's width of every point it drops. The corridor keeps
/// about half of a dense random walk's points whatever its density (a point at most turns);
/// M4 keeps up to four per column. So at a few points per column (the 100,000-row line
/// chart: about 3) the corridor keeps a third fewer than M4, and at tens per column M4
/// keeps far fewer; ``decimated(_:width:)`` draws the shorter.
///
/// PNG is not thinned this way (see ``PixelThinning``). Thinning at a geometric tolerance
/// is exact only for aliased one-pixel lines: with Cairo's antialiased, wider strokes a
/// dense random walk drawn from its M4 points differed from the full drawing in 12,636 of
/// 400,000 pixels, by up to 202 levels (columns of 1/64 pixel still left 13 pixels 3
/// levels off at 250,000 points).
///
/// Only stroked, undashed mark paths of straight segments with many points are thinned
/// (``decimated(_:width:)`` returns nil for anything else): points, bars, areas, text and
/// dashed lines are drawn exactly as laid out.
enum LineDecimation {
    /// Paths with fewer elements than this are drawn as they are.
    static let minimumElements = 64

    /// The share of the tolerance the thinned line keeps to in exact arithmetic: Cairo
    /// rounds each drawn point to 1/256 of a device unit (at most 0.0028 units off), which
    /// the remaining 3% of the tolerance absorbs.
    static let margin = 0.97

    /// The thinned elements of `node`'s path, or nil when it is not a line to thin or
    /// thinning would not drop at least a quarter of its points.
    ///
    /// Each subpath is thinned by M4 and, unless M4 already kept fewer than 40% of its
    /// points (a line dense enough that the corridor, which keeps a point at nearly every
    /// turn, cannot beat it), by the corridor too; the shorter result is drawn.
    static func decimated(_ node: PathNode, width: Double) -> [PathElement]? {
        guard width > 0, width.isFinite, node.role == .mark, node.fill == nil, let stroke = node.stroke,
              stroke.dash.isEmpty, node.path.elements.count >= minimumElements else { return nil }
        guard let subpaths = polylines(node.path) else { return nil }
        let w = width * margin
        var out: [PathElement] = []
        out.reserveCapacity(node.path.elements.count / 4)
        for points in subpaths {
            var thinned = m4(points, width: w, alongX: true)
            if thinned.count * 2 > points.count { thinned = shorter(thinned, m4(points, width: w, alongX: false)) }
            if thinned.count * 5 > points.count * 2 { thinned = shorter(thinned, corridor(points, tolerance: w)) }
            for (i, p) in thinned.enumerated() { out.append(i == 0 ? .move(to: p) : .line(to: p)) }
        }
        return out.count * 4 <= node.path.elements.count * 3 ? out : nil
    }

    /// The points of each subpath of `path`, or nil when it has a curve or a close (only
    /// polylines are thinned).
    static func polylines(_ path: Path) -> [[Point]]? {
        var subpaths: [[Point]] = []
        for element in path.elements {
            switch element {
            case .move(let p): subpaths.append([p])
            case .line(let p):
                if subpaths.isEmpty { subpaths.append([]) }
                subpaths[subpaths.count - 1].append(p)
            case .curve, .close: return nil
            }
        }
        return subpaths
    }

    static func shorter(_ a: [Point], _ b: [Point]) -> [Point] { b.count < a.count ? b : a }

    /// The points of `points` that are kept so that every dropped point lies within
    /// `tolerance` of the segment joining the kept points on either side of it (see the
    /// type's description); the first and last points are always kept. Every point is kept
    /// when one is not finite.
    static func corridor(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2, tolerance > 0, tolerance.isFinite else { return points }
        let e = tolerance, e2 = e * e
        var out: [Point] = []
        out.reserveCapacity(min(points.count, 4096))
        var anchor = points[0]
        out.append(anchor)
        // The wedge of directions from the anchor, between `right` and `left` (counter-
        // clockwise from `right`, less than a half turn); `open` until a skipped point
        // farther than the tolerance from the anchor constrains it.
        var open = true
        var rx = 0.0, ry = 0.0, lx = 0.0, ly = 0.0
        // The squared distance from the anchor of the farthest skipped point.
        var reach = 0.0
        var i = 1
        let n = points.count
        while i < n {
            let p = points[i]
            let dx = p.x - anchor.x, dy = p.y - anchor.y
            let r2 = dx * dx + dy * dy
            // A point that is not finite (or too far to square): every point is drawn, and
            // the renderer reports the bad one.
            guard r2.isFinite else { return points }
            // Can `p` end the segment from the anchor?
            let fits = r2 >= reach && (open || (rx * dy - ry * dx >= 0 && dx * ly - dy * lx >= 0))
            if !fits {
                // The previous point ends the segment and becomes the anchor; `p` is then
                // the first point after it, which always fits.
                anchor = points[i - 1]
                out.append(anchor)
                open = true
                reach = 0
                continue
            }
            // `p` fits; later ends must also pass within the tolerance of it.
            if r2 > e2 {
                reach = r2  // not below `reach`: `p` fits
                let c = (r2 - e2).squareRoot()
                // Rays from the anchor tangent to the circle of radius e around `p`.
                let ax = dx * c, ay = dy * c, px = -dy * e, py = dx * e
                let nrx = ax - px, nry = ay - py, nlx = ax + px, nly = ay + py
                if open {
                    (rx, ry, lx, ly) = (nrx, nry, nlx, nly)
                    open = false
                } else {
                    // Both wedges hold p's direction, so these comparisons are within a half turn.
                    if rx * nry - ry * nrx > 0 { (rx, ry) = (nrx, nry) }
                    if nlx * ly - nly * lx > 0 { (lx, ly) = (nlx, nly) }
                }
            }
            i += 1
        }
        // The last point always ends the last segment (an anchor is never the last point).
        out.append(points[n - 1])
        return out
    }

    /// M4 over `points`: columns of `width` along x (keeping y's extremes) or along y.
    /// `keepExtremes: false` keeps only each run's ends (for the test that shows the
    /// extremes matter). The reference the corridor thinning is measured against.
    static func m4(_ points: [Point], width: Double, alongX: Bool, keepExtremes: Bool = true) -> [Point] {
        guard points.count > 4 else { return points }
        var out: [Point] = []
        out.reserveCapacity(min(points.count, 1024))
        @inline(__always) func column(_ p: Point) -> Double { ((alongX ? p.x : p.y) / width).rounded(.down) }
        @inline(__always) func value(_ p: Point) -> Double { alongX ? p.y : p.x }
        var start = 0
        while start < points.count {
            let col = column(points[start])
            var end = start + 1
            var lo = start, hi = start
            while end < points.count, column(points[end]) == col {
                let v = value(points[end])
                if v < value(points[lo]) { lo = end }
                if v > value(points[hi]) { hi = end }
                end += 1
            }
            let last = end - 1
            // start ≤ a ≤ b ≤ last, each kept once, in order along the line (no array per run).
            let a = keepExtremes ? min(lo, hi) : start, b = keepExtremes ? max(lo, hi) : start
            out.append(points[start])
            if a != start { out.append(points[a]) }
            if b != a { out.append(points[b]) }
            if last != b { out.append(points[last]) }
            start = end
        }
        return out
    }
}
