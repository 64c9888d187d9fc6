import Foundation

import ChartsmithSpec

/// One fitted regression model, as vega-statistics' `regression*` functions return it:
/// the coefficients (constant first), R² and the prediction function.
public struct RegressionModel: Sendable {
    public var coef: [Double]
    public var rSquared: Double
    public let predict: @Sendable (Double) -> Double

    /// Fits `method` to the points (x, y), valid pairs in data order, transcribing
    /// vega-statistics' algorithms (running means, mean-centred sums, Gaussian elimination
    /// for `poly`) so the numbers agree with Vega's to rounding.
    public static func fit(_ method: RegressionSpec.Method, order: Int, _ pts: [(Double, Double)]) -> RegressionModel {
        switch method {
        case .linear: return linear(pts, logX: false)
        case .log: return linear(pts, logX: true)
        case .exp: return exp(pts)
        case .pow: return pow(pts)
        case .quad: return quad(pts)
        case .poly: return order == 1 ? linear(pts, logX: false) : order == 2 ? quad(pts) : poly(pts, order: order)
        }
    }

    /// vega-statistics' `ols`: intercept and slope from means of x, y, xy and x².
    static func ols(_ uX: Double, _ uY: Double, _ uXY: Double, _ uX2: Double) -> (Double, Double) {
        let delta = uX2 - uX * uX
        let slope = Swift.abs(delta) < 1e-24 ? 0 : (uXY - uX * uY) / delta
        return (uY - slope * uX, slope)
    }

    /// vega-statistics' `rSquared`: 1 − SSE / SST about the mean `uY`.
    static func rSquared(_ pts: [(Double, Double)], _ uY: Double, _ predict: (Double) -> Double) -> Double {
        var sse = 0.0, sst = 0.0
        for (x, y) in pts {
            let e = y - predict(x), t = y - uY
            sse += e * e
            sst += t * t
        }
        return 1 - sse / sst
    }

    /// vega-statistics' `points`: mean-centred x and y, and their means.
    static func centred(_ pts: [(Double, Double)]) -> ([Double], [Double], Double, Double) {
        var ux = 0.0, uy = 0.0
        for (i, (x, y)) in pts.enumerated() {
            ux += (x - ux) / Double(i + 1)
            uy += (y - uy) / Double(i + 1)
        }
        return (pts.map { $0.0 - ux }, pts.map { $0.1 - uy }, ux, uy)
    }

    static func linear(_ pts: [(Double, Double)], logX: Bool) -> RegressionModel {
        var X = 0.0, Y = 0.0, XY = 0.0, X2 = 0.0, n = 0.0
        for (x0, y) in pts {
            n += 1
            let x = logX ? Foundation.log(x0) : x0
            X += (x - X) / n
            Y += (y - Y) / n
            XY += (x * y - XY) / n
            X2 += (x * x - X2) / n
        }
        let (a, b) = ols(X, Y, XY, X2)
        let predict: @Sendable (Double) -> Double
        if logX {
            predict = { x in a + b * Foundation.log(x) }
        } else {
            predict = { x in a + b * x }
        }
        return RegressionModel(coef: [a, b], rSquared: rSquared(pts, Y, predict), predict: predict)
    }

    static func exp(_ pts: [(Double, Double)]) -> RegressionModel {
        let (xv, _, ux, uy) = centred(pts)
        var YL = 0.0, XY = 0.0, XYL = 0.0, X2Y = 0.0, n = 0.0
        for (i, (_, dy)) in pts.enumerated() {
            let dx = xv[i]
            n += 1
            let ly = Foundation.log(dy), xy = dx * dy
            YL += (dy * ly - YL) / n
            XY += (xy - XY) / n
            XYL += (xy * ly - XYL) / n
            X2Y += (dx * xy - X2Y) / n
        }
        let (c0, c1) = ols(XY / uy, YL / uy, XYL / uy, X2Y / uy)
        let predict: @Sendable (Double) -> Double = { Foundation.exp(c0 + c1 * ($0 - ux)) }
        return RegressionModel(coef: [Foundation.exp(c0 - c1 * ux), c1], rSquared: rSquared(pts, uy, predict), predict: predict)
    }

    static func pow(_ pts: [(Double, Double)]) -> RegressionModel {
        var X = 0.0, Y = 0.0, XY = 0.0, X2 = 0.0, YS = 0.0, n = 0.0
        for (dx, dy) in pts {
            let lx = Foundation.log(dx), ly = Foundation.log(dy)
            n += 1
            X += (lx - X) / n
            Y += (ly - Y) / n
            XY += (lx * ly - XY) / n
            X2 += (lx * lx - X2) / n
            YS += (dy - YS) / n
        }
        let (a, b) = ols(X, Y, XY, X2)
        // y = e^a × x^b (Vega's prediction reads the coefficient after it is exponentiated);
        // R² is about the mean of y, not of log y.
        let scale = Foundation.exp(a)
        let predict: @Sendable (Double) -> Double = { scale * Foundation.pow($0, b) }
        return RegressionModel(coef: [scale, b], rSquared: rSquared(pts, YS, predict), predict: predict)
    }

    static func quad(_ pts: [(Double, Double)]) -> RegressionModel {
        let (xv, yv, ux, uy) = centred(pts)
        var X2 = 0.0, X3 = 0.0, X4 = 0.0, XY = 0.0, X2Y = 0.0
        for i in xv.indices {
            let dx = xv[i], dy = yv[i], x2 = dx * dx, n = Double(i + 1)
            X2 += (x2 - X2) / n
            X3 += (x2 * dx - X3) / n
            X4 += (x2 * x2 - X4) / n
            XY += (dx * dy - XY) / n
            X2Y += (x2 * dy - X2Y) / n
        }
        let X2X2 = X4 - X2 * X2
        let d = X2 * X2X2 - X3 * X3
        let a = (X2Y * X2 - XY * X3) / d
        let b = (XY * X2X2 - X2Y * X3) / d
        let c = -a * X2
        let predict: @Sendable (Double) -> Double = { x0 in
            let x = x0 - ux
            return a * x * x + b * x + c + uy
        }
        return RegressionModel(coef: [c - b * ux + a * ux * ux + uy, b - 2 * a * ux, a],
                               rSquared: rSquared(pts, uy, predict), predict: predict)
    }

    static func poly(_ pts: [(Double, Double)], order: Int) -> RegressionModel {
        let (xv, yv, ux, uy) = centred(pts)
        let k = order + 1
        var lhs: [Double] = []
        var matrix: [[Double]] = []
        for i in 0..<k {
            var v = 0.0
            for l in xv.indices { v += Foundation.pow(xv[l], Double(i)) * yv[l] }
            lhs.append(v)
            var c = [Double](repeating: 0, count: k)
            for j in 0..<k {
                var s = 0.0
                for l in xv.indices { s += Foundation.pow(xv[l], Double(i + j)) }
                c[j] = s
            }
            matrix.append(c)
        }
        matrix.append(lhs)
        let coef = gaussianElimination(&matrix)
        let predict: @Sendable (Double) -> Double = { x0 in
            let x = x0 - ux
            var y = uy + coef[0] + coef[1] * x + coef[2] * x * x
            for i in 3..<k { y += coef[i] * Foundation.pow(x, Double(i)) }
            return y
        }
        return RegressionModel(coef: uncenter(k, coef, -ux, uy), rSquared: rSquared(pts, uy, predict), predict: predict)
    }

    /// Expands a polynomial in (x − ux) back to one in x, and adds the mean `y`.
    static func uncenter(_ k: Int, _ a: [Double], _ x: Double, _ y: Double) -> [Double] {
        var z = [Double](repeating: 0, count: k)
        for i in stride(from: k - 1, through: 0, by: -1) {
            let v = a[i]
            var c = 1.0
            z[i] += v
            if i >= 1 {
                for j in 1...i {
                    c *= Double(i + 1 - j) / Double(j)
                    z[i - j] += v * Foundation.pow(x, Double(j)) * c
                }
            }
        }
        z[0] += y
        return z
    }

    /// Solves the normal equations as Vega does: `matrix[column][row]`, the last column
    /// the right-hand side, partial pivoting by swapping rows.
    static func gaussianElimination(_ matrix: inout [[Double]]) -> [Double] {
        let n = matrix.count - 1
        var coef = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var r = i
            for j in (i + 1)..<max(n, i + 1) where Swift.abs(matrix[i][j]) > Swift.abs(matrix[i][r]) { r = j }
            for k in i..<(n + 1) { matrix[k].swapAt(i, r) }
            for j in (i + 1)..<max(n, i + 1) {
                for k in stride(from: n, through: i, by: -1) {
                    matrix[k][j] -= (matrix[k][i] * matrix[i][j]) / matrix[i][i]
                }
            }
        }
        for j in stride(from: n - 1, through: 0, by: -1) {
            var t = 0.0
            for k in (j + 1)..<max(n, j + 1) { t += matrix[k][j] * coef[k] }
            coef[j] = (matrix[n][j] - t) / matrix[j][j]
        }
        return coef
    }
}
