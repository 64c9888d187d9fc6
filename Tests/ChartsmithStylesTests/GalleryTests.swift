import Chartsmith
import ChartsmithRender
import Foundation
import Testing

/// `Output/styles/<style>/<example>.png`: every style applied to every seed example, for
/// people to look at. Set `CHARTSMITH_RECORD_GALLERY=1` to draw it anew.
@Suite("Style gallery")
struct GalleryTests {
    static let folder = repositoryRoot.appendingPathComponent("Output/styles")

    @Test("the gallery holds every style applied to every example")
    func complete() throws {
        let record = ProcessInfo.processInfo.environment["CHARTSMITH_RECORD_GALLERY"] == "1"
        for style in try styleNames() {
            let out = Self.folder.appendingPathComponent(style)
            if record {
                try? FileManager.default.removeItem(at: out)
                try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
                let renderer = ChartRenderer(theme: try StyleLibrary.theme(for: style))
                for spec in try exampleSpecs() { try renderer.render(specAt: spec, formats: [.png], to: out, scale: 1) }
            }
            for spec in try exampleSpecs() {
                let png = out.appendingPathComponent(ChartRenderer.outputName(for: spec) + ".png")
                #expect(FileManager.default.fileExists(atPath: png.path), "\(style)/\(png.lastPathComponent): record the gallery")
                if FileManager.default.fileExists(atPath: png.path) {
                    _ = try RasterImage(contentsOf: png)
                }
            }
        }
    }
}
