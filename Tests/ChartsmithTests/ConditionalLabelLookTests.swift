import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Conditional axis label looks (issue 13): each label's own font size, weight, style,
/// padding, offset and alignment, and each tick's size, tested per tick datum as Vega-Lite
/// does, with the axis measured for the labels as drawn.
@Suite("Conditional axis label looks")
struct ConditionalLabelLookTests {
    static func spec(_ axis: String, x: String = #""field": "a", "type": "nominal""#) -> String {
        #"{"width": 200, "height": 100, "data": {"values": [{"a": "A", "v": 1}, {"a": "B", "v": 2}, {"a": "C", "v": 3}]},"#
            + #""mark": "bar", "encoding": {"x": {\#(x), "axis": \#(axis)}, "y": {"field": "v", "type": "quantitative"}}}"#
    }

    @Test("a conditional label size, weight and style set each label in its own font")
    func fonts() throws {
        let scene = try inlineScene(Self.spec(#"{"labelFontSize": {"condition": {"test": "datum.value == 'B'", "value": 20}, "value": 10},"#
            + #""labelFontWeight": {"condition": {"test": "datum.label == 'C'", "value": "bold"}, "value": "normal"},"#
            + #""labelFontStyle": {"condition": {"test": "datum.index == 0", "value": "italic"}, "value": "normal"}}"#))
        let labels = Dictionary(uniqueKeysWithValues: scene.texts(.axisLabel).map { ($0.text, $0) })
        let a = try #require(labels["A"]), b = try #require(labels["B"]), c = try #require(labels["C"])
        #expect(a.font.size == 10 && b.font.size == 20 && c.font.size == 10)
        #expect(c.font.weight == .bold && a.font.weight == .regular && b.font.weight == .regular)
        #expect(a.font.italic && !b.font.italic && !c.font.italic)
        // The axis makes room for the largest label: the title starts below it.
        let title = try #require(scene.texts(.axisTitle).first { $0.text == "a" })
        #expect(title.bounds.minY >= b.bounds.maxY)
    }

    @Test("a conditional label padding, offset and alignment move each label on its own")
    func placement() throws {
        let plain = try inlineScene(Self.spec("{}"))
        let scene = try inlineScene(Self.spec(#"{"labelPadding": {"condition": {"test": "datum.value == 'B'", "value": 14}, "value": 4},"#
            + #""labelOffset": {"condition": {"test": "datum.value == 'C'", "value": 6}, "value": 0},"#
            + #""labelAlign": {"condition": {"test": "datum.value == 'A'", "value": "left"}, "value": "center"}}"#))
        func label(_ s: Scene, _ t: String) throws -> TextNode { try #require(s.texts(.axisLabel).first { $0.text == t }) }
        let a = try label(scene, "A"), b = try label(scene, "B"), c = try label(scene, "C")
        #expect(abs((b.anchor.y - a.anchor.y) - 10) < 1e-9)
        #expect(abs((c.anchor.x - (try label(plain, "C")).anchor.x) - 6) < 1e-9)
        #expect(a.align == .start && b.align == .center)
        let title = try #require(scene.texts(.axisTitle).first { $0.text == "a" })
        #expect(title.bounds.minY >= b.bounds.maxY)
    }

    @Test("a conditional tickSize draws each tick at its own length, and the axis makes room for the longest")
    func tickSizes() throws {
        let scene = try inlineScene(Self.spec(#"{"tickSize": {"condition": {"test": "datum.value == 2", "value": 12}, "value": 3}}"#,
                                              x: #""field": "v", "type": "quantitative""#).replacingOccurrences(of: #""y": {"field": "v""#, with: #""y": {"field": "a""#)
            .replacingOccurrences(of: #""field": "a", "type": "quantitative""#, with: #""field": "a", "type": "nominal""#))
        let ticks = scene.paths(.axisTick).compactMap { $0.path.bounds }.filter { $0.width < 0.01 }
        #expect(ticks.contains { abs($0.height - 12) < 1e-9 })
        #expect(ticks.contains { abs($0.height - 3) < 1e-9 })
        #expect(!ticks.contains { abs($0.height - 12) > 1e-9 && abs($0.height - 3) > 1e-9 })
        let longest = try #require(ticks.max { $0.height < $1.height })
        // The labels sit beyond the longest tick.
        let labels = scene.texts(.axisLabel).filter { $0.bounds.minY > longest.minY }
        #expect(!labels.isEmpty && labels.allSatisfy { $0.bounds.minY >= longest.maxY })
    }

    @Test("conditional label looks and a plain labelBaseline are no longer warned as not honoured")
    func warnings() throws {
        let chart = try TestPipeline.chart(Self.spec(#"{"labelFontSize": {"condition": {"test": "datum.value == 'B'", "value": 14}, "value": 10}}"#))
        #expect(!chart.warnings.contains { $0.description.contains("labelFontSize") })
        let baseline = try TestPipeline.chart(Self.spec(#"{"labelBaseline": {"condition": {"test": "datum.value == 'B'", "value": "bottom"}, "value": "top"}}"#))
        #expect(!baseline.warnings.contains { $0.description.contains("labelBaseline") })
        // A plain labelBaseline, on the axis or in config.axisX, is drawn for every label.
        let plain = try TestPipeline.chart(Self.spec(#"{"labelBaseline": "bottom"}"#))
        #expect(!plain.warnings.contains { $0.description.contains("labelBaseline") })
        #expect(plain.scene.texts(.axisLabel).filter { ["A", "B", "C"].contains($0.text) }.allSatisfy { $0.baseline == .bottom })
        let config = try TestPipeline.chart(Self.spec("{}").replacingOccurrences(of: #""mark": "bar""#,
                                                                                with: #""config": {"axisX": {"labelBaseline": "middle"}}, "mark": "bar""#))
        #expect(config.scene.texts(.axisLabel).filter { ["A", "B", "C"].contains($0.text) }.allSatisfy { $0.baseline == .middle })
        #expect(throws: (any Error).self) {
            try TestPipeline.chart(Self.spec(#"{"labelBaseline": {"condition": {"test": "datum.value == 'B'", "value": "bottum"}}}"#))
        }
    }

    @Test("a conditional labelBaseline sets each label's own line at its place, on x and y axes")
    func baselines() throws {
        let scene = try inlineScene(Self.spec(#"{"labelBaseline": {"condition": {"test": "datum.value == 'B'", "value": "bottom"}, "value": "top"}}"#))
        func label(_ s: Scene, _ t: String) throws -> TextNode { try #require(s.texts(.axisLabel).first { $0.text == t }) }
        let a = try label(scene, "A"), b = try label(scene, "B")
        #expect(a.baseline == .top && b.baseline == .bottom)
        // Both at the same place below the ticks: B's bottom where A's top is.
        #expect(abs(a.anchor.y - b.anchor.y) < 1e-9)
        #expect(b.bounds.maxY <= a.bounds.minY + 0.5)
        // On a y axis (centred on their ticks by default): "top" hangs the label from its tick,
        // "alphabetic" sets its baseline on it.
        let y = try inlineScene(Self.spec(#"{}"#).replacingOccurrences(
            of: #""y": {"field": "v", "type": "quantitative"}"#,
            with: #""y": {"field": "v", "type": "quantitative", "axis": {"values": [1, 2], "labelBaseline": {"condition": [{"test": "datum.value == 1", "value": "top"}, {"test": "datum.value == 2", "value": "alphabetic"}]}}}"#))
        let plain = try inlineScene(Self.spec(#"{}"#).replacingOccurrences(
            of: #""y": {"field": "v", "type": "quantitative"}"#, with: #""y": {"field": "v", "type": "quantitative", "axis": {"values": [1, 2]}}"#))
        let one = try label(y, "1"), two = try label(y, "2")
        #expect(one.baseline == .top && two.baseline == .alphabetic)
        let tick1 = try label(plain, "1").bounds.midY, tick2 = try label(plain, "2").bounds.midY
        #expect(abs(one.anchor.y - tick1) < 0.5 && one.bounds.minY >= tick1 - 0.5)
        #expect(abs(two.anchor.y - tick2) < 0.5 && two.bounds.maxY > tick2 && two.bounds.minY < tick2 - 3)
    }

    @Test("a labelBaseline given as an expression is evaluated per label, as Vega's axis labels encode it")
    func baselineExpression() throws {
        let expr = #"{"labelBaseline": {"expr": "datum.value == 'B' ? 'bottom' : datum.index == 0 ? 'top' : 'middle!'"}}"#
        let chart = try TestPipeline.chart(Self.spec(expr))
        #expect(!chart.warnings.contains { $0.description.contains("labelBaseline") })
        func label(_ s: Scene, _ t: String) throws -> TextNode { try #require(s.texts(.axisLabel).first { $0.text == t }) }
        // A: index 0, "top"; B: "bottom"; C: not a baseline, so alphabetic, as Vega's text.
        let a = try label(chart.scene, "A"), b = try label(chart.scene, "B"), c = try label(chart.scene, "C")
        #expect(a.baseline == .top && b.baseline == .bottom && c.baseline == .alphabetic)
        // The same places as the condition that says the same.
        let cond = try inlineScene(Self.spec(#"{"labelBaseline": {"condition": [{"test": "datum.value == 'B'", "value": "bottom"}, {"test": "datum.index == 0", "value": "top"}], "value": "alphabetic"}}"#))
        for t in ["A", "B", "C"] { #expect(try label(cond, t) == (try label(chart.scene, t))) }
        // In config.axisX too.
        let config = try TestPipeline.chart(Self.spec("{}").replacingOccurrences(
            of: #""mark": "bar""#, with: #""config": {"axisX": {"labelBaseline": {"expr": "datum.label == 'C' ? 'bottom' : 'top'"}}}, "mark": "bar""#))
        #expect(try label(config.scene, "C").baseline == .bottom && (try label(config.scene, "A")).baseline == .top)
        #expect(!config.warnings.contains { $0.description.contains("labelBaseline") })
        // An expression that does not parse is an error naming the property.
        #expect { try TestPipeline.chart(Self.spec(#"{"labelBaseline": {"expr": "datum.value =="}}"#)) } throws: { "\($0)".contains("labelBaseline") }
    }
}
