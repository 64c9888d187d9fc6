/// How a concat places its views on its grid, as Vega-Lite's `align`, `center` and
/// `bounds` say: whether the cells of a column (row) share one width (height), whether a
/// view is centred in its cell, and whether a view's box counts its axes and titles.
public struct CompositionArrangement: Sendable, Hashable {
    /// `align`: `"all"` (every column as wide as the widest, every row as high as the
    /// highest), `"each"` (each column and row sized by its own views; on a grid of boxes
    /// the same as `all`), or `"none"` (each view placed right after the one before it).
    public enum Align: String, Sendable, Hashable, CaseIterable {
        case all, each, none
    }

    /// `align` across columns (`.x`) and down rows (`.y`); nil for Vega-Lite's default.
    public var alignColumns: Align?
    public var alignRows: Align?
    /// `center`: whether a view is centred in its column (row) rather than set at its start.
    public var centerColumns = false
    public var centerRows = false
    /// `bounds: "flush"`: only the plots count when the cells are sized, not their axes.
    public var flush = false
    /// Where each key was written, for the warning when a flat grid does not honour it.
    public var written: [String: SourcePosition] = [:]

    public init() {}

    /// Whether the spec set nothing.
    public var isDefault: Bool { written.isEmpty }

    /// `align` across columns and down rows, with a concat's default (`"each"`) filled in.
    /// (Vega-Lite aligns a repeat's cells `"all"`; Chartsmith writes a repeat out as a
    /// concat before decoding, so a repeat nested in a concat is aligned `"each"`.)
    public var columnAlign: Align { alignColumns ?? .each }
    public var rowAlign: Align { alignRows ?? .each }
}
