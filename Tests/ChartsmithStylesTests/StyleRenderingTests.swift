import Chartsmith
import ChartsmithRender
import ChartsmithScene
import Foundation
import Testing

@Suite("Styles applied to charts")
struct StyleRenderingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var style: String
        var spec: URL
        var testDescription: String { "\(style) × \(spec.lastPathComponent)" }
    }

    static var cases: [Case] {
        get throws { try styleNames().flatMap { s in try exampleSpecs().map { Case(style: s, spec: $0) } } }
    }

    @Test("every style renders every example with no text overlapping or leaving the canvas", arguments: try cases)
    func renders(c: Case) throws {
        let renderer = ChartRenderer(theme: try StyleLibrary.theme(for: c.style))
        let scene = try renderer.scene(forSpecAt: c.spec)
        #expect(scene.textCollisions().isEmpty, "\(scene.textCollisions())")
        #expect(!scene.texts(.title).isEmpty)
    }

    @Test("each house style draws the examples visibly differently from every other style")
    func distinct() throws {
        // (Vega's themes are left out: Carbon's g10 and white differ, as published, only in a
        // background a few per cent lighter.)
        let houseStyles = try styleNames().filter { !ContrastCheckTests.vegaThemeStyles.contains($0) }
        // Share of differing pixels per style pair, averaged over the examples (a spec that
        // fixes its own colours looks the same in styles that differ only in palette).
        var images: [String: [RasterImage]] = [:]
        for name in houseStyles {
            let r = ChartRenderer(theme: try StyleLibrary.theme(for: name))
            images[name] = try exampleSpecs().map { try RasterImage(png: try r.draw(try r.scene(forSpecAt: $0), as: .png)) }
        }
        let names = houseStyles
        for i in names.indices {
            for j in names.indices where j > i {
                let a = images[names[i]]!, b = images[names[j]]!
                let shares = zip(a, b).map { x, y -> Double in
                    let d = x.compare(to: y, channelTolerance: 16)
                    return d.sizesMatch ? Double(d.differingPixels) / Double(d.pixelCount) : 1
                }
                let mean = shares.reduce(0, +) / Double(shares.count)
                #expect(mean > 0.01, "\(names[i]) and \(names[j]) look alike: \(shares)")
            }
        }
    }

    @Test("the dark style paints its background and light text")
    func dark() throws {
        let spec = try #require(try exampleSpecs().first)
        let r = ChartRenderer(theme: try StyleLibrary.theme(for: "dark"))
        let image = try RasterImage(png: try r.draw(try r.scene(forSpecAt: spec), as: .png))
        let corner = try #require(image.pixel(x: 1, y: 1))
        #expect(corner.red == 0x14 && corner.green == 0x20 && corner.blue == 0x2B, "\(corner)")
    }

    @Test("--size presets give the canvas and PNG pixels they promise", arguments: SizePreset.all)
    func sizes(preset: SizePreset) throws {
        let spec = try #require(try exampleSpecs().first)
        let out = try temporaryFolder()
        let files = try ChartRenderer(size: preset).render(specAt: spec, formats: [.png, .pdf], to: out)
        let png = try RasterImage(contentsOf: files[0])
        let expected = preset.pixelSize
        #expect(png.width == expected.width && png.height == expected.height, "\(png.width)×\(png.height)")
        // The PDF page stays at the canvas size in points, whatever the PNG density.
        let pdf = try String(decoding: Data(contentsOf: files[1]), as: UTF8.self)
        #expect(pdf.contains("0 0 \(Int(preset.width.rounded(.up))) \(Int(preset.height.rounded(.up)))"), "MediaBox")
    }

    @Test("gov-uk gives 960 × 640 px and slide 1280 × 720 px")
    func namedSizes() {
        #expect(SizePreset.govUK.pixelSize == (960, 640))
        #expect(SizePreset.slide.pixelSize == (1280, 720))
        #expect(SizePreset.social.pixelSize == (1080, 1080))
        #expect(abs(SizePreset.slide.width / SizePreset.slide.height - 16.0 / 9) < 1e-9)
    }

    /// Synthetic data, clearly labelled: two made-up series, only to show line dashes.
    static let syntheticLines = """
        {
          "title": "Synthetic data: two made-up series to show line dashes",
          "autosize": "fit", "width": 480, "height": 300,
          "data": {"values": [
            {"t": 1, "v": 1, "s": "Synthetic A"}, {"t": 2, "v": 3, "s": "Synthetic A"}, {"t": 3, "v": 2, "s": "Synthetic A"},
            {"t": 1, "v": 2, "s": "Synthetic B"}, {"t": 2, "v": 1, "s": "Synthetic B"}, {"t": 3, "v": 3, "s": "Synthetic B"}
          ]},
          "mark": "line",
          "encoding": {
            "x": {"field": "t", "type": "quantitative"},
            "y": {"field": "v", "type": "quantitative"},
            "color": {"field": "s", "type": "nominal"}
          }
        }
        """

    @Test("print and colour-blind styles dash line series; briefing keeps them solid")
    func dashes() throws {
        let folder = try temporaryFolder()
        let url = try write(Self.syntheticLines, to: "synthetic.json", in: folder)
        func dashCounts(_ style: String) throws -> Int {
            let s = try ChartRenderer(theme: try StyleLibrary.theme(for: style)).scene(forSpecAt: url)
            let lines = s.paths(.mark).filter { $0.stroke != nil && $0.path.points.count > 2 }
            #expect(lines.count == 2, "\(style)")
            return Set(lines.map { $0.stroke!.dash }).count
        }
        #expect(try dashCounts("briefing") == 1)
        #expect(try dashCounts("print") == 2)
        #expect(try dashCounts("colorblind") == 2)
    }

    @Test("a spec's own strokeDash wins over the style's series dashes")
    func ownDashes() throws {
        let folder = try temporaryFolder()
        let spec = Self.syntheticLines.replacingOccurrences(of: "\"mark\": \"line\"",
                                                            with: "\"mark\": {\"type\": \"line\", \"strokeDash\": [1, 1]}")
        let url = try write(spec, to: "own.json", in: folder)
        let s = try ChartRenderer(theme: try StyleLibrary.theme(for: "print")).scene(forSpecAt: url)
        let lines = s.paths(.mark).filter { $0.stroke != nil && $0.path.points.count > 2 }
        #expect(!lines.isEmpty && lines.allSatisfy { $0.stroke!.dash == [1, 1] })
    }
}
