import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// `impute` as Vega-Lite defines it: within each group, a row for every key (from the data
/// and `keyvals`) the group lacks, holding `value` or a statistic of the group's values.
@Suite("Imputation")
struct ImputeTests {
    func rows(_ list: [(Double, Double?, String)]) -> Table {
        Table(fields: ["k", "v", "g"], rows: list.map { Row(["k": .number($0.0), "v": $0.1.map(Value.number) ?? .null, "g": .string($0.2)]) })
    }

    func imputed(_ t: Table, group: String, key: Double) -> [Value] {
        t.rows.filter { $0["g"] == .string(group) && $0["k"] == .number(key) }.map { $0["v"] }
    }

    @Test("each group gains a row, with the value, for every key another group has and for the keyvals")
    func valueMethod() throws {
        var spec = ImputeSpec()
        spec.field = "v"; spec.key = "k"; spec.groupby = ["g"]; spec.value = .number(100); spec.keyvals = [.number(4)]
        let t = try Impute.apply(spec, to: rows([(0, 28, "a"), (1, 43, "a"), (2, 81, "a"), (3, 19, "a"), (0, 91, "b"), (1, 55, "b"), (2, 53, "b")]))
        #expect(t.rows.count == 10)
        #expect(imputed(t, group: "a", key: 4) == [.number(100)])
        #expect(imputed(t, group: "b", key: 3) == [.number(100)])
        #expect(imputed(t, group: "b", key: 4) == [.number(100)])
        #expect(imputed(t, group: "a", key: 3) == [.number(19)])  // present rows are untouched
    }

    @Test("mean, max and min are over the group's values in the frame; a sequence gives the keys")
    func methods() throws {
        let data = rows([(0, 10, "a"), (1, 20, "a"), (2, 60, "a")])
        var spec = ImputeSpec()
        spec.field = "v"; spec.key = "k"; spec.sequence = (start: 0, stop: 5, step: 1)
        spec.method = .mean
        var t = try Impute.apply(spec, to: data)
        #expect(t.rows.count == 5)
        #expect(t.rows.filter { $0["k"] == .number(3) || $0["k"] == .number(4) }.map(\.["v"]) == [.number(30), .number(30)])
        spec.method = .max
        t = try Impute.apply(spec, to: data)
        #expect(t.rows.filter { $0["k"] == .number(4) }.map(\.["v"]) == [.number(60)])
        // A frame of one row either side: key 3 sees keys 2 and 4 (only 2 has a value).
        spec.method = .min
        spec.frame = [-1, 1]
        t = try Impute.apply(spec, to: data)
        #expect(t.rows.filter { $0["k"] == .number(3) }.map(\.["v"]) == [.number(60)])
        // Median over a frame of two before and one after: key 3 sees keys 1, 2 (and 4, empty).
        spec.method = .median
        spec.frame = [-2, 1]
        t = try Impute.apply(spec, to: data)
        #expect(t.rows.filter { $0["k"] == .number(3) }.map(\.["v"]) == [.number(40)])
    }

    @Test("a frame of any size costs no more than the group's length (the fuzzer's 10,885 keys with a frame of 4,100)")
    func hugeFrames() throws {
        let data = rows([(1006, 10, "a"), (2000, 20, "a"), (1006, 5, "b")])
        var spec = ImputeSpec()
        spec.field = "v"; spec.key = "k"; spec.groupby = ["g"]
        spec.sequence = (start: 1006, stop: 11891, step: 1)
        spec.method = .mean
        spec.frame = [-2, 4100.00001]
        let t = try Impute.apply(spec, to: data)
        #expect(t.rows.count == 2 * 10_885)
        // Key 1010 (in group a) sees keys 1008 to 5110: only 2000's value, 20.
        #expect(t.rows.first { $0["k"] == .number(1010) && $0["g"] == .string("a") }?["v"] == .number(20))
        spec.frame = [-1e308, 1e308]
        spec.method = .max
        #expect(try Impute.apply(spec, to: data).rows.first { $0["k"] == .number(5000) && $0["g"] == .string("a") }?["v"] == .number(20))
        spec.method = .median
        #expect(throws: DataError.self) { try Impute.apply(spec, to: data) }
    }

    @Test("the impute transform reads as Vega-Lite writes it and runs in order with the others")
    func transform() throws {
        let spec = try SpecDecoder().decode(Array("""
        {"data": {"values": []}, "mark": "line",
         "transform": [{"impute": "v", "key": "k", "keyvals": [3], "groupby": ["g"], "method": "value", "value": 0}]}
        """.utf8))
        let t = try Transforms.apply(spec.transforms, to: rows([(0, 1, "a"), (1, 2, "b")]))
        #expect(t.rows.count == 6)
        #expect(imputed(t, group: "a", key: 1) == [.number(0)])
        #expect(imputed(t, group: "b", key: 3) == [.number(0)])
    }

    @Test("an impute transform without a key is an error naming it")
    func missingKey() {
        #expect(throws: Diagnostic.self) {
            _ = try SpecDecoder().decode(Array(#"{"data": {"values": []}, "mark": "line", "transform": [{"impute": "v"}]}"#.utf8))
        }
    }
}
