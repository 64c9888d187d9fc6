import Testing
@testable import ChartsmithSpec

/// An arc's `theta2` and `radius2` mark properties, and polar properties given as
/// expressions a channel overrides (as Vega-Lite's `arc_params` example writes them).
@Suite("Polar mark properties")
struct PolarMarkPropertyTests {
    func decode(_ json: String) throws -> ChartSpec {
        try SpecDecoder().decode(Array(json.utf8))
    }

    @Test("theta2 and radius2 are read as numbers, from parameters too")
    func numbers() throws {
        let spec = try decode("""
        {"params": [{"name": "r2", "value": 50}], "data": {"values": [{}]},
         "mark": {"type": "arc", "theta": -0.73, "theta2": 0.73, "radius2": {"expr": "r2"}}}
        """)
        #expect(spec.mark?.theta == -0.73 && spec.mark?.theta2 == 0.73 && spec.mark?.radius2 == 50)
    }

    @Test("an unreadable theta expression is accepted when the theta channel overrides it, and refused otherwise")
    func overridden() throws {
        let encoded = try decode("""
        {"data": {"values": [{"v": 1}]}, "mark": {"type": "arc", "theta": {"expr": "theta"}, "theta2": {"expr": "theta2"}},
         "encoding": {"theta": {"field": "v", "type": "quantitative"}}}
        """)
        #expect(encoded.mark?.theta == nil && encoded.mark?.theta2 == nil)
        #expect(throws: Diagnostic.self) {
            try decode("""
            {"data": {"values": [{"v": 1}]}, "mark": {"type": "arc", "theta": {"expr": "theta"}}}
            """)
        }
        let layered = try decode("""
        {"data": {"values": [{"v": 1}]}, "encoding": {"theta": {"field": "v", "type": "quantitative"}},
         "layer": [{"mark": {"type": "arc", "theta": {"expr": "theta"}}}]}
        """)
        #expect(layered.layers.count == 1)
        do {
            _ = try decode("""
            {"data": {"values": [{"v": 1}]}, "layer": [{"mark": {"type": "arc", "radius": {"expr": "2 * r"}}}]}
            """)
            Issue.record("expected an error naming the radius expression")
        } catch let d as Diagnostic {
            #expect(d.path?.description == "layer[0].mark.radius")
            #expect(d.message.contains("mark's \"radius\""))
        }
    }
}
