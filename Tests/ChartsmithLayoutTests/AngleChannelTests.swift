import Foundation
import ChartsmithScene
import Testing

/// The `angle` channel and mark property turn point symbols and text; a ranged line is a rule.
@Suite("Angles and ranged lines")
struct AngleChannelTests {
    /// The direction (degrees clockwise from up, on the page) from a symbol's centre to its
    /// tip, the vertex farthest from the centre of its bounds.
    func tipDirection(_ p: PathNode) throws -> Double {
        let b = try #require(p.path.bounds)
        var pts: [Point] = []
        for e in p.path.elements { if case .move(let q) = e { pts.append(q) } else if case .line(let q) = e { pts.append(q) } }
        let cx = pts.map(\.x).reduce(0, +) / Double(pts.count), cy = pts.map(\.y).reduce(0, +) / Double(pts.count)
        _ = b
        let tip = try #require(pts.max { hypot($0.x - cx, $0.y - cy) < hypot($1.x - cx, $1.y - cy) })
        var deg = atan2(tip.x - cx, -(tip.y - cy)) * 180 / .pi
        if deg < 0 { deg += 360 }
        return deg
    }

    /// Each symbol points `want` degrees clockwise from up, within a degree (360 is 0).
    func expectTurns(_ marks: [PathNode], _ want: [Double]) throws {
        let turns = try marks.map(tipDirection)
        #expect(turns.count == want.count, "\(turns)")
        for (got, w) in zip(turns, want) {
            #expect(abs(((got - w + 540).truncatingRemainder(dividingBy: 360)) - 180) < 1, "\(turns)")
        }
    }

    @Test("a quantitative angle field turns wedges linearly from the field's extent onto 0–360°, clockwise")
    func fieldTurnsSymbols() throws {
        let s = try scene(#"""
            {"data": {"values": [{"x": 1, "a": 0}, {"x": 2, "a": 45}, {"x": 3, "a": 90}, {"x": 4, "a": 180}]},
             "mark": {"type": "point", "shape": "wedge", "filled": true, "size": 400},
             "encoding": {"x": {"field": "x", "type": "quantitative"}, "angle": {"field": "a", "type": "quantitative"}}}
            """#)
        let marks = s.paths(.mark).sorted { $0.path.bounds!.midX < $1.path.bounds!.midX }
        #expect(marks.count == 4)
        // Extent 0–180 onto 0–360: 0, 90, 180, 360 (= 0) degrees.
        try expectTurns(marks, [0.0, 90, 180, 0])
    }

    @Test("domainMin/domainMax set the angle scale's domain, as for every continuous non-position scale")
    func domainMinMax() throws {
        let s = try scene(#"""
            {"data": {"values": [{"x": 1, "a": 0}, {"x": 2, "a": 45}, {"x": 3, "a": 90}, {"x": 4, "a": 180}]},
             "mark": {"type": "point", "shape": "wedge", "filled": true, "size": 400},
             "encoding": {"x": {"field": "x", "type": "quantitative"},
               "angle": {"field": "a", "type": "quantitative", "scale": {"domainMax": 360}}}}
            """#)
        let marks = s.paths(.mark).sorted { $0.path.bounds!.midX < $1.path.bounds!.midX }
        // Domain 0–360 onto 0–360: each value is its own angle (the domain max was ignored: 0, 90, 180, 360).
        try expectTurns(marks, [0.0, 45, 90, 180])
    }

    @Test("scale null takes the degrees as given; the mark's angle turns every symbol and text")
    func identityAndMarkAngle() throws {
        let s = try scene(#"""
            {"data": {"values": [{"x": 1, "a": 30, "t": "one"}]},
             "layer": [
               {"mark": {"type": "point", "shape": "wedge", "filled": true, "size": 400},
                "encoding": {"x": {"field": "x", "type": "quantitative"}, "angle": {"field": "a", "type": "quantitative", "scale": null}}},
               {"mark": {"type": "point", "shape": "wedge", "filled": true, "size": 400, "angle": 270},
                "encoding": {"x": {"field": "x", "type": "quantitative"}}},
               {"mark": {"type": "text", "dy": -20}, "encoding": {"x": {"field": "x", "type": "quantitative"}, "text": {"field": "t"},
                "angle": {"value": 45}}}]}
            """#)
        let marks = s.paths(.mark)
        #expect(marks.count == 2)
        #expect(abs(try tipDirection(marks[0]) - 30) < 1)
        #expect(abs(try tipDirection(marks[1]) - 270) < 1)
        let text = try #require(s.texts.first { $0.text == "one" })
        #expect(abs(text.angle - 45) < 1e-9)
    }

    @Test("a line with x2 and y2 is a rule from (x, y) to (x2, y2); angle on a bar is an error naming it")
    func rangedLine() throws {
        let s = try scene(#"""
            {"data": {"values": [{"x": 1, "y": 1}, {"x": 5, "y": 5}]},
             "layer": [{"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}},
                       {"mark": {"type": "line", "size": 2}, "encoding": {"x": {"datum": 2}, "x2": {"datum": 4}, "y": {"datum": 2}, "y2": {"datum": 4}}}]}
            """#)
        let segment = try #require(s.paths(.mark).first { $0.stroke != nil && $0.fill == nil && $0.path.elements.count == 2 })
        let b = try #require(segment.path.bounds)
        // A diagonal: as wide as it is high (equal x and y steps on these square-ish scales is
        // not guaranteed), and both extents non-zero.
        #expect(b.width > 10 && b.height > 10)
        #expect(throws: (any Error).self) {
            try scene(#"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "angle": {"value": 10}}}"#)
        }
    }
}
