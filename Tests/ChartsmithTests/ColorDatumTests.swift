import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A colour channel given a `datum` (one constant series per layer, as `line_color_halo`
/// draws a line per repeated layer): each layer takes its own colour from the shared
/// scale and is named, and a pivoted key a group lacks leaves a gap, as Vega draws it.
@Suite("Colour datums")
struct ColorDatumTests {
    static let spec = #"""
        {"data": {"values": [
           {"d": 1, "s": "A", "v": 1}, {"d": 2, "s": "A", "v": 2}, {"d": 3, "s": "A", "v": 3},
           {"d": 2, "s": "B", "v": 5}, {"d": 3, "s": "B", "v": 4}]},
         "transform": [{"pivot": "s", "value": "v", "groupby": ["d"]}],
         "repeat": {"layer": ["A", "B"]},
         "spec": {"layer": [
           {"mark": {"type": "line", "stroke": "white", "strokeWidth": 4},
            "encoding": {"x": {"field": "d", "type": "quantitative"}, "y": {"field": {"repeat": "layer"}, "type": "quantitative"}}},
           {"mark": "line",
            "encoding": {"x": {"field": "d", "type": "quantitative"}, "y": {"field": {"repeat": "layer"}, "type": "quantitative"},
                         "stroke": {"datum": {"repeat": "layer"}, "type": "nominal"}}}]}}
        """#

    @Test("each layer's stroke datum takes its own colour; the white halo stays white; each series is named")
    func colours() throws {
        let s = try TestPipeline.scene(Self.spec)
        let lines = s.paths(.mark)
        #expect(lines.count == 4)
        let colours = lines.compactMap { $0.stroke?.color }
        #expect(colours[0] == .white && colours[2] == .white)
        #expect(colours[1] != colours[3] && colours[1] != .white && colours[3] != .white)
        let named = s.texts(.directLabel).map(\.text) + s.texts(.legendLabel).map(\.text)
        #expect(Set(named) == ["A", "B"])
    }

    @Test("a pivot key missing from a group is no value: B's line starts at its first point, not at zero")
    func pivotGap() throws {
        let s = try TestPipeline.scene(Self.spec)
        let b = s.paths(.mark)[3].path.points
        #expect(b.count == 2)
    }
}
