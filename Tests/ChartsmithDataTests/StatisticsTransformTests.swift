@testable import ChartsmithData
import ChartsmithSpec
import Testing

/// The `regression`, `loess`, `quantile`, `flatten` and `sample` transforms give Vega's numbers.
///
/// Expected values are Vega 6.2's own output: each transform was run by vl-convert 1.9
/// (`vegalite_to_scenegraph`) on the same data, with a `calculate` of
/// `toString(datum.coef) + '|' + toString(datum.rSquared)` (or of x and y) drawn as text, so
/// the scenegraph carries every number at full JavaScript precision. The least-squares
/// coefficients were also checked against numpy's `polyfit` (for `exp`, weighted by y, which
/// is the fit Vega's `exp` method makes).
@Suite("Statistics transforms (regression, loess, quantile, flatten, sample)")
struct StatisticsTransformTests {
    static let xs: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    static let ys: [Double] = [2.1, 3.9, 6.2, 7.8, 10.5, 11.9, 14.2, 16.1]
    let points = Table(fields: ["x", "y"], rows: zip(xs, ys).map { Row(["x": .number($0), "y": .number($1)]) })

    /// `actual` equals `expected` to 1e-9 relative (absolute near zero).
    static func close(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= 1e-9 * max(abs(expected), 1e-3)
    }

    func params(_ method: RegressionSpec.Method, order: Int = 3) throws -> Row {
        var p = RegressionSpec(field: "y", on: "x")
        p.method = method
        p.order = order
        p.params = true
        let out = try Regression.apply(p, to: points)
        try #require(out.rows.count == 1)
        return out.rows[0]
    }

    @Test("regression coefficients and R² of every method match Vega's", arguments: [
        (RegressionSpec.Method.linear, 3, [0.017857142857145902, 2.01547619047619], 0.9980187601477608),
        (.log, 3, [0.1732427715131255, 6.7248211443573895], 0.9162033355487346),
        (.exp, 3, [2.862228891329864, 0.22905331110043398], 0.9467118618783339),
        (.pow, 3, [2.0497316927569087, 0.990125768005079], 0.9979581427552134),
        (.quad, 3, [-0.008928571428572951, 2.0315476190476205, -0.0017857142857144379], 0.998021893919056),
        (.poly, 3, [0.17857142857142705, 1.8364718614718627, 0.04935064935064911, -0.003787878787878771], 0.998071749371481),
        (.poly, 4, [0.5803571428571566, 1.2459686147185947, 0.30672348484849393, -0.04640151515151667, 0.002367424242424328],
         0.9981311011005584),
    ])
    func coefficients(method: RegressionSpec.Method, order: Int, coef: [Double], rSquared: Double) throws {
        let row = try params(method, order: order)
        for (i, c) in coef.enumerated() {
            #expect(Self.close(row["coef[\(i)]"].number, c), "\(method) coef[\(i)]: \(row["coef[\(i)]"]) ≠ \(c)")
        }
        #expect(row["coef[\(coef.count)]"] == .null)
        #expect(Self.close(row["rSquared"].number, rSquared), "\(method) R²: \(row["rSquared"]) ≠ \(rSquared)")
    }

    @Test("a linear line is its two end points over the extent; other fits sample the curve as Vega does")
    func lines() throws {
        var p = RegressionSpec(field: "y", on: "x")
        p.extent = [0, 10]
        let line = try Regression.apply(p, to: points)
        #expect(line.fields == ["x", "y"])
        #expect(line.rows.map { $0["x"] } == [.number(0), .number(10)])
        #expect(Self.close(line.rows[0]["y"].number, 0.017857142857145902))
        #expect(Self.close(line.rows[1]["y"].number, 20.172619047619044))
        p.extent = nil
        p.method = .quad
        let curve = try Regression.apply(p, to: points)
        // Vega's first three samples: 1, 1.28, 1.56 (25 uniform steps over 1…8, no refinement needed).
        let first = curve.rows.prefix(3).map { ($0["x"].number ?? .nan, $0["y"].number ?? .nan) }
        for (got, want) in zip(first, [(1.0, 2.020833333333332), (1.28, 2.5885266666666666), (1.56, 3.155940000000001)]) {
            #expect(Self.close(got.0, want.0) && Self.close(got.1, want.1), "\(got) ≠ \(want)")
        }
        #expect(curve.rows.last?["x"] == .number(8))
    }

    @Test("groups get a line each, keep their keys, and are skipped with no more rows than parameters")
    func groups() throws {
        var t = points
        t.fields.append("g")
        for i in t.rows.indices { t.rows[i]["g"] = .string(i < 6 ? "a" : "b") }
        var p = RegressionSpec(field: "y", on: "x")
        p.groupby = ["g"]
        let out = try Regression.apply(p, to: t)
        #expect(out.fields == ["g", "x", "y"])
        #expect(out.rows.map { $0["g"] } == [.string("a"), .string("a"), .string("b"), .string("b")])
        p.method = .quad  // "b" has two rows: not more than a quadratic's two degrees of freedom.
        #expect(Set(try Regression.apply(p, to: t).rows.map { $0["g"] }) == [.string("a")])
        p.params = true
        let rows = try Regression.apply(p, to: t).rows
        #expect(rows.count == 1 && rows[0]["keys"] == .string("a") && rows[0]["keys[0]"] == .string("a"))
    }

    static let loessTable = Table(fields: ["x", "y"], rows: (
        [3.0, 1.5, 4.0, 4.5, 2.0, 6.5, 5.0, 7.5, 6.0, 9.0, 8.5, 7.0].enumerated().map { (Double($0.offset + 1), $0.element) }
        + [(5.0, 3.0)]).map { Row(["x": .number($0.0), "y": .number($0.1)]) })

    @Test("loess matches Vega's smoothing, one point per distinct x", arguments: [
        (0.5, [2.3461790967492693, 2.8675970294541857, 3.4412030273327794, 3.713468167218695, 3.710846040272704,
               4.675884242938102, 6.117197101463047, 6.521352774514395, 7.313044938832034, 7.755086030292983,
               7.803031312490942, 7.788203325324698]),
        (0.3, [2.999999999999985, 1.5, 4, 4.5, 2.5, 6.5, 5, 7.5, 6, 9, 8.5, 7.000000000000006]),
    ])
    func loess(bandwidth: Double, expected: [Double]) throws {
        var p = LoessSpec(field: "y", on: "x")
        p.bandwidth = bandwidth
        let out = try Loess.apply(p, to: Self.loessTable)
        #expect(out.rows.map { $0["x"] } == (1...12).map { .number(Double($0)) })
        for (row, want) in zip(out.rows, expected) {
            #expect(Self.close(row["y"].number, want), "x = \(row["x"]): \(row["y"]) ≠ \(want)")
        }
    }

    @Test("loess of a straight line is the line; one point gives nothing")
    func loessLine() {
        let pts = (0..<20).map { (Double($0), 3 * Double($0) - 2) }
        for (x, y) in Loess.smooth(pts.reversed(), bandwidth: 0.3) { #expect(abs(y - (3 * x - 2)) < 1e-9) }
        #expect(Loess.smooth([(1, 1)], bandwidth: 0.3).isEmpty)
    }

    static let values = Table(fields: ["v", "g"], rows: [7, 1, 4, 9, 3, 3, 12, 5, 8, 2].enumerated().map {
        Row(["v": .number(Double($0.element)), "g": .string($0.offset % 3 == 0 ? "b" : "a")])
    })

    @Test("quantile at given probabilities and at steps per group, as Vega")
    func quantile() throws {
        var p = QuantileSpec(field: "v")
        p.probs = [0, 0.1, 0.25, 0.5, 0.9, 1]
        let out = try Quantile.apply(p, to: Self.values)
        #expect(out.fields == ["prob", "value"])
        for (row, want) in zip(out.rows, [1, 1.9, 3, 4.5, 9.299999999999999, 12]) { #expect(Self.close(row["value"].number, want)) }
        p.probs = nil
        p.step = 0.3
        p.groupby = ["g"]
        let stepped = try Quantile.apply(p, to: Self.values)
        #expect(stepped.fields == ["g", "prob", "value"])
        let want: [(String, Double, Double)] = [("b", 0.15, 4.25), ("b", 0.44999999999999996, 7.699999999999999), ("b", 0.75, 9.75),
                                               ("a", 0.15, 2.5), ("a", 0.44999999999999996, 3.25), ("a", 0.75, 4.75)]
        #expect(stepped.rows.count == want.count)
        for (row, w) in zip(stepped.rows, want) {
            #expect(row["g"] == .string(w.0) && row["prob"] == .number(w.1) && Self.close(row["value"].number, w.2), "\(row) ≠ \(w)")
        }
        // The default step of 0.01: 0.005 … 0.995, a hundred probabilities.
        #expect(Quantile.steps(0.01).count == 100)
    }

    @Test("flatten gives a row per element, null past a shorter array, none for no elements")
    func flatten() throws {
        let t = Table(fields: ["k", "a", "a[0]", "a[1]", "b", "b[0]", "b[0].n"], rows: [
            Row(["k": .string("p"), "a": .string("1,2"), "a[0]": .number(1), "a[1]": .number(2),
                 "b": .string("[object Object]"), "b[0]": .string("[object Object]"), "b[0].n": .number(9)]),
            Row(["k": .string("q"), "a": .string("")]),
        ])
        let out = try Flatten.apply(fields: ["a", "b"], as: ["a", "item"], to: t)
        #expect(out.rows.count == 2)
        #expect(out.rows.map { $0["k"] } == [.string("p"), .string("p")])
        #expect(out.rows.map { $0["a"] } == [.number(1), .number(2)])
        #expect(out.rows.map { $0["item.n"] } == [.number(9), .null])
        #expect(out.fields.contains("item") && out.fields.contains("item.n"))
    }

    @Test("sample keeps Vega's reservoir with the seeded generator: the same rows every run")
    func sample() throws {
        let t = Table(fields: ["i"], rows: (0..<20).map { Row(["i": .number(Double($0))]) })
        // Computed by hand-running Vega's reservoir with its lcg from the seed 20260101 (in Python).
        let out = try Sample.apply(size: 5, to: t)
        #expect(out.rows.map { $0["i"] } == [16, 13, 17, 3, 9].map { .number($0) })
        #expect(try Sample.apply(size: 50, to: t) == t)
        #expect(try Sample.apply(size: 0, to: t).rows.isEmpty)
    }

    @Test("the fits check the data budget before they build their output")
    func budget() {
        let tiny = DataBudget(maxRows: 100, maxCells: 1_000)
        var t = Table(fields: ["x", "y", "g"])
        for i in 0..<50 { t.rows.append(Row(["x": .number(Double(i)), "y": .number(Double(i % 7)), "g": .number(Double(i))])) }
        var r = RegressionSpec(field: "y", on: "x")
        r.groupby = ["g"]
        r.method = .quad
        #expect(throws: DataError.self) { try Regression.apply(r, to: t, budget: tiny) }
        var q = QuantileSpec(field: "y")
        q.groupby = ["g"]
        #expect(throws: DataError.self) { try Quantile.apply(q, to: t, budget: tiny) }
    }
}
