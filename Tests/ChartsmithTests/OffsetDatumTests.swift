import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// An `xOffset` by a datum (Vega-Lite's `bar_grouped_repeated`: each repeated layer's bars
/// in their own slot of the band): the offset scale's domain gathers the layers' datums in
/// layer order, each layer's bars fill their sub-band, and a colour by the same datum takes
/// the palette in that order, as Vega draws it.
@Suite("Offset by a datum")
struct OffsetDatumTests {
    /// Two genres, two measures repeated as layers (`q` listed first, so layer order is not
    /// alphabetical order).
    static func spec(offset: String = #"{"datum": {"repeat": "layer"}}"#) -> String {
        #"""
        {"data": {"values": [{"g": "a", "p": 1, "q": 2}, {"g": "b", "p": 3, "q": 4}]}, "repeat": {"layer": ["q", "p"]},
         "spec": {"mark": "bar", "encoding": {"x": {"field": "g", "type": "nominal"},
           "y": {"field": {"repeat": "layer"}, "type": "quantitative"},
           "color": {"datum": {"repeat": "layer"}, "title": "measure"}, "xOffset": \#(offset)}}}
        """#
    }

    @Test("each layer's bars sit side by side in their own half of the band, q's (the first layer's) on the left")
    func sideBySide() throws {
        let s = try TestPipeline.scene(Self.spec())
        let bars = s.rects(.mark)
        try #require(bars.count == 4)
        // Layer q draws first: a then b; then layer p.
        let (qa, qb, pa, pb) = (bars[0].rect, bars[1].rect, bars[2].rect, bars[3].rect)
        #expect(abs(qa.width - pa.width) < 0.01 && qa.width > 4)
        #expect(abs(qa.maxX - pa.minX) < 0.01, "q's bar ends where p's begins in band a: \(qa) \(pa)")
        #expect(abs(qb.maxX - pb.minX) < 0.01, "and in band b: \(qb) \(pb)")
        #expect(pa.maxX < qb.minX, "band a's bars come before band b's")
        // Taller values are taller bars: q (2) over p (1) in band a.
        #expect(qa.height > pa.height)
        // Colour by the same datum: one colour per layer, the legend in layer order.
        #expect(bars[0].fill == bars[1].fill && bars[2].fill == bars[3].fill && bars[0].fill != bars[2].fill)
        let named = s.texts(.legendLabel).map(\.text) + s.texts(.directLabel).map(\.text)
        #expect(named.filter { $0 == "q" || $0 == "p" } == ["q", "p"], "\(named)")
    }

    @Test("a numeric datum on xOffset (a constant shift, not a slot) is a located error naming xOffset")
    func numericRefused() throws {
        #expect {
            _ = try TestPipeline.chart(Self.spec(offset: #"{"datum": 3}"#))
        } throws: { "\($0)".contains("xOffset") && "\($0)".contains("datum") }
    }
}
