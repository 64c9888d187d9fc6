import Chartsmith
import ChartsmithRender
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import ChartsmithTestSupport
import Foundation
import Testing

/// Where Debian's `fonts-liberation2` puts Liberation.
let liberationFolder = "/usr/share/fonts/truetype/liberation2"
let liberationInstalled = FileManager.default.fileExists(atPath: liberationFolder + "/LiberationSerif-Regular.ttf")

/// A style folder with Liberation Serif copied beside the style (`fonts/`), as an
/// organisation's own licensed font would be, and the seed data.
func brandFolder(style: String) throws -> URL {
    let folder = try seedFolder()
    let fonts = folder.appendingPathComponent("fonts")
    try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
    for face in ["Regular", "Bold"] {
        let target = fonts.appendingPathComponent("LiberationSerif-\(face).ttf")
        if !FileManager.default.fileExists(atPath: target.path) {
            try FileManager.default.copyItem(atPath: "\(liberationFolder)/LiberationSerif-\(face).ttf", toPath: target.path)
        }
    }
    try write(style, to: "brand.json", in: folder)
    try write(stackedSpec(), to: "chart.json", in: folder)
    return folder
}

let brandStyle = ##"{"fonts": ["fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSerif-Bold.ttf"], "font": "Liberation Serif"}"##

@Suite("fonts from a style", .enabled(if: liberationInstalled))
struct StyleFontTests {
    @Test("a style's font files make every text run measure and draw in its family, and the PDF embeds it")
    func brandFont() throws {
        let folder = try brandFolder(style: brandStyle)
        let pipeline = try ChartPipeline(style: folder.appendingPathComponent("brand.json").path)
        let chart = try pipeline.chart(forSpecAt: folder.appendingPathComponent("chart.json"))
        let texts = chart.scene.texts
        #expect(!texts.isEmpty)
        for t in texts { #expect(t.font.family == "Liberation Serif", "\(t.text): \(t.font)") }
        // Measured in Liberation Serif, not DejaVu: the title's width is Liberation's.
        let title = try #require(texts.first { $0.role == .title })
        let library = FontLibrary.shared.including(fontFiles: chart.scene.metadata.fontFiles)
        let liberation = PangoTextMeasurer(fontLibrary: library).measure(title.text, font: title.font)
        var dejaVuFont = title.font
        dejaVuFont.family = "DejaVu Sans"
        let dejaVu = PangoTextMeasurer.shared.measure(title.text, font: dejaVuFont)
        #expect(abs(title.metrics.width - liberation.width) < 0.01)
        #expect(abs(liberation.width - dejaVu.width) > 5)

        let pdf = try CairoRenderer().render(chart.scene, as: .pdf)
        let url = folder.appendingPathComponent("chart.pdf")
        try Data(pdf).write(to: url)
        let fonts = try BuiltTool.run(URL(fileURLWithPath: "/usr/bin/pdffonts"), [url.path], in: folder).stdout
        #expect(fonts.contains("LiberationSerif"), "\(fonts)")
        #expect(fonts.contains("LiberationSerif-Bold"), "\(fonts)")
        #expect(!fonts.contains("DejaVu"), "\(fonts)")

        let svg = String(decoding: try CairoRenderer().render(chart.scene, as: .svg), as: UTF8.self)
        #expect(svg.contains("'Liberation Serif'"))
    }

    @Test("a font set is built once: the same files give the same library")
    func cachedLibrary() throws {
        let files = ["\(liberationFolder)/LiberationSans-Regular.ttf"]
        let a = FontLibrary.shared.including(fontFiles: files)
        #expect(a === FontLibrary.shared.including(fontFiles: files))
        #expect(a !== FontLibrary.shared)
        #expect(a.families.contains("Liberation Sans") && !FontLibrary.shared.families.contains("Liberation Sans"))
        #expect(PangoTextMeasurer.shared(for: a) === PangoTextMeasurer.shared(for: a))
    }

    @Test("a family the pinned set lacks is a located error listing the families, with a suggestion")
    func unknownFamily() throws {
        let folder = try brandFolder(style: ##"{"fonts": ["fonts/LiberationSerif-Regular.ttf"],"##
                                        + "\n" + ##" "title": {"font": "Liberation Sereif"}}"##)
        let message = "\(try #require(throws: ChartsmithError.self) { try StyleLibrary.style(folder.appendingPathComponent("brand.json").path) })"
        #expect(message.contains("brand.json:2:"), "\(message)")
        #expect(message.contains("title.font"), "\(message)")
        #expect(message.contains("\"Liberation Sereif\" is not among"), "\(message)")
        #expect(message.contains("available: ") && message.contains("DejaVu Sans") && message.contains("Liberation Serif,"), "\(message)")
        #expect(message.contains("did you mean \"Liberation Serif\"?"), "\(message)")
    }

    @Test("a spec's font property that the set lacks fails at the property in the spec")
    func unknownFamilyInSpec() throws {
        let folder = try seedFolder()
        let spec = try write(stackedSpec(##""config": {"axis": {"labelFont": "Comic Sans MS"}}"##), to: "comic.json", in: folder)
        let message = "\(try #require(throws: ChartsmithError.self) { try ChartPipeline().chart(forSpecAt: spec) })"
        #expect(message.contains("comic.json:2:"), "\(message)")
        #expect(message.contains("config.axis.labelFont"), "\(message)")
        #expect(message.contains("\"Comic Sans MS\" is not among"), "\(message)")
    }

    @Test("a CSS font stack takes its first family the set has; a generic family resolves to DejaVu")
    func fontStacks() throws {
        let families = FontLibrary.shared.including(fontFiles: ["\(liberationFolder)/LiberationSans-Regular.ttf"]).families
        #expect(FontFamilies.resolve("Helvetica Neue, Arial, sans-serif", in: families) == "DejaVu Sans")
        #expect(FontFamilies.resolve("Arial, 'Liberation Sans', sans-serif", in: families) == "Liberation Sans")
        #expect(FontFamilies.resolve("\"dejavu serif\"", in: families) == "DejaVu Serif")
        #expect(FontFamilies.resolve("monospace", in: families) == "DejaVu Sans Mono")
        #expect(FontFamilies.resolve("Helvetica Neue, Arial", in: families) == nil)
    }

    @Test("font files must exist, be fonts and stay inside the style's folder", arguments: [
        (##"["fonts/Missing.ttf"]"##, "no font file \"fonts/Missing.ttf\""),
        (##"["brand.json"]"##, "\"brand.json\" is not a font file"),
        (##"["../elsewhere/Font.ttf"]"##, "outside the style's folder"),
        (##"["/etc/passwd"]"##, "outside the style's folder"),
    ])
    func fontFileRules(fonts: String, expected: String) throws {
        let folder = try brandFolder(style: "{\n \"fonts\": \(fonts)}")
        let message = "\(try #require(throws: ChartsmithError.self) { try StyleLibrary.style(folder.appendingPathComponent("brand.json").path) })"
        #expect(message.contains(expected), "\(message)")
        #expect(message.contains("brand.json:2:") && message.contains("fonts[0]"), "\(message)")
    }

    @Test("a spec's config may list font files beside it, held to its folder like its data")
    func fontsInSpecConfig() throws {
        let folder = try brandFolder(style: "{}")
        let spec = try write(stackedSpec(##""config": {"fonts": ["fonts/LiberationSerif-Regular.ttf"], "font": "Liberation Serif"}"##),
                             to: "fonts.json", in: folder)
        let chart = try ChartPipeline().chart(forSpecAt: spec)
        #expect(chart.scene.texts.allSatisfy { $0.font.family == "Liberation Serif" })
        #expect(chart.scene.metadata.fontFiles.count == 1)
        let outside = try write(stackedSpec(##""config": {"fonts": ["../x/Font.ttf"]}"##), to: "outside.json", in: folder)
        let message = "\(try #require(throws: ChartsmithError.self) { try ChartPipeline().chart(forSpecAt: outside) })"
        #expect(message.contains("outside.json:2:") && message.contains("config.fonts[0]") && message.contains("outside"), "\(message)")
    }

    @Test("chartsmith styles show lists the style's font files, their families and each role's family")
    func stylesShowFonts() throws {
        let r = try CLI.run(["styles", "show", "govuk-liberation"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(liberationFolder)/LiberationSans-Regular.ttf: Liberation Sans"), "\(r.stderr)")
        #expect(r.stderr.contains("title:") && r.stderr.contains("Liberation Sans 19.2 bold"), "\(r.stderr)")
        #expect(r.stderr.contains("families available: ") && r.stderr.contains("Liberation Sans"), "\(r.stderr)")
        #expect(r.stdout.contains("\"fonts\": ["), "\(r.stdout)")
        #expect(r.stdout.contains("\"font\": \"Liberation Sans\""), "\(r.stdout)")
    }
}

@Suite("per-element font families")
struct ElementFontTests {
    @Test("title, axis, legend and text-mark fonts reach their own text runs, and only theirs")
    func elementFonts() throws {
        let folder = try seedFolder()
        let spec = """
            {
              "title": {"text": "Offenders", "subtitle": "England and Wales", "font": "DejaVu Serif", "subtitleFont": "monospace"},
              "autosize": "fit", "width": 640, "height": 400,
              "data": {"url": "data/offenders-2010.csv"},
              "layer": [
                {"mark": "bar", "encoding": {
                  "x": {"field": "offence", "type": "nominal", "axis": {"labelFont": "Helvetica, DejaVu Serif", "titleFont": "DejaVu Sans Mono"}},
                  "y": {"field": "offenders", "type": "quantitative", "aggregate": "sum", "title": "Offenders"},
                  "color": {"field": "outcome", "type": "nominal", "legend": {"titleFont": "serif", "labelFont": "DejaVu Sans Mono"}}}},
                {"mark": {"type": "text", "font": "DejaVu Serif", "dy": -8},
                 "encoding": {"x": {"field": "offence", "type": "nominal"},
                              "y": {"field": "offenders", "type": "quantitative", "aggregate": "sum"},
                              "text": {"field": "offenders", "type": "quantitative", "aggregate": "sum"}}}
              ],
              "config": {"labels": {"values": false, "totals": false, "direct": false}}
            }
            """
        let url = try write(spec, to: "fonts.json", in: folder)
        let scene = try ChartPipeline().chart(forSpecAt: url).scene
        func families(_ role: Role) -> Set<String> { Set(scene.texts.filter { $0.role == role }.map(\.font.family)) }
        #expect(families(.title) == ["DejaVu Serif"])
        #expect(families(.subtitle) == ["DejaVu Sans Mono"])
        // x labels (the offences) in the axis's own family; y labels (numbers) keep the style's.
        let labels = scene.texts.filter { $0.role == .axisLabel }
        #expect(labels.filter { $0.text.hasPrefix("Possessing") }.map(\.font.family) == ["DejaVu Serif"], "\(labels)")
        #expect(labels.filter { $0.text == "1,500" }.map(\.font.family) == ["DejaVu Sans"], "\(labels)")
        let titles = scene.texts.filter { $0.role == .axisTitle }
        #expect(titles.first { $0.text == "Offenders" }?.font.family == "DejaVu Sans", "\(titles)")
        #expect(titles.first { $0.text != "Offenders" }?.font.family == "DejaVu Sans Mono", "\(titles)")
        #expect(families(.legendTitle).isSubset(of: ["DejaVu Serif"]))
        #expect(families(.legendLabel) == ["DejaVu Sans Mono"])
        #expect(families(.markLabel) == ["DejaVu Serif"])
    }

    @Test("config.text.font and config.mark.font set text marks' family")
    func configTextFont() throws {
        let folder = try seedFolder()
        for config in [##"{"text": {"font": "DejaVu Serif"}}"##, ##"{"mark": {"font": "serif"}}"##] {
            let spec = """
                {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "text",
                 "encoding": {"x": {"field": "a", "type": "nominal"}, "text": {"field": "b", "type": "quantitative"}},
                 "config": \(config)}
                """
            let url = try write(spec, to: "text.json", in: folder)
            let scene = try ChartPipeline().chart(forSpecAt: url).scene
            let marks = scene.texts.filter { $0.role == .markLabel }
            #expect(!marks.isEmpty && marks.allSatisfy { $0.font.family == "DejaVu Serif" }, "\(config)")
        }
    }

    @Test("an element's unknown family is an error at its JSON path", arguments: [
        (##""title": {"text": "T", "font": "Gill Sans"}"##, "title.font"),
        (##""mark": {"type": "text", "font": "Gill Sans"}"##, "mark.font"),
    ])
    func unknownElementFamily(member: String, path: String) throws {
        let folder = try seedFolder()
        let spec = """
            {\(member),
             "data": {"values": [{"a": "x", "b": 1}]}, "encoding": {"x": {"field": "a", "type": "nominal"}, "text": {"field": "b", "type": "quantitative"}}\(member.hasPrefix("\"mark\"") ? "" : ", \"mark\": \"text\"")}
            """
        let url = try write(spec, to: "bad.json", in: folder)
        let message = "\(try #require(throws: ChartsmithError.self) { try ChartPipeline().chart(forSpecAt: url) })"
        #expect(message.contains("bad.json:1:") && message.contains(path) && message.contains("\"Gill Sans\" is not among"), "\(message)")
    }
}

@Suite("facet header fonts")
struct HeaderFontTests {
    @Test("a facet header's labelFont and titleFont are decoded (drawn: HeaderAndBlockFontTests), with no warning")
    func headerFontDecoded() throws {
        let spec = ##"""
            {"data": {"values": [{"g": "a", "x": "p", "y": 1}, {"g": "b", "x": "p", "y": 2}]},
             "facet": {"column": {"field": "g", "type": "nominal", "header": {"labelFont": "DejaVu Serif", "titleFont": "serif"}}},
             "spec": {"mark": "bar", "encoding": {"x": {"field": "x", "type": "nominal"}, "y": {"field": "y", "type": "quantitative"}}}}
            """##
        let decoded = try SpecDecoder().decode(Array(spec.utf8))
        let messages = decoded.warnings.map(\.description)
        #expect(!messages.contains { $0.contains("Font") }, "\(messages)")
        let header = decoded.composition?.facet?.column?.header
        #expect(header?.labelFont?.value == "DejaVu Serif" && header?.titleFont?.value == "serif")
    }
}
