import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Vega-Lite draws one legend per field: a shape or dash scale of a field the colour legend
/// does not show gets its own legend (both were left out, with no warning), and direct line
/// labels, which name only the colours, do not replace it.
@Suite("A legend per field")
struct LegendPerFieldTests {
    static let rows = #"""
    [{"t": 1, "v": 3, "s": "A", "k": "plan"}, {"t": 2, "v": 4, "s": "A", "k": "plan"},
     {"t": 1, "v": 2, "s": "A", "k": "actual"}, {"t": 2, "v": 5, "s": "A", "k": "actual"},
     {"t": 1, "v": 6, "s": "B", "k": "plan"}, {"t": 2, "v": 7, "s": "B", "k": "plan"}]
    """#

    func labels(mark: String, channel: String) throws -> [String] {
        let spec = #"{"data": {"values": ROWS}, "mark": "MARK", "encoding": {"x": {"field": "t", "type": "quantitative"}, "#
            + #""y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}, "CHANNEL": {"field": "k"}}}"#
        let c = try TestPipeline.chart(spec.replacingOccurrences(of: "ROWS", with: Self.rows)
            .replacingOccurrences(of: "MARK", with: mark).replacingOccurrences(of: "CHANNEL", with: channel))
        return c.scene.texts(.legendLabel).map(\.text) + c.scene.texts(.legendTitle).map(\.text)
    }

    @Test("colour and shape on different fields: both legends")
    func shapes() throws {
        let l = try labels(mark: "point", channel: "shape")
        #expect(Set(l).isSuperset(of: ["A", "B", "actual", "plan", "s", "k"]), "\(l)")
    }

    @Test("colour and dash on different fields: both legends, even with direct labels on the lines")
    func dashes() throws {
        let l = try labels(mark: "line", channel: "strokeDash")
        #expect(Set(l).isSuperset(of: ["actual", "plan", "k"]), "\(l)")
    }
}
