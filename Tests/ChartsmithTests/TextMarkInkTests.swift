import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// The last overlap check measures a turned text mark by its ink, turned as drawn: a hand-placed
/// annotation beside a large turned arrow glyph is kept when the glyph's ink is clear of
/// it, as Vega shows it (the gallery's line_chart_with_arrows, review 9 finding 7), and
/// texts whose ink does meet are both drawn (as Vega draws every text of a text mark) and
/// named in a warning.
@Suite("Text marks collide by their ink")
struct TextMarkInkTests {
    static func spec(_ texts: String) -> String {
        #"""
        {"width": 300, "height": 300,
         "data": {"values": [{"x": 1, "y": 0.84}, {"x": 1.6, "y": 1}, {"x": 4.7, "y": -1}, {"x": 7, "y": 0.66}]},
         "layer": [
           {"mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}},
           \#(texts)]}
        """#
    }

    static let arrow = #"""
        {"data": {"values": [{}]}, "mark": {"type": "text", "align": "left", "angle": 340, "baseline": "bottom", "fontWeight": 100, "size": 60},
         "encoding": {"text": {"datum": "🠃"}, "x": {"datum": 2.8}, "y": {"datum": -0.3}}}
        """#

    static func label(_ text: String, x: Double, y: Double) -> String {
        #"""
        {"data": {"values": [{}]}, "mark": {"type": "text", "align": "center", "baseline": "bottom", "size": 14},
         "encoding": {"text": {"datum": "\#(text)"}, "x": {"datum": \#(x)}, "y": {"datum": \#(y)}}}
        """#
    }

    @Test("an annotation clear of a turned arrow's ink is kept, though the arrow's turned line box reaches it")
    func besideArrow() throws {
        let scene = try TestPipeline.scene(Self.spec(Self.arrow + "," + Self.label("decreasing", x: 1.8, y: -0.1)))
        let arrow = try #require(scene.texts.first { $0.text == "🠃" })
        let label = try #require(scene.texts.first { $0.text == "decreasing" }, "\(scene.texts.map(\.text))")
        // The case this is about: the boxes meet, the ink does not.
        #expect(TextNode.quadsOverlap(arrow.corners, label.corners))
        #expect(!TextNode.quadsOverlap(arrow.inkCorners, label.inkCorners))
        // Measured by the ink, they do not overlap: no warning.
        #expect(!scene.metadata.warnings.contains { $0.contains("of a text mark overlap") }, "\(scene.metadata.warnings)")
    }

    @Test("two annotations whose ink meets are both drawn (a text mark is data, as Vega draws it), with a warning")
    func inkMeets() throws {
        let scene = try TestPipeline.scene(Self.spec(Self.label("decreasing", x: 1.8, y: -0.1) + "," + Self.label("decreasing", x: 1.9, y: -0.1)))
        #expect(scene.texts.filter { $0.text == "decreasing" }.count == 2)
        #expect(scene.metadata.warnings.contains { $0.contains("1 text of a text mark overlaps") && $0.contains("decreasing") },
                "\(scene.metadata.warnings)")
    }
}
