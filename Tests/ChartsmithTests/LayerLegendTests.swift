import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// `"resolve": {"scale": {"color": "independent"}}` between the layers of one view: each
/// layer draws with a colour scale of its own and has its own legend, set after the view's
/// shared legends in layer order, each with its title (as Vega-Lite assembles a layer's
/// legends and Vega stacks the legends of one side).
@Suite("Independent legends between layers")
struct LayerLegendTests {
    static let rows = (0..<8).map { i in #"{"x": \#(i), "y": \#((i * 7) % 10), "c": "\#(["a", "b", "c"][i % 3])", "d": "\#(["p", "q"][i % 2])", "s": \#(i)}"# }
        .joined(separator: ", ")

    func chart(resolve: String, pointExtra: String = "", config: String = #"{"legend": {"orient": "right"}}"#) throws -> RenderedChart {
        try TestPipeline.chart(#"""
        {"data": {"values": [\#(Self.rows)]}, "config": \#(config),
         "layer": [
           {"mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "d", "type": "nominal"}}},
           {"mark": {"type": "point", "filled": true}, "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
             "color": {"field": "c", "type": "nominal", "scale": {"scheme": "dark2"}}\#(pointExtra)}}],
         "resolve": \#(resolve)}
        """#)
    }

    static func hex(_ c: Color?) -> String {
        guard let c else { return "none" }
        func b(_ x: Double) -> String { String(format: "%02x", Int((x * 255).rounded())) }
        return "#" + b(c.red) + b(c.green) + b(c.blue)
    }

    @Test("each layer its own scale: the points take dark2 from its first colour, the lines the palette")
    func ownScales() throws {
        let c = try chart(resolve: #"{"scale": {"color": "independent"}}"#)
        // Points (filled, row order): c = a, b, c, a, b, c, a, b — dark2's first three colours.
        let points = c.scene.paths(.mark).filter { $0.fill != nil }.map { Self.hex($0.fill) }
        #expect(Array(points.prefix(3)) == ["#1b9e77", "#d95f02", "#7570b3"], "\(points)")
        // The two lines are the style's first two category colours, not dark2's.
        let lines = Set(c.scene.paths(.mark).filter { $0.fill == nil }.compactMap { $0.stroke.map { Self.hex($0.color) } })
        #expect(lines.count == 2 && lines.isDisjoint(with: ["#1b9e77", "#d95f02"]), "\(lines)")
    }

    @Test("one legend per layer, in layer order, stacked in the legend column with its title")
    func stacked() throws {
        let c = try chart(resolve: #"{"scale": {"color": "independent"}}"#)
        let titles = c.scene.texts(.legendTitle)
        #expect(titles.map(\.text) == ["d", "c"])
        let labels = c.scene.texts(.legendLabel)
        #expect(labels.map(\.text) == ["p", "q", "a", "b", "c"])
        // The second legend starts below the first's last entry, at the same left edge, right of the plot.
        let first = labels.filter { ["p", "q"].contains($0.text) }
        #expect(titles[1].bounds.minY > (first.map(\.bounds.maxY).max() ?? .infinity), "\(titles[1].bounds)")
        #expect(abs(titles[1].bounds.minX - titles[0].bounds.minX) < 0.01)
        let plot = c.scene.paths(.mark).compactMap(\.path.bounds).map(\.maxX).max() ?? 0
        #expect(titles[0].bounds.minX > plot)
        // Each legend's swatches: the lines' colours, then dark2's.
        let swatches = c.scene.paths(.legendSymbol).compactMap { Self.hex($0.fill ?? $0.stroke?.color) }
        #expect(Array(swatches.suffix(3)) == ["#1b9e77", "#d95f02", "#7570b3"], "\(swatches)")
    }

    @Test("a channel left shared keeps one legend for the view, before the layers' own")
    func sharedFirst() throws {
        let c = try chart(resolve: #"{"scale": {"color": "independent"}}"#,
                          pointExtra: #", "shape": {"field": "d", "type": "nominal"}"#)
        #expect(c.scene.texts(.legendTitle).map(\.text) == ["d", "d", "c"])
    }

    @Test("independent legends of a shared scale, and independent layer scales inside a concat, draw a legend per layer")
    func drawnPerLayer() throws {
        // Formerly refused; LayerScalesInCompositionTests checks them against Vega.
        let shared = try chart(resolve: #"{"legend": {"color": "independent"}}"#)
        #expect(shared.scene.texts(.legendTitle).map(\.text) == ["d", "c"])
        let layered = #"{"layer": [{"mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "d", "type": "nominal"}}}, {"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "c", "type": "nominal"}}}], "resolve": {"scale": {"color": "independent"}}}"#
        let concat = #"{"data": {"values": [\#(Self.rows)]}, "hconcat": [\#(layered), \#(layered)]}"#
        #expect(try TestPipeline.chart(concat).scene.texts(.legendTitle).map(\.text) == ["d", "c", "d", "c"])
    }

    @Test("a facet's independent colour scales render a legend per cell; a colour-free facet with the resolve renders")
    func facetCellLegends() throws {
        let facet = #"{"data": {"values": [\#(Self.rows)]}, "facet": {"field": "d"}, "spec": {"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}COLOR}}, "resolve": {"scale": {"color": "independent"}}}"#
        let s = try TestPipeline.chart(facet.replacingOccurrences(of: "COLOR", with: #", "color": {"field": "c", "type": "nominal"}"#)).scene
        // Two cells (d = p, q), each with its own legend of c.
        #expect(s.texts(.legendTitle).map(\.text) == ["c", "c"])
        #expect(try !TestPipeline.chart(facet.replacingOccurrences(of: "COLOR", with: "")).scene.paths(.mark).isEmpty)
    }
}
