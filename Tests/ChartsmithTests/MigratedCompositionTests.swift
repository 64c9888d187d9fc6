import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// What the v5 migrations of `trellis_scatter` and `interactive_concat_layer` showed
/// against Vega: a facet group whose rows are all invalid is no cell (Vega-Lite filters
/// invalid values before it splits a unit view's data), the null group comes first, and a
/// colour and a size counting different layers' rows keep a legend each.
@Suite("Migrated composition examples")
struct MigratedCompositionTests {
    /// Points of x, y faceted by `g`: group "e" has no y at all, group null has one point.
    static let rows = #"""
        {"g": "b", "x": 1, "y": 2}, {"g": "b", "x": 2, "y": 3}, {"g": "a", "x": 1, "y": 1},
        {"g": "e", "x": 1, "y": null}, {"g": "e", "x": 2, "y": null}, {"g": null, "x": 3, "y": 1}
        """#

    static func headerTexts(_ s: Scene) -> [String] {
        s.texts.map(\.text).filter { ["a", "b", "e", "null"].contains($0) }
    }

    @Test("a wrapped facet: the all-invalid group has no cell; the null group leads, as Vega sorts it")
    func wrappedInvalidGroup() throws {
        let s = try TestPipeline.scene(#"{"data": {"values": [\#(Self.rows)]}, "mark": "point", "#
            + #""encoding": {"facet": {"field": "g", "type": "nominal", "columns": 2}, "#
            + #""x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}"#)
        #expect(Self.headerTexts(s) == ["null", "a", "b"], "\(Self.headerTexts(s))")
        #expect(!s.texts.contains { $0.text == "No data" })
        #expect(s.paths(.mark).count == 4)
    }

    @Test("a layered facet view keeps the group's cell (Vega-Lite's layers filter after the split)")
    func layeredKeepsCell() throws {
        let s = try TestPipeline.scene(#"{"data": {"values": [\#(Self.rows)]}, "facet": {"field": "g", "type": "nominal"}, "columns": 2, "#
            + #""spec": {"layer": [{"mark": "point"}, {"mark": "tick"}], "#
            + #""encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}}"#)
        #expect(Self.headerTexts(s) == ["null", "a", "b", "e"], "\(Self.headerTexts(s))")
    }

    @Test("a colour counting one layer's rows and a size counting another's: a gradient legend and a size legend, each titled")
    func countLegendsApart() throws {
        let s = try TestPipeline.scene(#"""
        {"data": {"values": [{"a": 1, "b": 1}, {"a": 1, "b": 1}, {"a": 2, "b": 1}, {"a": 2, "b": 2}, {"a": 1, "b": 2}]},
         "layer": [
           {"mark": "rect", "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "ordinal"},
              "color": {"aggregate": "count", "type": "quantitative", "title": "All"}}},
           {"transform": [{"filter": "datum.a == 1"}], "mark": "point",
            "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "ordinal"},
              "size": {"aggregate": "count", "type": "quantitative", "title": "Some"}, "color": {"value": "#666"}}}]}
        """#)
        let titles = s.texts(.legendTitle).map(\.text)
        #expect(titles == ["All", "Some"], "\(titles)")
        // The colour legend is a gradient (a filled bar), not coloured size symbols.
        #expect(s.rects.contains { $0.gradient != nil })
    }
}
