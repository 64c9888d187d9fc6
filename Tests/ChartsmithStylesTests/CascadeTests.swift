import Chartsmith
import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// The cascade, lowest first: built-in defaults < style file < the spec's config < the
/// spec's own properties. Each test changes one level and watches the picture.
@Suite("The style cascade")
struct CascadeTests {
    let folder: URL

    init() throws {
        folder = try seedFolder()
        try write(##"{"description": "big titles", "title": {"fontSize": 30}, "background": "#FFF8E7", "padding": 40, "bar": {"cornerRadius": 6}}"##,
                  to: "Styles/house.json", in: folder)
    }

    func scene(_ extra: String, renderer: ChartRenderer = ChartRenderer()) throws -> Scene {
        let url = try write(stackedSpec(extra), to: "chart-\(UUID().uuidString).json", in: folder)
        return try renderer.scene(forSpecAt: url)
    }

    func titleSize(_ s: Scene) -> Double? { s.texts(.title).first?.font.size }

    /// Whether every stack is rounded as a whole with radius `r` (each part square inside
    /// the stack's clip, as Vega-Lite draws `cornerRadius` on a stack).
    func stackRadiiAre(_ r: Double, in s: Scene) -> Bool {
        let stacks = s.groups.filter { $0.clip != nil && $0.clipRadii != nil }
        return !stacks.isEmpty && s.rects(.mark).allSatisfy { $0.effectiveRadii.isZero }
            && stacks.allSatisfy { g in g.clipRadii == CornerRadii(all: r).clamped(to: g.clip!) }
    }

    @Test("with no style, the built-in defaults apply")
    func defaults() throws {
        let s = try scene("")
        #expect(titleSize(s) == Theme.briefing.titleFont.size)
        #expect(s.background == .white)
        #expect(s.texts(.title).first?.anchor.x == Theme.briefing.padding)
    }

    @Test("a style file overrides the defaults it sets and keeps the rest")
    func styleOverDefaults() throws {
        let s = try scene(##""style": "house""##)
        #expect(titleSize(s) == 30)
        #expect(s.background?.hexString == "#fff8e7")
        #expect(s.texts(.title).first?.anchor.x == 40)
        #expect(s.texts(.axisLabel).first?.font.size == Theme.briefing.axisLabelFont.size)
        #expect(stackRadiiAre(6, in: s))
    }

    @Test("the spec's config overrides its style")
    func configOverStyle() throws {
        let s = try scene(##""style": "house", "config": {"title": {"fontSize": 25}, "bar": {"cornerRadius": 3}, "background": "#F0FFF0"}"##)
        #expect(titleSize(s) == 25)
        #expect(stackRadiiAre(3, in: s))
        #expect(s.background?.hexString == "#f0fff0")
    }

    @Test("properties set on the spec override its config")
    func specOverConfig() throws {
        let s = try scene(##""style": "house", "config": {"background": "#F0FFF0", "padding": 30}, "background": "#F0F8FF", "padding": 12"##)
        #expect(s.background?.hexString == "#f0f8ff")
        #expect(s.texts(.title).first?.anchor.x == 12)
        let url = try write(stackedSpec(##""style": "house""##).replacingOccurrences(of: "\"mark\": \"bar\"",
                                                                                  with: "\"mark\": {\"type\": \"bar\", \"cornerRadius\": 1}"),
                            to: "own-mark.json", in: folder)
        #expect(stackRadiiAre(1, in: try ChartRenderer().scene(forSpecAt: url)))
    }

    @Test("the spec's own style wins over the renderer's (--style) style")
    func specStyleOverRendererStyle() throws {
        let dark = ChartRenderer(theme: try StyleLibrary.theme(for: "dark"))
        #expect(try scene("", renderer: dark).background?.hexString == "#14202b")
        #expect(try scene(##""style": "house""##, renderer: dark).background?.hexString == "#fff8e7")
    }

    @Test("config.extends in a spec names its style like \"style\" does; naming two is an error")
    func configExtends() throws {
        #expect(titleSize(try scene(##""config": {"extends": "house"}"##)) == 30)
        #expect {
            try scene(##""style": "house", "config": {"extends": "dark"}"##)
        } throws: { "\($0)".contains("names its style twice") }
    }

    @Test("--size replaces the spec's width and height with the preset's canvas")
    func sizePreset() throws {
        let s = try scene("", renderer: ChartRenderer(size: .slide))
        #expect(s.width == 640 && s.height == 360)
        let plain = try scene("")
        #expect(plain.width == 640 && plain.height == 400)
    }

    @Test("a style's size is the canvas of a fitted spec that sets no size")
    func styleSize() throws {
        let spec = stackedSpec(##""style": "print""##)
            .replacingOccurrences(of: "\"autosize\": \"fit\", \"width\": 640, \"height\": 400,", with: "")
        let url = try write(spec, to: "unsized.json", in: folder)
        let s = try ChartRenderer().scene(forSpecAt: url)
        #expect(s.width == (160 * SizePreset.pointsPerMillimetre).rounded(.up))
        #expect(s.height == (100 * SizePreset.pointsPerMillimetre).rounded(.up))
    }

    @Test("text colours set in a style reach every text role")
    func textColours() throws {
        let s = try scene(##""style": "dark""##)
        let light = try #require(Color(hex: "#F3F2F1"))
        for role in [Role.title, .axisLabel, .axisTitle, .legendLabel] {
            let texts = s.texts(role)
            #expect(!texts.isEmpty, "\(role)")
            #expect(texts.allSatisfy { $0.color == light }, "\(role)")
        }
        #expect(s.texts(.source).allSatisfy { $0.color.hexString == "#b1b4b6" })
    }

    @Test("a role colour in config overrides the text colour for that role only")
    func roleColours() throws {
        let s = try scene(##""config": {"title": {"color": "#801650"}, "axis": {"labelColor": "#3D3D3D", "titleColor": "#12436D"}, "legend": {"labelColor": "#28A197"}, "footer": {"color": "#000000"}}"##)
        #expect(s.texts(.title).allSatisfy { $0.color.hexString == "#801650" })
        #expect(s.texts(.axisLabel).allSatisfy { $0.color.hexString == "#3d3d3d" })
        #expect(s.texts(.axisTitle).allSatisfy { $0.color.hexString == "#12436d" })
        #expect(s.texts(.legendLabel).allSatisfy { $0.color.hexString == "#28a197" })
        #expect(s.texts(.source).allSatisfy { $0.color.hexString == "#000000" })
        #expect(s.texts(.subtitle).allSatisfy { $0.color == Theme.briefing.mutedTextColor })
    }

    @Test("axis switches and grid dashes in config change the axes drawn")
    func axisSwitches() throws {
        func yDomain(_ s: Scene) -> Bool {
            s.paths(.axisDomain).contains { p in
                let pts = p.path.points
                return pts.count == 2 && pts[0].x == pts[1].x && p.name == nil
            }
        }
        let plain = try scene("")
        #expect(!yDomain(plain))
        #expect(plain.paths(.grid).allSatisfy { $0.stroke?.dash.isEmpty ?? true })
        let s = try scene(##""config": {"axisY": {"domain": true}, "axis": {"gridDash": [2, 2]}}"##)
        #expect(yDomain(s))
        #expect(!s.paths(.grid).isEmpty && s.paths(.grid).allSatisfy { $0.stroke?.dash == [2, 2] })
        let noGrid = try scene(##""config": {"axisY": {"grid": false}}"##)
        #expect(noGrid.paths(.grid).isEmpty)
    }

    @Test("a style's fonts, palette and bar padding reach the picture")
    func styleReachesPicture() throws {
        let print = try scene(##""style": "print""##)
        #expect(print.texts(.axisLabel).allSatisfy { $0.font.size == 9 })
        let fills = Set(print.rects(.mark).compactMap { $0.fill?.hexString })
        #expect(fills == ["#223b6a", "#c6862c"])
        // Bar width over the band step is 1 - paddingInner: 0.7 in print, 0.75 in briefing.
        func fill(_ s: Scene) throws -> Double {
            let xs = Set(s.rects(.mark).map(\.rect.minX)).sorted()
            try #require(xs.count == 2)
            return try #require(s.rects(.mark).first).rect.width / (xs[1] - xs[0])
        }
        #expect(abs(try fill(print) - 0.7) < 1e-6)
        #expect(abs(try fill(try scene("")) - 0.75) < 1e-6)
    }

    @Test("label behaviour switches: value labels and stack totals can be turned off")
    func labelSwitches() throws {
        let on = try scene("")
        #expect(!on.texts(.markLabel).isEmpty)
        #expect(!on.texts(.total).isEmpty)
        let off = try scene(##""config": {"labels": {"values": false, "totals": false}}"##)
        #expect(off.texts(.markLabel).isEmpty)
        #expect(off.texts(.total).isEmpty)
        let bigger = try scene(##""config": {"labels": {"fontSize": 14}}"##)
        #expect(!bigger.texts(.total).isEmpty && bigger.texts(.total).allSatisfy { $0.font.size == 14 })
    }

    @Test("the locale in a style sets the thousands separator")
    func locale() throws {
        try write(##"{"locale": "de-DE"}"##, to: "Styles/german.json", in: folder)
        let s = try scene(##""style": "german""##)
        #expect(s.texts(.axisLabel).contains { $0.text == "1.000" }, "\(s.texts(.axisLabel).map(\.text))")
        #expect(try scene("").texts(.axisLabel).contains { $0.text == "1,000" })
    }
}
