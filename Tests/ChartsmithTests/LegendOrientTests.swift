import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Every legend orient Vega-Lite accepts draws a legend: corner orients (inside the plot in
/// Vega-Lite) are set above or below the plot, so a chart never loses its key.
@Suite("Legend orients")
struct LegendOrientTests {
    func scene(orient: String) throws -> Scene {
        try inlineScene(#"""
            {"data": {"values": [{"x": 1, "y": 1, "s": "A"}, {"x": 2, "y": 2, "s": "A"}, {"x": 1, "y": 2, "s": "B"}, {"x": 2, "y": 3, "s": "B"}]},
             "mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
             "color": {"field": "s", "type": "nominal", "legend": {"orient": "\#(orient)"}}}}
            """#)
    }

    @Test("each orient draws the legend's entries, clear of the plot", arguments: ["top-left", "top-right", "bottom-left", "bottom-right", "none", "top", "bottom", "left", "right"])
    func drawn(orient: String) throws {
        let s = try scene(orient: orient)
        #expect(s.texts(.legendLabel).map(\.text).sorted() == ["A", "B"], "\(orient)")
        #expect(s.textCollisions().isEmpty)
    }

    @Test("bottom corners go below the plot, top corners above it")
    func corners() throws {
        let grid = { (s: Scene) in s.paths(.grid).compactMap { $0.path.bounds?.minY } }
        for (orient, below) in [("bottom-right", true), ("top-left", false)] {
            let s = try scene(orient: orient)
            let labelY = try #require(s.texts(.legendLabel).first).anchor.y
            let plotTop = try #require(grid(s).min()), plotBottom = try #require(grid(s).max())
            #expect(below ? labelY > plotBottom : labelY < plotTop, "\(orient)")
        }
    }
}
