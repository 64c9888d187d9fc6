import ChartsmithScene
import Testing

/// `sort` on a continuous position channel, as Vega-Lite compiles it: `"descending"`
/// reverses the scale (scale/properties.ts `reverse`), an explicit `scale.reverse` wins.
@Suite("Sort on a continuous position channel")
struct ContinuousSortTests {
    static func spec(_ sort: String, scale: String = "") -> String {
        """
        {"data": {"values": [{"a": "x", "b": 3}, {"a": "y", "b": 7}]}, "mark": "bar",
         "encoding": {"y": {"field": "a", "type": "nominal"},
                      "x": {"field": "b", "type": "quantitative", "sort": \(sort)\(scale)}}}
        """
    }

    /// How far right of another value's axis label the label of 0 sits (positive: reversed).
    func zeroLabelX(_ json: String) throws -> Double {
        let s = try scene(json)
        let zero = try #require(s.texts(.axisLabel).first { Double($0.text) == 0 })
        let others = s.texts(.axisLabel).filter { Double($0.text).map { $0 != 0 } == true }
        let other = try #require(others.first)
        return zero.anchor.x - other.anchor.x
    }

    @Test("\"descending\" on a quantitative x reverses the scale: 0 on the right, bars grow leftwards (us_population_pyramid_over_time)")
    func descendingReverses() throws {
        #expect(try zeroLabelX(Self.spec("\"descending\"")) > 0)
        #expect(try zeroLabelX(Self.spec("\"ascending\"")) < 0)
        #expect(try zeroLabelX(Self.spec("null")) < 0)
        // An explicit scale.reverse wins over the sort, as in Vega-Lite.
        #expect(try zeroLabelX(Self.spec("\"descending\"", scale: #", "scale": {"reverse": false}"#)) < 0)
        let s = try scene(Self.spec("\"descending\""))
        let bars = s.rects(.mark)
        let zero = try #require(s.texts(.axisLabel).first { Double($0.text) == 0 })
        #expect(bars.count == 2)
        // Each bar starts at 0 on the right and grows leftwards.
        for b in bars { #expect(abs(b.rect.maxX - zero.anchor.x) < 1) }
    }
}
