import ChartsmithScene

/// Which parts of the plane a union of discs covers, on a grid of 8 × 8 cells per pixel:
/// a cell is marked only when it lies wholly inside one disc (for ``PixelThinning``).
struct CoverageGrid {
    /// Cells per pixel side.
    static let k = 8
    /// Device coordinates of the grid's first pixel's top-left corner (whole numbers).
    let originX: Double, originY: Double
    /// Pixels across and down.
    let columns: Int, rows: Int
    /// One `UInt64` per pixel, a bit per cell: bit `8 × row + column` within the pixel.
    private(set) var cells: [UInt64]

    init(originX: Double, originY: Double, columns: Int, rows: Int) {
        self.originX = originX
        self.originY = originY
        self.columns = columns
        self.rows = rows
        cells = [UInt64](repeating: 0, count: columns * rows)
    }

    /// Bits `lo...hi` (cell columns within one pixel row) of the pixel row starting at `shift`.
    @inline(__always) private static func span(_ lo: Int, _ hi: Int, _ shift: Int) -> UInt64 {
        ((UInt64(1) << UInt64(hi - lo + 1)) &- 1) << UInt64(shift + lo)
    }

    /// Calls `body` with each row of cells `j` and the cell columns `i0...i1` of that row,
    /// clipped to the grid; returns false as soon as `body` does.
    @inline(__always) private static func rowsOfCells(_ firstRow: Int, _ lastRow: Int, _ span: (Int) -> (Int, Int)?,
                                               _ body: (Int, Int, Int) -> Bool) -> Bool {
        guard firstRow <= lastRow else { return true }
        for j in firstRow...lastRow {
            guard let (i0, i1) = span(j), i0 <= i1 else { continue }
            if !body(j, i0, i1) { return false }
        }
        return true
    }

    /// Marks the cells lying wholly inside the disc of `radius` pixels around `center`
    /// (device coordinates): those whose centre is within `radius` less half a cell's diagonal.
    mutating func markDisc(_ center: Point, radius: Double) {
        let k = Double(Self.k)
        let reach = (radius - 0.5.squareRoot() / k) * k
        guard reach > 0 else { return }
        let cx = (center.x - originX) * k, cy = (center.y - originY) * k
        let firstRow = max(0, Int((cy - reach - 0.5).rounded(.up))), lastRow = min(rows * 8 - 1, Int((cy + reach - 0.5).rounded(.down)))
        let width = columns * 8 - 1, columns = columns
        cells.withUnsafeMutableBufferPointer { cells in
            _ = Self.rowsOfCells(firstRow, lastRow, { j in
                let dy = Double(j) + 0.5 - cy, h2 = reach * reach - dy * dy
                guard h2 >= 0 else { return nil }
                let h = h2.squareRoot()
                return (max(0, Int((cx - h - 0.5).rounded(.up))), min(width, Int((cx + h - 0.5).rounded(.down))))
            }) { j, i0, i1 in
                let row = (j >> 3) * columns, shift = (j & 7) << 3
                for x in (i0 >> 3)...(i1 >> 3) {
                    cells[row + x] |= Self.span(max(i0 - x * 8, 0), min(i1 - x * 8, 7), shift)
                }
                return true
            }
        }
    }

    /// Marks cells wholly inside the capsule of `radius` around the segment `a`–`b`, as
    /// discs around points along it at most 1/8 px apart (each disc lies in the capsule).
    mutating func markSegment(_ a: Point, _ b: Point, radius: Double) {
        let length = PixelThinning.distance(a, b), steps = max(1, Int((length * 8).rounded(.up)))
        for s in 0...steps {
            let t = Double(s) / Double(steps)
            markDisc(Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t), radius: radius)
        }
    }

    /// Keeps only the cells `other` (a grid of the same frame) also marks.
    mutating func intersect(_ other: CoverageGrid) {
        precondition(other.cells.count == cells.count)
        other.cells.withUnsafeBufferPointer { o in
            cells.withUnsafeMutableBufferPointer { c in
                for i in c.indices { c[i] &= o[i] }
            }
        }
    }

    /// Whether every cell touching the disc of `radius` around `center` is marked.
    func coversDisc(_ center: Point, radius: Double) -> Bool {
        let k = Double(Self.k)
        let cx = (center.x - originX) * k, cy = (center.y - originY) * k, reach = radius * k
        let firstRow = Int((cy - reach).rounded(.down)), lastRow = Int((cy + reach).rounded(.down))
        guard firstRow >= 0, lastRow < rows * 8, Int((cx - reach).rounded(.down)) >= 0,
              Int((cx + reach).rounded(.down)) < columns * 8 else { return false }
        let columns = columns
        return cells.withUnsafeBufferPointer { cells in
            Self.rowsOfCells(firstRow, lastRow, { j in
                // The nearest the cell row comes to the centre, vertically.
                let dy = max(0, max(Double(j) - cy, cy - Double(j + 1))), h2 = reach * reach - dy * dy
                guard h2 >= 0 else { return nil }
                let h = h2.squareRoot()
                return (Int((cx - h).rounded(.down)), Int((cx + h).rounded(.down)))
            }) { j, i0, i1 in
                let row = (j >> 3) * columns, shift = (j & 7) << 3
                for x in (i0 >> 3)...(i1 >> 3) {
                    let want = Self.span(max(i0 - x * 8, 0), min(i1 - x * 8, 7), shift)
                    if cells[row + x] & want != want { return false }
                }
                return true
            }
        }
    }
}
