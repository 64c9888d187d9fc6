import Chartsmith
import ChartsmithTestSupport
import Foundation
import Testing

/// The series limit holds after the transforms, in the one pipeline: a category explosion
/// (a colour field with 200,000 distinct values) fails naming the limit, before layout would
/// search a 200,000-entry colour scale for every row.
@Suite("Series limit in the pipeline")
struct SeriesLimitTests {
    @Test("200,000 colour categories fail naming the series limit")
    func categoryExplosion() throws {
        let spec = """
        {"data": {"sequence": {"start": 0, "stop": 200000}}, "mark": "bar",
         "encoding": {"x": {"field": "data", "type": "nominal"},
                      "y": {"field": "data", "type": "quantitative"},
                      "color": {"field": "data", "type": "nominal"}}}
        """
        #expect {
            _ = try TestPipeline.chart(spec)
        } throws: { error in
            "\(error)".contains("more than 1000 distinct values") && "\(error)".contains("--limit series=N")
        }
    }

    @Test("series made by a transform count too: a fold's keys past the limit fail")
    func seriesFromTransform() throws {
        let spec = """
        {"data": {"sequence": {"start": 0, "stop": 3000, "as": "k"}},
         "transform": [{"calculate": "'s' + datum.k", "as": "series"}],
         "mark": "line",
         "encoding": {"x": {"field": "k", "type": "quantitative"},
                      "y": {"field": "k", "type": "quantitative"},
                      "color": {"field": "series", "type": "nominal"}}}
        """
        var limits = RenderLimits()
        limits.maxSeries = 2_000
        #expect {
            _ = try limits.apply { try TestPipeline.chart(spec) }
        } throws: { error in
            "\(error)".contains("encoding.color.field: \"series\" has more than 2000 distinct values")
        }
    }
}

/// The series limit on a columnar table counts the column's codes (``Table/distinctValues(of:)``),
/// which must count what the row path's `Set<Value>` counts: two spellings of one string
/// (composed and decomposed `Café`) are one series, and one more distinct value fails.
@Suite("Series limit on columns")
struct ColumnarSeriesLimitTests {
    static func spec(_ names: [String]) -> String {
        let values = names.enumerated().map { #"{"s": "\#($0.element)", "v": \#($0.offset)}"# }.joined(separator: ", ")
        return """
        {"data": {"values": [\(values)]}, "mark": "line",
         "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                      "color": {"field": "s", "type": "nominal"}}}
        """
    }

    @Test("two spellings of Café are one series; a second name passes the limit of 1")
    func canonicalEquivalence() throws {
        var limits = RenderLimits()
        limits.maxSeries = 1
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        _ = try limits.apply { try TestPipeline.chart(Self.spec([composed, decomposed, composed])) }
        #expect {
            _ = try limits.apply { try TestPipeline.chart(Self.spec([composed, decomposed, "Tea"])) }
        } throws: { error in
            "\(error)".contains("encoding.color.field: \"s\" has more than 1 distinct values")
        }
    }
}
