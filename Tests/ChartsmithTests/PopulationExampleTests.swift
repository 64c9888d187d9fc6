import Chartsmith
import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing


/// What the official examples on `population.json` found (issue 13): a box plot's tooltip
/// field does not split its boxes, and a tick's `size` channel is its length.
@Suite("Population examples against Vega")
struct PopulationExampleTests {
    func views(_ text: String) throws -> [PreparedView] {
        let spec = try SpecDecoder().decode(Array(text.utf8))
        return try ChartPipeline().views(for: spec, baseFolder: URL(fileURLWithPath: NSTemporaryDirectory()))
    }

    static let rows = (0..<12).map { i in #"{"g": "\#(i % 2 == 0 ? "a" : "b")", "v": \#(i * 3 % 7), "year": \#(1990 + i)}"# }
        .joined(separator: ", ")

    @Test("a box plot's tooltip field groups nothing: one box per category, as Vega-Lite")
    func boxplotTooltip() throws {
        func boxes(_ extra: String) throws -> Int {
            let v = try views(#"{"data": {"values": [\#(Self.rows)]}, "mark": "boxplot", "encoding": {"#
                + #""x": {"field": "g", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}\#(extra)}}"#)
            return try #require(v.first { $0.mark.type == .bar }).table.rows.count
        }
        #expect(try boxes("") == 2)
        #expect(try boxes(#", "tooltip": {"field": "year", "type": "quantitative"}"#) == 2)
    }

    @Test("an error bar's tooltip field still groups its summary, as Vega-Lite's")
    func errorbarTooltip() throws {
        // Two rows in each of 6 (g, year) groups.
        let rows = (0..<12).map { i in #"{"g": "\#(i % 2 == 0 ? "a" : "b")", "v": \#(i * 3 % 7), "year": \#(1990 + i % 3)}"# }
        let v = try views(#"{"data": {"values": [\#(rows.joined(separator: ", "))]}, "mark": "errorbar", "encoding": {"#
            + #""x": {"field": "g", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "tooltip": {"field": "year", "type": "quantitative"}}}"#)
        #expect(try #require(v.first { $0.mark.type == .rule }).table.rows.count == 6)
    }

    @Test("a tick's size channel is its length in points (errorbar_horizontal_aggregate's 5-point caps)")
    func tickSize() throws {
        let url = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/vega-lite/errorbar_horizontal_aggregate.vl.json")
        let scene = try ChartRenderer().scene(forSpecAt: url)
        let caps = scene.paths(.mark).compactMap { $0.path.bounds }.filter { $0.width < 0.01 && $0.height > 0.01 }
        #expect(caps.count == 38)
        #expect(caps.allSatisfy { abs($0.height - 5) < 1e-9 })
        let inline = try inlineScene(#"{"data": {"values": [\#(Self.rows)]}, "mark": "tick", "encoding": {"#
            + #""x": {"field": "g", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "size": {"value": 9}}}"#)
        let ticks = inline.paths(.mark).compactMap { $0.path.bounds }
        #expect(ticks.count == 12 && ticks.allSatisfy { abs($0.width - 9) < 1e-9 && $0.height < 0.01 })
    }
}
