import ChartsmithScene

/// Thins a long stroked polyline in a PDF or SVG before it is written (M4 at 0.1 pt).
///
/// The plane is cut into columns `width` wide (``CairoRenderer/vectorTolerance``, 0.1 pt of
/// the page). Of each maximal run of consecutive points inside one column, the first, the
/// lowest, the highest and the last are kept, in their order along the line; the points
/// between them lie inside the run's bounding box, which the kept four span from side to
/// side and top to bottom, so the thinned line passes within one column width of every
/// dropped point. When a line runs mostly up and down (a horizontal series), rows are used
/// instead of columns.
///
/// PNG is not thinned this way (see ``PixelThinning``). M4 at one-pixel columns is exact
/// only for aliased one-pixel lines: with Cairo's antialiased, wider strokes a dense random
/// walk drawn from its M4 points differed from the full drawing in 12,636 of 400,000
/// pixels, by up to 202 levels (columns of 1/64 pixel still left 13 pixels 3 levels off at
/// 250,000 points).
///
/// Only stroked, undashed mark paths of straight segments with many points are thinned
/// (``decimated(_:width:)`` returns nil for anything else): points, bars, areas, text and
/// dashed lines are drawn exactly as laid out.
enum LineDecimation {
    /// Paths with fewer elements than this are drawn as they are.
    static let minimumElements = 64

    /// The thinned elements of `node`'s path, or nil when it is not a line to thin or
    /// thinning would not drop at least a quarter of its points.
    static func decimated(_ node: PathNode, width: Double) -> [PathElement]? {
        guard width > 0, width.isFinite, node.role == .mark, node.fill == nil, let stroke = node.stroke,
              stroke.dash.isEmpty, node.path.elements.count >= minimumElements else { return nil }
        guard let subpaths = polylines(node.path) else { return nil }
        var out: [PathElement] = []
        out.reserveCapacity(node.path.elements.count / 4)
        for points in subpaths {
            let byColumn = m4(points, width: width, alongX: true)
            let thinned = byColumn.count * 2 > points.count ? shorter(byColumn, m4(points, width: width, alongX: false)) : byColumn
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

    /// M4 over `points`: columns of `width` along x (keeping y's extremes) or along y.
    /// `keepExtremes: false` keeps only each run's ends (for the test that shows the
    /// extremes matter).
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
            var kept = keepExtremes ? [start, lo, hi, last] : [start, last]
            kept.sort()
            var previous = -1
            for i in kept where i != previous {
                out.append(points[i])
                previous = i
            }
            start = end
        }
        return out
    }
}
