import ChartsmithSpec
import Testing
@testable import ChartsmithData

/// The transforms moved onto columns last (impute, pivot, regression, loess, density,
/// quantile, sample, flatten, argmin/argmax, extent, a window that rewrites a field it
/// reads) must give exactly the row path's table, or the same error.
@Suite("Statistics and reshaping transforms on columns give the rows' results")
struct ColumnarStatisticsTests {
    /// Each a transform list, run alone and between a `calculate` that makes NaN (from
    /// text) and a filter. `y` is a curve of `value`, for the fits.
    static let specs: [String] = [
        #"{"impute": "value", "key": "sub", "groupby": ["cat"], "method": "mean", "frame": [-2, 2]}"#,
        #"{"impute": "value", "key": "sub", "keyvals": ["West", 0, "North"], "value": -1}"#,
        #"{"impute": "value", "key": "cat", "groupby": ["sub", "nope"], "method": "median"}"#,
        #"{"impute": "v3", "key": "cat", "groupby": ["sub"], "method": "max", "frame": [null, 1]}"#,
        #"{"impute": "nope", "key": "sub", "groupby": ["cat"], "method": "min"}"#,
        #"{"impute": "value", "key": "nope", "groupby": ["cat"], "keyvals": [1, 2]}"#,
        #"{"pivot": "sub", "value": "value", "groupby": ["cat"]}"#,
        #"{"pivot": "cat", "value": "value", "op": "mean", "limit": 3}"#,
        #"{"pivot": "sub", "value": "nope", "groupby": ["cat", "nope"], "op": "count"}"#,
        #"{"regression": "y", "on": "value", "groupby": ["cat"]}"#,
        #"{"regression": "y", "on": "value", "method": "quad", "groupby": ["sub"]}"#,
        #"{"regression": "y", "on": "value", "method": "poly", "order": 3, "extent": [-3, 8]}"#,
        #"{"regression": "y", "on": "value", "method": "log"}"#,
        #"{"regression": "y", "on": "value", "method": "exp", "groupby": ["cat"], "params": true}"#,
        #"{"regression": "value", "on": "v3", "method": "pow", "params": true}"#,
        #"{"loess": "y", "on": "value", "groupby": ["cat"], "bandwidth": 0.5}"#,
        #"{"loess": "value", "on": "v3", "as": ["value", "cat"]}"#,
        #"{"density": "value", "groupby": ["cat"]}"#,
        #"{"density": "value", "groupby": ["sub"], "counts": true, "cumulative": true, "steps": 20}"#,
        #"{"density": "v3", "extent": [-5, 10], "bandwidth": 0.3, "as": ["x", "d"]}"#,
        #"{"quantile": "value", "groupby": ["sub"], "probs": [0, 0.1, 0.5, 0.99, 1]}"#,
        #"{"quantile": "v3", "step": 0.2}"#,
        #"{"sample": 40}"#,
        #"{"sample": 0}"#,
        #"{"sample": 100000}"#,
        #"{"flatten": ["arr"]}"#,
        #"{"flatten": ["arr", "obj"], "as": ["a", "o"]}"#,
        #"{"aggregate": [{"op": "argmax", "field": "value", "as": "best"}, {"op": "sum", "field": "value", "as": "s"}, {"op": "argmin", "field": "v3", "as": "low"}], "groupby": ["cat"]}"#,
        #"{"aggregate": [{"op": "count", "as": "n"}, {"op": "max", "field": "value", "as": "n"}], "groupby": ["sub"]}"#,
        #"{"joinaggregate": [{"op": "argmin", "field": "value", "as": "a"}, {"op": "mean", "field": "value", "as": "value"}], "groupby": ["sub"]}"#,
        #"{"extent": "value", "param": "e"}, {"calculate": "datum.value - e[0]", "as": "shifted"}, {"filter": "datum.value < e[1]"}"#,
        #"{"window": [{"op": "lag", "field": "value", "as": "value"}, {"op": "first_value", "field": "value", "as": "f"}, {"op": "lead", "field": "f", "as": "f"}], "sort": [{"field": "sub"}], "groupby": ["cat"]}"#,
        #"{"impute": "value", "key": "sub", "groupby": ["cat"]}, {"pivot": "sub", "value": "value", "groupby": ["cat"]}"#,
        #"{"impute": "value", "key": "sub", "groupby": ["cat"], "method": "min"}, {"flatten": ["arr"]}, {"window": [{"op": "sum", "field": "value", "as": "run"}], "groupby": ["sub"]}"#,
    ]

    /// Rows as JSON with ragged records (keys left out, nested arrays and objects), read as
    /// rows, and the same rows packed into columns (absent cells where a record lacks a key).
    static func raggedJSON(rows: Int, seed: UInt64) throws -> (Table, Table) {
        var rng = SplitMix64(seed: seed)
        func pick(_ xs: [String]) -> String { xs[Int(rng.next() % UInt64(xs.count))] }
        let body = (0..<rows).map { _ -> String in
            var members: [String] = []
            for (key, values) in [("cat", [#""North""#, #""South""#, #""Café""#, "null", "3"]),
                                  ("sub", [#""North""#, #""South""#, #""East""#, "0", "null"]),
                                  ("value", ["1", "2.5", "-3", "null", #""4""#, #""x""#, "0.25", "true"]),
                                  ("arr", ["[]", "[1]", "[1, null, 3]", #"["a", 2]"#, "[[1, 2]]"]),
                                  ("obj", [#"[{"k": 1}]"#, #"[{"k": 2, "j": "x"}, {"j": null}]"#, "[]"])]
                where rng.next() % 5 != 0 {
                members.append("\"\(key)\": \(pick(values))")
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
        let rows = try DataLoader.table(fromJSON: Array(("[" + body.joined(separator: ",\n") + "]").utf8), property: nil, file: "x")
        return (Table.columnar(fields: rows.fields, rows: rows.rows), rows)
    }

    /// The inputs: CSV text columns, JSON number and value columns, ragged rows packed into
    /// columns, and empty tables; each with its table of rows.
    static func inputs() throws -> [(String, Table, Table)] {
        var out: [(String, Table, Table)] = []
        for seed in 21...22 as ClosedRange<UInt64> {
            let (columnar, rows) = try ColumnarTableTests.tables(ColumnarTableTests.randomCSV(rows: 200, seed: seed))
            out.append(("csv \(seed)", columnar, rows))
            for mixed in [false, true] {
                let bytes = Array(ColumnarTableTests.randomJSON(rows: 200, seed: seed, mixed: mixed).utf8)
                let columnar = try #require(JSONColumns.table(fromFile: bytes, maxRows: 1_000))
                out.append(("json \(seed) \(mixed)", columnar, try DataLoader.table(fromJSON: bytes, property: nil, file: "x")))
            }
            let (packed, ragged) = try raggedJSON(rows: 150, seed: seed)
            out.append(("ragged \(seed)", packed, ragged))
        }
        let (emptyColumns, emptyRows) = try ColumnarTableTests.tables("cat,sub,value\n")
        out.append(("empty csv", emptyColumns, emptyRows))
        out.append(("empty", Table.columnar(fields: ["cat", "value"], rows: []), Table(fields: ["cat", "value"])))
        return out
    }

    /// A transform list's error, as text.
    struct Failure: Error, Equatable {
        let text: String
    }

    /// A transform list's result, or its error.
    static func run(_ list: [Transform], _ table: Table) -> Result<Table, Failure> {
        do { return .success(try Transforms.apply(list, to: table, lookups: [:])) } catch { return .failure(Failure(text: "\(error)")) }
    }

    @Test("each transform gives the rows' table, bit for bit, and stays columnar", arguments: 0..<specs.count)
    func matches(_ k: Int) throws {
        let curve = #"{"calculate": "datum.value * datum.value - 3 * datum.value", "as": "y"}"#
        let lists = [
            try ColumnarTableTests.transforms("[" + curve + ", " + Self.specs[k] + "]"),
            try ColumnarTableTests.transforms(#"[{"calculate": "datum.value * 3", "as": "v3"}, "# + curve + ", " + Self.specs[k]
                                              + #", {"filter": "datum.cat != 'South'"}]"#),
        ]
        var compared = 0
        for (name, columnar, rows) in try Self.inputs() {
            #expect(ColumnarTableTests.difference(columnar, rows) == nil, "\(name) input")
            for list in lists {
                switch (Self.run(list, columnar), Self.run(list, rows)) {
                case (.success(let a), .success(let b)):
                    #expect(a.columns != nil, "\(name): not columnar")
                    #expect(b.columns == nil)
                    let d = ColumnarTableTests.difference(a, b)
                    #expect(d == nil, "\(name) \(Self.specs[k]): \(d ?? "")")
                    if a.rowCount > 0 { compared += 1 }
                case (.failure(let a), .failure(let b)):
                    #expect(a == b, "\(name): errors differ")
                case (let a, let b):
                    Issue.record("\(name) \(Self.specs[k]): columnar \(a), rows \(b)")
                }
            }
        }
        // Every spec but an empty sample gives rows on some input (the comparison is not vacuous).
        #expect(compared > 0 || Self.specs[k].contains("\"sample\": 0"))
    }

    @Test("a transform's located error is the same on columns")
    func errors() throws {
        let failing = [
            #"{"impute": "value", "key": "step", "groupby": ["cat"], "method": "median", "frame": [null, null]}"#,
            #"{"pivot": "step", "value": "value"}"#,
            #"{"density": "value", "groupby": ["step"], "steps": 200}"#,
            #"{"loess": "value", "on": "step", "bandwidth": 1}"#,
            #"{"regression": "value", "on": "step", "groupby": ["step"], "method": "quad"}"#,
            #"{"quantile": "value", "groupby": ["step"], "step": 0.01}"#,
        ]
        // 12,000 rows: a step per row, so the pivot makes too many fields and the median too much work.
        let n = 12_000
        let cats = ["a", "b", "c"]
        let rows = (0..<n).map { i in
            Row(["cat": .string(cats[i % 3]), "step": .number(Double(i)), "value": i % 7 == 0 ? .null : .number(Double(i % 13))])
        }
        let table = Table(fields: ["cat", "step", "value"], rows: rows)
        let columnar = Table.columnar(fields: table.fields, rows: rows)
        for spec in failing {
            let list = try ColumnarTableTests.transforms("[" + spec + "]")
            guard case .failure(let a) = Self.run(list, columnar), case .failure(let b) = Self.run(list, table) else {
                Issue.record("\(spec) did not fail on both: \(Self.run(list, columnar)) \(Self.run(list, table))")
                continue
            }
            #expect(a == b && a.text.hasPrefix("transform[0]: "), "\(a.text) | \(b.text)")
        }
    }

    @Test("rows packed into columns keep the fields each row lacks")
    func packedRows() throws {
        let rows = [Row(["a": .number(1)]), Row(["a": .null, "b": .string("x")]), Row([:])]
        let t = Table.columnar(fields: ["a", "b"], rows: rows)
        #expect(ColumnarTableTests.difference(t, Table(fields: ["a", "b"], rows: rows)) == nil)
        #expect(t.rows[0].values == ["a": .number(1)] && t.rows[2].values == [:])
        #expect(t.rows[1].values == ["a": .null, "b": .string("x")])
        // A field set in every row is present again; one rewritten in place keeps its gaps.
        let store = try #require(t.columns)
        #expect(Table(fields: t.fields, columns: store.setting("b", .numbers([1, 2, 3]))).rows[0].values["b"] == .number(1))
        #expect(Table(fields: t.fields, columns: store.replacing("b", with: .values([.null, .string("y"), .null]))).rows[0].values["b"] == nil)
        // The strict comparison tells a lacking field from a null one.
        #expect(ColumnarTableTests.difference(t, Table(fields: ["a", "b"], rows: [Row(["a": .number(1), "b": .null])] + rows.dropFirst())) != nil)
    }
}
