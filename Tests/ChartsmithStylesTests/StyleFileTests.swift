@testable import Chartsmith
@testable import ChartsmithStyles
import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

@Suite("Style files")
struct StyleFileTests {
    @Test("every file in Styles/ loads with a one-line description", arguments: try styleFiles())
    func loads(file: URL) throws {
        let style = try StyleLibrary.style(file.path)
        #expect(!style.summary.isEmpty)
        #expect(!style.summary.contains("\n"))
        #expect(style.file?.standardizedFileURL == file.standardizedFileURL)
    }

    @Test("the required styles exist: briefing, print, slide, dark and colorblind")
    func requiredStyles() throws {
        let names = try styleNames()
        for name in ["briefing", "print", "slide", "dark", "colorblind"] {
            #expect(names.contains(name), "\(name)")
            #expect(StyleLibrary.builtInNames.contains(name), "\(name)")
        }
    }

    @Test("each style's body is also valid as a spec's config", arguments: try styleFiles())
    func validAsConfig(file: URL) throws {
        let body = try String(contentsOf: file, encoding: .utf8)
        let spec = """
            {"data": {"values": [{"a": 1}]}, "mark": "bar", "encoding": {"y": {"field": "a", "type": "quantitative"}},
             "config": \(body)}
            """
        let decoded = try SpecDecoder().decode(Array(spec.utf8))
        let direct = try ConfigDecoder.decodeStyle(Array(body.utf8))
        // Values as written (their locations differ: the body sits inside the spec).
        let (a, b) = (decoded.config.title, direct.title)
        #expect(a.font?.value == b.font?.value && a.fontSize == b.fontSize && a.bold == b.bold && a.color?.value == b.color?.value)
        #expect(decoded.config.fonts?.map(\.value) == direct.fonts?.map(\.value))
        #expect(decoded.config.range.category?.map(\.value) == direct.range.category?.map(\.value))
    }

    @Test("the built-in styles are exact copies of Styles/*.json (record with CHARTSMITH_RECORD_STYLES=1)")
    func builtInCopies() throws {
        let files = try styleFiles()
        if ProcessInfo.processInfo.environment["CHARTSMITH_RECORD_STYLES"] == "1" {
            try BuiltInStylesRecorder.record(files, to: repositoryRoot.appendingPathComponent("Sources/ChartsmithStyles/BuiltIn/BuiltInStyles.swift"))
            return
        }
        #expect(Set(BuiltInStyles.names) == Set(try styleNames()))
        for f in files {
            let name = f.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: f, encoding: .utf8)
            #expect(BuiltInStyles.files[name].map { $0 + "\n" } == text,
                    "\(name).json changed; run CHARTSMITH_RECORD_STYLES=1 swift test --filter \"Style files\"")
        }
    }

    @Test("a built-in style loads by name without any Styles/ folder near")
    func builtInWithoutFiles() throws {
        let elsewhere = try temporaryFolder()
        for name in StyleLibrary.builtInNames {
            let s = try StyleLibrary.style(name, relativeTo: elsewhere)
            if FileManager.default.currentDirectoryPath.hasPrefix(repositoryRoot.path) { continue }
            #expect(s.file == nil, "\(name)")
        }
        let print = try StyleLibrary.theme(for: "print", relativeTo: elsewhere)
        #expect(print.sizePreset?.name == "a4-half")
    }

    @Test("briefing restates the built-in defaults exactly")
    func briefingIsDefault() throws {
        #expect(try StyleLibrary.theme(for: "briefing") == Theme.briefing)
        #expect(try StyleLibrary.theme(for: nil) == Theme.briefing)
    }

    @Test("briefing follows the Analysis Function guidance")
    func briefingGuidance() throws {
        let t = try StyleLibrary.theme(for: "briefing")
        #expect(t.categoryPalette.prefix(2).map(\.hexString) == ["#12436d", "#f46a25"])
        #expect(t.grid && t.axisX.grid == nil && !t.valueAxisLine)
        #expect(t.horizontalAxisTitles)
        #expect(t.gridColor.hexString == "#d9d9d9")
        #expect(t.locale == "en-GB")
        for (role, font) in t.roleFonts { #expect(font.size >= 12, "\(role)") }
        #expect(abs(t.titleFont.size - 1.6 * t.axisLabelFont.size) < 1e-9)
    }

    @Test("every style differs from the others in what it sets", arguments: try styleNames())
    func stylesDiffer(name: String) throws {
        let t = try StyleLibrary.theme(for: name)
        for other in try styleNames() where other != name {
            #expect(try StyleLibrary.theme(for: other) != t, "\(name) = \(other)")
        }
    }

    @Test("styles show prints a style that loads back into the same theme", arguments: try styleNames())
    func printerRoundTrip(name: String) throws {
        let style = try StyleLibrary.style(name)
        let json = StylePrinter.json(style.theme, description: style.summary)
        let folder = try temporaryFolder()
        let file = try write(json, to: "printed.json", in: folder)
        let reloaded = try StyleLibrary.theme(for: file.path)
        #expect(reloaded == style.theme, "\(json)")
    }

    @Test("the printer's output differs when one setting differs")
    func printerSeesChanges() throws {
        var t = Theme.briefing
        let a = StylePrinter.json(t)
        t.axisTitleFont.size = 13
        #expect(StylePrinter.json(t) != a)
        #expect(StylePrinter.json(t).contains("\"titleFontSize\": 13"))
    }

    @Test("extends builds a style on another; a cycle is an error")
    func extendsChain() throws {
        let folder = try temporaryFolder()
        try write(##"{"description": "a", "title": {"fontSize": 30}, "axis": {"labelFontSize": 13}}"##, to: "a.json", in: folder)
        try write(##"{"description": "b", "extends": "a.json", "axis": {"labelFontSize": 14}}"##, to: "b.json", in: folder)
        let b = try StyleLibrary.style(folder.appendingPathComponent("b.json").path)
        #expect(b.theme.titleFont.size == 30)       // from a
        #expect(b.theme.axisLabelFont.size == 14)   // b over a
        #expect(b.theme.footerFont.size == Theme.briefing.footerFont.size)  // defaults beneath
        #expect(b.chain == ["a", "b"])

        try write(##"{"extends": "d.json"}"##, to: "c.json", in: folder)
        try write(##"{"extends": "c.json"}"##, to: "d.json", in: folder)
        #expect {
            try StyleLibrary.style(folder.appendingPathComponent("c.json").path)
        } throws: { error in
            "\(error)".contains("extends itself")
        }
    }

    @Test("a name is looked up in Styles/ beside the spec before the built-in styles")
    func localStyleShadowsBuiltIn() throws {
        let folder = try temporaryFolder()
        try write(##"{"description": "house print", "extends": "briefing", "background": "#FFFFF0"}"##, to: "Styles/print.json", in: folder)
        let nested = folder.appendingPathComponent("charts/2010")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let t = try StyleLibrary.theme(for: "print", relativeTo: nested)
        #expect(t.background.hexString == "#fffff0")
        #expect(t.sizePreset?.name == "gov-uk")  // extends the briefing, not the built-in print
    }
}

/// Writes `BuiltInStyles.swift` (the names and the lookup) and, beside it, the file texts
/// in three files: Chartsmith's house styles, Vega's named themes and its Carbon themes
/// (each under 500 lines).
enum BuiltInStylesRecorder {
    static let houseOrder = ["briefing", "print", "slide", "dark", "colorblind", "govuk-liberation"]

    static func record(_ files: [URL], to out: URL) throws {
        var names = files.map { $0.deletingPathExtension().lastPathComponent }
        names = houseOrder.filter(names.contains) + names.filter { !houseOrder.contains($0) }
        let header = [
            "// Generated from Styles/*.json by the style tests (CHARTSMITH_RECORD_STYLES=1 swift test --filter \"Style files\").",
            "// Do not edit: edit the JSON files and record again.", "",
        ]
        let main = header + [
            "/// The repository's `Styles/*.json`, compiled in so the built-in styles work anywhere.",
            "enum BuiltInStyles {",
            "    /// The built-in style names, in listing order.",
            "    static let names: [String] = [" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]", "",
            "    /// Each built-in style's file text, by name: the house styles and Vega's themes.",
            "    static let files: [String: String] = houseStyles.merging(vegaThemes) { a, _ in a }.merging(carbonThemes) { a, _ in a }",
            "}",
        ]
        try Data((main.joined(separator: "\n") + "\n").utf8).write(to: out)
        let folder = out.deletingLastPathComponent()
        try part(names.filter(houseOrder.contains), as: "houseStyles", doc: "Chartsmith's own house styles' file texts, by name.",
                 header: header, to: folder.appendingPathComponent("BuiltInStyles+House.swift"))
        let themes = names.filter { !houseOrder.contains($0) }
        try part(themes.filter { !$0.hasPrefix("carbon") }, as: "vegaThemes",
                 doc: "Vega's named themes (vega-themes) as style files' texts, by name; the Carbon ones are apart.",
                 header: header, to: folder.appendingPathComponent("BuiltInStyles+VegaThemes.swift"))
        try part(themes.filter { $0.hasPrefix("carbon") }, as: "carbonThemes",
                 doc: "Vega's IBM Carbon themes (carbonwhite, carbong10, carbong90, carbong100) as style files' texts, by name.",
                 header: header, to: folder.appendingPathComponent("BuiltInStyles+CarbonThemes.swift"))
    }

    static func part(_ names: [String], as property: String, doc: String, header: [String], to out: URL) throws {
        var lines = header + ["extension BuiltInStyles {", "    /// \(doc)", "    static let \(property): [String: String] = ["]
        for name in names {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Styles/\(name).json"), encoding: .utf8)
            lines.append("        \"\(name)\": #\"\"\"")
            var body = text
            while body.hasSuffix("\n") { body.removeLast() }
            lines += body.components(separatedBy: "\n")
            lines.append("\"\"\"#,")
        }
        lines += ["    ]", "}"]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: out)
    }
}
