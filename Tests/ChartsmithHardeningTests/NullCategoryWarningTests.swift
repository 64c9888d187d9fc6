import Chartsmith
import ChartsmithTestSupport
import Testing

/// Rows left out because a category or series field is null are named in a warning, never
/// dropped without a word (Vega-Lite would draw a "null" category).
@Suite("Null categories are not dropped silently")
struct NullCategoryWarningTests {
    @Test("a bar whose category is null is named in a warning; the others draw")
    func nullBar() throws {
        let chart = try TestPipeline.chart("""
        {"data": {"values": [{"cat": "A", "v": 3}, {"cat": null, "v": 2}, {"cat": "B", "v": 4}]}, "mark": "bar",
         "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}
        """)
        #expect(chart.scene.rects(.mark).count == 2)
        let messages = chart.warnings.map(\.message)
        #expect(messages.contains { $0.contains("encoding.x.field: 1 row with a null \"cat\" is not drawn") })
    }

    @Test("a null category on y is named; a null series on a line is drawn, so no warning claims otherwise")
    func nullOnY() throws {
        let bars = try TestPipeline.chart("""
        {"data": {"values": [{"cat": "A", "v": 3}, {"cat": null, "v": 2}, {"cat": null, "v": 4}]}, "mark": "bar",
         "encoding": {"y": {"field": "cat", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"}}}
        """)
        #expect(bars.scene.rects(.mark).count == 1)
        #expect(bars.warnings.contains { $0.message.contains("encoding.y.field: 2 rows with a null \"cat\" are not drawn") })
        let lines = try TestPipeline.chart("""
        {"data": {"values": [{"t": 1, "v": 3, "s": "a"}, {"t": 2, "v": 2, "s": "a"}, {"t": 1, "v": 1, "s": null},
                             {"t": 2, "v": 5, "s": null}]}, "mark": "line",
         "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                      "color": {"field": "s", "type": "nominal"}}}
        """)
        #expect(lines.scene.paths(.mark).count == 2)
        #expect(!lines.warnings.contains { $0.message.contains("not drawn") })
    }
}
