import ChartsmithSpec
import Testing
@testable import ChartsmithData

/// The encoding pipeline's steps that rewrite fields (temporal coercion and time units, the
/// continuous colour and size filter, `invalid: null`'s zeros, `sort` by a field's aggregate, a stack's domain order
/// and the zeros a stacked area gets at its gaps) on columns give the rows' table exactly.
@Suite("The encoding pipeline on columns gives the rows' results")
struct ColumnarEncodingTests {
    /// Random rows: a category, a date (ISO text, blanks, markers), a number with blanks.
    static func randomCSV(rows: Int, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func pick(_ xs: [String]) -> String { xs[Int(rng.next() % UInt64(xs.count))] }
        var out = "cat,when,value\n"
        for _ in 0..<rows {
            let day = String(format: "2020-%02d-%02d", Int(rng.next() % 12) + 1, Int(rng.next() % 28) + 1)
            out += pick(["a", "b", "c", "Café", ""]) + "," + pick([day, day, day, "", "2021-06-01T12:30:00"]) + ","
                + pick(["1", "2.5", "-3", "", "NA", "7", "0.25"]) + "\n"
        }
        return out
    }

    static let specs: [String] = [
        #"{"mark": "line", "encoding": {"x": {"field": "when", "type": "temporal", "timeUnit": "month"}, "y": {"field": "value", "type": "quantitative"}, "color": {"field": "cat"}}}"#,
        #"{"mark": "point", "encoding": {"x": {"field": "when", "type": "temporal"}, "y": {"field": "value", "type": "quantitative"}, "color": {"field": "value", "type": "quantitative"}, "size": {"field": "value", "type": "quantitative"}}}"#,
        #"{"mark": "tick", "encoding": {"x": {"field": "cat", "type": "nominal", "sort": {"field": "value", "op": "mean"}}, "y": {"field": "value", "type": "quantitative"}}}"#,
        #"{"mark": "area", "encoding": {"x": {"field": "when", "type": "temporal", "timeUnit": "yearmonth"}, "y": {"field": "value", "type": "quantitative", "stack": "zero"}, "color": {"field": "cat"}}}"#,
        #"{"mark": {"type": "bar", "invalid": null}, "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "value", "type": "quantitative"}}}"#,
        #"{"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "mark": "bar", "encoding": {"x": {"field": "when", "type": "ordinal", "timeUnit": "month"}, "y": {"field": "value", "type": "quantitative"}, "color": {"field": "cat", "scale": {"domain": ["c", "a", "b"]}}}}"#,
    ]

    @Test("each view's prepared table is the rows' one, bit for bit, and stays columnar", arguments: 0..<specs.count)
    func matches(_ k: Int) throws {
        let spec = try SpecDecoder().decode(Array(("{\"data\": {\"values\": []}, " + Self.specs[k].dropFirst()).utf8))
        let view = ViewSemantics(mark: try #require(spec.mark), encoding: spec.encoding, vegaLiteMajorVersion: spec.vegaLiteMajorVersion)
        for seed in 31...33 as ClosedRange<UInt64> {
            let (columnar, rows) = try ColumnarTableTests.tables(Self.randomCSV(rows: 300, seed: seed))
            let a = try EncodingPipeline.prepare(ViewPreparation.parseAtSource(columnar, encoding: spec.encoding, transforms: []), view: view)
            let b = try EncodingPipeline.prepare(ViewPreparation.parseAtSource(rows, encoding: spec.encoding, transforms: []), view: view)
            #expect(a.columns != nil, "\(Self.specs[k])")
            #expect(a.rowCount > 0)
            let d = ColumnarTableTests.difference(a, b)
            #expect(d == nil, "\(seed) \(Self.specs[k]): \(d ?? "")")
        }
    }

    @Test("a value that is not a date names the same row on columns")
    func dateErrors() throws {
        let (columnar, rows) = try ColumnarTableTests.tables("when\n2020-01-01\n\nsoon\n")
        let spec = try SpecDecoder().decode(Array(#"{"data": {"values": []}, "mark": "point", "encoding": {"x": {"field": "when", "type": "temporal"}}}"#.utf8))
        let view = ViewSemantics(mark: try #require(spec.mark), encoding: spec.encoding)
        var messages: [String] = []
        for t in [columnar, rows] {
            do { _ = try EncodingPipeline.prepare(t, view: view) } catch let e as DataError { messages.append(e.description) }
        }
        #expect(messages.count == 2 && messages[0] == messages[1] && messages[0].contains("soon"), "\(messages)")
    }
}
