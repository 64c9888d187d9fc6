import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Vega-Lite's default `invalid: "filter"` on continuous colour, size and opacity scales:
/// a heatmap's cell whose value is null is left empty (it was coloured as the largest).
@Suite("Invalid values on continuous colour scales")
struct InvalidColorValueTests {
    @Test("a null cell draws no rect; invalid: null keeps it")
    func nullCell() throws {
        let spec = #"""
        {"data": {"values": [{"a": "x", "n": 1}, {"a": "y", "n": null}, {"a": "z", "n": 10}]},
         "mark": MARK, "encoding": {"x": {"field": "a", "type": "nominal"}, "color": {"field": "n", "type": "quantitative"}}}
        """#
        let filtered = try TestPipeline.chart(spec.replacingOccurrences(of: "MARK", with: #""rect""#))
        let names = filtered.scene.rects.filter { $0.role == .mark }.compactMap(\.name)
        #expect(names.count == 2 && !names.contains { $0.contains("null") }, "\(names)")
        let kept = try TestPipeline.chart(spec.replacingOccurrences(of: "MARK", with: #"{"type": "rect", "invalid": null}"#))
        #expect(kept.scene.rects.filter { $0.role == .mark }.count == 3)
    }
}
