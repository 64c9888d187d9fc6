import ChartsmithScene

/// The text boxes placed so far, so an optional label goes only where it collides with
/// nothing and stays on the canvas.
///
/// The boxes are indexed by a grid of ``cellSize``-point cells, so a check looks only at
/// the boxes near it: placing n labels costs about n checks, not n² (20,000 axis labels
/// were quadratic with a plain list).
struct Occupancy {
    var canvas: Rect
    var boxes: [Rect] = []
    /// Space kept between a new label and anything already placed.
    var gap = 1.5
    /// Indices into ``boxes`` by grid cell; boxes too large or odd for the grid are in ``large``.
    private var cells: [Cell: [Int]] = [:]
    private var large: [Int] = []

    /// The side of a grid cell, in points.
    static let cellSize = 64.0
    /// Boxes covering more cells than this are checked one by one instead.
    static let maxCellsPerBox = 1_024

    private struct Cell: Hashable {
        var x: Int
        var y: Int
    }

    init(canvas: Rect) { self.canvas = canvas }

    mutating func add(_ r: Rect) {
        let index = boxes.count
        boxes.append(r)
        guard let range = Self.cellRange(r) else {
            large.append(index)
            return
        }
        for x in range.x { for y in range.y { cells[Cell(x: x, y: y), default: []].append(index) } }
    }

    /// The grid cells a box covers, or nil when it is too large or not finite.
    private static func cellRange(_ r: Rect) -> (x: ClosedRange<Int>, y: ClosedRange<Int>)? {
        // (Four locals, not an array: this runs for every box placed and every check.)
        let (minX, maxX, minY, maxY) = (r.minX / cellSize, r.maxX / cellSize, r.minY / cellSize, r.maxY / cellSize)
        func onGrid(_ v: Double) -> Bool { v.isFinite && abs(v) < 1e9 }
        guard onGrid(minX) && onGrid(maxX) && onGrid(minY) && onGrid(maxY) else { return nil }
        let x0 = Int(minX.rounded(.down)), x1 = Int(maxX.rounded(.down))
        let y0 = Int(minY.rounded(.down)), y1 = Int(maxY.rounded(.down))
        guard x1 >= x0, y1 >= y0, (x1 - x0 + 1) * (y1 - y0 + 1) <= maxCellsPerBox else { return nil }
        return (x0...x1, y0...y1)
    }

    mutating func add(_ nodes: [SceneNode]) {
        for n in nodes { if case .text(let t) = n { add(t.bounds) } else if case .group(let g) = n { add(g.children) } }
    }

    /// Whether a box is on the canvas and clear of every placed box.
    func isFree(_ r: Rect) -> Bool {
        guard canvas.contains(r, tolerance: 0.01) else { return false }
        let grown = r.insetBy(-gap)
        if large.contains(where: { boxes[$0].intersects(grown) }) { return false }
        guard let range = Self.cellRange(grown) else { return !boxes.contains { $0.intersects(grown) } }
        for x in range.x {
            for y in range.y {
                if let near = cells[Cell(x: x, y: y)], near.contains(where: { boxes[$0].intersects(grown) }) { return false }
            }
        }
        return true
    }

    /// How many placed boxes a check of `r` compares against (the accounting behind the
    /// grid: near-constant for labels spread along an axis, whatever their number).
    func comparisons(for r: Rect) -> Int {
        let grown = r.insetBy(-gap)
        guard let range = Self.cellRange(grown) else { return boxes.count }
        var n = large.count
        for x in range.x { for y in range.y { n += cells[Cell(x: x, y: y)]?.count ?? 0 } }
        return n
    }

    /// Places a text node if its box is free; returns whether it was placed.
    mutating func place(_ t: TextNode) -> Bool {
        guard isFree(t.bounds) else { return false }
        add(t.bounds)
        return true
    }
}
