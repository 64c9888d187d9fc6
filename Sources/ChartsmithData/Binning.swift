import ChartsmithSpec

/// Vega's bin transform: equal-width bins with a "nice" step chosen for at most
/// `maxbins` bins.
enum Binning {
    static func bin(_ table: Table, field: String, as out: String, end: String? = nil, spec: BinSpec) -> Table {
        var t = table
        let endField = end ?? out + "_end"
        let nums = t.rows.compactMap { $0[field].number }
        t.addField(out)
        t.addField(endField)
        guard let lo0 = spec.extent?.first ?? nums.min(), let hi0 = spec.extent?.last ?? nums.max() else { return t }
        let (start, stop, step) = params(min: lo0, max: hi0, maxbins: spec.maxbins ?? 10, step: spec.step)
        for i in t.rows.indices {
            guard let v0 = t.rows[i][field].number else { t.rows[i][out] = .null; t.rows[i][endField] = .null; continue }
            // As Vega's bin: values outside an explicit extent fall out of every bin.
            if v0 < start || v0 > stop { t.rows[i][out] = .null; t.rows[i][endField] = .null; continue }
            let v = max(start, min(v0, stop - step))
            var b = start + step * (1e-14 + (v - start) / step).rounded(.down)
            b = (b / step).rounded() * step
            t.rows[i][out] = .number(b)
            t.rows[i][endField] = .number(((b + step) / step).rounded() * step)
        }
        return t
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
        let precision = v >= 0 ? 0 : Int(-v / log(10.0)) + 1
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
