import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A shared discrete axis sorted by an aggregated channel (`"sort": "-x"` with a median on
/// x) is ordered by that aggregate over every cell's rows, as Vega-Lite sorts the shared
/// domain of `trellis_barley`, not by the sum of each cell's values.
@Suite("Facet domain sort")
struct FacetDomainSortTests {
    @Test("sort by -x with a median x orders by the median across the cells")
    func medianAcrossCells() throws {
        // P: 10, 10, 100 (median 10, sum 120); Q: 30, 30, 30 (median 30, sum 90).
        let rows = [("P", "a", 10), ("P", "b", 10), ("P", "c", 100), ("Q", "a", 30), ("Q", "b", 30), ("Q", "c", 30)]
            .map { #"{"v": "\#($0.0)", "g": "\#($0.1)", "y": \#($0.2)}"# }.joined(separator: ", ")
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [\#(rows)]}, "mark": "point",
             "encoding": {"facet": {"field": "g", "type": "nominal", "columns": 3},
                          "x": {"aggregate": "median", "field": "y", "type": "quantitative"},
                          "y": {"field": "v", "type": "nominal", "sort": "-x"}}}
            """#)
        let labels = s.texts(.axisLabel).filter { $0.text == "P" || $0.text == "Q" }
        #expect(labels.count == 2)
        // Q (median 30) above P (median 10).
        let q = try #require(labels.first { $0.text == "Q" }), p = try #require(labels.first { $0.text == "P" })
        #expect(q.anchor.y < p.anchor.y)
    }
}
