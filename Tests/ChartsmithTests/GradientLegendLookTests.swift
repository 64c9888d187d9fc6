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

extension GradientLegendLookTests {
    @Test("the gradient legend's box: fillColor, strokeColor, cornerRadius and padding around its title, bar and labels")
    func box() throws {
        let scene = try TestPipeline.scene(#"""
        {"data": {"values": [{"a": "x", "b": "p", "n": 10}, {"a": "y", "b": "p", "n": 40}]},
         "mark": "rect",
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "nominal"},
           "color": {"field": "n", "type": "quantitative", "title": "Count",
                     "legend": {"fillColor": "#eeeeee", "strokeColor": "#333333", "cornerRadius": 4, "padding": 10}}}}
        """#)
        let boxes = scene.rects.filter { $0.name == "legend box" }
        let box = try #require(boxes.first)
        #expect(box.fill?.hexString == "#eeeeee" && box.cornerRadius == 4)
        let title = try #require(scene.texts(.legendTitle).first)
        // Everything inside the box, 10 points in from its edges.
        #expect(title.bounds.minX >= box.rect.minX + 10 - 0.01 && title.bounds.minY >= box.rect.minY + 10 - 0.01)
        for label in scene.texts(.legendLabel) {
            #expect(label.bounds.maxX <= box.rect.maxX - 10 + 0.5 && label.bounds.maxY <= box.rect.maxY - 10 + 0.5, "\(label.text)")
        }
    }
}
