import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Marks placed past an explicit, unclamped position domain: the canvas widens on the right
/// to show them, as Vega's autosize "pad" grows the view, and the warning counts those past
/// the other edges, which stay cut off (review D, fault 7).
@Suite("Marks past an unclamped domain")
struct DomainOverflowCanvasTests {
    /// Synthetic points, x from 40 to 228.5, on an x scale given as `scale`.
    static func points(_ scale: String) -> String {
        let rows = (0..<30).map { i in #"{"hp": \#(40 + Double(i) * 6.5), "mpg": \#(45 - i)}"# }.joined(separator: ", ")
        return #"{"data": {"values": [\#(rows)]}, "mark": "point", "encoding": {"x": {"field": "hp", "type": "quantitative", "scale": \#(scale)},"#
            + #""y": {"field": "mpg", "type": "quantitative"}}}"#
    }

    @Test("marks past an unclamped x domain widen the canvas to show them, as Vega's autosize pad")
    func domainOverflowWidens() throws {
        let chart = try TestPipeline.chart(Self.points(#"{"domain": [50, 150]}"#))
        let scene = chart.scene
        let right = scene.paths(.mark).compactMap { $0.path.bounds?.maxX }.max() ?? 0
        #expect(right > 0 && right <= scene.width, "marks reach \(right) on a \(scene.width)-point canvas")
        let w = try #require(chart.warnings.map(\.message).first { $0.contains("scale.domain leaves") }, "\(chart.warnings)")
        #expect(w.contains("canvas widens") && !w.contains("cannot be seen"), "\(w)")
        // Clamped: no overflow, so the canvas keeps its width.
        let clamped = try TestPipeline.scene(Self.points(#"{"domain": [50, 150], "clamp": true}"#))
        #expect(clamped.width < scene.width)
    }

    @Test("marks wholly past the canvas's left edge are counted in the warning")
    func domainOverflowCountsLost() throws {
        let chart = try TestPipeline.chart(#"""
        {"data": {"values": [{"x": -5000, "y": 1}, {"x": -4000, "y": 2}, {"x": 5, "y": 3}, {"x": 8, "y": 4}]}, "mark": "point",
         "encoding": {"x": {"field": "x", "type": "quantitative", "scale": {"domain": [0, 10]}}, "y": {"field": "y", "type": "quantitative"}}}
        """#)
        let w = try #require(chart.warnings.map(\.message).first { $0.contains("scale.domain leaves 2 values") }, "\(chart.warnings)")
        #expect(w.contains("2 marks lie wholly past an edge of the canvas and cannot be seen"), "\(w)")
    }

    @Test("a mark far past the right of the domain widens the canvas at most by its own width, and is counted")
    func domainOverflowCapped() throws {
        let spec = #"""
        {"data": {"values": [{"x": 1000000, "y": 1}, {"x": 5, "y": 3}, {"x": 8, "y": 4}]}, "mark": "point",
         "encoding": {"x": {"field": "x", "type": "quantitative", "scale": {"domain": [0, 10]}}, "y": {"field": "y", "type": "quantitative"}}}
        """#
        let chart = try TestPipeline.chart(spec)
        let unwidened = try TestPipeline.scene(spec.replacingOccurrences(of: "1000000", with: "9"))
        #expect(chart.scene.width <= 2 * unwidened.width + 1, "\(chart.scene.width) against \(unwidened.width)")
        let w = try #require(chart.warnings.map(\.message).first { $0.contains("scale.domain leaves 1 value") }, "\(chart.warnings)")
        #expect(w.contains("1 mark lies wholly past an edge of the canvas and cannot be seen"), "\(w)")
    }
}
