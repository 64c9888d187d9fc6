import Chartsmith
import ChartsmithData
@testable import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// Interactive Vega-Lite specs draw as Vega-Lite shows them before any interaction, and
/// `impute` and `shape` draw as Vega-Lite draws them.
@Suite("Vega-Lite parameters, imputation and shapes")
struct VegaLiteInteractiveTests {
    func scene(_ name: String) throws -> Scene { try VegaLiteFixtureTests.scene(name) }

    /// Renders an inline spec (data inline) the way the command line does.
    func scene(spec json: String) throws -> Scene { try inlineScene(json) }

    func group(_ scene: Scene, _ name: String) -> [SceneNode] {
        func find(_ nodes: [SceneNode]) -> [SceneNode]? {
            for n in nodes {
                if case .group(let g) = n {
                    if g.name == name { return g.children }
                    if let c = find(g.children) { return c }
                }
            }
            return nil
        }
        return find(scene.nodes) ?? []
    }

    func paths(_ nodes: [SceneNode]) -> [PathNode] { nodes.compactMap { if case .path(let p) = $0 { return p } else { return nil } } }
    func texts(_ nodes: [SceneNode]) -> [TextNode] { nodes.compactMap { if case .text(let t) = $0 { return t } else { return nil } } }

    // MARK: Selections in their initial state

    @Test("interactive_legend: the legend-bound selection starts empty, so every area is fully opaque")
    func legendSelection() throws {
        let areas = try scene("interactive_legend").paths(.mark).filter { $0.fill != nil }
        #expect(areas.count == 14)  // one per industry
        #expect(areas.allSatisfy { $0.fill!.alpha == 1 })
    }

    @Test("interactive_bar_select_highlight: bars are filled at full opacity and, with empty: false, have no stroke")
    func barHighlight() throws {
        let bars = try scene("interactive_bar_select_highlight").rects(.mark)
        #expect(bars.count == 9)
        #expect(bars.allSatisfy { $0.fill == Color(hex: "#4C78A8") && $0.stroke == nil })
    }

    @Test("a condition with empty: false takes the else branch; with the default empty it takes the condition")
    func emptyFalse() throws {
        let s = try scene(spec: """
        {"data": {"values": [{"a": "A", "b": 1}, {"a": "B", "b": 2}]}, "params": [{"name": "s", "select": "point"}],
         "mark": {"type": "bar", "stroke": "black"},
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"},
                      "color": {"condition": {"param": "s", "empty": false, "value": "red"}, "value": "blue"},
                      "strokeWidth": {"condition": {"param": "s", "value": 3}, "value": 0}}}
        """)
        let bars = s.rects(.mark)
        #expect(bars.count == 2)
        #expect(bars.allSatisfy { $0.fill == Color(hex: "#0000ff") && $0.stroke?.width == 3 })
    }

    @Test("interactive_line_hover: the initial hover value highlights AAPL in its colour; the others are grey at 0.2")
    func lineHover() throws {
        let s = try scene("interactive_line_hover")
        let lines = paths(group(s, "layer 1 line")).filter { $0.stroke != nil }
        #expect(lines.count == 4)
        func isGrey(_ c: Color) -> Bool { [c.red, c.green, c.blue].allSatisfy { abs($0 - 128.0 / 255) < 1e-9 } }
        for l in lines {
            let c = l.stroke!.color
            if l.name?.contains("symbol=AAPL") == true {
                #expect(c.alpha == 1 && !isGrey(c))
            } else {
                #expect(abs(c.alpha - 0.2) < 1e-9 && isGrey(c), "\(l.name ?? "")")
            }
        }
        // The wide hover target is invisible (kept in the scene with a clear stroke, so the
        // layer is not taken for one that vanished), and the end labels follow the same rule.
        let target = paths(group(s, "layer 0 line"))
        #expect(!target.isEmpty && target.allSatisfy { $0.stroke?.color.alpha == 0 && $0.fill == nil })
        let labels = texts(group(s, "layer 3 text"))
        #expect(Set(labels.map(\.text)) == ["AAPL", "AMZN", "GOOG", "MSFT"])
        for t in labels { #expect((t.color.alpha == 1) == (t.text == "AAPL"), "\(t.text)") }
    }

    @Test("interactive_area_brush: the empty brush filters nothing, so the goldenrod area covers the whole series")
    func brush() throws {
        let (_, views) = try VegaLiteFixtureTests.prepared("interactive_area_brush")
        #expect(views.count == 2 && views[1].table.rows.count == views[0].table.rows.count)
        let areas = try scene("interactive_area_brush").paths(.mark).filter { $0.fill != nil }
        #expect(areas.count == 2)
        #expect(areas[1].fill == Color(hex: "#daa520") && areas[1].path == areas[0].path)
    }

    @Test("area_params: the interpolate and tension variables take their initial values (linear: straight segments)")
    func variableMarkProperties() throws {
        let (spec, _) = try VegaLiteFixtureTests.prepared("area_params")
        #expect(spec.mark?.interpolate == .linear)
        let area = try #require(try scene("area_params").paths(.mark).first)
        #expect(!area.path.elements.contains { if case .curve = $0 { return true } else { return false } })
    }

    // MARK: Impute

    @Test("line_encoding_impute_keyvals: each series gains the value 100 at the keys it lacks (3 and 4 for c=1, 4 for c=0)")
    func imputeKeyvals() throws {
        let (_, views) = try VegaLiteFixtureTests.prepared("line_encoding_impute_keyvals")
        func b(_ a: Double, _ c: Double) -> [Double?] {
            views[0].table.rows.filter { $0["a"].number == a && $0["c"].number == c }.map(\.["b"].number)
        }
        #expect(b(4, 0) == [100] && b(3, 1) == [100] && b(4, 1) == [100])
        #expect(b(3, 0) == [19])
        #expect(views[0].table.rows.count == 10)
        let lines = try scene("line_encoding_impute_keyvals").paths(.mark).filter { $0.stroke != nil }
        #expect(lines.map { $0.path.points.count }.sorted() == [5, 5])
    }

    // MARK: Shapes

    @Test("line_shape_overlay: a shape value puts a square of area 30 on every point of the line, as Vega-Lite")
    func shapeOverlay() throws {
        let (_, views) = try VegaLiteFixtureTests.prepared("line_shape_overlay")
        let marks = try scene("line_shape_overlay").paths(.mark)
        let squares = marks.filter { $0.fill != nil && $0.path.points.count == 4 }
        #expect(squares.count == views[0].table.rows.count)
        for sq in squares.prefix(5) {
            let xs = sq.path.points.map(\.x)
            #expect(abs((xs.max()! - xs.min()!) - 30.0.squareRoot()) < 1e-9)
        }
        #expect(marks.contains { $0.stroke != nil && $0.path.points.count > 4 })  // the line itself
    }

    /// A path's outline relative to its bounding box, to compare symbols of any size.
    func outline(_ p: Path) -> [Point] {
        let pts = p.points
        let xs = pts.map(\.x), ys = pts.map(\.y)
        let w = max(xs.max()! - xs.min()!, ys.max()! - ys.min()!)
        let cx = (xs.max()! + xs.min()!) / 2, cy = (ys.max()! + ys.min()!) / 2
        return pts.map { Point(x: (($0.x - cx) / w * 1000).rounded(), y: (($0.y - cy) / w * 1000).rounded()) }
    }

    @Test("a shape field maps categories to Vega's shapes in order, and the legend shows the same symbols")
    func shapeLegend() throws {
        let s = try scene(spec: """
        {"data": {"values": [{"x": 1, "y": 1, "k": "a"}, {"x": 2, "y": 2, "k": "b"}, {"x": 3, "y": 3, "k": "c"}, {"x": 4, "y": 4, "k": "d"}]},
         "mark": {"type": "point", "filled": true},
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                      "shape": {"field": "k", "type": "nominal"}}}
        """)
        let points = s.paths(.mark)
        let symbols = s.paths(.legendSymbol)
        #expect(points.count == 4 && symbols.count == 4)
        #expect(s.texts(.legendLabel).map(\.text) == ["a", "b", "c", "d"])
        // Vega's symbol range: circle, square, triangle-up, cross: 4 curves, then 4, 3 and 12 corners.
        #expect(points.map { $0.path.elements.count } == [6, 5, 4, 13])
        for (i, key) in ["a", "b", "c", "d"].enumerated() {
            let point = try #require(points.first { $0.name?.contains("x=\(i + 1)") == true })
            #expect(outline(point.path) == outline(symbols[i].path), "\(key)")
        }
        #expect(s.texts(.legendTitle).map(\.text) == ["k"])
    }

    @Test("mark.shape draws every point with that symbol")
    func markShape() throws {
        let s = try scene(spec: """
        {"data": {"values": [{"x": 1, "y": 1}, {"x": 2, "y": 3}]}, "mark": {"type": "point", "shape": "triangle-up", "size": 100},
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}
        """)
        let points = s.paths(.mark)
        #expect(points.count == 2 && points.allSatisfy { $0.path.points.count == 3 && $0.stroke != nil })
        let xs = points[0].path.points.map(\.x)
        #expect(abs(xs.max()! - xs.min()! - 10) < 1e-9)  // width √100
    }
}
