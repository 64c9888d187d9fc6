import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// The hard cases for briefing layout: long titles, 60 categories, long category names,
/// eight line series ending close together, tiny and huge numbers, negative stacks,
/// unicode and right-to-left labels, empty data and a 60×40 canvas.
@Suite("Briefing layout never lets text collide")
struct BriefingLayoutTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/briefing")
    static var specs: [URL] {
        (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path } ?? []
    }
    let renderer = ChartRenderer()

    func scene(_ name: String) throws -> Scene {
        try renderer.scene(forSpecAt: Self.folder.appendingPathComponent("\(name).json"))
    }

    /// No text overlaps or leaves the canvas, except a text mark's own texts, which are
    /// drawn all the same as Vega draws them; their overlaps must then be named in a warning.
    static func expectNoCollisions(_ s: Scene, _ spec: URL) {
        let collisions = s.textCollisions(sparingTextMarks: true)
        #expect(collisions.isEmpty, "\(spec.lastPathComponent): \(collisions)")
        if s.textCollisions().count > collisions.count {
            #expect(s.metadata.warnings.contains { $0.contains("of a text mark overlap") },
                    "\(spec.lastPathComponent): text-mark texts overlap with no warning: \(s.textCollisions())")
        }
    }

    @Test("no text overlaps or leaves the canvas, by the scene's own boxes", arguments: specs)
    func sceneBoxes(spec: URL) throws {
        Self.expectNoCollisions(try renderer.scene(forSpecAt: spec), spec)
    }

    @Test("no word overlaps or leaves the page, by the rendered PDF's word boxes",
          .enabled(if: PDFWordBoxes.available), arguments: specs + ((try? exampleSpecs()) ?? []))
    func pdfBoxes(spec: URL) throws {
        let folder = try temporaryFolder("pdf-words")
        let out = try renderer.render(specAt: spec, formats: [.pdf], to: folder)
        let words = try PDFWordBoxes(pdf: out[0])
        #expect(words.offPage.isEmpty, "\(spec.lastPathComponent): off page \(words.offPage)")
        // A text mark's own words may overlap where the chart warns that they do (Vega
        // draws every text of a text mark); any other overlap is a fault.
        let scene = try renderer.scene(forSpecAt: spec)
        let warned = scene.metadata.warnings.contains { $0.contains("of a text mark overlap") }
        let markWords = warned ? Set(scene.textMarkTexts.flatMap { $0.text.split(separator: " ").map(String.init) }) : []
        let overlaps = words.overlaps.filter { !markWords.contains($0.0) && !markWords.contains($0.1) }
        #expect(overlaps.isEmpty, "\(spec.lastPathComponent): overlaps \(overlaps)")
    }

    static var vegaLiteFixtures: [URL] {
        let folder = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/vega-lite")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent.hasSuffix(".vl.json") }.sorted { $0.path < $1.path }
    }

    @Test("every Vega-Lite fixture that renders has no colliding or off-canvas text", arguments: vegaLiteFixtures)
    func fixtureBoxes(spec: URL) throws {
        // Fixtures that use unsupported features fail to decode; that is tested elsewhere.
        guard let s = try? renderer.scene(forSpecAt: spec) else { return }
        Self.expectNoCollisions(s, spec)
    }

    @Test("sixty categories turn their labels and keep every other one")
    func sixtyCategories() throws {
        let labels = try scene("sixty-categories").texts(.axisLabel).filter { $0.angle != 0 }
        #expect(labels.count == 30)
        #expect(labels.first?.text == "Category 00" && labels.first?.angle == -90)
    }

    @Test("long category names wrap onto several lines instead of being cut")
    func longNamesWrap() throws {
        let labels = try scene("long-category-names").texts(.axisLabel).map(\.text)
        #expect(labels.contains("Other"))
        #expect(labels.allSatisfy { !$0.hasSuffix("…") })
        #expect(labels.count > 5)
    }

    @Test("eight close line ends get eight direct labels, moved apart, and no legend")
    func eightSeries() throws {
        let s = try scene("eight-series")
        let labels = s.texts(.directLabel)
        #expect(labels.count == 8)
        #expect(s.texts(.legendLabel).isEmpty)
        let tops = labels.map(\.bounds.minY).sorted()
        for i in 1..<tops.count { #expect(tops[i] - tops[i - 1] >= labels[0].metrics.height - 0.01) }
        #expect(!s.paths(.leader).isEmpty)
    }

    @Test("negative parts stack below the zero line")
    func negativeStack() throws {
        let s = try scene("negative-stack")
        let zero = s.paths(.axisDomain).first { $0.name == "zero" }!.path.points[0].y
        let below = s.rects(.mark).filter { $0.rect.minY >= zero - 1e-9 && $0.rect.height > 0 }
        #expect(!below.isEmpty)
    }

    @Test("huge and tiny numbers keep readable, distinct tick labels")
    func extremes() throws {
        let huge = try scene("huge-numbers").texts(.axisLabel).map(\.text)
        #expect(Set(huge).count == huge.count)
        #expect(huge.contains("0"))
        let tiny = try scene("tiny-numbers").texts(.axisLabel).map(\.text)
        #expect(tiny.contains("0.0001") || tiny.contains("0.00010"))
    }

    @Test("empty data renders an empty chart with a note")
    func emptyData() throws {
        #expect(try scene("empty-data").texts.contains { $0.text == "No data" })
    }

    @Test("a 60 × 40 canvas keeps its size and drops what does not fit")
    func tinyCanvas() throws {
        let s = try scene("tiny-canvas")
        #expect(s.width == 60 && s.height == 40)
        #expect(s.textCollisions().isEmpty)
        #expect(s.texts(.title).isEmpty)
    }
}
