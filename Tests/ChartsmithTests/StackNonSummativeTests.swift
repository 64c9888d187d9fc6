import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Bars of a mean (any aggregate that does not add up) coloured by a field are stacked, as
/// Vega-Lite stacks them (with its warning), instead of being drawn over one another; and
/// `"sort": "-y"` on such bars sorts by the mean over the rows, as Vega-Lite's sort op.
@Suite("Stacked means, as Vega-Lite stacks them")
struct StackNonSummativeTests {
    static let spec = #"""
    {"data": {"values": [
      {"c": "A", "g": "p", "v": 10}, {"c": "A", "g": "q", "v": 1}, {"c": "A", "g": "q", "v": 1}, {"c": "A", "g": "q", "v": 1},
      {"c": "B", "g": "p", "v": 5}, {"c": "B", "g": "q", "v": 4}, {"c": "C", "g": "p", "v": 3}, {"c": "C", "g": "q", "v": 3.2}]},
     "mark": "bar",
     "encoding": {"x": {"field": "c", "type": "nominal", "sort": "-y"}, "y": {"field": "v", "type": "quantitative", "aggregate": "mean"STACK},
       "color": {"field": "g", "type": "nominal"}}}
    """#

    @Test("means stack (A's parts 10 and 1 reach 11), with a located warning; the bars sort by the mean of each category's rows: B, A, C")
    func stacked() throws {
        let c = try TestPipeline.chart(Self.spec.replacingOccurrences(of: "STACK", with: ""))
        let bars = c.scene.rects(.mark)
        #expect(bars.count == 6)
        // Parts of one bar touch: each bar's segments share their x and meet end to end.
        let byX = Dictionary(grouping: bars, by: { ($0.rect.minX * 100).rounded() })
        #expect(byX.count == 3)
        for (_, parts) in byX {
            let sorted = parts.sorted { $0.rect.minY < $1.rect.minY }
            #expect(abs(sorted[0].rect.maxY - sorted[1].rect.minY) < 0.01, "\(sorted.map(\.rect))")
        }
        let axis = c.scene.texts(.axisLabel).filter { ["A", "B", "C"].contains($0.text) }.sorted { $0.anchor.x < $1.anchor.x }.map(\.text)
        #expect(axis == ["B", "A", "C"], "\(axis)")
        #expect(c.warnings.contains { $0.message.contains("mean values are stacked") && $0.location != nil }, "\(c.warnings)")
    }

    @Test("stack: null keeps them over one another, without the warning")
    func overlaid() throws {
        let c = try TestPipeline.chart(Self.spec.replacingOccurrences(of: "STACK", with: #", "stack": null"#))
        let bars = c.scene.rects(.mark)
        #expect(bars.count == 6)
        #expect(bars.allSatisfy { abs($0.rect.maxY - bars[0].rect.maxY) < 0.01 }, "every bar starts at zero")
        #expect(!c.warnings.contains { $0.message.contains("stacked") })
    }
}
