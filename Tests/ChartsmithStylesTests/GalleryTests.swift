import Chartsmith
import ChartsmithRender
import Foundation
import Testing

/// `Output/styles/<style>/<example>.png`: every style applied to every seed example, for
/// people to look at, plus the seed stacked bar in PDF and SVG for a style with its own fonts
/// (`govuk-liberation`). Set `CHARTSMITH_RECORD_GALLERY=1` to draw it anew.
@Suite("Style gallery")
struct GalleryTests {
    static let folder = repositoryRoot.appendingPathComponent("Output/styles")
    /// The example drawn in PDF and SVG too for a style with its own fonts.
    static let fontExample = repositoryRoot.appendingPathComponent("Examples/offences-2010-stacked.json")

    @Test("the gallery holds every style applied to every example")
    func complete() throws {
        let record = ProcessInfo.processInfo.environment["CHARTSMITH_RECORD_GALLERY"] == "1"
        for style in try styleNames() {
            let out = Self.folder.appendingPathComponent(style)
            if record {
                try? FileManager.default.removeItem(at: out)
                try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
                let theme = try StyleLibrary.theme(for: style)
                let renderer = ChartRenderer(theme: theme)
                for spec in try exampleSpecs() { try renderer.render(specAt: spec, formats: [.png], to: out, scale: 1) }
                if !theme.fontFiles.isEmpty { try renderer.render(specAt: Self.fontExample, formats: [.pdf, .svg], to: out, scale: 1) }
            }
            if try !StyleLibrary.theme(for: style).fontFiles.isEmpty {
                for ext in ["pdf", "svg"] {
                    let file = out.appendingPathComponent(ChartRenderer.outputName(for: Self.fontExample) + "." + ext)
                    #expect(FileManager.default.fileExists(atPath: file.path), "\(style)/\(file.lastPathComponent): record the gallery")
                }
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
