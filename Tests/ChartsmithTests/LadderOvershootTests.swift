import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// The house tick ladder ends an axis on a labelled gridline, unless that end runs far past
/// Vega's nice domain: then the domain stays Vega's and the ladder's ticks fall inside it.
@Suite("Ladder ends against Vega's nice domain")
struct LadderOvershootTests {
    static func scene(_ json: String) throws -> Scene {
        let spec = try SpecDecoder().decode(Array(json.utf8))
        return try ChartRenderer().scene(for: spec, baseFolder: URL(fileURLWithPath: NSTemporaryDirectory()))
    }

    /// The x of each point mark, left to right.
    static func pointXs(_ s: Scene) -> [Double] {
        s.paths(.mark).compactMap { p -> Double? in
            let xs = p.path.points.map(\.x)
            guard let lo = xs.min(), let hi = xs.max() else { return nil }
            return (lo + hi) / 2
        }.sorted()
    }

    static func spec(max: Double, width: Int) -> String {
        #"{"width": \#(width), "height": 60, "data": {"values": [{"v": 0}, {"v": \#(max)}]}, "mark": "point", "#
            + #""encoding": {"x": {"field": "v", "type": "quantitative"}}}"#
    }

    @Test("ten-character labels on 200 points: 0–12,000,000 as Vega's, labelled at 0 and 10 million, not 0–20,000,000")
    func overshootKeepsVegaDomain() throws {
        let s = try Self.scene(Self.spec(max: 11_400_000, width: 200))
        let labels = s.texts(.axisLabel).map(\.text)
        #expect(!labels.contains("20,000,000"), "\(labels)")
        // 5 million apart, "5,000,000" would run into "10,000,000", which is set flush with
        // its tick 33 points from the plot's end: the step is 10 million.
        #expect(labels == ["0", "10,000,000"], "\(labels)")
        // The two points span 11.4 of the domain's 12 million across the 200-point plot
        // (0–20 million would leave them 114 points apart).
        let xs = Self.pointXs(s)
        try #require(xs.count == 2, "\(xs)")
        #expect(abs((xs[1] - xs[0]) - 200 * 11.4 / 12) < 0.5, "\(xs)")
    }

    @Test("a ladder end close above Vega's is kept: 0–220 ends on its labelled 225 (or 220), not at Vega's 220 unlabelled")
    func closeLadderEndKept() throws {
        let s = try Self.scene(Self.spec(max: 218, width: 300))
        let labels = s.texts(.axisLabel).map(\.text)
        let last = try #require(labels.compactMap { Double($0) }.max())
        let xs = Self.pointXs(s)
        try #require(xs.count == 2, "\(xs)")
        // The axis ends on its last label: the 218 point sits at 218/last of the plot.
        #expect(last >= 218 && last <= 250, "\(labels)")
        #expect(abs((xs[1] - xs[0]) - 300 * 218 / last) < 0.5, "\(xs) \(labels)")
    }
}
