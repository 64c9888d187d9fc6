import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// `spacing` of a facet or a concat as Vega-Lite reads it: a number is the gap between rows
/// and between columns; `{"row": N, "column": N}` sets each (Vega's layout `padding`), and a
/// side left out takes `config.facet.spacing` (`config.concat.spacing`).
@Suite("Composition spacing")
struct CompositionSpacingTests {
    static let rows = #"[{"r": "a", "c": "x", "n": 5}, {"r": "a", "c": "y", "n": 5}, {"r": "b", "c": "x", "n": 5}, {"r": "b", "c": "y", "n": 5}]"#

    /// A bar view whose bar fills its plot, with no axes.
    static let bare = #"{"width": 80, "height": 50, "mark": "bar", "encoding": {"#
        + #""x": {"field": "c", "type": "nominal", "axis": null, "scale": {"paddingInner": 0, "paddingOuter": 0}}, "#
        + #""y": {"field": "n", "type": "quantitative", "axis": null, "scale": {"domain": [0, 5]}}}}"#

    /// The plots of a 2 × 2 figure (each the union of its bars), in drawing order: the gap
    /// across (first row) and the gap down (first column).
    func gaps(_ spec: String) throws -> (across: Double, down: Double) {
        let s = try TestPipeline.scene(spec)
        let bars = s.rects(.mark).map(\.rect)
        let per = bars.count / 4
        let p = (0..<4).map { v in bars[v * per..<(v + 1) * per].reduce(bars[v * per]) { $0.union($1) } }
        return (p[1].minX - p[0].maxX, p[2].minY - p[0].maxY)
    }

    func facet(_ spacing: String, config: String = "{}") -> String {
        #"{"data": {"values": \#(Self.rows)}, "config": \#(config), "facet": {"row": {"field": "r"}, "column": {"field": "c"}}, "#
            + #""spacing": \#(spacing), "spec": \#(Self.bare)}"#
    }

    func concat(_ spacing: String, config: String = "{}") -> String {
        #"{"data": {"values": \#(Self.rows)}, "config": \#(config), "columns": 2, "spacing": \#(spacing), "#
            + #""concat": [\#(Self.bare), \#(Self.bare), \#(Self.bare), \#(Self.bare)]}"#
    }

    @Test("a facet's {row, column} spacing: each direction its own gap")
    func facetRowColumn() throws {
        let both5 = try gaps(facet("5")), dict = try gaps(facet(#"{"row": 60, "column": 5}"#))
        #expect(abs(dict.across - both5.across) < 0.01)
        #expect(abs(dict.down - both5.down - 55) < 0.01)
        let swapped = try gaps(facet(#"{"row": 5, "column": 60}"#))
        #expect(abs(swapped.across - both5.across - 55) < 0.01)
        #expect(abs(swapped.down - both5.down) < 0.01)
    }

    @Test("a concat's {row, column} spacing: each direction its own gap")
    func concatRowColumn() throws {
        let both5 = try gaps(concat("5")), dict = try gaps(concat(#"{"row": 60, "column": 5}"#))
        // Views without axes: across, the gap is the spacing; down, the spacing beyond the
        // room each view keeps above its plot.
        #expect(abs(both5.across - 5) < 0.01)
        #expect(abs(dict.across - 5) < 0.01)
        #expect(abs(dict.down - both5.down - 55) < 0.01)
    }

    @Test("a side left out takes config.facet.spacing or config.concat.spacing")
    func sideFromConfig() throws {
        let f = try gaps(facet(#"{"row": 60}"#, config: #"{"facet": {"spacing": 7}}"#))
        let f7 = try gaps(facet("7"))
        #expect(abs(f.across - f7.across) < 0.01)
        #expect(abs(f.down - f7.down - 53) < 0.01)
        let c = try gaps(concat(#"{"column": 3}"#, config: #"{"concat": {"spacing": 40}}"#)), c40 = try gaps(concat("40"))
        #expect(abs(c.across - 3) < 0.01)
        #expect(abs(c.down - c40.down) < 0.01)
    }

    @Test("spacing on the row and column channels: that direction's gap, as Vega-Lite's normaliser moves it")
    func channelSpacing() throws {
        let unit = #"{"data": {"values": \#(Self.rows)}, "width": 80, "height": 50, "mark": "bar", "encoding": {"#
            + #""row": {"field": "r", "spacing": 60}, "column": {"field": "c", "spacing": 5}, "#
            + #""x": {"field": "c", "type": "nominal", "axis": null, "scale": {"paddingInner": 0, "paddingOuter": 0}}, "#
            + #""y": {"field": "n", "type": "quantitative", "axis": null, "scale": {"domain": [0, 5]}}}}"#
        let both5 = try gaps(facet("5")), channels = try gaps(unit)
        #expect(abs(channels.across - both5.across) < 0.01)
        #expect(abs(channels.down - both5.down - 55) < 0.01)
        // Not a "not honoured" warning any more.
        let r = try TestPipeline.chart(unit)
        #expect(!r.warnings.contains { $0.description.contains("spacing") })
    }

    @Test("a negative gap is refused where it is written")
    func negative() throws {
        #expect(throws: (any Error).self) { try TestPipeline.scene(facet(#"{"row": -1, "column": 5}"#)) }
    }
}
