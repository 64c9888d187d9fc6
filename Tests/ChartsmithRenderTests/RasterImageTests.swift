import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

@Suite("Raster images")
struct RasterImageTests {
    let grey = RasterImage.Pixel(red: 128, green: 128, blue: 128)

    @Test("an image equals itself")
    func identical() throws {
        let image = try CairoRenderer().rasterize(Fixtures.sampleScene())
        let d = image.compare(to: image, channelTolerance: 0)
        #expect(d.isMatch && d.differingPixels == 0 && d.maxChannelDelta == 0)
        #expect(d.pixelCount == 220 * 160)
    }

    @Test("pixels differing beyond the tolerance are counted, and the largest delta reported")
    func differences() {
        let a = RasterImage(width: 4, height: 3, filledWith: grey)
        var b = a
        b.setPixel(x: 1, y: 1, to: RasterImage.Pixel(red: 128, green: 138, blue: 128))
        b.setPixel(x: 3, y: 2, to: RasterImage.Pixel(red: 130, green: 128, blue: 128))
        let strict = a.compare(to: b, channelTolerance: 0)
        #expect(strict.differingPixels == 2 && strict.maxChannelDelta == 10 && !strict.isMatch)
        let loose = a.compare(to: b, channelTolerance: 2)
        #expect(loose.differingPixels == 1 && loose.maxChannelDelta == 10)
        #expect(a.compare(to: b, channelTolerance: 10).isMatch)
    }

    @Test("images of different sizes never match")
    func sizeMismatch() {
        let a = RasterImage(width: 4, height: 3, filledWith: grey)
        let b = RasterImage(width: 5, height: 3, filledWith: grey)
        let d = a.compare(to: b, channelTolerance: 255)
        #expect(!d.sizesMatch && !d.isMatch && d.differingPixels == 3 && d.pixelCount == 15)
    }

    @Test("the difference image marks differing pixels red and the rest in grey")
    func differenceImage() throws {
        let a = RasterImage(width: 4, height: 3, filledWith: grey)
        var b = a
        b.setPixel(x: 2, y: 0, to: RasterImage.Pixel(red: 0, green: 0, blue: 0))
        let diff = a.differenceImage(against: b, channelTolerance: 0)
        #expect(diff.pixel(x: 2, y: 0) == RasterImage.Pixel(red: 255, green: 0, blue: 0))
        let other = try #require(diff.pixel(x: 0, y: 0))
        #expect(other.red == other.green && other.green == other.blue && other.red > 128 && other.alpha == 255)

        let url = try Fixtures.temporaryFolder().appendingPathComponent("diff.png")
        try a.writeDifferenceImage(against: b, channelTolerance: 0, to: url)
        #expect(try RasterImage(contentsOf: url) == diff)
    }

    @Test("an image survives a PNG round trip, semi-transparent pixels within rounding")
    func roundTrip() throws {
        var image = RasterImage(width: 3, height: 2, filledWith: grey)
        image.setPixel(x: 0, y: 0, to: RasterImage.Pixel(red: 200, green: 100, blue: 50, alpha: 128))
        image.setPixel(x: 1, y: 0, to: RasterImage.Pixel(red: 0, green: 0, blue: 0, alpha: 0))
        let back = try RasterImage(png: image.pngData())
        let d = image.compare(to: back, channelTolerance: 2)
        #expect(d.isMatch, "\(d)")
        #expect(back.pixel(x: 2, y: 1) == grey)
    }

    @Test("bytes that are not a PNG are rejected")
    func notPNG() throws {
        #expect(throws: RenderError.self) { try RasterImage(png: Array("not a png".utf8)) }
        #expect(throws: RenderError.self) { try RasterImage(png: []) }
        let truncated = Array(try CairoRenderer().render(Scene(width: 10, height: 10), as: .png).prefix(40))
        #expect(throws: RenderError.self) { try RasterImage(png: truncated) }
        #expect(throws: RenderError.self) { try RasterImage(contentsOf: URL(fileURLWithPath: "/no/such.png")) }
    }
}

@Suite("Concurrent rendering")
struct ConcurrentRenderingTests {
    @Test("scenes rendered on several threads at once match those rendered one at a time")
    func parallel() throws {
        let renderer = CairoRenderer()
        let scene = Fixtures.sampleScene()
        let expected = try OutputFormat.allCases.map { try renderer.render(scene, as: $0) }
        let results = Locked<[Int: [[UInt8]]]>([:])
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            let bytes = OutputFormat.allCases.map { (try? renderer.render(scene, as: $0)) ?? [] }
            results.withLock { $0[i] = bytes }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 4)
        for (_, bytes) in all { #expect(bytes == expected) }
    }

    @Test("different scenes rendered on many threads at once each match their sequential rendering")
    func manyScenesInParallel() throws {
        let renderer = CairoRenderer()
        let scenes = (0..<4).map { k -> Scene in
            var nodes: [SceneNode] = []
            for i in 0..<30 {
                let anchor = Point(x: Double(i % 5) * 60 + 5, y: Double(i / 5) * 30 + 20)
                let label = Fixtures.text("L\(i * k) Ελληνικά שלום", at: anchor, size: 8 + Double(k), angle: Double(k * 15))
                nodes.append(.text(label))
            }
            return Scene(width: 300, height: 200, nodes: nodes, metadata: SceneMetadata(title: "Scene \(k)"))
        }
        let expected = try scenes.map { scene in try OutputFormat.allCases.map { try renderer.render(scene, as: $0) } }
        let mismatches = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for n in 0..<4 {
                let k = (t + n) % scenes.count
                for (f, format) in OutputFormat.allCases.enumerated() where (try? renderer.render(scenes[k], as: format)) != expected[k][f] {
                    mismatches.withLock { $0 += 1 }
                }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }
}
