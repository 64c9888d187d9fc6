import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// An interval selection's initial value is drawn as Vega-Lite draws it before any
/// interaction: a grey brush over the selected extent, under the marks.
@Suite("Initial brush of an interval selection")
struct SelectionBrushTests {
    @Test("the brush spans the selected x extent and the plot's height, under the marks")
    func brush() throws {
        let spec = #"""
        {"data": {"values": [{"a": 0, "b": 0}, {"a": 10, "b": 9}]},
         "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}, "value": {"x": [2, 6]}}],
         "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}
        """#
        let scene = try TestPipeline.scene(spec)
        let brush = try #require(scene.rects.first { $0.name == "brush brush" })
        let grid = scene.paths(.grid)
        #expect(abs((brush.fill?.alpha ?? 0) - 0.125) < 1e-9)
        // The x axis runs 0–10: the brush covers 2–6 of it, four tenths of the plot's width.
        let rights = grid.compactMap { $0.path.bounds?.maxX }, lefts = grid.compactMap { $0.path.bounds?.minX }
        let plotRight = try #require(rights.max())
        let plotLeft = try #require(lefts.min())
        let w = plotRight - plotLeft
        #expect(abs(brush.rect.width - 0.4 * w) < 1, "\(brush.rect) plot \(plotLeft)…\(plotRight)")
        #expect(abs(brush.rect.minX - (plotLeft + 0.2 * w)) < 1)
        // No brush without an initial value.
        let empty = try TestPipeline.scene(spec.replacingOccurrences(of: #", "value": {"x": [2, 6]}"#, with: ""))
        #expect(!empty.rects.contains { $0.name?.hasPrefix("brush") == true })
    }

    static let values = #"[{"a": 1, "b": 2, "c": 1, "g": "x"}, {"a": 5, "b": 3, "c": 2, "g": "y"}, {"a": 3, "b": 4, "c": 5, "g": "x"}, {"a": 7, "b": 1, "c": 6, "g": "y"}]"#

    /// The brushes, and the marks coloured by the selection's condition (red).
    func brushes(_ s: Scene) -> [RectNode] { s.rects.filter { $0.name?.hasPrefix("brush") == true } }
    func selected(_ s: Scene) -> Int {
        func red(_ c: Color?) -> Bool { c.map { $0.red == 1 && $0.green == 0 && $0.blue == 0 } ?? false }
        return s.paths(.mark).filter { red($0.stroke?.color) || red($0.fill) }.count
    }

    @Test("a concat: the brush in the view that defines it only; its condition colours the marks of both views")
    func concat() throws {
        let scene = try TestPipeline.scene(#"""
        {"data": {"values": \#(Self.values)},
         "vconcat": [
          {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "c", "type": "quantitative"},
             "color": {"condition": {"param": "brush", "value": "red"}, "value": "grey"}}},
          {"mark": "point", "params": [{"name": "brush", "select": "interval", "value": {"x": [2, 6]}}],
           "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
             "color": {"condition": {"param": "brush", "value": "red"}, "value": "grey"}}}]}
        """#)
        let b = brushes(scene)
        try #require(b.count == 1)
        // The second view is below the first: the brush is in its half of the canvas.
        let marks = scene.paths(.mark).compactMap(\.path.bounds)
        let midY = ((marks.map(\.minY).min() ?? 0) + (marks.map(\.maxY).max() ?? 0)) / 2
        #expect(b[0].rect.minY > midY, "\(b[0].rect) below \(midY)")
        // a = 3 and a = 5 lie in 2–6, in each view.
        #expect(selected(scene) == 4)
    }

    @Test("a repeat: the brush in the first cell only, as Vega draws it; a facet: none, its condition still colouring every cell")
    func repeatAndFacet() throws {
        let repeated = try TestPipeline.scene(#"""
        {"data": {"values": \#(Self.values)}, "repeat": {"column": ["a", "b"]},
         "spec": {"mark": "point", "params": [{"name": "brush", "select": "interval", "value": {"x": [2, 4]}}],
           "encoding": {"x": {"field": {"repeat": "column"}, "type": "quantitative"}, "y": {"field": "c", "type": "quantitative"},
             "color": {"condition": {"param": "brush", "value": "red"}, "value": "grey"}}}}
        """#)
        let b = brushes(repeated)
        try #require(b.count == 1)
        let marks = repeated.paths(.mark).compactMap(\.path.bounds)
        let midX = ((marks.map(\.minX).min() ?? 0) + (marks.map(\.maxX).max() ?? 0)) / 2
        #expect(b[0].rect.maxX < midX)
        // The row with a = 3 is selected: its point in each cell.
        #expect(selected(repeated) == 2)

        let faceted = try TestPipeline.scene(#"""
        {"data": {"values": \#(Self.values)}, "mark": "point", "params": [{"name": "brush", "select": "interval", "value": {"x": [2, 6]}}],
         "encoding": {"column": {"field": "g"}, "x": {"field": "a", "type": "quantitative"}, "y": {"field": "c", "type": "quantitative"},
           "color": {"condition": {"param": "brush", "value": "red"}, "value": "grey"}}}
        """#)
        #expect(brushes(faceted).isEmpty)
        #expect(selected(faceted) == 2)
    }
}
