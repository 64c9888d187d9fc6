import ChartsmithScene
import Testing

/// Text layers placed as Vega-Lite places them: on time units by `bandPosition`, and on
/// stacks like the bars they label.
@Suite("Text layers")
struct TextLayerTests {
    @Test("text with bandPosition 0.5 on a binned year-month sits at the middle of its month, over its bar (bar_binned_yearmonth_label)")
    func monthCentres() throws {
        let s = try scene(##"""
            {"data": {"values": [{"date": "2005-01-01", "price": 195.6}, {"date": "2005-02-01", "price": 188},
                                 {"date": "2005-03-01", "price": 180.5}]},
             "encoding": {"x": {"timeUnit": "binnedyearmonth", "field": "date", "type": "temporal", "bandPosition": 0.5},
                          "y": {"field": "price", "type": "quantitative"}},
             "layer": [{"mark": "bar"},
                       {"mark": {"type": "text", "baseline": "bottom"}, "encoding": {"text": {"field": "price", "type": "quantitative"}}}]}
            """##)
        let bars = s.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }
        let labels = s.texts(.markLabel).sorted { $0.anchor.x < $1.anchor.x }
        #expect(bars.count == 3)
        #expect(labels.map(\.text) == ["195.6", "188", "180.5"])
        // Each month's label is at the month's midpoint, which (with 1 point of bin
        // spacing split either side) is the bar's centre.
        for (bar, label) in zip(bars, labels) {
            #expect(abs(label.anchor.x - bar.rect.midX) < 1e-6, "\(label.text): \(label.anchor.x) vs \(bar.rect.midX)")
            #expect(abs(label.anchor.y - bar.rect.minY) < 1e-6)
        }
    }

    @Test("a text layer stacked with normalize and bandPosition 0.5 labels each segment at its centre (stacked_bar_h_normalized_labeled)")
    func stackedLabels() throws {
        let s = try scene(##"""
            {"data": {"values": [{"age": 0, "gender": "Female", "people": 30}, {"age": 0, "gender": "Male", "people": 10},
                                 {"age": 5, "gender": "Female", "people": 20}, {"age": 5, "gender": "Male", "people": 20}]},
             "height": {"step": 17}, "encoding": {"y": {"field": "age"}},
             "layer": [{"mark": "bar", "encoding": {"x": {"aggregate": "sum", "field": "people", "stack": "normalize"},
                                                     "color": {"field": "gender"}}},
                       {"mark": {"type": "text", "color": "white"},
                        "encoding": {"x": {"aggregate": "sum", "field": "people", "stack": "normalize", "bandPosition": 0.5},
                                     "text": {"aggregate": "sum", "field": "people"}, "detail": {"field": "gender"}}}]}
            """##)
        let bars = s.rects(.mark)
        let labels = s.texts(.markLabel)
        #expect(bars.count == 4 && labels.count == 4)
        for bar in bars {
            let people = bar.name!.split(separator: " ").first { $0.hasPrefix("sum_people=") }!.dropFirst("sum_people=".count)
            // The label of the same segment: its text, within the bar's band, at its centre.
            let row = labels.filter { $0.text == people && abs($0.anchor.y - bar.rect.midY) < 1e-6 }
            let nearest = try #require(row.map { abs($0.anchor.x - bar.rect.midX) }.min())
            #expect(nearest < 1e-6, "\(people): no label at the centre \(bar.rect.midX)")
        }
        // The two labels of a row are apart, not on top of each other.
        let row0 = labels.filter { $0.text == "30" || $0.text == "10" }
        #expect(row0.count == 2 && !row0[0].bounds.intersects(row0[1].bounds))
        #expect(s.textCollisions().isEmpty)
    }
}
