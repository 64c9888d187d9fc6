import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// The faults comparing the official composition examples with Vega found outside the
/// headers: a filled circle's `stroke`, a text mark's lines, a binned point's place, a
/// repeated view's parameters, and the size legends Chartsmith does not draw.
@Suite("Composition example fixes")
struct CompositionExampleFixTests {
    @Test("a filled circle keeps its mark stroke (white circles outlined in black, as concat_layer_voyager_result draws them)")
    func circleStroke() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"x": 1, "y": 1}]}, "mark": {"type": "circle", "stroke": "black", "color": "white", "strokeWidth": 2, "opacity": 1},
             "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}
            """#)
        let c = try #require(s.paths(.mark).first)
        #expect(c.fill == .white)
        #expect(c.stroke?.color == .black && c.stroke?.width == 2)
        let plain = try TestPipeline.scene(#"""
            {"data": {"values": [{"x": 1, "y": 1}]}, "mark": "circle",
             "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}
            """#)
        #expect(plain.paths(.mark).first?.stroke == nil)
    }

    @Test("a text mark's text array is one line each, a line height (font size + 2) apart, the block centred on a middle baseline")
    func textLines() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"x": 1}]}, "mark": {"type": "text", "text": ["Polestar", "More Valuable"], "fontSize": 10},
             "encoding": {"x": {"field": "x", "type": "quantitative"}}}
            """#)
        let a = try #require(s.texts(.markLabel).first { $0.text == "Polestar" })
        let b = try #require(s.texts(.markLabel).first { $0.text == "More Valuable" })
        #expect(abs((b.anchor.y - a.anchor.y) - 12) < 0.001)
        let one = try TestPipeline.scene(#"""
            {"data": {"values": [{"x": 1}]}, "mark": {"type": "text", "text": "Polestar", "fontSize": 10},
             "encoding": {"x": {"field": "x", "type": "quantitative"}}}
            """#)
        let single = try #require(one.texts(.markLabel).first)
        #expect(abs((a.anchor.y + b.anchor.y) / 2 - single.anchor.y) < 0.001)
        #expect(!s.texts.contains { $0.text.contains("Polestar More") })
    }

    @Test("a point on binned x and y sits in the middle of its bins, as Vega-Lite places it")
    func binnedPointMiddle() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"a": 1, "b": 1}, {"a": 9, "b": 9}]}, "mark": "point",
             "encoding": {"x": {"field": "a", "type": "quantitative", "bin": {"step": 5}, "scale": {"domain": [0, 10]}},
                          "y": {"field": "b", "type": "quantitative", "bin": {"step": 5}, "scale": {"domain": [0, 10]}}}}
            """#)
        let centres = s.paths(.mark).compactMap(\.path.bounds).map(\.midX).sorted()
        // The x axis' labels: the lowest row of axis labels.
        let bottom = s.texts(.axisLabel).map(\.anchor.y).max() ?? 0
        // (Vega labels a binned axis for ceil(width/10) ticks: 0.0, 5.0, 10.0.)
        let ticks = s.texts(.axisLabel).filter { ["0.0", "10.0"].contains($0.text) && $0.anchor.y == bottom }.map(\.anchor.x)
        let x0 = try #require(ticks.min()), x10 = try #require(ticks.max())
        #expect(centres.count == 2)
        // Bins 0–5 and 5–10: their middles at 2.5 and 7.5.
        #expect(abs(centres[0] - (x0 + (x10 - x0) * 0.25)) < 0.5, "\(centres) \(x0) \(x10)")
        #expect(abs(centres[1] - (x0 + (x10 - x0) * 0.75)) < 0.5)
    }

    @Test("a repeated view's parameter is one parameter; two of one name elsewhere are an error")
    func repeatedParams() throws {
        let spec = #"""
            {"data": {"values": [{"a": 1, "b": 2}]}, "repeat": ["a", "b"],
             "spec": {"mark": "point", "params": [{"name": "p", "select": "interval"}],
                      "encoding": {"x": {"field": {"repeat": "repeat"}, "type": "quantitative"}}}}
            """#
        #expect(try TestPipeline.scene(spec).paths(.mark).count == 2)
        let twice = #"""
            {"data": {"values": [{"a": 1}]}, "params": [{"name": "p", "value": 1}, {"name": "p", "value": 2}],
             "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}
            """#
        #expect(throws: (any Error).self) { try TestPipeline.scene(twice) }
    }

    @Test("a size on points has its legend and no warning; a size on text names the legend not drawn; legend null is quiet")
    func sizeLegendWarning() throws {
        func warnings(_ type: String, _ legend: String, mark: String = "point") throws -> [String] {
            try TestPipeline.chart(#"""
                {"data": {"values": [{"a": 1, "n": 3}, {"a": 2, "n": 5}]}, "mark": "\#(mark)",
                 "encoding": {"x": {"field": "a", "type": "quantitative"}, "size": {"field": "n", "type": "\#(type)" \#(legend)}}}
                """#).warnings.map(\.description)
        }
        #expect(try !warnings("quantitative", "").contains { $0.contains("size legend") })
        // A discrete size on points has its legend now (MagnitudeScaleTests); on other marks it is named.
        #expect(try !warnings("nominal", "").contains { $0.contains("size legend") })
        #expect(try warnings("nominal", "", mark: "text").contains { $0.contains("size legend (encoding.size, \"n\") is not drawn") })
        #expect(try !warnings("nominal", #", "legend": null"#, mark: "text").contains { $0.contains("size legend") })
    }
}
