import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

@Suite("PNG output")
struct PNGOutputTests {
    let renderer = CairoRenderer()

    func redRectScene() -> Scene {
        Scene(width: 100, height: 80, background: .white, nodes: [
            .rect(RectNode(rect: Rect(x: 20, y: 10, width: 30, height: 40), fill: Fixtures.red)),
        ], metadata: SceneMetadata(title: "Red", description: "A red rectangle on white"))
    }

    @Test("a PNG at scale 2 has twice the pixels on each side")
    func scaleDoublesSize() throws {
        let one = try RasterImage(png: renderer.render(redRectScene(), as: .png))
        let two = try RasterImage(png: renderer.render(redRectScene(), as: .png, scale: 2))
        #expect(one.width == 100 && one.height == 80)
        #expect(two.width == 200 && two.height == 160)
    }

    @Test("a fractional canvas rounds up to whole pixels")
    func fractionalCanvasRoundsUp() throws {
        let scene = Scene(width: 10.2, height: 5.5)
        let image = try RasterImage(png: renderer.render(scene, as: .png, scale: 3))
        #expect(image.width == 31 && image.height == 17)
        #expect(CairoRenderer.pixelSize(of: scene, scale: 3) == (31, 17))
    }

    @Test("a red rectangle reads back red inside its edges and white outside them")
    func redRectPixels() throws {
        let image = try RasterImage(png: renderer.render(redRectScene(), as: .png))
        let red = RasterImage.Pixel(red: 255, green: 0, blue: 0)
        let white = RasterImage.Pixel(red: 255, green: 255, blue: 255)
        #expect(image.pixel(x: 20, y: 10) == red)
        #expect(image.pixel(x: 35, y: 30) == red)
        #expect(image.pixel(x: 49, y: 49) == red)
        #expect(image.pixel(x: 19, y: 10) == white)
        #expect(image.pixel(x: 50, y: 30) == white)
        #expect(image.pixel(x: 35, y: 50) == white)
        #expect(image.pixel(x: 35, y: 9) == white)

        let doubled = try RasterImage(png: renderer.render(redRectScene(), as: .png, scale: 2))
        #expect(doubled.pixel(x: 40, y: 20) == red)
        #expect(doubled.pixel(x: 99, y: 99) == red)
        #expect(doubled.pixel(x: 100, y: 99) == white)
        #expect(doubled.pixel(x: 39, y: 20) == white)
    }

    @Test("the PNG carries Title, Description and Software text chunks right after IHDR, all with valid CRCs")
    func textChunks() throws {
        let png = try renderer.render(redRectScene(), as: .png)
        #expect(Array(png.prefix(8)) == PNGTextChunks.signature)
        let chunks = Fixtures.pngChunks(png)
        #expect(chunks.first?.type == "IHDR")
        #expect(chunks.last?.type == "IEND")
        for chunk in chunks {
            #expect(chunk.storedCRC == chunk.computedCRC, "bad CRC in \(chunk.type)")
        }
        let texts = chunks.filter { $0.type == "tEXt" }.map { String(decoding: $0.data, as: UTF8.self) }
        #expect(texts == ["Title\0Red", "Description\0A red rectangle on white", "Software\0Chartsmith"])
        #expect(chunks[1].type == "tEXt", "text chunks come right after IHDR")
    }

    @Test("text outside Latin-1 goes into an iTXt chunk in UTF-8; Latin-1 text stays tEXt")
    func internationalTextChunks() throws {
        var scene = redRectScene()
        scene.metadata = SceneMetadata(title: "Café prices", description: "Цены в кафе, €")
        let chunks = Fixtures.pngChunks(try renderer.render(scene, as: .png))
        #expect(chunks.allSatisfy { $0.storedCRC == $0.computedCRC })
        let title = try #require(chunks.first { $0.type == "tEXt" && $0.data.starts(with: Array("Title\0".utf8)) })
        #expect(Array(title.data.dropFirst(6)) == "Café prices".latin1Bytes)
        let itxt = try #require(chunks.first { $0.type == "iTXt" })
        #expect(itxt.data == Array("Description".utf8) + [0, 0, 0, 0, 0] + Array("Цены в кафе, €".utf8))
    }

    @Test("the CRC-32 matches the standard check value")
    func crcCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test("rendering the same scene twice gives identical PNG bytes, even after other scenes")
    func deterministic() throws {
        let first = try renderer.render(Fixtures.sampleScene(), as: .png, scale: 2)
        _ = try renderer.render(redRectScene(), as: .png)
        _ = try renderer.render(Fixtures.sampleScene(title: "Other"), as: .png)
        let second = try renderer.render(Fixtures.sampleScene(), as: .png, scale: 2)
        #expect(first == second)
    }

    @Test("reading back a PNG gives the same pixels as rasterising directly")
    func pngMatchesRaster() throws {
        let scene = Fixtures.sampleScene()
        let viaPNG = try RasterImage(png: renderer.render(scene, as: .png))
        let direct = try renderer.rasterize(scene)
        #expect(viaPNG == direct)
    }
}
