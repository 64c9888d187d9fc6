import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A text mark's texts are the data: Vega draws every one of them, overlapping or not
/// (text_scatterplot_colored lost 261 of its 392 letters to the overlap check). Only the
/// labels Chartsmith adds are thinned.
@Suite("Text marks keep every text")
struct TextMarkOverlapTests {
    @Test("a text mark draws every text, overlapping or not, and warns that they overlap")
    func textMarkKeepsEveryText() throws {
        // 40 texts on top of one another (x steps of 0.01 on a 0–1 scale), as a dense scatter of letters.
        let rows = (0..<40).map { #"{"x": \#(Double($0) / 100), "y": 1, "t": "W\#($0)"}"# }.joined(separator: ",")
        let json = #"""
        {"data": {"values": [\#(rows)]}, "mark": "text",
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                      "text": {"field": "t", "type": "nominal"}}}
        """#
        let chart = try TestPipeline.chart(json)
        let texts = chart.scene.texts.filter { $0.role == .markLabel }
        #expect(texts.count == 40)
        let warnings = chart.warnings.map(\.description)
        #expect(warnings.contains { $0.contains("of a text mark overlap") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("left out") }, "\(warnings)")
    }
}
