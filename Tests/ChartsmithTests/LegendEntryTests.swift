import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A legend object's `values`, `labelExpr` and `tickCount` choose its entries and their
/// labels, as in Vega-Lite, instead of being named in a warning and left out.
@Suite("Legend values, labelExpr and tickCount")
struct LegendEntryTests {
    static let bars = #"""
    {"data": {"values": [{"a": "x", "b": "p", "v": 1}, {"a": "y", "b": "q", "v": 5}, {"a": "z", "b": "r", "v": 9}]},
     "mark": "bar",
     "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"},
       "color": {"field": "b", "type": "nominal", "legend": LEGEND}}}
    """#

    func chart(_ legend: String) throws -> (labels: [String], scene: Scene, warnings: [String]) {
        let c = try TestPipeline.chart(Self.bars.replacingOccurrences(of: "LEGEND", with: legend))
        return (c.scene.texts(.legendLabel).map(\.text), c.scene, c.warnings.map(\.message))
    }

    @Test("values pick and order the entries; labelExpr relabels them; no warning names either")
    func valuesAndLabels() throws {
        let plain = try chart("{}")
        #expect(plain.labels == ["p", "q", "r"])
        let c = try chart(#"{"values": ["r", "p"], "labelExpr": "datum.label == 'p' ? 'Pea' : upper(datum.value)"}"#)
        #expect(c.labels == ["R", "Pea"])
        #expect(!c.warnings.contains { $0.contains("values") || $0.contains("labelExpr") }, "\(c.warnings)")
    }

    @Test("a listed value no bar has is labelled without a swatch, as Vega draws it")
    func unknownValue() throws {
        let c = try chart(#"{"values": ["q", "s"]}"#)
        #expect(c.labels == ["q", "s"])
        let swatches = c.scene.rects.filter { $0.role == .legendSymbol }
        #expect(swatches.count == 2)
        #expect(swatches.map { $0.fill?.alpha ?? 0 } == [1, 0], "\(swatches.map(\.fill))")
    }

    @Test("an invalid legend labelExpr is a located error naming its path")
    func badExpression() throws {
        #expect {
            _ = try chart(#"{"labelExpr": "datum.label +"}"#)
        } throws: { "\($0)".contains("encoding.color.legend.labelExpr") }
    }

    static let heat = #"""
    {"data": {"values": [{"a": "x", "b": "p", "v": 1}, {"a": "y", "b": "p", "v": 5}, {"a": "x", "b": "q", "v": 9}]},
     "mark": "rect",
     "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "nominal"},
       "color": {"field": "v", "type": "quantitative", "legend": LEGEND}}}
    """#

    func gradientLabels(_ legend: String) throws -> [String] {
        let scene = try TestPipeline.scene(Self.heat.replacingOccurrences(of: "LEGEND", with: legend))
        return scene.texts(.legendLabel).map(\.text)
    }

    @Test("a gradient legend labels its values, about tickCount nice ticks, and relabels with labelExpr")
    func gradient() throws {
        let cases: [(String, [String])] = [
            (#"{"orient": "right"}"#, ["2", "4", "6", "8"]),
            (#"{"orient": "right", "tickCount": 2}"#, ["5"]),
            (#"{"orient": "right", "values": [3, 7, 12]}"#, ["3", "7", "12"]),
            (#"{"orient": "right", "values": [3, 7], "labelExpr": "datum.value * 10 + '%'"}"#, ["30%", "70%"]),
        ]
        for (legend, expected) in cases {
            let labels = try gradientLabels(legend)
            #expect(labels == expected, "\(legend): \(labels)")
        }
    }

    @Test("a listed value beyond the gradient's domain is labelled at the nearer end, as Vega clamps it")
    func gradientValueBeyondDomain() throws {
        let scene = try TestPipeline.scene(Self.heat.replacingOccurrences(of: "LEGEND", with: #"{"orient": "right", "values": [0, 5, 20]}"#))
        let labels = scene.texts(.legendLabel)
        #expect(labels.map(\.text) == ["0", "5", "20"])
        let bar = try #require(scene.rects.first { $0.name == "colour ramp" })
        let y = Dictionary(uniqueKeysWithValues: labels.map { ($0.text, $0.anchor.y) })
        // Low values at the bottom: 0 (below the domain's 1) at the bottom end, 20 (above 9) at the top end.
        #expect(abs((y["0"] ?? 0) - bar.rect.maxY) <= 8, "\(y) \(bar.rect)")
        #expect((y["20"] ?? 0) < (y["5"] ?? 0) && (y["5"] ?? 0) < (y["0"] ?? 0), "\(y)")
        #expect(abs((y["20"] ?? 0) - bar.rect.minY) <= 8, "\(y) \(bar.rect)")
    }
}
