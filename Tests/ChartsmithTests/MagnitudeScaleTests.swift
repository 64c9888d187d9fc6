import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Size, opacity and stroke width by a field follow Vega-Lite's scales for them
/// (`MagnitudeScale`): `scale.domain`, `range`, a discrete field spread over the range, and
/// a legend for each (merged with the colour's or the size's legend of the same field).
/// Each of these was ignored before (same-size points, default opacities, uniform lines).
@Suite("Magnitude scales: size, opacity and stroke width")
struct MagnitudeScaleTests {
    static func points(_ encoding: String, mark: String = #"{"type": "point", "filled": true}"#) -> String {
        #"""
        {"data": {"values": [{"x": 1, "y": 2, "v": 10, "g": "s"}, {"x": 2, "y": 4, "v": 40, "g": "m"}, {"x": 3, "y": 3, "v": 80, "g": "l"}]},
         "mark": MARK,
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, ENC}}
        """#.replacingOccurrences(of: "MARK", with: mark).replacingOccurrences(of: "ENC", with: encoding)
    }

    /// The marks' points, left to right.
    func marks(_ scene: Scene) -> [PathNode] {
        scene.paths(.mark).sorted { ($0.path.bounds?.midX ?? 0) < ($1.path.bounds?.midX ?? 0) }
    }

    /// A circle's area from its bounding box.
    func area(_ p: PathNode) -> Double {
        let w = p.path.bounds?.width ?? 0
        return Double.pi * w * w / 4
    }

    @Test("an opacity's scale.domain and range are honoured, and its legend shows them")
    func opacityDomainRange() throws {
        let scene = try TestPipeline.scene(Self.points(#""opacity": {"field": "v", "type": "quantitative", "scale": {"domain": [0, 100], "range": [0, 1]}}"#))
        let alphas = marks(scene).map { $0.fill?.alpha ?? -1 }
        #expect(alphas.count == 3)
        for (a, want) in zip(alphas, [0.1, 0.4, 0.8]) { #expect(abs(a - want) < 1e-9, "\(alphas)") }
        #expect(scene.texts(.legendLabel).map(\.text).last == "100")
    }

    @Test("zero: true widens a given domain to zero, as Vega applies zero after the domain")
    func zeroOverGivenDomain() throws {
        let plain = try TestPipeline.scene(Self.points(#""opacity": {"field": "v", "type": "quantitative", "scale": {"domain": [10, 110], "range": [0, 1]}}"#))
        for (a, want) in zip(marks(plain).map { $0.fill?.alpha ?? -1 }, [0.0, 0.3, 0.7]) { #expect(abs(a - want) < 1e-9) }
        let zero = try TestPipeline.scene(Self.points(#""opacity": {"field": "v", "type": "quantitative", "scale": {"domain": [10, 110], "zero": true, "range": [0, 1]}}"#))
        let alphas = marks(zero).map { $0.fill?.alpha ?? -1 }
        #expect(alphas.count == 3)
        for (a, want) in zip(alphas, [10.0 / 110, 40.0 / 110, 80.0 / 110]) { #expect(abs(a - want) < 1e-9, "\(alphas)") }
    }

    @Test("a nominal opacity spreads its values over 0.3–0.8 and marks the colour legend of its field")
    func nominalOpacityMergesWithColour() throws {
        let c = try TestPipeline.chart(Self.points(#""color": {"field": "g", "type": "nominal", "sort": ["s", "m", "l"], "legend": {"orient": "right"}}, "opacity": {"field": "g", "type": "nominal", "sort": ["s", "m", "l"]}"#))
        let alphas = marks(c.scene).map { $0.fill?.alpha ?? -1 }
        for (a, want) in zip(alphas, [0.3, 0.55, 0.8]) { #expect(abs(a - want) < 1e-9, "\(alphas)") }
        // One legend, of three entries, whose swatches carry the opacities.
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["s", "m", "l"])
        let swatches = c.scene.paths(.legendSymbol).compactMap { $0.fill?.alpha } + c.scene.rects(.legendSymbol).compactMap { $0.fill?.alpha }
        for (a, want) in zip(swatches, [0.3, 0.55, 0.8]) { #expect(abs(a - want) < 1e-9, "\(swatches)") }
    }

    @Test("a size's scale.domain sets the areas; a discrete size grows from 4 to the largest; both have legends")
    func sizeDomainAndDiscrete() throws {
        let wide = try TestPipeline.scene(Self.points(#""size": {"field": "v", "type": "quantitative", "scale": {"domain": [0, 400]}}"#))
        let areas = marks(wide).map(area)
        // Vega-Lite's default size range: 4 to 361 square points.
        for (a, v) in zip(areas, [10.0, 40, 80]) { #expect(abs(a - (4 + 357 * v / 400)) < 1, "\(areas)") }
        #expect(wide.texts(.legendLabel).map(\.text).last == "400")

        let c = try TestPipeline.chart(Self.points(#""size": {"field": "g", "type": "ordinal", "sort": ["s", "m", "l"]}"#))
        let d = marks(c.scene).map(area)
        #expect(abs(d[0] - 4) < 1 && abs(d[1] - 182.5) < 1.5 && abs(d[2] - 361) < 2, "\(d)")
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["s", "m", "l"])
        #expect(!c.warnings.contains { $0.message.contains("size legend") }, "\(c.warnings)")
    }

    @Test("a stroke width by a field splits the lines, draws each 1–4 wide, and has a legend of lines")
    func strokeWidthField() throws {
        let spec = #"""
        {"data": {"values": [{"x": 1, "y": 2, "w": 1}, {"x": 2, "y": 4, "w": 1}, {"x": 1, "y": 3, "w": 6}, {"x": 2, "y": 1, "w": 6}]},
         "mark": "line",
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                      "strokeWidth": {"field": "w", "type": "quantitative"}}}
        """#
        let scene = try TestPipeline.scene(spec)
        let widths = scene.paths(.mark).compactMap { $0.stroke?.width }.sorted()
        #expect(widths == [1, 4], "\(widths)")
        let legend = scene.paths(.legendSymbol).compactMap { $0.stroke?.width }
        #expect(legend.first == 1 && legend.last == 4 && legend.count >= 2, "\(legend)")
    }
}
