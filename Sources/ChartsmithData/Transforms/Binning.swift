import ChartsmithSpec
import Foundation

/// Vega's bin transform: equal-width bins chosen by vega-statistics' `bin` (a step for at
/// most `maxbins` bins, from the `steps` given, or the `step` given; nice or not), shifted
/// to an `anchor`, each value put in its bin as Vega's `Bin` transform puts it.
enum Binning {
    /// The most bins one `bin` may make; a `step` or `maxbins` that would make more is an
    /// error before any row is binned.
    static let maxBins = 10_000

    /// Bins `field` into `out` and its end (`end`, else `out_end`): on the columns of a
    /// columnar table (two new columns), else row by row. With no number to bin (and no
    /// extent) the fields are named and no row gets them, as before.
    static func bin(_ table: Table, field: String, as out: String, end: String? = nil, spec: BinSpec) throws -> Table {
        var t = table
        let endField = end ?? out + "_end"
        t.addField(out)
        t.addField(endField)
        var lo0 = Double.infinity, hi0 = -Double.infinity
        if let e = spec.extent, e.count == 2 { lo0 = e[0]; hi0 = e[1] } else {
            t.forEachValue(of: field) { v in
                if let x = v.number, x.isFinite { lo0 = min(lo0, x); hi0 = max(hi0, x) }
            }
        }
        guard lo0 <= hi0 || spec.extent != nil else { return t }
        let b = try boundaries(min: lo0, max: hi0, spec: spec, field: field)
        // As Vega's bin, values outside the bins fall out of every bin (Vega gives them
        // ±Infinity, which Vega-Lite's invalid-value filter drops).
        func binned(_ value: Value) -> (Value, Value) {
            guard let v = value.number, let start = b.bin(of: v) else { return (.null, .null) }
            return (.number(start), .number(b.end(of: start)))
        }
        if let store = table.columns {
            let column = store.column(field)
            var starts: [Value] = [], ends: [Value] = []
            starts.reserveCapacity(store.count)
            ends.reserveCapacity(store.count)
            for i in 0..<store.count {
                let (s, e) = binned(column?.value(at: i) ?? .null)
                starts.append(s)
                ends.append(e)
            }
            var binnedTable = Table(fields: t.fields, columns: store.setting(out, .packing(starts)).setting(endField, .packing(ends)))
            binnedTable.bins = table.bins
            binnedTable.bins[out] = b
            return binnedTable
        }
        for i in t.rows.indices {
            let (s, e) = binned(t.rows[i][field])
            t.rows[i][out] = s
            t.rows[i][endField] = e
        }
        t.bins[out] = b
        return t
    }

    /// The bins of `spec` over the extent [lo, hi], checked: refused, naming the field, when
    /// the extent runs backwards or the bins would be unusable or too many.
    static func boundaries(min lo0: Double, max hi0: Double, spec: BinSpec, field: String) throws -> BinBoundaries {
        // A backwards extent ([3000, 2]) has a negative span: Vega's step search would give
        // NaN bins. Refused, naming it.
        guard lo0.isFinite, hi0.isFinite, lo0 <= hi0 else {
            throw DataError(message: "bin: the extent [\(number(lo0)), \(number(hi0))] over \(Excerpt.quoted(field)) runs backwards;"
                            + " give it as [min, max]")
        }
        // maxbins below 1 would never be met by the step search (a negative one looped forever).
        if let m = spec.maxbins, !(m >= 1) {
            throw DataError(message: "bin: maxbins \(number(m)) over \(Excerpt.quoted(field)) makes no bins; give at least 1")
        }
        if let s = spec.step, !(s > 0 && s.isFinite) {
            throw DataError(message: "bin: a step of \(number(s)) over \(Excerpt.quoted(field)) makes no bins; give a positive step")
        }
        let b = boundaries(min: lo0, max: hi0, spec: spec)
        let asked = spec.step.map { "a step of \(number($0))" } ?? "maxbins \(number(spec.maxbins ?? 10))"
        guard b.step > 0, b.step.isFinite, b.start.isFinite, b.stop.isFinite else {
            throw DataError(message: "bin: \(asked) over \(Excerpt.quoted(field)) gives no usable bin width;"
                            + " give a positive \"step\" or a \"maxbins\" of at least 1")
        }
        let count = ((b.last - b.start) / b.step).rounded()
        guard count <= Double(maxBins) else {
            let made = count.isFinite && count < 1e18 ? DataBudget.grouped(Int(count)) : "too many"
            throw DataError(message: "bin: \(asked) over \(Excerpt.quoted(field)) from \(number(b.start)) to \(number(b.stop)) would make \(made) bins;"
                            + " the limit is \(DataBudget.grouped(maxBins)) bins (give a larger \"step\" or a smaller \"maxbins\")")
        }
        return b
    }

    /// Vega's `Bin` transform's bins: vega-statistics' `bin`, then the whole number of
    /// steps that covers its stop, shifted so a boundary falls on the `anchor`.
    static func boundaries(min lo: Double, max hi: Double, spec: BinSpec) -> BinBoundaries {
        // Vega-Lite always passes a maxbins: the channel's (set by the decoder), else 10.
        var spec = spec
        if spec.maxbins == nil { spec.maxbins = 10 }
        let (start0, stop, step) = params(min: lo, max: hi, spec: spec)
        var start = start0
        var last = start + ((stop - start) / step).rounded(.up) * step
        if let a = spec.anchor {
            let d = a - (start + step * ((a - start) / step).rounded(.down))
            start += d
            last += d
        }
        return BinBoundaries(start: start, stop: stop, step: step, last: last)
    }

    /// A number for a message: whole numbers without a decimal point.
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }

    /// vega-statistics' `bin`: (start, stop, step) for the extent [lo, hi].
    static func params(min lo: Double, max hi: Double, spec: BinSpec) -> (Double, Double, Double) {
        let maxb = spec.maxbins.flatMap { $0 == 0 ? nil : $0 } ?? 20
        let base = spec.base.flatMap { $0 == 0 ? nil : $0 } ?? 10
        let logb = log(base)
        let divide = spec.divide ?? [5, 2]
        // JavaScript's `max - min || Math.abs(min) || 1`.
        let span = hi - lo != 0 ? hi - lo : (lo != 0 ? abs(lo) : 1)
        var step: Double
        if let fixed = spec.step, fixed != 0 {
            step = fixed
        } else if let steps = spec.steps, !steps.isEmpty {
            let v = span / maxb
            var i = 0
            while i < steps.count && steps[i] < v { i += 1 }
            step = steps[max(0, i - 1)]
        } else {
            let level = (log(maxb) / logb).rounded(.up)
            let minstep = spec.minstep ?? 0
            // JavaScript's Math.round: halves round up, toward +infinity.
            step = max(minstep, pow(base, (log(span) / logb + 0.5).rounded(.down) - level))
            while (span / step).rounded(.up) > maxb { step *= base }
            for div in divide {
                let v = step / div
                if v >= minstep && span / v <= maxb { step = v }
            }
        }
        let v = log(step)
        // A step of 0 or NaN (refused by the caller) must not trap here: log gives -inf or NaN.
        let precision = v.isFinite && v < 0 ? Int(min(-v / logb, 400)) + 1 : 0
        let eps = pow(base, -Double(precision) - 1)
        var start = lo, stop = hi
        if spec.nice ?? true {
            let v0 = (start / step + eps).rounded(.down) * step
            start = start < v0 ? v0 - step : v0
            stop = (stop / step).rounded(.up) * step
        }
        return (start, stop == start ? start + step : stop, step)
    }
}

/// The bins one `bin` made, as Vega's `Bin` transform reports them in its signal: the first
/// bin's start, the stop Vega-Lite's scale domain ends at, and the step; plus the end of the
/// last bin (past `stop` when the bins are anchored or not nice).
public struct BinBoundaries: Sendable, Hashable {
    public var start: Double
    public var stop: Double
    public var step: Double
    /// The end of the bins: values above it fall out of every bin.
    public var last: Double

    public init(start: Double, stop: Double, step: Double, last: Double) {
        self.start = start
        self.stop = stop
        self.step = step
        self.last = last
    }

    /// The start of the bin a value falls in, as Vega's `Bin` computes it; nil for a value
    /// outside the bins (Vega's ±Infinity) or not finite.
    public func bin(of value: Double) -> Double? {
        guard !value.isNaN, value >= start, value <= last else { return nil }
        let v = max(start, min(value, last - step))
        return start + step * (1e-14 + (v - start) / step).rounded(.down)
    }

    /// The end of the bin starting at `start` (Vega's arithmetic, for the same floating-point result).
    public func end(of binStart: Double) -> Double {
        start + step * (1 + (binStart - start) / step)
    }

    /// The bin boundaries Vega's scale `bins` gives an axis over the domain [lo, hi]:
    /// from the start in steps, through the stop.
    public func ticks(lo: Double, hi: Double) -> [Double] {
        var a = start, b = stop
        if a < lo { a = step * (lo / step).rounded(.up) }
        if b > hi { b = step * (hi / step).rounded(.down) }
        return BinBoundaries.range(a, b + step / 2, step)
    }

    /// d3's `range(start, stop, step)`: at most 10 001 values.
    public static func range(_ a: Double, _ b: Double, _ step: Double) -> [Double] {
        guard step > 0, a.isFinite, b.isFinite else { return [] }
        let n = max(0, Int(min(((b - a) / step).rounded(.up), 10_001)))
        return (0..<n).map { a + Double($0) * step }
    }
}
