import ChartsmithScene
import Testing

/// Wrapped text with Chinese, Japanese or Korean keeps every line, and text made only of
/// CJK characters wraps between them instead of being cut short or turned.
@Suite("CJK wrapping")
struct CJKWrapTests {
    static func bar(title: String) -> String {
        #"{"title": \#(title), "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}}}"#
    }

    @Test("a wrapped title with CJK keeps all its words across its lines, with no text collisions")
    func titleKeepsLines() throws {
        let title = "Population 人口 twelve thirteen fourteen fifteen sixteen seventeen eighteen"
        let scene = try inlineScene(Self.bar(title: "\"\(title)\""))
        let lines = scene.texts(.title).map(\.text)
        #expect(lines.count >= 2, "\(lines)")
        #expect(lines.joined(separator: " ") == title)
        #expect(scene.textCollisions().isEmpty, "\(scene.textCollisions())")
    }

    @Test("a title across many scripts keeps all its words")
    func multiscriptTitle() throws {
        let title = "Population 人口 人口 인구 السكان אוכלוסייה जनसंख्या ประชากร Πληθυσμός Население"
        let scene = try inlineScene(Self.bar(title: #"{"text": "\#(title)", "subtitle": "東京 · 서울 · Москва"}"#))
        #expect(scene.texts(.title).map(\.text).joined(separator: " ") == title)
        #expect(scene.texts(.subtitle).count == 1)
        #expect(scene.textCollisions().isEmpty, "\(scene.textCollisions())")
    }

    @Test("a title made only of CJK wraps between characters instead of being cut with an ellipsis")
    func cjkOnlyTitle() throws {
        let title = String(repeating: "東京都の人口と世帯数の推移についての統計", count: 3)
        let scene = try inlineScene(Self.bar(title: "\"\(title)\""))
        let lines = scene.texts(.title).map(\.text)
        #expect(lines.count >= 2, "\(lines)")
        #expect(lines.joined() == title)
        #expect(scene.textCollisions().isEmpty, "\(scene.textCollisions())")
    }

    @Test("a CJK-only x label wraps instead of turning every label; nothing is cut short or collides")
    func cjkLabelWraps() throws {
        let long = "東京都の人口と世帯数の推移についての統計"
        let spec = #"{"title": "CJK labels", "width": 300, "data": {"values": [{"a": "\#(long)", "b": 5}, {"a": "大阪府", "b": 3}, {"a": "Taking, making or distributing indecent images 東京", "b": 4}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#
        let scene = try inlineScene(spec)
        let labels = scene.texts(.axisLabel).filter { $0.align == .center }
        #expect(!labels.isEmpty && labels.allSatisfy { $0.angle == 0 }, "\(labels.map(\.angle))")
        #expect(!labels.contains { $0.text.hasSuffix("…") })
        let cjkLines = labels.filter { long.contains($0.text) }.map(\.text)
        #expect(cjkLines.count >= 2 && cjkLines.joined() == long, "\(cjkLines)")
        #expect(scene.textCollisions().isEmpty, "\(scene.textCollisions())")
    }
}
