import ChartsmithScene
import Testing

/// Text marks draw whatever their text comes from (a field, a `datum`, a `value`) and
/// wherever their position channels are missing, as Vega-Lite draws them (issue 14).
@Suite("Text marks always draw")
struct TextMarkTests {
    static let data = #"{"values":[{"m":"Jan","v":300},{"m":"Feb","v":450},{"m":"Mar","v":9310714}]}"#

    static func layered(_ text: String) -> String {
        #"""
        {"width":300,"height":200,"data":\#(data),
         "layer":[{"mark":"bar","encoding":{"x":{"field":"m","type":"nominal"},"y":{"field":"v","type":"quantitative"}}},
                  \#(text)]}
        """#
    }

    @Test("a datum text beside a rule: drawn once, at the rule's height, from the middle of the plot")
    func datumText() throws {
        let scene = try inlineScene(Self.layered(
            #"{"mark":{"type":"text","align":"left","dy":-6},"encoding":{"y":{"datum":400},"text":{"datum":"Threshold: 400"}}}"#))
        let texts = scene.texts(.markLabel).filter { $0.text == "Threshold: 400" }
        #expect(texts.count == 1)
        let bars = scene.rects(.mark)
        let left = bars.map(\.rect.minX).min() ?? 0, right = bars.map(\.rect.maxX).max() ?? 0
        if let t = texts.first { #expect(t.bounds.minX > left + (right - left) / 2 - 30 && t.bounds.minX < right) }
    }

    @Test("a value text with no position channels is drawn at the middle of the plot")
    func valueText() throws {
        let scene = try inlineScene(Self.layered(#"{"mark":"text","encoding":{"text":{"value":"Hello"}}}"#))
        #expect(scene.texts(.markLabel).filter { $0.text == "Hello" }.count == 1)
    }

    @Test("the mark's own text, with no channels at all, is drawn")
    func markText() throws {
        let scene = try inlineScene(Self.layered(#"{"mark":{"type":"text","text":"Note"}}"#))
        #expect(scene.texts(.markLabel).filter { $0.text == "Note" }.count == 1)
    }

    @Test("a field text with no x channel is drawn on every row")
    func noX() throws {
        let scene = try inlineScene(Self.layered(
            #"{"mark":"text","data":{"values":[{"m":"A","v":1e6},{"m":"B","v":4e6},{"m":"C","v":8e6}]},"#
            + #""encoding":{"y":{"field":"v","type":"quantitative"},"text":{"field":"m","type":"nominal"}}}"#))
        #expect(Set(scene.texts(.markLabel).map(\.text)).isSuperset(of: ["A", "B", "C"]))
    }

    @Test("numbers in text marks print in full, grouped (9,310,714, not 9,310,710)")
    func fullNumbers() throws {
        let scene = try inlineScene(Self.layered(
            #"{"mark":{"type":"text","dy":-8},"encoding":{"x":{"field":"m","type":"nominal"},"y":{"field":"v","type":"quantitative"},"text":{"field":"v","type":"quantitative"}}}"#))
        let texts = Set(scene.texts(.markLabel).map(\.text))
        #expect(texts.contains("9,310,714"), "\(texts)")
    }
}
