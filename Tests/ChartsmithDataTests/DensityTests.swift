@testable import ChartsmithData
import ChartsmithSpec
import Testing

/// The `density` transform computes what Vega's `kde` computes for the same parameters.
@Suite("Density transform (kernel density estimates)")
struct DensityTests {
    let table = Table(fields: ["x", "g"], rows: [1, 2, 3, 4, 5].map { Row(["x": .number($0), "g": .string($0 <= 3 ? "a" : "b")]) })

    @Test("Scott's rule as Vega estimates the bandwidth: 1.06 × min(sd, IQR/1.34) × n^-1/5")
    func bandwidth() {
        #expect(abs(Density.scottBandwidth([1, 2, 3, 4, 5]) - 1.1466663335796377) < 1e-12)
        // No spread at all: the fallback of 1 (Vega's `|| 1`), not a zero bandwidth.
        #expect(abs(Density.scottBandwidth([0, 0]) - 1.06 * pow(2, -0.2)) < 1e-12)
    }

    @Test("by default (resolve shared) 200 uniform steps, 201 samples, over the field's extent")
    func sharedDefaults() throws {
        var p = DensitySpec(field: "x")
        p.bandwidth = 1
        let out = try Density.apply(p, to: table)
        #expect(out.fields == ["value", "density"])
        #expect(out.rows.count == 201)
        #expect(out.rows.first?["value"] == .number(1) && out.rows.last?["value"] == .number(5))
        let middle = out.rows[100]
        #expect(middle["value"] == .number(3))
        #expect(abs((middle["density"].number ?? 0) - 0.1981731324932191) < 1e-12)
    }

    @Test("cumulative gives the CDF; counts scales by the group's size; groups keep their keys")
    func cumulativeCountsGroups() throws {
        var p = DensitySpec(field: "x")
        p.bandwidth = 1
        p.cumulative = true
        p.steps = 4
        let cdf = try Density.apply(p, to: table)
        #expect(cdf.rows.map { $0["value"] } == [1, 2, 3, 4, 5].map { Value.number($0) })
        #expect(abs((cdf.rows[2]["density"].number ?? 0) - 0.5) < 1e-7)
        p.cumulative = false
        p.counts = true
        p.groupby = ["g"]
        let grouped = try Density.apply(p, to: table)
        #expect(grouped.fields == ["g", "value", "density"])
        #expect(grouped.rows.count == 10)
        #expect(Set(grouped.rows.map { $0["g"] }) == [.string("a"), .string("b")])
        // Shared resolve: both groups sampled over the whole extent 1…5.
        #expect(grouped.rows.filter { $0["g"] == .string("b") }.map { $0["value"] }.first == .number(1))
        // Smoothed counts integrate to about the group's size (3 for "a").
        let a = try Density.apply({ var q = p; q.steps = 400; q.extent = [-10, 15]; return q }(), to: table).rows.filter { $0["g"] == .string("a") }
        let area = zip(a, a.dropFirst()).reduce(0.0) { $0 + (($1.1["value"].number! - $1.0["value"].number!) * ($1.0["density"].number! + $1.1["density"].number!) / 2) }
        #expect(abs(area - 3) < 1e-3)
    }

    @Test("independent resolve samples each group over its own extent, refining where it bends")
    func independentAdaptive() throws {
        var p = DensitySpec(field: "x")
        p.groupby = ["g"]
        p.resolveShared = false
        let out = try Density.apply(p, to: table)
        let b = out.rows.filter { $0["g"] == .string("b") }
        #expect(b.first?["value"] == .number(4) && b.last?["value"] == .number(5))
        #expect(b.count >= 26 && b.count <= 201)
        let xs = b.compactMap { $0["value"].number }
        #expect(xs == xs.sorted())
    }
}

import Foundation
