/// The marks a label must keep off, each known by its owner (`"layer 1 line: symbol=GOOG"`:
/// its layer's group name and its own name), so a label can be tested against every mark
/// but the one it labels.
///
/// Bars are their boxes; lines, rules and outlines are their stroked segments (curves
/// flattened), widened by half the stroke; points are their boxes. Filled regions larger
/// than a point (areas) are not obstacles: a label may sit on an area's fill, as on the
/// plot's background.
public struct MarkObstacles: Sendable {
    /// One mark's visible shape.
    enum Shape: Sendable {
        case box(Rect)
        case segments([(Point, Point)], halfWidth: Double)
    }

    struct Obstacle: Sendable {
        var owner: String
        var shape: Shape
        /// The clip of the group the mark is drawn in: nothing outside it is seen.
        var clip: Rect?
    }

    /// A filled path no larger than this on either side is a point symbol, not an area.
    static let pointSide = 40.0

    var obstacles: [Obstacle] = []

    public init() {}

    /// The obstacles of the chart's marks: `layers` are the groups named `"layer N kind"`
    /// (a scene's mark group's children), each holding its marks.
    public init(layers: [SceneNode]) {
        for case .group(let g) in layers {
            let layer = g.name ?? ""
            collect(g.children, layer: layer, clip: g.clip)
        }
    }

    /// The owner name of a mark named `name` in the layer group named `layer`.
    public static func owner(layer: String, name: String?) -> String { "\(layer): \(name ?? "")" }

    private mutating func collect(_ nodes: [SceneNode], layer: String, clip: Rect?) {
        for n in nodes {
            switch n {
            case .rect(let r):
                let filled = (r.fill?.alpha ?? 0) > 0
                let stroked = r.stroke.map { $0.width > 0 && $0.color.alpha > 0 } ?? false
                guard filled || stroked, r.rect.width >= 0, r.rect.height >= 0 else { continue }
                let owner = Self.owner(layer: layer, name: r.name)
                if filled {
                    obstacles.append(Obstacle(owner: owner, shape: .box(r.rect), clip: clip))
                } else if let s = r.stroke {
                    // An outline alone (a stack's): only its edges are drawn.
                    let b = r.rect
                    let edges = Path.polyline([Point(x: b.minX, y: b.minY), Point(x: b.maxX, y: b.minY), Point(x: b.maxX, y: b.maxY),
                                               Point(x: b.minX, y: b.maxY), Point(x: b.minX, y: b.minY)])
                    obstacles.append(Obstacle(owner: owner, shape: .segments(Self.segments(edges), halfWidth: s.width / 2), clip: clip))
                }
            case .path(let p):
                let owner = Self.owner(layer: layer, name: p.name)
                if let s = p.stroke, s.width > 0, s.color.alpha > 0 {
                    obstacles.append(Obstacle(owner: owner, shape: .segments(Self.segments(p.path), halfWidth: s.width / 2), clip: clip))
                } else if (p.fill?.alpha ?? 0) > 0, let b = p.path.bounds, b.width <= Self.pointSide, b.height <= Self.pointSide {
                    obstacles.append(Obstacle(owner: owner, shape: .box(b), clip: clip))
                }
            case .group(let g):
                let inner = switch (clip, g.clip) {
                case (let a?, let b?): a.intersection(b)
                case (let a, let b): a ?? b
                }
                collect(g.children, layer: layer, clip: inner)
            case .text:
                continue
            }
        }
    }

    /// The straight pieces of a path, each cubic curve split into eight.
    static func segments(_ path: Path) -> [(Point, Point)] {
        var out: [(Point, Point)] = []
        var current: Point? = nil, start: Point? = nil
        for e in path.elements {
            switch e {
            case .move(let p):
                current = p
                start = p
            case .line(let p):
                if let c = current { out.append((c, p)) }
                current = p
            case .curve(let p, let c1, let c2):
                guard let c0 = current else { current = p; continue }
                var prev = c0
                for i in 1...8 {
                    let t = Double(i) / 8, u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    let q = Point(x: a * c0.x + b * c1.x + c * c2.x + d * p.x, y: a * c0.y + b * c1.y + c * c2.y + d * p.y)
                    out.append((prev, q))
                    prev = q
                }
                current = p
            case .close:
                if let c = current, let s = start { out.append((c, s)) }
                current = start
            }
        }
        return out
    }

    /// The owners of the marks a box overlaps by more than `tolerance` points, leaving out
    /// `except` (the mark the box labels).
    public func owners(hitBy box: Rect, except: String? = nil, tolerance: Double = 0.5) -> [String] {
        var out: [String] = []
        for o in obstacles where o.owner != except {
            var b = box
            if let clip = o.clip {
                guard b.intersects(clip, tolerance: 0) else { continue }
                b = b.intersection(clip)
            }
            if Self.hits(o.shape, b, tolerance: tolerance) { out.append(o.owner) }
        }
        return out
    }

    /// Whether a box overlaps any mark but `except`.
    public func hit(_ box: Rect, except: String? = nil, tolerance: Double = 0.5) -> Bool {
        !owners(hitBy: box, except: except, tolerance: tolerance).isEmpty
    }

    static func hits(_ shape: Shape, _ box: Rect, tolerance: Double) -> Bool {
        switch shape {
        case .box(let r):
            return r.intersects(box, tolerance: tolerance)
        case .segments(let segs, let half):
            // The box shrunk by the tolerance and grown by half the stroke: a segment through
            // it crosses the label.
            let grow = half - tolerance
            let r = Rect(x: box.minX - grow, y: box.minY - grow, width: box.width + 2 * grow, height: box.height + 2 * grow)
            guard r.width > 0, r.height > 0 else { return false }
            return segs.contains { segment($0.0, $0.1, crosses: r) }
        }
    }

    /// Whether the segment from `a` to `b` passes through the rectangle (Liang–Barsky).
    static func segment(_ a: Point, _ b: Point, crosses r: Rect) -> Bool {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { if t > t1 { return false }; t0 = max(t0, t) } else { if t < t0 { return false }; t1 = min(t1, t) }
            }
        }
        return t0 <= t1
    }
}

extension Rect {
    /// The part of this rectangle inside `other` (empty, at the nearer corner, when apart).
    public func intersection(_ other: Rect) -> Rect {
        let x0 = max(minX, other.minX), y0 = max(minY, other.minY)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: max(0, x1 - x0), height: max(0, y1 - y0))
    }
}
