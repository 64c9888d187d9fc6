@testable import ChartsmithData
import ChartsmithSpec
import Testing

/// The statistics behind the composite marks: `stderr`, `stdev`, the quartiles (`q1`,
/// `median`, `q3`: d3's R-7) and the seeded bootstrap interval (`ci0`, `ci1`).
///
/// The bootstrap's expected bounds were computed by a separate implementation of
/// vega-statistics' `bootstrapCI(values, 1000, 0.05)` (Python floats, which are JavaScript's
/// doubles) drawing from Vega's `lcg` seeded 20260101; the other values are the textbook
/// formulas (Python's `statistics.stdev`, d3's quantile).
@Suite("Composite-mark statistics (stderr, stdev, quartiles, bootstrap CI)")
struct CompositeStatisticsTests {
    static let values: [Double] = [2.1, 3.9, 6.2, 7.8, 10.5, 11.9, 14.2, 16.1]
    let rows = values.map { Row(["v": .number($0)]) }

    static func close(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= 1e-9 * max(abs(expected), 1e-3)
    }

    @Test("stderr and stdev are the sample standard deviation (n − 1) and it over √n")
    func spread() {
        #expect(Self.close(Aggregation.apply(.stdev, field: "v", rows: rows).number, 4.941786114351774))
        #expect(Self.close(Aggregation.apply(.stderr, field: "v", rows: rows).number, 1.7471852363158291))
        // One value: Vega's undefined, NaN in arithmetic (so `mean - stderr` is missing, not
        // the mean), where null would count as 0.
        for op in [AggregateOp.stderr, .stdev, .variance] {
            let one = Aggregation.apply(op, field: "v", rows: Array(rows.prefix(1)))
            #expect(one.number == nil && one.isNull && one != .null, "\(op): \(one)")
        }
    }

    @Test("quartiles are d3's R-7 quantiles")
    func quartiles() {
        #expect(Self.close(Aggregation.apply(.q1, field: "v", rows: rows).number, 5.625))
        #expect(Self.close(Aggregation.apply(.median, field: "v", rows: rows).number, 9.15))
        #expect(Self.close(Aggregation.apply(.q3, field: "v", rows: rows).number, 12.475))
    }

    @Test("the bootstrap interval is vega-statistics' with the fixed seed: the same on every run")
    func bootstrap() throws {
        let ci = try #require(BootstrapCI.interval(Self.values))
        #expect(Self.close(ci.lower, 6.025) && Self.close(ci.upper, 12.425), "\(ci)")
        #expect(BootstrapCI.seed == 20_260_101 && BootstrapCI.samples == 1000)
        for _ in 0..<3 {
            let again = try #require(BootstrapCI.interval(Self.values))
            #expect(again.lower == ci.lower && again.upper == ci.upper)
        }
        #expect(Aggregation.apply(.ci0, field: "v", rows: rows).number == ci.lower)
        #expect(Aggregation.apply(.ci1, field: "v", rows: rows).number == ci.upper)
        // One value: every resample is that value. None: no interval.
        #expect(BootstrapCI.interval([4])?.lower == 4 && BootstrapCI.interval([4])?.upper == 4)
        #expect(BootstrapCI.interval([]) == nil)
        #expect(Aggregation.apply(.ci0, field: "v", rows: []) == .null)
    }

    @Test("the interval lies around the mean and narrows as the sample grows")
    func bootstrapShape() throws {
        let wide = try #require(BootstrapCI.interval(Self.values))
        let mean = Self.values.reduce(0, +) / Double(Self.values.count)
        #expect(wide.lower < mean && mean < wide.upper)
        let many = (0..<64).flatMap { _ in Self.values }
        let narrow = try #require(BootstrapCI.interval(many))
        #expect(narrow.upper - narrow.lower < (wide.upper - wide.lower) / 4)
    }
}
