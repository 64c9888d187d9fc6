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
}
