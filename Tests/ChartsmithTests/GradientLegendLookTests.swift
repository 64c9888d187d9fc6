import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A continuous colour legend (the gradient bar) takes the legend's own look and fonts, as
/// a legend of swatches does, instead of the style's alone.
@Suite("Gradient legend looks")
struct GradientLegendLookTests {
    @Test("labelFontSize, labelColor, titleFont and titleColor reach the gradient legend's text")
    func looks() throws {
        let scene = try TestPipeline.scene(#"""
        {"data": {"values": [{"a": "x", "b": "p", "n": 10}, {"a": "y", "b": "p", "n": 40}, {"a": "x", "b": "q", "n": 25}]},
         "mark": "rect",
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "nominal"},
           "color": {"field": "n", "type": "quantitative", "title": "Count",
                     "legend": {"labelFontSize": 15, "labelColor": "#aa0000", "titleFont": "DejaVu Serif", "titleColor": "#0000aa"}}}}
        """#)
        let labels = scene.texts(.legendLabel)
        #expect(!labels.isEmpty)
        #expect(labels.allSatisfy { $0.font.size == 15 && $0.color.hexString == "#aa0000" }, "\(labels.map { ($0.font.size, $0.color.hexString) })")
        let title = try #require(scene.texts(.legendTitle).first)
        #expect(title.text == "Count" && title.font.family == "DejaVu Serif" && title.color.hexString == "#0000aa")
    }
}
