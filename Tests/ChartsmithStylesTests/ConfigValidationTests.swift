import Chartsmith
import ChartsmithFormat
import ChartsmithLayout
import ChartsmithSpec
import Foundation
import Testing

@Suite("Style and config validation")
struct ConfigValidationTests {
    /// The error text for a style file with `body`, loaded through the library.
    func styleError(_ body: String) throws -> String {
        let folder = try temporaryFolder()
        let file = try write(body, to: "house.json", in: folder)
        do {
            _ = try StyleLibrary.style(file.path)
        } catch {
            return "\(error)"
        }
        Issue.record("no error for \(body)")
        return ""
    }

    @Test("an unknown key names the file, line:column, path and the key meant")
    func unknownKey() throws {
        let message = try styleError("{\n  \"axis\": {\n    \"lableColor\": \"#000000\"\n  }\n}\n")
        #expect(message.contains("house.json:3:5: axis.lableColor: unknown property \"lableColor\""), "\(message)")
        #expect(message.contains("did you mean \"labelColor\"?"), "\(message)")
    }

    @Test("an unknown top-level key suggests the briefing addition meant")
    func unknownTopLevel() throws {
        let message = try styleError(##"{"seriesDash": [[4, 2]]}"##)
        #expect(message.contains("did you mean \"seriesDashes\"?"), "\(message)")
    }

    @Test("a Vega-Lite key Chartsmith does not draw is reported as not supported, never ignored",
          arguments: [
              ##"{"axis": {"labelAngle": 45}}"##, ##"{"axisBand": {"titleBaseline": "top"}}"##, ##"{"title": {"orient": "bottom"}}"##,
              ##"{"view": {"cornerRadius": 4}}"##, ##"{"bar": {"strokeDash": [4, 2]}}"##, ##"{"axisX": {"labelLineHeight": 14}}"##,
              ##"{"style": {"guide-label": {"angle": 45}}}"##, ##"{"style": {"label": {"shape": "cross"}}}"##, ##"{"legend": {"orient": "top-left"}}"##,
              ##"{"numberFormat": ",.0f"}"##, ##"{"labels": {"color": "#ff0000"}}"##,
              ##"{"scale": {"rangeStep": 20}}"##, ##"{"axis": {"shortTimeLabels": true}}"##,
          ])
    func unsupported(body: String) throws {
        let message = try styleError(body)
        #expect(message.contains("not supported"), "\(message)")
        #expect(message.contains("house.json:1:"), "\(message)")
    }

    @Test("a colour that is not a colour is pointed at, with the colour meant")
    func badColour() throws {
        let message = try styleError("{\n  \"title\": {\"color\": \"blakc\"}\n}")
        #expect(message.contains("house.json:2:22: title.color: \"blakc\" is not a colour"), "\(message)")
        #expect(message.contains("did you mean \"black\"?"), "\(message)")
    }

    @Test("a bad colour in a palette is pointed at by index")
    func badPaletteColour() throws {
        let message = try styleError(##"{"range": {"category": ["#12436D", "#12G"]}}"##)
        #expect(message.contains("range.category[1]"), "\(message)")
    }

    @Test("locales, size presets and font weights are checked with suggestions")
    func enumerations() throws {
        #expect(try ConfigDecoder.decodeStyle(Array(##"{"locale": "en_gb"}"##.utf8)).locale == "en-GB")
        let locale = try styleError(##"{"locale": "en-GX"}"##)
        #expect(locale.contains("unknown locale \"en-GX\""), "\(locale)")
        #expect(locale.contains("did you mean"), "\(locale)")
        let size = try styleError(##"{"size": "socal"}"##)
        #expect(size.contains("did you mean \"social\"?"), "\(size)")
        let weight = try styleError(##"{"title": {"fontWeight": "blod"}}"##)
        #expect(weight.contains("did you mean \"bold\"?"), "\(weight)")
    }

    @Test("numbers out of range are rejected", arguments: [
        ##"{"axis": {"labelFontSize": 0}}"##, ##"{"scale": {"bandPaddingInner": 1.5}}"##, ##"{"axis": {"gridDash": [4, -2]}}"##,
        ##"{"padding": -3}"##,
    ])
    func ranges(body: String) throws {
        let message = try styleError(body)
        #expect(message.contains("expected"), "\(message)")
    }

    @Test("the config locale list matches the formatter's locales")
    func localeList() {
        #expect(Set(Config.knownLocales) == Set(NumberLocaleNames.all))
    }

    @Test("a spec's config is checked the same way, naming the spec")
    func specConfig() throws {
        let folder = try seedFolder()
        let spec = try write(stackedSpec(##""config": {"axis": {"gridColour": "#eeeeee"}}"##), to: "chart.json", in: folder)
        #expect {
            try ChartRenderer().scene(forSpecAt: spec)
        } throws: { error in
            let m = "\(error)"
            return m.contains("chart.json:2:") && m.contains("config.axis.gridColour") && m.contains("did you mean \"gridColor\"?")
        }
    }

    @Test("a spec naming an unknown style fails with the names it could have meant")
    func unknownStyle() throws {
        let folder = try seedFolder()
        let spec = try write(stackedSpec(##""style": "prnt""##), to: "chart.json", in: folder)
        #expect {
            try ChartRenderer().scene(forSpecAt: spec)
        } throws: { error in
            let m = "\(error)"
            return m.contains("chart.json") && m.contains("unknown style \"prnt\"") && m.contains("did you mean \"print\"?")
        }
    }

    @Test("a font the pinned set lacks is an error at the property, not a silent substitution")
    func missingFont() throws {
        let folder = try temporaryFolder()
        let file = try write(##"{"font": "Comic Sans MS"}"##, to: "comic.json", in: folder)
        let message = "\(try #require(throws: ChartsmithError.self) { try StyleLibrary.style(file.path) })"
        #expect(message.contains("comic.json:1:10") && message.contains("\"Comic Sans MS\" is not among"), "\(message)")
        let dejavu = try write(##"{"font": "DejaVu Serif"}"##, to: "serif.json", in: folder)
        #expect(try StyleLibrary.style(dejavu.path).warnings.isEmpty)
        #expect(try StyleLibrary.style(dejavu.path).theme.titleFont.family == "DejaVu Serif")
    }
}

/// The formatter's locale names.
enum NumberLocaleNames {
    static var all: [String] { Array(NumberLocale.builtIn.keys) }
}
