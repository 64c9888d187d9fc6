import ChartsmithData
import ChartsmithSpec

/// The columnar path of ``SeriesDrawing``: a line's or area's series, their drawing order
/// and their positions read from a columnar table's columns by row number, with no row
/// dictionary lookup or row copy per point. Made only for the encodings where it computes
/// exactly what the row path does (plain fields on both axes, see ``ColumnPosition``; no
/// `order`, no second channel across, no band along the axis); nil otherwise.
struct ColumnarSeries {
    let table: Table
    /// Each series' key and its row numbers in drawing order.
    let series: [(key: Value, rows: [Int])]
    private let along: ColumnPosition, across: ColumnPosition
    private let baseline: Double

    init?(_ v: PreparedView, _ e: RowEncoder, along ach: Channel, across cch: Channel) {
        guard v.encoding.channels[.order]?.isEmpty ?? true, v.encoding[cch == .x ? .x2 : .y2] == nil,
              let a = ColumnPosition(v, e, ach), a.positionScale.band == nil, let c = ColumnPosition(v, e, cch),
              let groups = v.table.groupRowNumbers(by: e.seriesFields(v)) else { return nil }
        table = v.table
        along = a
        across = c
        baseline = c.positionScale.baseline + e.markOffset(v, cch == .x ? .x2 : .y2)
        // Drawing order along the axis, ties in data order (``RowEncoder/ordered(_:_:along:)``).
        series = groups.map { g in
            // `order: false`: in data order.
            if v.mark.order == false { return (key: g.key.first ?? .null, rows: g.rows) }
            let keys = g.rows.map { a.mapped($0) ?? .infinity }
            return (key: g.key.first ?? .null, rows: Self.sorted(g.rows, keys: keys))
        }
    }

    /// `rows` sorted by `keys` (one per row, in the same order), ties in the given order.
    private static func sorted(_ rows: [Int], keys: [Double]) -> [Int] {
        // Already in order (a walk along its axis): the sort would return them as they are.
        if !keys.contains(where: \.isNaN), zip(keys, keys.dropFirst()).allSatisfy({ $0 <= $1 }) { return rows }
        return (0..<rows.count).sorted { a, b in
            let pa = keys[a], pb = keys[b]
            return pa != pb ? pa < pb : a < b
        }.map { rows[$0] }
    }

    /// Row `i`'s position along the series' axis (``RowEncoder/position(_:_:_:)``).
    func along(_ i: Int) -> Double? { along.position(i) }

    /// Row `i`'s base and value across the axis (``RowEncoder/valueSpan(_:_:_:)``).
    func across(_ i: Int) -> (Double, Double)? { across.position(i).map { (baseline, $0) } }
}
