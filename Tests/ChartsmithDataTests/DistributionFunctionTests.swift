import Testing
@testable import ChartsmithData

/// Vega's probability functions (`quantileNormal`, `cumulativeNormal`, `densityNormal`, their
/// log-normal and uniform twins), against values computed with vega-statistics' own
/// algorithms (`normal.js`, `lognormal.js`, `uniform.js`, run in Node), to 1e-9 relative.
@Suite("Probability functions")
struct DistributionFunctionTests {
    /// `a` within 1e-9 of `b`, relative (absolute for 0).
    func close(_ a: Double, _ b: Double) -> Bool {
        if b == 0 { return Swift.abs(a) < 1e-15 }
        return Swift.abs(a - b) <= 1e-9 * Swift.abs(b)
    }

    func number(_ expression: String) throws -> Double {
        guard case .number(let v) = try evaluateExpression(expression) else {
            Issue.record("\(expression) is not a number")
            return .nan
        }
        return v
    }

    /// (expression, vega-statistics' value).
    static let normal: [(String, Double)] = [
        ("quantileNormal(1e-12)", -7.0344869100478356),
        ("quantileNormal(0.001)", -3.0902323061678136),
        ("quantileNormal(0.025)", -1.959963984540054),
        ("quantileNormal(0.3)", -0.5244005127080409),
        ("quantileNormal(0.5)", 0),
        ("quantileNormal(0.975)", 1.959963984540054),
        ("quantileNormal(0.999999)", 4.753424308817088),
        ("quantileNormal(0.9, 3, 2)", 5.563103131089202),
        ("cumulativeNormal(-40)", 0),
        ("cumulativeNormal(-8)", 6.220960520142783e-16),
        ("cumulativeNormal(-1.5)", 0.06680720126885807),
        ("cumulativeNormal(0)", 0.5),
        ("cumulativeNormal(0.3)", 0.6179114221889526),
        ("cumulativeNormal(1.96)", 0.9750021048517795),
        ("cumulativeNormal(7.5)", 0.9999999999999681),
        ("cumulativeNormal(4.2, 3, 2)", 0.7257468822499265),
        ("densityNormal(4.2, 3, 2)", 0.16661230144589984),
        ("quantileLogNormal(0.2, 0.5, 0.8)", 0.8408878451179651),
        ("cumulativeLogNormal(2.5, 0.5, 0.8)", 0.6985948478360674),
        ("densityLogNormal(2.5, 0.5, 0.8)", 0.17421331967496656),
    ]

    @Test("the normal and log-normal functions give vega-statistics' values", arguments: normal.indices)
    func normalValues(_ i: Int) throws {
        let (expression, expected) = Self.normal[i]
        let v = try number(expression)
        #expect(close(v, expected), "\(expression) = \(v), vega-statistics \(expected)")
    }

    @Test("the uniform functions: [0, 1) by default, [0, b) for one bound, NaN quantiles outside [0, 1]")
    func uniform() throws {
        #expect(try number("quantileUniform(0.25)") == 0.25)
        #expect(try number("quantileUniform(0.25, 8)") == 2)
        #expect(try number("quantileUniform(0.25, 2, 10)") == 4)
        #expect(try number("quantileUniform(1.5)").isNaN)
        #expect(try number("cumulativeUniform(3, 2, 10)") == 0.125)
        #expect(try number("cumulativeUniform(-1, 2, 10)") == 0 && (try number("cumulativeUniform(11, 2, 10)")) == 1)
        #expect(try number("densityUniform(3, 2, 10)") == 0.125 && (try number("densityUniform(12, 2, 10)")) == 0)
        #expect(try number("densityUniform(0.5)") == 1)
    }

    @Test("JavaScript's defaults: a null mean is 0, a null deviation 1; quantiles outside [0, 1] are NaN")
    func defaults() throws {
        #expect(try number("quantileNormal(0.975, null, null)") == (try number("quantileNormal(0.975)")))
        #expect(try number("densityNormal(0)") == 1 / (2 * Double.pi).squareRoot())
        #expect(try number("quantileNormal(-0.1)").isNaN && (try number("quantileNormal(1.1)")).isNaN)
        #expect(try number("quantileNormal(1)") == .infinity && (try number("quantileNormal(0)")) == -.infinity)
        #expect(try number("densityLogNormal(0)") == 0)
        // The inverse undoes the distribution function.
        for p in [0.01, 0.2, 0.5, 0.77, 0.99] {
            #expect(close(try number("cumulativeNormal(quantileNormal(\(p)))"), p))
        }
    }
}
