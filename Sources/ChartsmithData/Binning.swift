import ChartsmithSpec

/// Vega's bin transform: equal-width bins with a "nice" step chosen for at most
/// `maxbins` bins.
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
        var lo: Double?, hi: Double?
        t.forEachValue(of: field) { v in
            guard let x = v.number else { return }
            if lo == nil || x < lo! { lo = x }
            if hi == nil || x > hi! { hi = x }
        }
        t.addField(out)
        t.addField(endField)
        guard let lo0 = spec.extent?.first ?? lo, let hi0 = spec.extent?.last ?? hi else {
            return t  // no row gets the fields (a columnar table has no columns for them)
        }
        let (start, stop, step) = try edges(lo0, hi0, field: field, spec: spec)
        func binned(_ value: Value) -> (Value, Value) {
            guard let v0 = value.number else { return (.null, .null) }
            // As Vega's bin: values outside an explicit extent fall out of every bin.
            if v0 < start || v0 > stop { return (.null, .null) }
            let v = max(start, min(v0, stop - step))
            var b = start + step * (1e-14 + (v - start) / step).rounded(.down)
            b = (b / step).rounded() * step
            return (.number(b), .number(((b + step) / step).rounded() * step))
        }
        if let store = t.columns {
            let column = store.column(field)
            var starts: [Value] = [], ends: [Value] = []
            starts.reserveCapacity(store.count)
            ends.reserveCapacity(store.count)
            for i in 0..<store.count {
                let (b, e) = binned(column?.value(at: i) ?? .null)
                starts.append(b)
                ends.append(e)
            }
            return Table(fields: t.fields, columns: store.setting(out, .packing(starts)).setting(endField, .packing(ends)))
        }
        for i in t.rows.indices {
            let (b, e) = binned(t.rows[i][field])
            t.rows[i][out] = b
            t.rows[i][endField] = e
        }
        return t
    }

    /// The bins' start, stop and step over `lo0...hi0`; an error for a backwards extent, a
    /// `maxbins` below 1, a step that is not positive, or more than ``maxBins`` bins.
    static func edges(_ lo0: Double, _ hi0: Double, field: String, spec: BinSpec) throws -> (Double, Double, Double) {
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
        let (start, stop, step) = params(min: lo0, max: hi0, maxbins: spec.maxbins ?? 10, step: spec.step)
        guard step > 0, step.isFinite, start.isFinite, stop.isFinite else {
            let asked = spec.step.map { "a step of \(number($0))" } ?? "maxbins \(number(spec.maxbins ?? 10))"
            throw DataError(message: "bin: \(asked) over \(Excerpt.quoted(field)) gives no usable bin width;"
                            + " give a positive \"step\" or a \"maxbins\" of at least 1")
        }
        let count = ((stop - start) / step).rounded()
        guard count <= Double(maxBins) else {
            let asked = spec.step.map { "a step of \(number($0))" } ?? "maxbins \(number(spec.maxbins ?? 10))"
            let made = count.isFinite && count < 1e18 ? DataBudget.grouped(Int(count)) : "too many"
            throw DataError(message: "bin: \(asked) over \(Excerpt.quoted(field)) from \(number(start)) to \(number(stop)) would make \(made) bins;"
                            + " the limit is \(DataBudget.grouped(maxBins)) bins (give a larger \"step\" or a smaller \"maxbins\")")
        }
        return (start, stop, step)
    }

    /// A number for a message: whole numbers without a decimal point.
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }

    /// Vega's `bin` parameters: base 10, divisors [5, 2], nice extent.
    static func params(min lo: Double, max hi: Double, maxbins: Double, step fixed: Double?) -> (Double, Double, Double) {
        let span = hi - lo == 0 ? max(abs(lo), 1) : hi - lo
        var step: Double
        if let fixed { step = fixed } else {
            let logb = log(10.0)
            let level = (log(maxbins) / logb).rounded(.up)
            let minstep = 0.0
            step = max(minstep, pow(10, (log(span) / logb).rounded() - level))
            while (span / step).rounded(.up) > maxbins { step *= 10 }
            for div in [5.0, 2.0] {
                let v = step / div
                if v >= minstep && span / v <= maxbins { step = v }
            }
        }
        let v = log(step)
        // A step of 0 or NaN (refused by the caller) must not trap here: log gives -inf or NaN.
        let precision = v.isFinite && v < 0 ? Int(min(-v / log(10.0), 400)) + 1 : 0
        let eps = pow(10, -Double(precision) - 1)
        var start = lo, stop = hi
        let v0 = (start / step + eps).rounded(.down) * step
        start = start < v0 ? v0 - step : v0
        stop = (stop / step).rounded(.up) * step
        if stop == start { stop = start + step }
        return (start, stop, step)
    }
}

import Foundation
