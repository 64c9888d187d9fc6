import ChartsmithScene
import Foundation
import Testing

/// Specs as Altair writes them (`chart.to_json()`): data in top-level `datasets` named by a
/// hash, a view `config`, tooltips, a `name` on the view and selections that name it.
@Suite("Altair's output renders as it is")
struct AltairOutputTests {
    @Test("a bar chart with named data and Altair's view config")
    func bars() throws {
        let s = try inlineScene(#"""
            {"config": {"view": {"continuousWidth": 300, "continuousHeight": 300}}, "data": {"name": "data-5a8b0e3f2c1d"},
             "mark": {"type": "bar"}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}},
             "$schema": "https://vega.github.io/schema/vega-lite/v5.17.0.json",
             "datasets": {"data-5a8b0e3f2c1d": [{"a": "A", "b": 28}, {"a": "B", "b": 55}, {"a": "C", "b": 43}]}}
            """#)
        let heights = s.rects(.mark).map(\.rect.height)
        #expect(heights.count == 3)
        #expect(abs(heights[1] / heights[0] - 55.0 / 28.0) < 1e-9)
    }

    @Test("an interval selection naming its view, with a conditional colour: every point in colour (the empty selection)")
    func selection() throws {
        let s = try inlineScene(#"""
            {"config": {"view": {"continuousWidth": 300, "continuousHeight": 300}}, "data": {"name": "data-1"}, "mark": {"type": "point"},
             "encoding": {"color": {"condition": {"param": "param_1", "field": "s", "type": "nominal"}, "value": "lightgray"},
                          "x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                          "tooltip": [{"field": "x", "type": "quantitative"}]},
             "name": "view_1", "params": [{"name": "param_1", "select": {"type": "interval", "encodings": ["x", "y"]}, "views": ["view_1"]}],
             "$schema": "https://vega.github.io/schema/vega-lite/v5.17.0.json", "datasets": {"data-1": [{"x": 1, "y": 2, "s": "a"}, {"x": 2, "y": 3, "s": "b"}]}}
            """#)
        let colours = Set(s.paths(.mark).compactMap { $0.stroke?.color ?? $0.fill })
        #expect(colours.count == 2, "\(colours)")
    }
}
