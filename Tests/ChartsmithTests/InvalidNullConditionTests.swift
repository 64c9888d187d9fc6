import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// `invalid: null` (Vega-Lite's "show"): the null stays null in the row for conditions and
/// expressions, and only the placing reads it as 0 (point_invalid_color's grey nulls were
/// drawn navy: the condition saw the 0 the data stage had written into the row).
@Suite("Invalid values seen by conditions")
struct InvalidNullConditionTests {
    @Test("invalid: null keeps the null for conditions (datum.b === null) and places the mark at 0")
    func invalidNullSeenByConditions() throws {
        let json = #"""
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": null}, {"a": 3, "b": 4}]},
         "mark": {"type": "point", "size": 200, "filled": true},
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"condition": {"test": "TEST", "value": "red"}, "value": "black"}},
         "config": {"mark": {"invalid": null}}}
        """#
        let red = "#ff0000", black = "#000000"
        for (test, expected) in [("datum.b === null", [black, red, black]), ("!isValid(datum.b)", [black, red, black]),
                                 ("datum.b === 0", [black, black, black])] {
            let s = try SymbolChannelConditionTests.symbols(json.replacingOccurrences(of: "TEST", with: test))
            #expect(s.map { $0.fill.map { Color(red: $0.red, green: $0.green, blue: $0.blue).hexString } ?? "none" } == expected, "\(test)")
        }
        // The null row sits at y = 0: below the row at b = 2 by half the distance from 2 to 4.
        let s = try SymbolChannelConditionTests.symbols(json.replacingOccurrences(of: "TEST", with: "false"))
        let y = s.compactMap { $0.path.bounds?.midY }
        #expect(y.count == 3 && abs((y[1] - y[0]) - (y[0] - y[2])) < 1e-6, "\(y)")

        // A domain without zero (`zero: false`, 2–4): the null sits at the domain's smallest
        // value, level with b = 2, as Vega-Lite's "zero or min" (it was placed off the plot).
        let unzeroed = try SymbolChannelConditionTests.symbols(json.replacingOccurrences(of: "TEST", with: "false")
            .replacingOccurrences(of: #""field": "b", "type": "quantitative"}"#, with: #""field": "b", "type": "quantitative", "scale": {"zero": false}}"#))
        let yz = unzeroed.compactMap { $0.path.bounds?.midY }
        #expect(yz.count == 3 && abs(yz[1] - yz[0]) < 1e-6 && yz[2] < yz[0], "\(yz)")
    }


    @Test("invalid: null on a line: the null is a point at 0, not a gap, and a bar of height 0")
    func invalidNullLineAndBar() throws {
        let line = try TestPipeline.scene(#"""
        {"data": {"values": [{"a": 1, "b": 20}, {"a": 2, "b": null}, {"a": 3, "b": 40}]},
         "mark": {"type": "line", "invalid": null},
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}
        """#)
        let paths = line.paths.filter { $0.role == .mark }
        #expect(paths.count == 1 && paths.first?.path.elements.count == 3, "\(paths.map(\.path))")
        let bars = try TestPipeline.scene(#"""
        {"data": {"values": [{"a": "x", "b": 20}, {"a": "y", "b": null}, {"a": "z", "b": 40}]},
         "mark": {"type": "bar", "invalid": null},
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"condition": {"test": "datum.b === null", "value": "red"}, "value": "black"}}}
        """#).rects.filter { $0.role == .mark }.sorted { $0.rect.minX < $1.rect.minX }
        #expect(bars.count == 3 && bars[1].rect.height == 0, "\(bars.map(\.rect))")
        #expect(bars.map { $0.fill.map { Color(red: $0.red, green: $0.green, blue: $0.blue).hexString } ?? "none" }
                == ["#000000", "#ff0000", "#000000"])
    }
}
