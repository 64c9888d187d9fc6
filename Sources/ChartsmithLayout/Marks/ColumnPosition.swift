import ChartsmithData
import ChartsmithSpec

/// A positional channel read from a columnar table by row number: the value's centre on
/// the channel's scale plus the mark's offset, exactly as ``RowEncoder/position(_:_:_:)``
/// places a row, with no row built and no field looked up per row. Made only for a plain
/// field (no datum, value, stack, bin end or time unit `bandPosition`); nil otherwise.
struct ColumnPosition {
    private let column: Column?
    private let scale: PositionScale
    private let offset: Double
    /// `invalid: null` on a continuous x or y: where a null is placed
    /// (``RowEncoder/scaledValue(_:_:_:_:on:)``); nil otherwise.
    private let invalidValue: Value?

    init?(_ v: PreparedView, _ e: RowEncoder, _ ch: Channel) {
        guard let store = v.table.columns, let d = v.encoding[ch], let f = d.outputField,
              d.datum == nil, d.value == nil, d.binEndField == nil, d.timeUnit == nil || d.bandPosition == nil,
              v.semantics.stack?.channel != ch, let s = e.scale(ch) else { return nil }
        column = store.column(f)
        scale = s
        offset = e.markOffset(v, ch)
        invalidValue = v.mark.invalidFilter == false && (ch == .x || ch == .y) && d.isContinuous(for: ch)
            ? s.invalidValue.map(Value.number) : nil
    }

    /// The scale the channel is placed on.
    var positionScale: PositionScale { scale }

    /// The cell of row `i` as the scale reads it (null when the table has no such column, as
    /// a row reads it).
    func value(_ i: Int) -> Value {
        let value = column?.value(at: i) ?? .null
        if value.isNull, let invalidValue { return invalidValue }
        return value
    }

    /// Row `i`'s position, nil where the scale places no value.
    func position(_ i: Int) -> Double? { scale.center(value(i)).map { $0 + offset } }
}
