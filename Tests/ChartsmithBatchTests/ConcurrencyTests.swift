import Chartsmith
import ChartsmithRender
import ChartsmithScene
import Foundation
import Testing

@Suite("Rendering from many threads, and the PNG encoder")
struct ConcurrencyTests {
    func specURL() throws -> URL {
        let dir = try Batch.tempDir()
        try Batch.pack(in: dir)
        return dir.appendingPathComponent("specs/a.json")
    }

    @Test("two threads rendering the same spec at once get identical bytes", arguments: [OutputFormat.png, .pdf, .svg])
    func identicalAcrossThreads(format: OutputFormat) throws {
        let url = try specURL()
        let renderer = ChartRenderer()
        let reference = try renderer.draw(renderer.scene(forSpecAt: url), as: format)
        let results = Locked([[UInt8]]())
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let bytes = (try? renderer.draw(renderer.scene(forSpecAt: url), as: format)) ?? []
            results.append(bytes)
        }
        #expect(results.value.count == 8)
        #expect(results.value.allSatisfy { $0 == reference })
    }

    @Test("PNG output decodes to exactly the pixels drawn, opaque (RGB) or transparent (RGBA), with text chunks")
    func pngMatchesRaster() throws {
        let url = try specURL()
        let renderer = ChartRenderer()
        var scene = try renderer.scene(forSpecAt: url)
        for background in [Color.white, nil] {
            scene.background = background
            let png = try renderer.draw(scene, as: .png)
            let decoded = try RasterImage(png: png)
            let drawn = try CairoRenderer().rasterize(scene)
            // Opaque pixels survive exactly; semi-transparent ones go through Cairo's
            // premultiply-on-load, so allow its rounding.
            #expect(decoded.compare(to: drawn, channelTolerance: background == nil ? 2 : 0).differingPixels == 0)
            #expect(png[25] == (background == nil ? 6 : 2), "colour type")
            #expect(String(decoding: png, as: UTF8.self).contains("tEXtTitle"))
            #expect(try renderer.draw(scene, as: .png) == png, "deterministic")
        }
    }
}

/// A tiny lock-protected box for collecting results from threads.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ v: T) { stored = v }
    var value: T { lock.withLock { stored } }
    func append<E>(_ e: E) where T == [E] { lock.withLock { stored.append(e) } }
}
