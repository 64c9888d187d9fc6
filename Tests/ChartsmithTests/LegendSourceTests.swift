import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A legend stands for the marks it is of: its symbol from the layers that encode its
/// channel, and, when a view's layers each have a legend of one shared scale
/// (`resolve.legend` independent), each legend its own layer's title and symbol look.
@Suite("Legend sources")
struct LegendSourceTests {
    @Test("a colour legend of points keeps its dots beside a rule layer that has no colour")
    func symbolFromEncodingLayers() throws {
        let data = #"{"values": [{"g": "a", "x": 1, "y": 2}, {"g": "b", "x": 2, "y": 3}, {"g": "a", "x": 3, "y": 1}, {"g": "b", "x": 4, "y": 4}]}"#
        let points = #"{"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "g", "type": "nominal"}}}"#
        let rule = #"{"mark": "rule", "encoding": {"y": {"field": "y", "aggregate": "mean", "type": "quantitative"}}}"#
        for layers in ["\(points), \(rule)", "\(rule), \(points)"] {
            let s = try TestPipeline.scene(#"{"data": \#(data), "layer": [\#(layers)]}"#)
            let symbols = s.paths(.legendSymbol)
            #expect(symbols.count == 2)
            // A line swatch is a flat stroke; a dot has height.
            #expect(symbols.allSatisfy { ($0.path.bounds?.height ?? 0) > 2 }, "\(symbols.map { $0.path.bounds as Any })")
        }
    }

    @Test("each layer's legend of a shared size scale takes the layer's own title and symbol opacity")
    func layerLegendTitles() throws {
        let spec = #"""
        {"data": {"values": [{"a": 1, "b": 1, "c": "x"}, {"a": 1, "b": 1, "c": "y"}, {"a": 2, "b": 2, "c": "x"}, {"a": 3, "b": 1, "c": "x"}, {"a": 3, "b": 1, "c": "x"}, {"a": 3, "b": 1, "c": "y"}]},
         "layer": [
          {"mark": "circle", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
             "size": {"aggregate": "count", "type": "quantitative", "legend": {"title": "All rows"}}, "opacity": {"value": 0.4}}},
          {"transform": [{"filter": "datum.c == 'x'"}], "mark": "circle", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
             "size": {"aggregate": "count", "type": "quantitative", "legend": {"title": "Only x"}}}}],
         "resolve": {"legend": {"size": "independent"}}}
        """#
        let s = try TestPipeline.scene(spec)
        #expect(s.texts(.legendTitle).map(\.text) == ["All rows", "Only x"])
        // The first legend's symbols at the layer's 0.4, the second's opaque.
        let alphas = s.paths(.legendSymbol).compactMap { $0.fill?.alpha }
        #expect(alphas.contains { abs($0 - 0.4) < 0.01 } && alphas.contains { $0 > 0.99 }, "\(alphas)")
        // Both legends show the whole shared scale: the same labels.
        let labels = s.texts(.legendLabel).map(\.text)
        #expect(labels.count % 2 == 0 && Array(labels.prefix(labels.count / 2)) == Array(labels.suffix(labels.count / 2)), "\(labels)")
    }
}
