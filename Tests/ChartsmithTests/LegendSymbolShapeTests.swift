import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A dot legend takes the marks' own symbol, as Vega-Lite's `defaultSymbolType`: a point
/// mark's `shape` (the mark's or a `shape` value), a square mark's square; and circle and
/// square marks are always their own symbol, whatever `shape` says (warned).
@Suite("Legend symbols follow the marks' shape")
struct LegendSymbolShapeTests {
    static func spec(mark: String, shape: String = "") -> String {
        #"""
        {"data": {"values": [{"a": 1, "b": 2, "c": "x"}, {"a": 2, "b": 3, "c": "y"}, {"a": 3, "b": 1, "c": "z"}]},
         "mark": MARK,
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
           "color": {"field": "c", "type": "nominal"}SHAPE}}
        """#.replacingOccurrences(of: "MARK", with: mark).replacingOccurrences(of: "SHAPE", with: shape)
    }

    /// The number of corners of each path: a triangle has 3, a square or diamond 4; a
    /// circle is drawn with curves and has none of straight lines only.
    static func corners(_ p: PathNode) -> Int {
        p.path.elements.filter { if case .line = $0 { return true }; return false }.count + 1
    }
    static func curved(_ p: PathNode) -> Bool {
        p.path.elements.contains { if case .curve = $0 { return true }; return false }
    }

    @Test("a point mark's shape is the legend's symbol, filled or outlined as the marks")
    func pointShape() throws {
        let filled = try TestPipeline.chart(Self.spec(mark: #"{"type": "point", "shape": "triangle-up", "filled": true}"#))
        let symbols = filled.scene.paths(.legendSymbol)
        #expect(symbols.count == 3)
        #expect(symbols.allSatisfy { !Self.curved($0) && Self.corners($0) == 3 && $0.fill != nil }, "\(symbols.map(\.path))")
        let hollow = try TestPipeline.chart(Self.spec(mark: #""point""#, shape: #", "shape": {"value": "diamond"}"#))
        let outlines = hollow.scene.paths(.legendSymbol)
        #expect(outlines.count == 3)
        #expect(outlines.allSatisfy { !Self.curved($0) && $0.fill == nil && $0.stroke != nil }, "\(outlines.map(\.path))")
        let marks = hollow.scene.paths(.mark)
        #expect(marks.count == 3 && marks.allSatisfy { !Self.curved($0) })
    }

    @Test("square marks draw squares and a square legend; a shape channel on them is warned, not drawn")
    func squares() throws {
        let c = try TestPipeline.chart(Self.spec(mark: #""square""#, shape: #", "shape": {"value": "diamond"}"#))
        let marks = c.scene.paths(.mark)
        #expect(marks.count == 3)
        // A square's first side is horizontal; a diamond's is not.
        for m in marks {
            let pts = m.path.points
            #expect(pts.count >= 2 && pts[0].y == pts[1].y, "\(m.path)")
        }
        let symbols = c.scene.paths(.legendSymbol)
        #expect(symbols.count == 3 && symbols.allSatisfy { !Self.curved($0) && Self.corners($0) == 4 }, "\(symbols.map(\.path))")
        #expect(c.warnings.contains { $0.message.contains("\"shape\" channel is not drawn on square marks") }, "\(c.warnings)")
    }

    @Test("circle marks keep round legend dots")
    func circles() throws {
        let c = try TestPipeline.chart(Self.spec(mark: #""circle""#))
        let symbols = c.scene.paths(.legendSymbol)
        #expect(symbols.count == 3 && symbols.allSatisfy(Self.curved))
    }
}
