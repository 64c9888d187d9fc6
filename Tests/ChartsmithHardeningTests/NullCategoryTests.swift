import Chartsmith
import ChartsmithTestSupport
import Testing

/// A null in a discrete field is a category of its own, drawn as Vega-Lite draws it: its band
/// or colour reads "null", first in ascending order and last in descending order.
@Suite("Null categories are drawn as Vega-Lite draws them")
struct NullCategoryTests {
    @Test("a bar whose category is null is drawn in a \"null\" band, first in ascending order")
    func nullBar() throws {
        let chart = try TestPipeline.chart("""
        {"data": {"values": [{"cat": "B", "v": 3}, {"cat": null, "v": 2}, {"cat": "A", "v": 4}]}, "mark": "bar",
         "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}
        """)
        #expect(chart.scene.rects(.mark).count == 3)
        let labels = chart.scene.texts(.axisLabel).filter { ["A", "B", "null"].contains($0.text) }
            .sorted { $0.bounds.midX < $1.bounds.midX }.map(\.text)
        #expect(labels == ["null", "A", "B"])
        #expect(!chart.warnings.contains { $0.message.contains("null") })
    }

    @Test("descending puts null last; a null on y draws its bar")
    func nullOnYDescending() throws {
        let bars = try TestPipeline.chart("""
        {"data": {"values": [{"cat": "A", "v": 3}, {"cat": null, "v": 2}, {"cat": "B", "v": 4}]}, "mark": "bar",
         "encoding": {"y": {"field": "cat", "type": "nominal", "sort": "descending"}, "x": {"field": "v", "type": "quantitative"}}}
        """)
        #expect(bars.scene.rects(.mark).count == 3)
        let labels = bars.scene.texts(.axisLabel).filter { ["A", "B", "null"].contains($0.text) }
            .sorted { $0.bounds.midY < $1.bounds.midY }.map(\.text)
        #expect(labels == ["B", "A", "null"])
    }

    @Test("a null colour is a legend entry of its own, with the first palette colour")
    func nullColour() throws {
        let chart = try TestPipeline.chart("""
        {"data": {"values": [{"t": 1, "v": 3, "s": "b"}, {"t": 2, "v": 2, "s": "b"}, {"t": 1, "v": 1, "s": null},
                             {"t": 2, "v": 5, "s": null}]}, "mark": "point",
         "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                      "color": {"field": "s", "type": "nominal"}}}
        """)
        let legend = chart.scene.texts(.legendLabel).sorted { ($0.bounds.minY, $0.bounds.minX) < ($1.bounds.minY, $1.bounds.minX) }.map(\.text)
        #expect(legend == ["null", "b"])
    }

    @Test("grouped bars keep a sub-band for a null offset")
    func nullOffset() throws {
        let chart = try TestPipeline.chart("""
        {"data": {"values": [{"g": "a", "c": "B", "v": 3}, {"g": "a", "c": null, "v": 5}, {"g": "b", "c": "A", "v": 4}]},
         "mark": "bar", "encoding": {"x": {"field": "g", "type": "nominal"}, "xOffset": {"field": "c"},
                                     "y": {"field": "v", "type": "quantitative"}}}
        """)
        let rects = chart.scene.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }
        #expect(rects.count == 3)
        // In band "a", null (first of null, A, B) is left of B, with A's empty sub-band between.
        if rects.count == 3 {
            let step = rects[0].rect.width
            #expect(abs(rects[1].rect.minX - rects[0].rect.minX - 2 * step) < 0.5 * step)
        }
    }
}
