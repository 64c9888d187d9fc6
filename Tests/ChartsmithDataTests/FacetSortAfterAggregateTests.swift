import ChartsmithSpec
import Foundation
import Testing
@testable import ChartsmithData

/// A facet's `sort: {field, op}` over a unit view that aggregates, as Vega-Lite 5.20 orders
/// it: with nothing forking the data flow its optimiser moves the facet below the
/// aggregate, so the sort reads aggregated rows where the field is gone, every group ties
/// and the groups keep their first-seen order (`trellis_area_seattle_v5`'s Midnight first);
/// unaggregated, or with a channel sorted by another (a fork), the sort applies.
@Suite("Facet sort after the view's aggregate")
struct FacetSortAfterAggregateTests {
    /// "q" is seen first, but "p" has the smaller `k`.
    static let rows = #"[{"g": "q", "k": 5, "x": "a", "y": 1}, {"g": "p", "k": 1, "x": "a", "y": 2}, {"g": "q", "k": 5, "x": "b", "y": 3}]"#

    func rowOrder(x: String, y: String) throws -> [String] {
        let spec = #"{"data": {"values": \#(Self.rows)}, "mark": "bar", "encoding": {"x": \#(x), "y": \#(y), "row": {"field": "g", "sort": {"field": "k", "op": "min"}}}}"#
        let chart = try SpecDecoder().decode(Array(spec.utf8))
        let (cells, _) = try CellPreparation.prepare(chart, loader: DataLoader(baseFolder: URL(fileURLWithPath: "/nonexistent")))
        return cells.compactMap(\.rowLabel)
    }

    @Test("aggregated with no fork: first-seen order (vl-convert 5.20: q, p)")
    func lostAfterAggregate() throws {
        #expect(try rowOrder(x: #"{"field": "x", "type": "nominal"}"#, y: #"{"aggregate": "sum", "field": "y", "type": "quantitative"}"#) == ["q", "p"])
    }

    @Test("unaggregated, or aggregated with x sorted by -y: by min k (vl-convert 5.20: p, q)")
    func appliedOtherwise() throws {
        #expect(try rowOrder(x: #"{"field": "x", "type": "nominal"}"#, y: #"{"field": "y", "type": "quantitative"}"#) == ["p", "q"])
        #expect(try rowOrder(x: #"{"field": "x", "type": "nominal", "sort": "-y"}"#, y: #"{"aggregate": "sum", "field": "y", "type": "quantitative"}"#) == ["p", "q"])
    }
}
