@testable import ChartsmithStyles
import ChartsmithScene
import ChartsmithTestSupport
import Testing

/// A series colour's text variant keeps its hue and reaches the style's 4.5:1 rule, and the
/// palette's labels drawn in series colours pass it; the marks keep their own colours.
@Suite("Text variants of series colours")
struct TextVariantTests {
    @Test("every palette colour of every house style has a text variant that passes 4.5:1 on its background",
          arguments: ["briefing", "print", "slide", "dark", "colorblind", "vega-dark", "excel", "ggplot2", "fivethirtyeight"])
    func palettesPass(style: String) throws {
        let theme = try StyleLibrary.theme(for: style)
        let bg = theme.background.flattened(over: .white)
        for c in theme.categoryPalette {
            let t = c.textVariant(on: bg)
            #expect(t.contrastRatio(with: bg) >= ContrastCheck.textMinimum, "\(style) \(c.hexString) → \(t.hexString)")
            if c.contrastRatio(with: bg) >= ContrastCheck.textMinimum { #expect(t == c) }
        }
    }

    @Test("the variant keeps the hue (OKLCh) and only darkens on a light background")
    func keepsHue() {
        let orange = Color(hex: "#F46A25")!, teal = Color(hex: "#28A197")!
        for c in [orange, teal] {
            let t = c.textVariant(on: .white)
            #expect(t != c)
            #expect(abs(t.oklch.2 - c.oklch.2) < 0.02)
            #expect(t.oklch.0 < c.oklch.0)
            #expect(t.contrastRatio(with: .white) >= 4.5)
            // Not darker than it needs: one step lighter would fail.
            #expect(Color.fromOKLCh(t.oklch.0 + 0.006, t.oklch.1, t.oklch.2).contrastRatio(with: .white) < 4.5)
        }
        // On a dark background a too-dark colour is lightened instead.
        let navy = Color(hex: "#12436D")!, dark = Color(hex: "#1e1e1e")!
        let light = navy.textVariant(on: dark)
        #expect(light.contrastRatio(with: dark) >= 4.5 && light.oklch.0 > navy.oklch.0)
    }

    @Test("direct labels and text in palette colours read at 4.5:1; lines and colours the spec chose keep theirs")
    func labelsInScenes() throws {
        let lines = try TestPipeline.chart("""
        {"data": {"values": [{"t": 1, "v": 3, "s": "a"}, {"t": 2, "v": 4, "s": "a"}, {"t": 1, "v": 1, "s": "b"},
                             {"t": 2, "v": 2, "s": "b"}, {"t": 1, "v": 5, "s": "d"}, {"t": 2, "v": 6, "s": "d"},
                             {"t": 1, "v": 7, "s": "c"}, {"t": 2, "v": 8, "s": "c"}]},
         "layer": [{"mark": "line"},
                   {"mark": {"type": "text", "dx": 4, "align": "left"}, "transform": [{"filter": "datum.t == 2"}],
                    "encoding": {"text": {"field": "s"}}}],
         "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                      "color": {"field": "s", "type": "nominal", "legend": null}}}
        """)
        let labels = lines.scene.texts(.markLabel) + lines.scene.texts(.directLabel)
        #expect(!labels.isEmpty)
        for t in labels { #expect(t.color.contrastRatio(with: .white) >= 4.5, "\(t.text) \(t.color.hexString)") }
        // The lines keep the palette: the orange series' line is #f46a25 itself.
        #expect(lines.scene.paths(.mark).contains { $0.stroke?.color.hexString == "#f46a25" })
        #expect(!lines.warnings.contains { $0.message.contains("contrasts") })

        let chosen = try TestPipeline.chart("""
        {"data": {"values": [{"t": 1, "v": 3, "s": "a"}]}, "mark": "text",
         "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                      "text": {"field": "s"}, "color": {"field": "s", "type": "nominal", "scale": {"range": ["#f4a261"]}}}}
        """)
        #expect(chosen.scene.texts(.markLabel).first?.color.hexString == "#f4a261")
        #expect(chosen.warnings.contains { $0.message.contains("contrasts") })
    }
}
