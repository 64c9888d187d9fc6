import ChartsmithData
import ChartsmithSpec

/// A positional channel read from a columnar table by row number: the value's centre on
/// the channel's scale plus the mark's offset, exactly as ``RowEncoder/position(_:_:_:)``
/// places a row, with no row built and no field looked up per row. Made only for a plain
/// field (no datum, value, stack, bin end or time unit `bandPosition`); nil otherwise.
///
/// A column of numbers or dates on a linear or time scale is read as its `[Double]` and
/// mapped with the scale's own arithmetic (``ContinuousScale/map(_:)``), with no ``Value``
/// made and no scale copied per cell.
struct ColumnPosition {
    private let column: Column?
    private let scale: PositionScale
    private let offset: Double
    /// `invalid: null` on a continuous x or y: where a null is placed
    /// (``RowEncoder/scaledValue(_:_:_:_:on:)``); nil otherwise.
    private let invalidValue: Value?
    /// The column's numbers (NaN: null) when the scale is linear or time and the column
    /// holds numbers or dates; nil otherwise.
    private let numbers: [Double]?
    /// The linear or time scale's terms, as ``ContinuousScale/map(_:)`` computes them.
    private let linear: Linear?
    /// Whether the scale reads a cell as a date (``Coercion/date(_:)``) rather than as a
    /// number (``Value/number``).
    private let asDate: Bool

    private struct Linear {
        let t0: Double, span: Double, r0: Double, r1: Double
        let clamp: Bool
    }

    init?(_ v: PreparedView, _ e: RowEncoder, _ ch: Channel) {
        guard let store = v.table.columns, let d = v.encoding[ch], let f = d.outputField,
              d.datum == nil, d.value == nil, d.binEndField == nil, d.timeUnit == nil || d.bandPosition == nil,
              v.semantics.stack?.channel != ch, let s = e.scale(ch) else { return nil }
        column = store.column(f)
        scale = s
        offset = e.markOffset(v, ch)
        invalidValue = v.mark.invalidFilter == false && (ch == .x || ch == .y) && d.isContinuous(for: ch)
            ? s.invalidValue.map(Value.number) : nil
        asDate = s.domain.type == .temporal || s.continuous?.kind == .time
        var linear: Linear? = nil
        if s.band == nil, let c = s.continuous {
            switch c.kind {
            case .linear, .time:
                linear = Linear(t0: c.domain.0, span: c.domain.1 - c.domain.0, r0: c.range.0, r1: c.range.1, clamp: c.clamp)
            default: break
            }
        }
        switch column {
        case .numbers(let xs)? where linear != nil, .dates(let xs)? where linear != nil:
            numbers = xs
            self.linear = linear
        default:
            numbers = nil
            self.linear = nil
        }
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

    /// Row `i`'s value mapped on the scale (``PositionScale/map(_:)``), nil where it places none.
    @inline(__always)
    func mapped(_ i: Int) -> Double? {
        guard let numbers, let m = linear else { return scale.map(value(i)) }
        // What `map` reads from `.number(x)` / `.date(x)` (a NaN cell is null: nil) …
        let n = numbers[i]
        // A null under `invalid: null` is placed where the row path places it.
        if n.isNaN, invalidValue != nil { return scale.map(value(i)) }
        guard n.isFinite, !asDate || abs(n) <= Coercion.maximumDate else { return nil }
        // … and places, with ContinuousScale.map's arithmetic (the transform is the identity).
        var f = m.span == 0 ? 0.5 : (n - m.t0) / m.span
        if m.clamp, !f.isNaN { f = Swift.min(Swift.max(f, 0), 1) }
        return m.r0 + f * (m.r1 - m.r0)
    }

    /// Row `i`'s position, nil where the scale places no value.
    func position(_ i: Int) -> Double? {
        if numbers != nil { return mapped(i).map { $0 + offset } }
        return scale.center(value(i)).map { $0 + offset }
    }
}
