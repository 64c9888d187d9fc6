import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// A binned quantitative colour is one colour per bin (Vega-Lite's bin-ordinal scale), and
/// its key names the bins ("5 – 10"), not values along a ramp that no series has.
@Suite("Binned colour")
struct BinnedColorTests {
    @Test("one entry per bin, labelled by its range, darker for higher bins")
    func bins() throws {
        let rows = (0..<30).map { i in #"{"x": \#(i % 10), "a": \#(8 + Double(i) * 0.5), "k": "s\#(i / 10)"}"# }
        let scene = try inlineScene(#"{"data": {"values": [\#(rows.joined(separator: ","))]}, "mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "a", "type": "quantitative"}, "color": {"bin": true, "field": "a", "type": "quantitative"}}}"#)
        let labels = scene.texts(.legendLabel).map(\.text)
        // a runs from 8 to 22.5; at most 6 bins of a nice step: 5.
        #expect(labels == ["5 – 10", "10 – 15", "15 – 20", "20 – 25"], "\(labels)")
        // (Point marks are hollow, and so are their legend dots: their colour is the outline's.)
        let swatches = scene.paths(.legendSymbol).compactMap { $0.fill ?? $0.stroke?.color } + scene.rects(.legendSymbol).compactMap(\.fill)
        #expect(swatches.count == 4)
        let lightness = swatches.map { $0.red + $0.green + $0.blue }
        #expect(lightness == lightness.sorted(by: >), "\(lightness)")
    }
}
