import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A quantitative `size` on points has its legend, as Vega-Lite draws it: entries at the
/// size scale's ticks from zero, each symbol at its value's area; merged with a colour
/// legend of the same field, set after one of another field.
@Suite("Size legends")
struct SizeLegendTests {
    static let points = #"""
    {"data": {"values": [{"a": 1, "c": "x", "s": 10}, {"a": 2, "c": "y", "s": 40}, {"a": 3, "c": "z", "s": 80}]},
     "mark": "MARK",
     "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "s", "type": "quantitative"},
       COLOR "size": {"field": "s", "type": "quantitative", "legend": LEGEND}}}
    """#

    func chart(mark: String = "point", color: String = "", legend: String = "{}") throws -> RenderedChart {
        try TestPipeline.chart(Self.points.replacingOccurrences(of: "MARK", with: mark)
            .replacingOccurrences(of: "COLOR", with: color).replacingOccurrences(of: "LEGEND", with: legend))
    }

    /// The widths of the legend's symbols, in entry order.
    func symbolWidths(_ scene: Scene) -> [Double] {
        scene.paths(.legendSymbol).compactMap { $0.path.bounds?.width }
    }

    @Test("entries are the scale's ticks from zero, each symbol as wide as a mark of its value")
    func entries() throws {
        let c = try chart()
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["0", "20", "40", "60", "80"])
        #expect(c.scene.texts(.legendTitle).map(\.text) == ["s"])
        let widths = symbolWidths(c.scene)
        #expect(widths.count == 5)
        #expect(widths == widths.sorted() && Set(widths).count == 5, "\(widths)")
        // The entry of 80 is as large as the mark of 80 (the largest point).
        let marks = c.scene.paths(.mark).compactMap { $0.path.bounds?.width }
        #expect(abs((widths.last ?? 0) - (marks.max() ?? -1)) < 0.01, "\(widths) \(marks)")
        // Unfilled points: outlined symbols.
        #expect(c.scene.paths(.legendSymbol).allSatisfy { $0.fill == nil && $0.stroke != nil })
        #expect(!c.warnings.contains { $0.message.contains("size legend") })
    }

    @Test("values, tickCount and labelExpr choose the entries, as for the other legends")
    func entryRules() throws {
        #expect(try chart(legend: #"{"values": [15, 60]}"#).scene.texts(.legendLabel).map(\.text) == ["15", "60"])
        #expect(try chart(legend: #"{"tickCount": 2}"#).scene.texts(.legendLabel).map(\.text) == ["0", "50"])
        #expect(try chart(legend: #"{"labelExpr": "datum.value + ' t'", "values": [40]}"#).scene.texts(.legendLabel).map(\.text) == ["40 t"])
    }

    @Test("filled circles take filled symbols; squares square ones")
    func shapes() throws {
        let circles = try chart(mark: "circle").scene.paths(.legendSymbol)
        #expect(circles.allSatisfy { $0.fill != nil && $0.stroke == nil })
        let squares = try chart(mark: "square").scene.paths(.legendSymbol)
        let b = try #require(squares.last?.path.bounds)
        #expect(abs(b.width - b.height) < 0.01)
        #expect(squares.last?.path.elements.count == 5, "a square: four corners and a close")
    }

    @Test("colour and size of the same field share one legend whose symbols vary in both")
    func merged() throws {
        let c = try chart(mark: "circle", color: #""color": {"field": "s", "type": "quantitative"},"#)
        #expect(c.scene.texts(.legendTitle).map(\.text) == ["s"])
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["0", "20", "40", "60", "80"])
        let fills = c.scene.paths(.legendSymbol).compactMap(\.fill)
        #expect(fills.count == 5 && Set(fills.map { "\($0)" }).count == 5, "\(fills)")
        #expect(c.scene.rects.filter { $0.role == .legendSymbol && $0.gradient != nil }.isEmpty, "no separate gradient legend")
    }

    @Test("colour and size of different fields give two legends, the size one after the colour one")
    func separate() throws {
        let c = try chart(mark: "circle", color: #""color": {"field": "c", "type": "nominal", "legend": {"orient": "right"}},"#)
        let titles = c.scene.texts(.legendTitle)
        #expect(titles.map(\.text) == ["c", "s"])
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["x", "y", "z", "0", "20", "40", "60", "80"])
        // Beside the plot, the size legend is set below the colour one, clear of it.
        let colourLabels = c.scene.texts(.legendLabel).prefix(3)
        #expect(titles[1].anchor.y > (colourLabels.map(\.anchor.y).max() ?? .infinity))
        #expect(c.scene.textCollisions().isEmpty, "\(c.scene.textCollisions())")
    }

    @Test("the size legend's own settings stay its own: the colour legend keeps its symbols")
    func ownSettings() throws {
        let c = try chart(mark: "circle", color: #""color": {"field": "c", "type": "nominal"},"#,
                          legend: #"{"symbolType": "square", "title": "Size"}"#)
        #expect(c.scene.texts(.legendTitle).map(\.text) == ["c", "Size"])
        let symbols = c.scene.paths(.legendSymbol)
        #expect(symbols.count == 8)
        #expect(symbols.prefix(3).allSatisfy { $0.path.elements.count != 5 }, "the colour legend's dots stay dots")
        #expect(symbols.suffix(5).allSatisfy { $0.path.elements.count == 5 }, "the size legend's squares")
    }

    @Test("scale.range sets the areas of zero and the largest value, for the marks and the legend alike")
    func range() throws {
        let spec = Self.points.replacingOccurrences(of: "MARK", with: "circle").replacingOccurrences(of: "COLOR", with: "")
            .replacingOccurrences(of: #""legend": LEGEND"#, with: #""scale": {"range": [20, 1500]}"#)
        let c = try TestPipeline.chart(spec)
        let marks = c.scene.paths(.mark).compactMap { $0.path.bounds?.width }
        // The largest value (80) takes 1500 square points: a circle 2·√(1500/π) wide.
        let widest = try #require(marks.max())
        #expect(abs(widest - 2 * (1500 / Double.pi).squareRoot()) < 0.05, "\(marks)")
        #expect(abs(try #require(symbolWidths(c.scene).max()) - widest) < 3, "\(symbolWidths(c.scene))")
    }

    /// A circle's width for an area.
    static func width(_ area: Double) -> Double { 2 * (area / Double.pi).squareRoot() }

    @Test("the size range is Vega-Lite's: 4 to (0.95 × the default step of 20)² = 361 square points")
    func defaultRange() throws {
        let c = try chart(mark: "circle")
        let marks = c.scene.paths(.mark).compactMap { $0.path.bounds?.width }.sorted()
        // Domain 0…80: 10 → 4 + 357·10/80, 80 → 361.
        #expect(abs(marks[2] - Self.width(361)) < 0.01, "\(marks)")
        #expect(abs(marks[0] - Self.width(4 + 357 * 10 / 80)) < 0.01, "\(marks)")
    }

    @Test("binned x and y: the largest point follows the smaller bin step, as Vega-Lite's bin step signals")
    func binnedRange() throws {
        // x: 0…100 by 10 (10 bins on 200 points, 20 each); y: 0…40 by 10 (4 bins, 50 each).
        let rows = (0..<40).map { i in #"{"a": \#(i * 5 % 100), "b": \#(i % 50)}"# }.joined(separator: ", ")
        let spec = #"{"data": {"values": [\#(rows)]}, "mark": "circle", "encoding": {"#
            + #""x": {"field": "a", "type": "quantitative", "bin": {"step": 10}}, "y": {"field": "b", "type": "quantitative", "bin": {"step": 10}},"#
            + #""size": {"aggregate": "count", "type": "quantitative"}}}"#
        let c = try TestPipeline.chart(spec)
        let marks = c.scene.paths(.mark).compactMap { $0.path.bounds?.width }
        let widest = try #require(marks.max())
        #expect(abs(widest - Self.width(0.95 * 20 * 0.95 * 20)) < 0.01, "\(widest)")
        #expect(abs(try #require(symbolWidths(c.scene).max()) - widest) < 3)
    }

    @Test("an ordinal size: a point scale from 4 to 361 over its sorted values, with a legend entry per value")
    func discrete() throws {
        let spec = #"{"data": {"values": [{"a": 1, "k": "low"}, {"a": 2, "k": "mid"}, {"a": 3, "k": "high"}]}, "mark": "circle","#
            + #""encoding": {"x": {"field": "a", "type": "quantitative"}, "size": {"field": "k", "type": "ordinal", "sort": ["low", "mid", "high"]}}}"#
        let c = try TestPipeline.chart(spec)
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["low", "mid", "high"])
        let expected = [4.0, 182.5, 361].map(Self.width)
        let marks = c.scene.paths(.mark).compactMap { $0.path.bounds?.width }
        let symbols = symbolWidths(c.scene)
        for i in 0..<3 {
            #expect(abs(marks[i] - expected[i]) < 0.01, "\(marks)")
            #expect(abs(symbols[i] - expected[i]) < 0.01, "\(symbols)")
        }
        #expect(!c.warnings.contains { $0.message.contains("size legend") })
    }
}
