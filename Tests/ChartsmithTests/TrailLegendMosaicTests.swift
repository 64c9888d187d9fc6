import Chartsmith
import ChartsmithScene
import Foundation
import Testing

@testable import ChartsmithLayout

/// The trail mark (Vega's `trail` path), legend swatches at the marks' opacity (Vega-Lite's
/// legend `symbols` encoding), and the labelled mosaic drawn whole (issue 13).
@Suite("Trails, swatch opacity and the mosaic")
struct TrailLegendMosaicTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/vega-lite")

    @Test("a trail segment is Vega's: from the first point's width to the second's, round at both ends")
    func trailSegment() throws {
        var path = Path()
        TrailMark.append([(Point(x: 0, y: 0), 2), (Point(x: 10, y: 0), 4)], to: &path)
        // Starts on the first point's side (radius 1), runs to the second's (radius 2),
        // turns round the second point, comes back and turns round the first.
        guard case .move(let start)? = path.elements.first else { Issue.record("no move"); return }
        #expect(abs(start.x) < 1e-12 && abs(start.y + 1) < 1e-12)
        guard case .line(let side)? = path.elements.dropFirst().first else { Issue.record("no side"); return }
        #expect(abs(side.x - 10) < 1e-12 && abs(side.y + 2) < 1e-12)
        let b = try #require(path.bounds)
        #expect(abs(b.minX + 1) < 1e-9 && abs(b.maxX - 12) < 1e-9 && abs(b.minY + 2) < 1e-9 && abs(b.maxY - 2) < 1e-9)
        #expect(path.elements.last == .close)
        // One point draws nothing; two at one spot draw a circle of the second's width.
        var none = Path()
        TrailMark.append([(Point(x: 5, y: 5), 3)], to: &none)
        #expect(none.elements.isEmpty)
        var dot = Path()
        TrailMark.append([(Point(x: 5, y: 5), 3), (Point(x: 5, y: 5), 6)], to: &dot)
        let db = try #require(dot.bounds)
        #expect(abs(db.width - 6) < 1e-9 && abs(db.height - 6) < 1e-9)
    }

    @Test("a trail draws one filled path per series, its width from the size scale (1 to 4 points from zero), with a line-width legend")
    func trailSpec() throws {
        let scene = try inlineScene(#"{"width": 200, "height": 100, "data": {"values": ["#
            + #"{"x": 0, "y": 5, "s": 0, "c": "a"}, {"x": 10, "y": 5, "s": 10, "c": "a"}, {"x": 0, "y": 2, "s": 5, "c": "b"}, {"x": 10, "y": 2, "s": 5, "c": "b"}]},"#
            + #""mark": "trail", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},"#
            + #""size": {"field": "s", "type": "quantitative"}, "color": {"field": "c", "type": "nominal"}}}"#)
        let trails = scene.paths(.mark)
        #expect(trails.count == 2)
        #expect(trails.allSatisfy { $0.fill != nil && $0.stroke == nil })
        // Series b: size 5 of the domain [0, 10] is 2.5 points wide, its caps reaching 1.25 past each end.
        let b = try #require(trails.first { $0.name?.contains("c=b") == true }?.path.bounds)
        #expect(abs(b.height - 2.5) < 1e-9)
        // Series a: 1 point wide at its start, 4 at its end.
        let a = try #require(trails.first { $0.name?.contains("c=a") == true }?.path.bounds)
        #expect(abs(a.height - 4) < 1e-9)
        #expect(abs((b.minX + 1.25) - (a.minX + 0.5)) < 1e-9)
        // The size legend is a line-width legend: lines from 1 to 4 points wide.
        let widths = scene.paths(.legendSymbol).compactMap { $0.stroke?.width }
        #expect(widths.contains(1) && widths.contains(4))
        #expect(scene.texts(.legendLabel).map(\.text).contains("10"))
    }

    @Test("legend swatches take the marks' opacity (0.7 for unaggregated points), unless the legend sets symbolOpacity")
    func swatchOpacity() throws {
        func swatchAlphas(_ mark: String, legend: String = "{}") throws -> [Double] {
            let scene = try inlineScene(#"{"data": {"values": [{"x": 1, "y": 2, "c": "a"}, {"x": 2, "y": 3, "c": "b"}]}, "mark": \#(mark),"#
                + #""encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},"#
                + #""color": {"field": "c", "type": "nominal", "legend": \#(legend)}}}"#)
            let paths = scene.paths(.legendSymbol).map { ($0.fill ?? $0.stroke?.color)?.alpha ?? -1 }
            return paths + scene.rects(.legendSymbol).map { $0.fill?.alpha ?? -1 }
        }
        #expect(try swatchAlphas(#""point""#).allSatisfy { abs($0 - 0.7) < 1e-9 })
        #expect(try swatchAlphas(#"{"type": "circle", "opacity": 0.4}"#).allSatisfy { abs($0 - 0.4) < 1e-9 })
        #expect(try swatchAlphas(#""point""#, legend: #"{"symbolOpacity": 1}"#).allSatisfy { $0 == 1 })
        #expect(try swatchAlphas(#""bar""#).allSatisfy { $0 == 1 })
        #expect(try swatchAlphas(#"{"type": "bar", "fillOpacity": 0.5}"#).allSatisfy { abs($0 - 0.5) < 1e-9 })
        #expect(try !swatchAlphas(#""point""#).isEmpty)
    }

    @Test("the labelled mosaic draws every header and count at Vega-Lite's default size, its Origin title above the header row")
    func mosaic() throws {
        let chart = try ChartPipeline().chart(forSpecAt: Self.fixtures.appendingPathComponent("rect_mosaic_labelled_with_offset.vl.json"))
        let texts = chart.scene.texts(.markLabel).map(\.text)
        for name in ["Europe", "Japan", "USA"] { #expect(texts.contains(name), "\(name) is drawn") }
        #expect(texts.filter { $0.count == 1 }.sorted() == ["3", "4", "4", "4", "5", "6", "6", "6", "8"].sorted())
        #expect(!chart.warnings.contains { $0.description.contains("left out") })
        let title = try #require(chart.scene.texts(.axisTitle).first { $0.text == "Origin" })
        let header = try #require(chart.scene.texts(.markLabel).first { $0.text == "Europe" })
        #expect(title.bounds.maxY <= header.bounds.minY)
        // Since text marks take Vega-Lite's 11 points, the labels fit the house's 200-point
        // plot, so the chart is not laid out again at Vega-Lite's 300 (``TextMarkRoom``): the
        // cells span 1.02 of the x domain niced to 1.1 of the 200 points.
        let cells = chart.scene.rects(.mark)
        let width = (cells.map(\.rect.maxX).max() ?? 0) - (cells.map(\.rect.minX).min() ?? 0)
        #expect(width > 150 && width < 300 * 1.02 / 1.1 - 1, "cells span \(width)")
    }
}
