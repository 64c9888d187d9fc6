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
