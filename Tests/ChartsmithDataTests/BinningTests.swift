import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// Every bin parameter as Vega computes it. The expected numbers are Vega's own: each case
/// was run through Vega 5's `extent` and `bin` transforms (vl-convert's `vega_to_scenegraph`,
/// printing each value's `bin0`/`bin1` and the `bins` signal), and are written here as
/// Vega printed them, so floating-point noise (0.30500000000000005) must match too.
@Suite("Bins as Vega's bin transform makes them")
struct BinningTests {
    struct Case: CustomTestStringConvertible {
        var name: String
        var values: [Double]
        var spec: BinSpec
        /// Each value's bin start and end; nil for a value outside the bins (Vega's ±Infinity).
        var bins: [(Double, Double)?]
        /// Vega's `bins` signal: start, stop, step.
        var signal: (Double, Double, Double)
        var testDescription: String { name }
    }

    static func spec(_ set: (inout BinSpec) -> Void) -> BinSpec {
        var s = BinSpec()
        set(&s)
        return s
    }

    static let cases: [Case] = [
        Case(name: "anchor 2, step 5", values: [2.77, 7.33, 18.37, 12.5],
             spec: spec { $0.step = 5; $0.anchor = 2; $0.maxbins = 10 },
             bins: [(2, 7), (7, 12), (17, 22), (12, 17)], signal: (2, 20, 5)),
        Case(name: "nice false, maxbins 6", values: [2.77, 7.33, 18.37, 12.5],
             spec: spec { $0.maxbins = 6; $0.nice = false },
             bins: [(2.77, 7.77), (2.77, 7.77), (17.77, 22.77), (7.77, 12.77)], signal: (2.77, 18.37, 5)),
        Case(name: "minstep 3, maxbins 50", values: [0.3, 2.77, 7.33, 18.37, 21.2],
             spec: spec { $0.maxbins = 50; $0.minstep = 3 },
             bins: [(0, 3), (0, 3), (6, 9), (18, 21), (21, 24)], signal: (0, 24, 3)),
        Case(name: "base 2", values: [0, 3, 37, 100],
             spec: spec { $0.maxbins = 10; $0.base = 2 },
             bins: [(0, 16), (0, 16), (32, 48), (96, 112)], signal: (0, 112, 16)),
        Case(name: "divide [4, 2], maxbins 20", values: [1.3, 4.7, 9.9],
             spec: spec { $0.maxbins = 20; $0.divide = [4, 2] },
             bins: [(1, 1.5), (4.5, 5), (9.5, 10)], signal: (1, 10, 0.5)),
        Case(name: "steps [1, 5, 25, 50]", values: [0, 13, 47, 99],
             spec: spec { $0.maxbins = 10; $0.steps = [1, 5, 25, 50] },
             bins: [(0, 5), (10, 15), (45, 50), (95, 100)], signal: (0, 100, 5)),
        Case(name: "extent [0, 20], step 2", values: [-3, 0.5, 7.2, 19.9, 25],
             spec: spec { $0.step = 2; $0.extent = [0, 20] },
             bins: [nil, (0, 2), (6, 8), (18, 20), nil], signal: (0, 20, 2)),
        Case(name: "anchor 0.005 on fractions", values: [0.013, 0.27, 0.391],
             spec: spec { $0.maxbins = 10; $0.anchor = 0.005 },
             bins: [(0.005, 0.055), (0.255, 0.30500000000000005), (0.35500000000000004, 0.405)], signal: (0.005, 0.4, 0.05)),
    ]

    @Test("each value's bin and the bins' signal are Vega's", arguments: cases)
    func vegaBins(_ c: Case) throws {
        let source = Table(fields: ["x"], rows: c.values.map { Row(["x": .number($0)]) })
        let t = try Binning.bin(source, field: "x", as: "b0", end: "b1", spec: c.spec)
        for (i, expected) in c.bins.enumerated() {
            if let (a, b) = expected {
                #expect(t.rows[i]["b0"] == .number(a) && t.rows[i]["b1"] == .number(b), "value \(c.values[i]): \(t.rows[i]["b0"]) – \(t.rows[i]["b1"])")
            } else {
                #expect(t.rows[i]["b0"] == .null && t.rows[i]["b1"] == .null, "value \(c.values[i]) is outside the bins")
            }
        }
        let bins = try #require(t.bins["b0"])
        #expect(bins.start == c.signal.0 && bins.stop == c.signal.1 && bins.step == c.signal.2, "\(bins)")
    }

    @Test("a binned axis is ticked at Vega's scale bins: from the start in steps through the stop")
    func axisTicks() {
        let b = BinBoundaries(start: 2, stop: 20, step: 5, last: 22)
        #expect(b.ticks(lo: 2, hi: 20) == [2, 7, 12, 17, 22])
        let c = BinBoundaries(start: 0, stop: 20, step: 2, last: 20)
        #expect(c.ticks(lo: 0, hi: 20) == stride(from: 0.0, through: 20, by: 2).map { $0 })
    }

    @Test("the bin parameters decode, and a base of 1, a negative minstep or an empty divide is refused where it is written")
    func decoding() throws {
        func decode(_ bin: String) throws -> BinSpec? {
            let json = #"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "quantitative", "bin": \#(bin)}}}"#
            return try SpecDecoder().decode(Array(json.utf8)).encoding[.x]?.bin
        }
        let b = try #require(try decode(#"{"anchor": 2, "base": 2, "divide": [4, 2], "minstep": 3, "nice": false, "steps": [1, 5], "maxbins": 7}"#))
        #expect(b.anchor == 2 && b.base == 2 && b.divide == [4, 2] && b.minstep == 3 && b.nice == false && b.steps == [1, 5] && b.maxbins == 7)
        #expect(b.fieldPrefix == "bin_maxbins_7_steps_1_5_anchor_2_base_2_divide_4_2_minstep_3_nice_false")
        for (bad, path) in [(#"{"base": 1}"#, "base"), (#"{"minstep": -1}"#, "minstep"), (#"{"divide": []}"#, "divide"), (#"{"steps": [0]}"#, "steps")] {
            #expect(throws: Diagnostic.self, "\(bad)") { _ = try decode(bad) }
            do { _ = try decode(bad) } catch let d as Diagnostic { #expect("\(d)".contains(path), "\(d)") }
        }
    }
}
