import ChartsmithScene

/// The texts already kept by ``TextTriage``, indexed by a uniform grid of their bounds so
/// an overlap check compares a text only with the kept texts near it: n texts cost about
/// n log n (the sort) plus n checks, not n² pairs.
///
/// The grid is only a broad phase; every candidate is still tested with ``collide(_:_:)``
/// (turned boxes, or a text mark's ink, each binned by its corners), so the answer is exactly the pairwise one. Two
/// turned boxes that overlap share a point, so their bounds intersect and share a cell.
/// Texts whose box is degenerate (no width or height: the overlap test then skips an edge
/// and can answer "overlaps" far away), not finite, or spanning too many cells are kept
/// in ``wide`` and compared with everything.
struct TextIndex {
    /// The side of a grid cell, in points.
    static let cellSize = 64.0
    /// Boxes covering more cells than this are compared one by one instead.
    static let maxCellsPerBox = 1_024
    /// Bounds are grown by this much before they are binned, against rounding at cell edges.
    static let pad = 0.5

    private struct Cell: Hashable {
        var x: Int
        var y: Int
    }

    private(set) var kept: [TextNode] = []
    private var cells: [Cell: [Int]] = [:]
    private var wide: [Int] = []

    /// Whether `t` overlaps any kept text (the same answer as testing every kept text).
    func overlapsKept(_ t: TextNode) -> Bool {
        if wide.contains(where: { Self.collide(kept[$0], t) }) { return true }
        guard let range = Self.cellRange(t) else { return kept.contains { Self.collide($0, t) } }
        for x in range.x {
            for y in range.y {
                if let near = cells[Cell(x: x, y: y)], near.contains(where: { Self.collide(kept[$0], t) }) { return true }
            }
        }
        return false
    }

    /// Whether two texts collide. When one is a turned text of a text mark (`markLabel`),
    /// the texts of text marks count by their ink, turned as drawn: a large turned symbol
    /// (a 60-pt arrow at 340°) covers much less than its turned line box, whose corners
    /// swing far from the glyph, and Vega, which drops no text of a text mark, shows a
    /// hand-placed annotation beside it clear. Otherwise texts count by their line boxes,
    /// which keep upright words their usual spacing.
    static func collide(_ a: TextNode, _ b: TextNode) -> Bool {
        guard turnedMark(a) || turnedMark(b) else { return TextNode.quadsOverlap(a.corners, b.corners) }
        return TextNode.quadsOverlap(a.role == .markLabel ? a.inkCorners : a.corners, b.role == .markLabel ? b.inkCorners : b.corners)
    }

    /// Whether `t` is a turned text of a text mark.
    static func turnedMark(_ t: TextNode) -> Bool {
        t.role == .markLabel && t.angle.truncatingRemainder(dividingBy: 360) != 0
    }

    mutating func keep(_ t: TextNode) {
        let index = kept.count
        kept.append(t)
        guard let range = Self.cellRange(t) else {
            wide.append(index)
            return
        }
        for x in range.x { for y in range.y { cells[Cell(x: x, y: y), default: []].append(index) } }
    }

    /// The cells a text's padded bounds cover, or nil when the text must be compared with all.
    private static func cellRange(_ t: TextNode) -> (x: ClosedRange<Int>, y: ClosedRange<Int>)? {
        guard t.metrics.width > 1e-9, t.metrics.height > 1e-9 else { return nil }
        // A text mark's ink may reach past its line box (a fallback font's tall glyph).
        let points = t.role == .markLabel ? t.corners + t.inkCorners : t.corners
        let xs = points.map(\.x), ys = points.map(\.y)
        let b = Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
        let values = [b.minX - pad, b.maxX + pad, b.minY - pad, b.maxY + pad].map { $0 / cellSize }
        guard values.allSatisfy({ $0.isFinite && abs($0) < 1e9 }) else { return nil }
        let x0 = Int(values[0].rounded(.down)), x1 = Int(values[1].rounded(.down))
        let y0 = Int(values[2].rounded(.down)), y1 = Int(values[3].rounded(.down))
        guard x1 >= x0, y1 >= y0, (x1 - x0 + 1) * (y1 - y0 + 1) <= maxCellsPerBox else { return nil }
        return (x0...x1, y0...y1)
    }
}
