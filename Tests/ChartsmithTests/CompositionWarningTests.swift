import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// The warnings of a multi-view figure say where: an empty cell of a row × column grid is
/// drawn empty, as Vega draws it, without a warning; a layer that drew nothing in a cell
/// is named with its cell; a warning raised alike by many cells is given once, counted;
/// a colour scale shared by several fields is named by all of them.
@Suite("Composition warnings")
struct CompositionWarningTests {
    func warnings(_ spec: String) throws -> [String] {
        try TestPipeline.chart(spec).warnings.map(\.description)
    }

    /// A row × column grid whose (b, y) pairing has no rows.
    static let gridRows = #"[{"r": "a", "c": "x", "v": 1}, {"r": "a", "c": "y", "v": 2}, {"r": "b", "c": "x", "v": 3}]"#

    @Test("an empty cell of a row × column grid is not a layer that drew nothing")
    func emptyCell() throws {
        let spec = #"{"data": {"values": \#(Self.gridRows)}, "mark": "point", "width": 80, "height": 50, "#
            + #""encoding": {"row": {"field": "r"}, "column": {"field": "c"}, "x": {"field": "v", "type": "quantitative"}}}"#
        let w = try warnings(spec)
        #expect(!w.contains { $0.contains("drew nothing") }, "\(w)")
    }

    @Test("a layer that drew nothing in a cell is named with its cell and its place among the cell's layers")
    func emptyLayerInCell() throws {
        let spec = #"{"data": {"values": \#(Self.gridRows)}, "facet": {"column": {"field": "c"}}, "spec": {"width": 80, "height": 50, "layer": ["#
            + #"{"mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}}}, "#
            + #"{"transform": [{"filter": "datum.v > 100"}], "mark": "rule", "encoding": {"x": {"field": "v", "type": "quantitative"}}}]}}"#
        let w = try warnings(spec).filter { $0.contains("drew nothing") }
        #expect(w.count == 2, "\(w)")
        #expect(w.contains { $0.contains("cell 1 of 2") && $0.contains("layer 2 of 2 (rule) drew nothing") }, "\(w)")
        #expect(w.contains { $0.contains("cell 2 of 2") && $0.contains("layer 2 of 2 (rule) drew nothing") }, "\(w)")
        #expect(!w.contains { $0.contains("of 4") }, "\(w)")
    }

    @Test("one warning raised alike by every cell is given once, counting the cells")
    func collapsed() throws {
        // Six columns of 30-point cells, each with its own x axis under it, whose six
        // categories' labels cannot all stand side by side.
        let rows = (0..<6).flatMap { g in (1...6).map { i in #"{"g": "g\#(g)", "k": \#(i), "v": \#(i)}"# } }
        let spec = #"{"data": {"values": [\#(rows.joined(separator: ", "))]}, "mark": "bar", "width": 30, "height": 60, "#
            + #""encoding": {"column": {"field": "g", "type": "nominal"}, "x": {"field": "k", "type": "ordinal"}, "#
            + #""y": {"field": "v", "type": "quantitative"}}}"#
        let w = try warnings(spec).filter { $0.contains("category labels") }
        #expect(w.count == 1, "\(w)")
        #expect(w.first?.contains("(the same in 6 cells)") == true, "\(w)")
    }

    @Test("a colour scale shared by two fields names both when its colours repeat, once")
    func sharedPaletteFields() throws {
        let rows = (0..<8).map { i in #"{"a": "p\#(i)", "b": "q\#(i)", "v": \#(i)}"# }
        let view = { (f: String) in #"{"mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "color": {"field": "\#(f)", "type": "nominal"}}}"# }
        let spec = #"{"data": {"values": [\#(rows.joined(separator: ", "))]}, "hconcat": [\#(view("a")), \#(view("b"))]}"#
        let w = try warnings(spec).filter { $0.contains("colours repeat") }
        #expect(w.count == 1, "\(w)")
        #expect(w.first?.contains(#"the colour scale of "a" and "b" (one scale shared by both fields)"#) == true, "\(w)")
    }
}
