import ChartsmithSpec
import Testing

/// A `scale.range` Chartsmith cannot draw is a located error, never silently replaced by
/// the house range (review 9: isotype's SVG-path shapes drawn as circles, the ridgeline's
/// `[20, -20]` y range squeezed into the plot).
@Suite("Scale ranges Chartsmith cannot draw are refused")
struct ScaleRangeRefusalTests {
    func decode(_ encoding: String) throws -> ChartSpec {
        try SpecDecoder().decode(Array("""
        {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "point",
         "encoding": \(encoding)}
        """.utf8), file: "spec.json")
    }

    func error(_ encoding: String) -> Diagnostic? {
        do { _ = try decode(encoding); return nil } catch let d as Diagnostic { return d } catch { return nil }
    }

    @Test("a shape range holding an SVG path is refused at the path's entry; house symbol names are drawn")
    func shapePathRange() throws {
        let d = try #require(error(#"{"x": {"field": "b", "type": "quantitative"}, "shape": {"field": "a", "scale": {"domain": ["x"], "range": ["square", "M0,-1L1,1L-1,1Z"]}}}"#))
        #expect(d.path?.description == "encoding.shape.scale.range[1]")
        #expect(d.location?.line == 2)
        #expect(d.message.contains("custom SVG-path shapes are not supported"))
        let ok = try decode(#"{"x": {"field": "b", "type": "quantitative"}, "shape": {"field": "a", "scale": {"range": ["square", "diamond"]}}}"#)
        #expect(ok.warnings.isEmpty)
    }

    @Test("an explicit pixel range on y (the ridgeline's [20, -20]) or x is refused at encoding.<ch>.scale.range")
    func positionRange() throws {
        let y = try #require(error(#"{"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative", "scale": {"range": [20, -20]}}}"#))
        #expect(y.path?.description == "encoding.y.scale.range")
        #expect(y.message.contains("explicit pixel range on y"))
        let x = try #require(error(#"{"x": {"field": "b", "type": "quantitative", "scale": {"range": [0, 100]}}}"#))
        #expect(x.path?.description == "encoding.x.scale.range")
    }
}
