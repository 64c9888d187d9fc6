import ChartsmithScene
import Testing

@Suite("Pivoted data in a chart")
struct PivotSceneTests {
    @Test("bar_column_pivot: one bar per country, as tall as its gold medals")
    func goldBars() throws {
        let s = try scene("""
            {"data": {"values": [
               {"country": "Norway", "type": "gold", "count": 14}, {"country": "Norway", "type": "silver", "count": 14},
               {"country": "Germany", "type": "gold", "count": 14}, {"country": "Germany", "type": "bronze", "count": 7},
               {"country": "Canada", "type": "gold", "count": 11}, {"country": "Canada", "type": "silver", "count": 8}]},
             "transform": [{"pivot": "type", "value": "count", "groupby": ["country"]}],
             "mark": "bar",
             "encoding": {"x": {"field": "country", "type": "nominal"}, "y": {"field": "gold", "type": "quantitative"}}}
            """)
        let bars = s.rects(.mark)
        #expect(bars.count == 3)
        func height(_ country: String) -> Double? { bars.first { $0.name?.contains("country=\(country)") == true }?.rect.height }
        let norway = try #require(height("Norway")), germany = try #require(height("Germany")), canada = try #require(height("Canada"))
        #expect(abs(norway - germany) < 0.01)
        #expect(abs(canada / norway - 11.0 / 14.0) < 0.001)
    }
}
