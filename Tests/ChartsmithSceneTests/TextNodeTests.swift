import Testing
@testable import ChartsmithScene

@Suite("Text boxes")
struct TextNodeTests {
    let metrics = TextMetrics(width: 40, ascent: 8, descent: 2)

    @Test("a centred, middle-aligned label's box is centred on its anchor")
    func centredBox() {
        let t = TextNode(text: "x", anchor: Point(x: 100, y: 50), font: FontDescriptor(size: 10),
                         align: .center, baseline: .middle, metrics: metrics)
        #expect(t.bounds == Rect(x: 80, y: 45, width: 40, height: 10))
    }

    @Test("an end-aligned label on its baseline sits left of and above the anchor")
    func endAlphabetic() {
        let t = TextNode(text: "x", anchor: Point(x: 100, y: 50), font: FontDescriptor(size: 10),
                         align: .end, baseline: .alphabetic, metrics: metrics)
        #expect(t.bounds == Rect(x: 60, y: 42, width: 40, height: 10))
    }

    @Test("a label turned by -90 degrees stands upright")
    func rotated() {
        let t = TextNode(text: "x", anchor: Point(x: 100, y: 50), font: FontDescriptor(size: 10),
                         align: .center, baseline: .top, angle: -90, metrics: metrics)
        let b = t.bounds
        #expect(abs(b.width - 10) < 1e-9)
        #expect(abs(b.height - 40) < 1e-9)
        #expect(abs(b.minX - 100) < 1e-9)
        #expect(abs(b.midY - 50) < 1e-9)
    }

    @Test("the collision checker reports overlapping and off-canvas text")
    func collisions() {
        let f = FontDescriptor(size: 10)
        let a = TextNode(text: "a", anchor: Point(x: 10, y: 10), font: f, baseline: .top, metrics: metrics)
        let b = TextNode(text: "b", anchor: Point(x: 30, y: 15), font: f, baseline: .top, metrics: metrics)
        let c = TextNode(text: "c", anchor: Point(x: 190, y: 100), font: f, baseline: .top, metrics: metrics)
        let scene = Scene(width: 200, height: 200, nodes: [.text(a), .text(b), .text(c)])
        let found = scene.textCollisions()
        #expect(found.count == 2)
        #expect(found.contains(.offCanvas("c", c.bounds)))
        #expect(found.contains(.overlap("a", a.bounds, "b", b.bounds)))
    }

    @Test("colours parse from hex and report WCAG contrast")
    func colours() {
        #expect(Color(hex: "#12436D")?.hexString == "#12436d")
        #expect(Color(hex: "#fff") == .white)
        #expect(Color(hex: "12436D") == nil)
        #expect(abs(Color.black.contrastRatio(with: .white) - 21) < 1e-9)
    }
}
