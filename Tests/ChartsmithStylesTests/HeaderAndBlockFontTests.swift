import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// Font families set on a facet's `header` and in the per-axis config blocks (`axisX`,
/// `axisY`, `axisBand` …) reach the text they name, and an unknown family is refused where
/// it is written.
@Suite("Header and per-axis block font families")
struct HeaderAndBlockFontTests {
    static let rows = #"[{"a": "x", "b": 1, "g": "p"}, {"a": "y", "b": 2, "g": "q"}]"#

    @Test("a facet header's labelFont and titleFont set the header labels and the header title")
    func headerFonts() throws {
        let scene = try TestPipeline.scene(#"""
        {"data": {"values": \#(Self.rows)}, "mark": "bar",
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"},
           "column": {"field": "g", "header": {"labelFont": "DejaVu Serif", "titleFont": "DejaVu Sans Mono"}}}}
        """#)
        let labels = scene.texts.filter { ["p", "q"].contains($0.text) }
        #expect(labels.count == 2)
        #expect(labels.allSatisfy { $0.font.family == "DejaVu Serif" })
        let title = try #require(scene.texts.first { $0.text == "g" })
        #expect(title.font.family == "DejaVu Sans Mono")
    }

    @Test("config.header's families apply to every facet header")
    func configHeaderFonts() throws {
        let scene = try TestPipeline.scene(#"""
        {"data": {"values": \#(Self.rows)}, "mark": "bar", "config": {"header": {"labelFont": "serif"}},
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"},
           "column": {"field": "g"}}}
        """#)
        let labels = scene.texts.filter { ["p", "q"].contains($0.text) }
        #expect(labels.count == 2 && labels.allSatisfy { $0.font.family == "DejaVu Serif" })
    }

    @Test("an axisX block's labelFont sets the x labels only; the axis object's own family wins over it")
    func blockFonts() throws {
        let scene = try TestPipeline.scene(#"""
        {"data": {"values": \#(Self.rows)}, "mark": "bar",
         "config": {"axisX": {"labelFont": "DejaVu Serif", "titleFont": "DejaVu Sans Mono"}, "axisY": {"labelFont": "DejaVu Sans Mono"}},
         "encoding": {"x": {"field": "a", "type": "nominal"},
                      "y": {"field": "b", "type": "quantitative", "axis": {"labelFont": "DejaVu Serif"}}}}
        """#)
        let xLabels = scene.texts(.axisLabel).filter { ["x", "y"].contains($0.text) }
        #expect(xLabels.count == 2 && xLabels.allSatisfy { $0.font.family == "DejaVu Serif" })
        #expect(scene.texts(.axisTitle).first { $0.text == "a" }?.font.family == "DejaVu Sans Mono")
        let yLabels = scene.texts(.axisLabel).filter { !["x", "y"].contains($0.text) }
        #expect(!yLabels.isEmpty && yLabels.allSatisfy { $0.font.family == "DejaVu Serif" })
    }

    @Test("an unknown family in a header or an axis block is refused at the property")
    func unknownFamilies() throws {
        for (json, path) in [
            (#"{"data": {"values": \#(Self.rows)}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "column": {"field": "g", "header": {"labelFont": "Nope Sans"}}}}"#, "header.labelFont"),
            (#"{"data": {"values": \#(Self.rows)}, "mark": "bar", "config": {"axisBand": {"titleFont": "Nope Sans"}}, "encoding": {"x": {"field": "a", "type": "nominal"}}}"#, "axisBand.titleFont"),
        ] {
            do {
                _ = try TestPipeline.scene(json)
                Issue.record("\(path): expected an error")
            } catch {
                let text = "\(error)"
                #expect(text.contains(path) && text.contains("Nope Sans") && text.contains("DejaVu Sans"), "\(text)")
            }
        }
    }
}
