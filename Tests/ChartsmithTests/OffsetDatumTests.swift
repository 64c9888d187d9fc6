import ChartsmithTestSupport
import Foundation
import Testing

/// An `xOffset` by a datum (Vega-Lite's `bar_grouped_repeated`: each repeated layer's bars
/// in their own slot) is refused by name rather than drawn with the layers over each other.
@Suite("Offset by a datum")
struct OffsetDatumTests {
    @Test("a repeated layer offset by its datum: a located error naming xOffset")
    func refused() throws {
        let spec = #"""
        {"data": {"values": [{"g": "a", "p": 1, "q": 2}]}, "repeat": {"layer": ["p", "q"]},
         "spec": {"mark": "bar", "encoding": {"x": {"field": "g", "type": "nominal"},
           "y": {"field": {"repeat": "layer"}, "type": "quantitative"},
           "color": {"datum": {"repeat": "layer"}}, "xOffset": {"datum": {"repeat": "layer"}}}}}
        """#
        #expect {
            _ = try TestPipeline.chart(spec)
        } throws: { "\($0)".contains("xOffset") && "\($0)".contains("datum") }
    }
}
