import ChartsmithScene
import Testing

/// A text mark's `angle` turns its text (degrees clockwise, as in Vega), and its `dx`/`dy`
/// offsets run along the turned text.
@Suite("Text mark angle")
struct TextAngleTests {
    static func spec(_ mark: String) -> String {
        #"{"data": {"values": [{"a": "A", "b": 28}]}, "mark": \#(mark), "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "text": {"field": "b"}}}"#
    }

    @Test("angle -90 reads upwards; dx 3 moves the text 3 points up, not right")
    func turned() throws {
        let plain = try #require(try inlineScene(Self.spec(#"{"type": "text"}"#)).texts(.markLabel).first)
        let turned = try #require(try inlineScene(Self.spec(#"{"type": "text", "angle": -90, "dx": 3}"#)).texts(.markLabel).first)
        #expect(turned.angle == -90)
        #expect(abs(turned.anchor.x - plain.anchor.x) < 1e-9)
        #expect(abs((plain.anchor.y - turned.anchor.y) - 3) < 1e-9)
    }

    @Test("angles of any size are read modulo 360")
    func modulo() throws {
        let t = try #require(try inlineScene(Self.spec(#"{"type": "text", "angle": 405}"#)).texts(.markLabel).first)
        #expect(t.angle == 45)
    }

    @Test("limit cuts a long text short with an ellipsis, within the width")
    func limit() throws {
        let spec = #"{"width": 300, "data": {"values": [{"a": "A", "b": 28, "t": "A rather long label for one bar"}]}, "mark": {"type": "text", "limit": 60}, "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "text": {"field": "t"}}}"#
        let t = try #require(try inlineScene(spec).texts(.markLabel).first)
        #expect(t.text.hasSuffix("…") && t.text.count < 31)
        #expect(t.bounds.width <= 60.5)
    }
}
