import ChartsmithSpec
import Foundation
import Testing
@testable import ChartsmithData

/// No transform turns a 1,000,000-row columnar table into rows: each runs on such a table
/// under a ``RowProbe`` and must build no row views, convert nothing, and give a columnar
/// table. Counted, not timed (speed is measured in `chartsmith-bench`).
@Suite("Every transform keeps a 1,000,000-row table columnar")
struct MillionRowColumnarTests {
    static let rows = 1_000_000

    /// Four series of 250,000 steps (series `s1` only on even steps, so impute has keys to
    /// add), a value with nulls, text for a category, and a two-element array.
    static let table: Table = {
        let n = rows
        let names = ["s0", "s1", "s2", "s3"].map(Value.string)
        var series: [Value] = [], step: [Double] = [], value: [Double] = [], when: [Double] = []
        series.reserveCapacity(n)
        step.reserveCapacity(n)
        value.reserveCapacity(n)
        when.reserveCapacity(n)
        var walk = 0.0
        for i in 0..<n {
            let s = i % 4
            series.append(names[s])
            step.append(Double(s == 1 ? (i / 4) * 2 : i / 4))
            walk += sin(Double(i) * 0.37) + 0.01 * Double(s)
            value.append(i % 97 == 0 ? .nan : walk)
            when.append(1_500_000_000_000 + Double(i) * 60_000)
        }
        let fields = ["series", "step", "value", "when", "arr[0]", "arr[1]"]
        let store = ColumnStore(count: n, names: fields,
                                columns: [.values(series), .numbers(step), .numbers(value), .dates(when), .numbers(value), .numbers(step)])
        return Table(fields: fields, columns: store)
    }()

    /// One transform list per transform (fold and impute make more than the default
    /// budget's rows, so the test gives them room).
    static let lists: [String] = [
        #"{"filter": "datum.value > 0"}"#,
        #"{"filter": {"field": "series", "oneOf": ["s1", "s2"]}}"#,
        #"{"calculate": "datum.value * 2", "as": "v2"}"#,
        #"{"fold": ["value", "step"]}"#,
        #"{"aggregate": [{"op": "mean", "field": "value", "as": "m"}, {"op": "count", "as": "n"}], "groupby": ["series"]}"#,
        #"{"aggregate": [{"op": "argmax", "field": "value", "as": "best"}], "groupby": ["series"]}"#,
        #"{"joinaggregate": [{"op": "sum", "field": "value", "as": "total"}], "groupby": ["series"]}"#,
        #"{"joinaggregate": [{"op": "argmin", "field": "value", "as": "low"}], "groupby": ["series"]}"#,
        #"{"window": [{"op": "sum", "field": "value", "as": "run"}], "groupby": ["series"]}"#,
        #"{"window": [{"op": "lag", "field": "value", "as": "value"}], "groupby": ["series"]}"#,
        #"{"stack": "value", "groupby": ["step"], "as": ["y0", "y1"]}"#,
        #"{"bin": true, "field": "value", "as": "b"}"#,
        #"{"timeUnit": "yearmonth", "field": "when", "as": "month"}"#,
        #"{"impute": "value", "key": "step", "groupby": ["series"], "method": "mean", "frame": [-5, 5]}"#,
        #"{"lookup": "series", "from": {"data": {"values": [{"k": "s1", "label": "one"}]}, "key": "k", "fields": ["label"]}}"#,
        #"{"pivot": "series", "value": "value", "groupby": ["step"]}"#,
        #"{"density": "value", "groupby": ["series"], "steps": 20}"#,
        #"{"regression": "value", "on": "step", "groupby": ["series"], "method": "quad"}"#,
        #"{"loess": "value", "on": "step", "bandwidth": 0.000001}"#,
        #"{"quantile": "value", "groupby": ["series"], "step": 0.1}"#,
        #"{"sample": 1000}"#,
        #"{"flatten": ["arr"]}"#,
        #"{"extent": "value", "param": "e"}, {"filter": "datum.value > e[0]"}"#,
    ]

    @Test("each transform on 1,000,000 columnar rows builds no rows and stays columnar", arguments: 0..<lists.count)
    func staysColumnar(_ k: Int) throws {
        let list = try ColumnarTableTests.transforms("[" + Self.lists[k] + "]")
        let lookups = try ColumnarTableTests.lookups(list)
        let probe = RowProbe()
        let out = try probe.counting {
            try Transforms.apply(list, to: Self.table, lookups: lookups, budget: DataBudget(maxRows: 3_000_000, maxCells: 60_000_000))
        }
        #expect(out.columns != nil, "\(Self.lists[k])")
        #expect(out.rowCount > 0)
        #expect(probe.views == 0, "\(Self.lists[k]): \(probe.views) row views")
        #expect(probe.conversions == 0, "\(Self.lists[k]): \(probe.conversions) conversions")
    }

    @Test("the probe counts a conversion and row views")
    func probeCounts() throws {
        let probe = RowProbe()
        var t = Table(fields: ["a"], columns: ColumnStore(count: 2, names: ["a"], columns: [.numbers([1, 2])]))
        probe.counting {
            _ = t.rows.count
            t.rows[0]["a"] = .number(3)
        }
        #expect(probe.views == 1 && probe.conversions == 1 && t.columns == nil)
        // Outside `counting` nothing is counted.
        var u = Table(fields: ["a"], columns: ColumnStore(count: 1, names: ["a"], columns: [.numbers([1])]))
        u.rows[0]["a"] = .null
        #expect(probe.views == 1 && probe.conversions == 1)
    }
}
