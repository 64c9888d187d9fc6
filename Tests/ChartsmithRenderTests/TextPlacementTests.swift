import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

/// Text drawn by the renderer lands where ``TextNode/boxOffset`` says, checked by pixels.
@Suite("Text placement")
struct TextPlacementTests {
    let renderer = CairoRenderer()

    func ink(_ node: TextNode, scale: Double = 1) throws -> (minX: Int, maxX: Int, minY: Int, maxY: Int) {
        let scene = Scene(width: 300, height: 200, background: .white, nodes: [.text(node)])
        let image = try RasterImage(png: renderer.render(scene, as: .png, scale: scale))
        return try #require(Fixtures.inkBounds(image))
    }

    @Test("text aligned to the end ends at its anchor")
    func endAligned() throws {
        let box = try ink(Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40, align: .end))
        // 'H' has a right side bearing of about 3.9pt at 40pt: the ink stops just short of the anchor.
        #expect(box.maxX < 150)
        #expect(box.maxX >= 144)
        #expect(box.minX < 60)
    }

    @Test("text aligned to the start begins at its anchor")
    func startAligned() throws {
        let box = try ink(Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40, align: .start))
        #expect(box.minX >= 150)
        #expect(box.minX <= 156)
    }

    @Test("centred text is centred on its anchor")
    func centred() throws {
        let box = try ink(Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40, align: .center))
        #expect(abs(Double(box.minX + box.maxX + 1) / 2 - 150) <= 1.5)
    }

    @Test("the alphabetic baseline lies on the anchor")
    func alphabeticBaseline() throws {
        let box = try ink(Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40))
        #expect(box.maxY == 99 || box.maxY == 100)
    }

    @Test("top, middle and bottom baselines place the line box below, around and above the anchor")
    func verticalBaselines() throws {
        let node = Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40, baseline: .top)
        let top = try ink(node)
        // Cap height 1493/2048 em below the ascent line.
        let capTop = 100 + node.metrics.ascent - 1493.0 / 2048 * 40
        #expect(abs(Double(top.minY) - capTop) <= 1)
        let bottom = try ink(Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40, baseline: .bottom))
        #expect(Double(bottom.maxY) <= 100 - node.metrics.descent + 1)
        let middle = try ink(Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40, baseline: .middle))
        let baselineY = 100 - node.metrics.height / 2 + node.metrics.ascent
        #expect(abs(Double(middle.maxY + 1) - baselineY) <= 1)
    }

    @Test("text turned by -90 degrees runs upwards from its anchor")
    func rotated() throws {
        let node = Fixtures.text("HHHH", at: Point(x: 150, y: 150), size: 20, angle: -90)
        let box = try ink(node)
        #expect(box.maxX < 150 && box.maxX >= 148, "glyphs stand on the baseline, left of the anchor")
        #expect(box.maxY < 150 && box.maxY >= 145)
        #expect(abs(Double(box.minY) - (150 - node.metrics.width)) < 4)
        let bounds = node.bounds
        #expect(Double(box.minX) >= bounds.minX - 1 && Double(box.maxX) <= bounds.maxX + 1)
        #expect(Double(box.minY) >= bounds.minY - 1 && Double(box.maxY) <= bounds.maxY + 1)
    }

    @Test("at scale 2 text lands at twice the coordinates")
    func scaled() throws {
        let node = Fixtures.text("HHHH", at: Point(x: 150, y: 100), size: 40, align: .end)
        let one = try ink(node)
        let two = try ink(node, scale: 2)
        #expect(abs(two.maxX - (2 * one.maxX + 1)) <= 2)
        #expect(abs(two.maxY - (2 * one.maxY + 1)) <= 2)
    }

    @Test("text is drawn in its colour")
    func colour() throws {
        let node = Fixtures.text("█████", at: Point(x: 20, y: 100), size: 40, color: Fixtures.red)
        let scene = Scene(width: 300, height: 200, background: .white, nodes: [.text(node)])
        let image = try renderer.rasterize(scene)
        let box = try #require(Fixtures.inkBounds(image, threshold: 200))
        let centre = try #require(image.pixel(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2))
        #expect(centre == RasterImage.Pixel(red: 255, green: 0, blue: 0))
    }
}
