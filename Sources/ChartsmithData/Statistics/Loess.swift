import Foundation

import ChartsmithSpec

/// Vega-Lite's `loess` transform (``LoessSpec``): per group, a locally weighted linear
/// regression at every distinct x, with two robustness iterations, transcribing
/// vega-statistics' `regressionLoess` (after science.js): tricube weights over the
/// `bandwidth` × n nearest neighbours, bisquare robustness weights from the median residual.
public enum Loess {
    /// The most weighted points (points × neighbours × 3 passes) one loess may visit.
    public static let maxWork = 400_000_000

    public static func apply(_ p: LoessSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        let reader = CellReader(table)
        let groups = reader.groups(by: p.groupby)
        var out = CurveTable(groupby: p.groupby, x: p.xAs, y: p.yAs)
        try budget.check("loess", rows: table.rowCount, fields: out.fields.count)
        var work = 0
        for g in groups {
            let n = g.count
            work = DataBudget.sum(work, DataBudget.product(3, DataBudget.product(n, max(2, Int(p.bandwidth * Double(n))))))
        }
        guard work <= maxWork else {
            throw DataError(message: "loess: \(DataBudget.grouped(table.rowCount)) points at bandwidth \(Value.number(p.bandwidth).text)"
                            + " is more work than Chartsmith allows (\(DataBudget.grouped(maxWork)) weighted points); give a smaller \"bandwidth\"")
        }
        let x = reader.field(p.on), y = reader.field(p.field)
        for (g, key) in zip(groups, reader.keys(of: groups, by: p.groupby)) {
            out.append(smooth(Regression.points(g, reader, x: x, y: y), bandwidth: p.bandwidth), key: key)
        }
        return out.table(columnar: reader.store != nil)
    }

    /// The smoothed (x, y) points of valid pairs `pts`: sorted by x (stably), one point per
    /// distinct x (the mean of the fits at repeated x). Fewer than two points give none.
    public static func smooth(_ pts: [(Double, Double)], bandwidth: Double) -> [(Double, Double)] {
        guard pts.count >= 2 else { return [] }
        let sorted = pts.enumerated().sorted { $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset }.map(\.element)
        let (xv, yv, ux, uy) = RegressionModel.centred(sorted)
        let n = xv.count
        let bw = max(2, Int(truncatingIfNeeded: Int64(bandwidth * Double(n))))
        var yhat = [Double](repeating: 0, count: n)
        var residuals = [Double](repeating: 0, count: n)
        var robust = [Double](repeating: 1, count: n)
        let maxiters = 2, epsilon = 1e-12
        for iter in 0...maxiters {
            var interval = (0, bw - 1)
            for i in 0..<n {
                let dx = xv[i]
                let (i0, i1) = interval
                let edge = dx - xv[i0] > xv[i1] - dx ? i0 : i1
                var W = 0.0, X = 0.0, Y = 0.0, XY = 0.0, X2 = 0.0
                let spread = abs(xv[edge] - dx)
                let denom = 1 / (spread == 0 || spread.isNaN ? 1 : spread)
                for k in i0...i1 {
                    let xk = xv[k], yk = yv[k]
                    let w = tricube(abs(dx - xk) * denom) * robust[k]
                    let xkw = xk * w
                    W += w
                    X += xkw
                    Y += yk * w
                    XY += yk * xkw
                    X2 += xk * xkw
                }
                let (a, b) = RegressionModel.ols(X / W, Y / W, XY / W, X2 / W)
                yhat[i] = a + b * dx
                residuals[i] = abs(yv[i] - yhat[i])
                if i + 1 < n { updateInterval(xv, i + 1, &interval) }
            }
            if iter == maxiters { break }
            let medianResidual = Aggregation.quantile(residuals.filter { !$0.isNaN }, 0.5) ?? .nan
            if abs(medianResidual) < epsilon { break }
            for i in 0..<n {
                let arg = residuals[i] / (6 * medianResidual)
                // Tiny but non-zero weights for large deviations keep the fits non-singular.
                if arg >= 1 { robust[i] = epsilon } else { let w = 1 - arg * arg; robust[i] = w * w }
            }
        }
        var out: [(Double, Double)] = []
        var count = 0.0
        for i in 0..<n {
            let v = xv[i] + ux
            if let last = out.last, last.0 == v {
                count += 1
                out[out.count - 1].1 += (yhat[i] - last.1) / count
            } else {
                count = 0
                out.append((v, yhat[i]))
            }
        }
        return out.map { ($0.0, $0.1 + uy) }
    }

    static func tricube(_ x: Double) -> Double {
        let t = 1 - x * x * x
        return t * t * t
    }

    /// Slides the window of nearest neighbours right while the next point is no farther
    /// than the window's left edge from x[i].
    static func updateInterval(_ xv: [Double], _ i: Int, _ interval: inout (Int, Int)) {
        let val = xv[i]
        var left = interval.0
        var right = interval.1 + 1
        guard right < xv.count else { return }
        while i > left && right < xv.count && xv[right] - val <= val - xv[left] {
            left += 1
            interval = (left, right)
            right += 1
        }
    }
}
