import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// `sort: "descending"` on a quantitative position reverses its scale, as Vega-Lite does
/// (the left half of `concat_population_pyramid`); `scale.reverse` wins over it.
@Suite("Continuous sort")
struct ContinuousSortTests {
    static func bars(_ extra: String) -> String {
        #"""
        {"data": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 4}]}, "mark": "bar",
         "encoding": {"y": {"field": "k", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"\#(extra)}}}
        """#
    }

    /// The bars' rectangles, longest last.
    func bars(_ s: Scene) -> [Rect] { s.rects(.mark).map(\.rect).sorted { $0.width < $1.width } }

    @Test("descending: the bars grow leftwards from zero at the plot's right end")
    func descending() throws {
        let plain = bars(try TestPipeline.scene(Self.bars("")))
        let desc = bars(try TestPipeline.scene(Self.bars(#", "sort": "descending""#)))
        #expect(plain.count == 2 && desc.count == 2)
        // Plain: both start at the left (zero); descending: both end at the right (zero).
        #expect(abs(plain[0].minX - plain[1].minX) < 0.01)
        #expect(abs(desc[0].maxX - desc[1].maxX) < 0.01)
        #expect(desc[1].minX < desc[0].minX)
        // An explicit reverse: false keeps zero on the left.
        let kept = bars(try TestPipeline.scene(Self.bars(#", "sort": "descending", "scale": {"reverse": false}"#)))
        #expect(abs(kept[0].minX - kept[1].minX) < 0.01)
    }
}
