import Foundation

/// A text's turned extent: the four corners of its line box as drawn, and whether two such
/// boxes overlap, tested on the boxes themselves rather than on their upright bounds (two
/// labels turned -45° side by side have overlapping upright bounds but do not touch).
extension TextNode {
    /// The corners of the line box, turned about the anchor, in scene points.
    public var corners: [Point] {
        let o = boxOffset
        let r = angle * Double.pi / 180
        let c = cos(r), s = sin(r)
        let local = [Point(x: o.x, y: o.y), Point(x: o.x + metrics.width, y: o.y),
                     Point(x: o.x + metrics.width, y: o.y + metrics.height), Point(x: o.x, y: o.y + metrics.height)]
        return local.map { Point(x: anchor.x + $0.x * c - $0.y * s, y: anchor.y + $0.x * s + $0.y * c) }
    }

    /// The corners of the glyphs' ink (``TextMetrics/ink``), turned about the anchor as
    /// drawn; the line box's corners when the measurer gave no ink.
    public var inkCorners: [Point] {
        guard let ink = metrics.ink, ink.width > 0, ink.height > 0 else { return corners }
        let o = boxOffset
        let r = angle * Double.pi / 180
        let c = cos(r), s = sin(r)
        let x0 = o.x + ink.minX, y0 = o.y + ink.minY
        let local = [Point(x: x0, y: y0), Point(x: x0 + ink.width, y: y0),
                     Point(x: x0 + ink.width, y: y0 + ink.height), Point(x: x0, y: y0 + ink.height)]
        return local.map { Point(x: anchor.x + $0.x * c - $0.y * s, y: anchor.y + $0.x * s + $0.y * c) }
    }

    /// Whether this text's turned box and `other`'s come closer than `separation` points
    /// (a negative separation allows that much overlap). Upright boxes give the same answer
    /// as comparing their bounds, as Vega's overlap test does.
    public func overlaps(_ other: TextNode, separation: Double = 0) -> Bool {
        Self.quadsOverlap(corners, other.corners, separation: separation)
    }

    /// The separating-axis test for two convex quadrilaterals: they are apart when, along
    /// the normal of some edge, one ends at least `separation` before the other begins.
    public static func quadsOverlap(_ a: [Point], _ b: [Point], separation: Double = 0) -> Bool {
        for quad in [a, b] {
            for i in quad.indices {
                let p = quad[i], q = quad[(i + 1) % quad.count]
                var nx = -(q.y - p.y), ny = q.x - p.x
                let len = (nx * nx + ny * ny).squareRoot()
                guard len > 1e-12 else { continue }
                nx /= len
                ny /= len
                let pa = a.map { $0.x * nx + $0.y * ny }, pb = b.map { $0.x * nx + $0.y * ny }
                let gap = max(pb.min()! - pa.max()!, pa.min()! - pb.max()!)
                if gap >= separation { return false }
            }
        }
        return true
    }
}
