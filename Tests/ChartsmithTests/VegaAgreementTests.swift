import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// Official Vega-Lite examples that once drew a different chart from Vega's, each pinned to
/// what Vega draws: a `zero: false` scale niced as Vega nices it, an unlabelled axis's
/// domain, `scale.domain` `unionWith`, a discrete `theta`, and conditional axis looks.
@Suite("Agreement with Vega on the statistical examples")
struct VegaAgreementTests {
    static func fixture(_ name: String) throws -> Scene {
        try ChartRenderer().scene(forSpecAt: VegaLiteFixtureTests.folder.appendingPathComponent(name + ".vl.json"))
    }

    /// Every warning rendering a fixture raises: the pipeline's and the layout's.
    static func warnings(_ name: String) throws -> [String] {
        let chart = try ChartRenderer().chart(forSpecAt: VegaLiteFixtureTests.folder.appendingPathComponent(name + ".vl.json"))
        return chart.warnings.map { "\($0)" } + chart.scene.metadata.warnings
    }

    static func scene(_ json: String) throws -> Scene {
        let spec = try SpecDecoder().decode(Array(json.utf8))
        return try ChartRenderer().scene(for: spec, baseFolder: URL(fileURLWithPath: NSTemporaryDirectory()))
    }

    static func labels(_ s: Scene) -> [String] { s.texts(.axisLabel).map(\.text) }

    @Test("zero: false keeps Vega's nice domain (14–44, ticks every 5), not the ladder's 0–50")
    func zeroFalseNice() throws {
        for name in ["layer_point_errorbar_pre_aggregated_asymmetric_error", "layer_point_errorbar_pre_aggregated_symmetric_error"] {
            let labels = Self.labels(try Self.fixture(name))
            #expect(!labels.contains("0"), "\(name): \(labels)")
            #expect(labels.contains("20") && labels.contains("25") && labels.contains("35"), "\(name): \(labels)")
        }
        // A narrow zero: false axis: d3's nice for 10 ticks ([101, 109]), not [0, 200].
        let s = try Self.scene(#"""
        {"width": 120, "data": {"values": [{"v": 101.5}, {"v": 108.2}]}, "mark": "point",
         "encoding": {"x": {"field": "v", "type": "quantitative", "scale": {"zero": false}}}}
        """#)
        let xs = Self.labels(s)
        #expect(xs.first == "102" || xs.first == "101", "\(xs)")
        #expect(!xs.contains("0") && !xs.contains("200"), "\(xs)")
    }

    @Test("the labelled mosaic's unlabelled x is niced as Vega's (to 1.1, not 1.5): its cells as wide as Vega's")
    func mosaic() throws {
        let s = try Self.fixture("rect_mosaic_labelled_with_offset")
        // Vega's USA column (v5, 200 wide) is 113.75 wide, Europe's 32.69.
        let widths = s.rects.filter { $0.role == .mark }.map(\.rect.width)
        #expect(widths.contains { abs($0 - 113.75) < 0.05 }, "\(widths)")
        #expect(widths.contains { abs($0 - 32.69) < 0.05 }, "\(widths)")
    }

    @Test("unionWith: a discrete domain lists the extra values first (sort: null), as Vega's legend 5, 6, 1, 2, 3, 4")
    func unionWithDiscrete() throws {
        let s = try Self.fixture("arc_color_mappings")
        #expect(s.texts(.legendLabel).map(\.text) == ["5", "6", "1", "2", "3", "4"])
        // Slices in stack order (category 1 … 6) take the range in the domain's order.
        let fills = s.paths.filter { $0.role == .mark }.compactMap { $0.fill?.hexString }
        #expect(fills == ["#0000ff", "#ffff00", "#ff00ff", "#a52a2a", "#800080", "#008000"], "\(fills)")
        // Sorted by default: the union in ascending order.
        let sorted = try Self.scene(#"""
        {"data": {"values": [{"c": "b"}, {"c": "d"}]}, "mark": "point",
         "encoding": {"color": {"field": "c", "type": "nominal", "scale": {"domain": {"unionWith": ["c", "a"]}}}}}
        """#)
        #expect(sorted.texts(.legendLabel).map(\.text) == ["a", "b", "c", "d"])
    }

    @Test("unionWith: a continuous domain spans the data and the values, without zero")
    func unionWithContinuous() throws {
        let s = try Self.scene(#"""
        {"data": {"values": [{"v": 20}, {"v": 30}]}, "mark": "point",
         "encoding": {"y": {"field": "v", "type": "quantitative", "scale": {"domain": {"unionWith": [60]}}}}}
        """#)
        let ys = Self.labels(s).compactMap(Double.init)
        #expect((ys.max() ?? 0) >= 60 && (ys.min() ?? 0) > 0, "\(ys)")
        #expect(throws: Diagnostic.self) {
            _ = try SpecDecoder().decode(Array(#"{"mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative", "scale": {"domain": {"unionWith": 3}}}}}"#.utf8))
        }
    }

    @Test("a discrete theta gives each category an equal slice, clockwise from 12 o'clock in sorted order")
    func discreteTheta() throws {
        let s = try Self.fixture("arc_ordinal_theta")
        let slices = s.paths.filter { $0.role == .mark }
        #expect(slices.count == 8)
        // The first (1N, radius 1 of 8) sits right of and above the centre; the fifth (5S)
        // below it: each takes 45°.
        guard slices.count == 8, let first = slices[0].path.bounds, let fifth = slices[4].path.bounds else { return }
        let cx = first.minX, cy = first.maxY
        #expect(abs(fifth.minX - cx) < 0.01 || fifth.maxX <= cx + 0.01)
        #expect(fifth.minY >= cy - 0.01)
        // Radius by strength: 8NW (8) is eight times 1N's (1).
        let r1 = first.maxY - first.minY, r8 = slices[7].path.bounds.map { $0.maxY - $0.minY } ?? 0
        #expect(abs(r8 / r1 - 8) < 0.05, "\(r1) \(r8)")
    }

    @Test("a discrete theta stacks the radii of a category's rows, as Vega-Lite's radius stack")
    func radiusStack() throws {
        let s = try Self.scene(#"""
        {"data": {"values": [{"c": "a", "v": 1}, {"c": "a", "v": 2}, {"c": "b", "v": 3}]}, "mark": "arc",
         "encoding": {"theta": {"field": "c", "type": "nominal"}, "radius": {"field": "v", "type": "quantitative"}}}
        """#)
        let heights = s.paths.filter { $0.role == .mark }.compactMap { $0.path.bounds.map { $0.maxY - $0.minY } }
        // a's rings reach 1 and 1 + 2 = 3 of 3: the outer one three times as far out.
        #expect(heights.count == 3)
        if heights.count == 3 { #expect(abs(heights[1] / heights[0] - 3) < 0.01, "\(heights)") }
    }

    @Test("conditional axis looks: rect_lasagna draws only January's labels and ticks, whole")
    func lasagna() throws {
        let s = try Self.fixture("rect_lasagna")
        // Whole years, each on a 1 January band (the other 112 bands have none); the house
        // font is wider than Vega's 10 px, so with `labelOverlap: false` the final check
        // leaves out every other year, named in a warning.
        let labels = Self.labels(s).filter { !["AAPL", "AMZN", "IBM", "MSFT"].contains($0) }
        #expect(labels.count >= 6 && labels.allSatisfy { (2000...2010).map(String.init).contains($0) }, "\(labels)")
        #expect(labels.first == "2000")
        let warnings = try Self.warnings("rect_lasagna")
        #expect(!warnings.contains { $0.contains("not honoured") }, "\(warnings)")
        // (The house style draws no ticks on band axes; where it does, only January's.)
        let ticks = s.paths.filter { $0.role == .axisTick }
        #expect(ticks.isEmpty || ticks.count == 11, "\(ticks.count) ticks")
    }

    @Test("conditional label colour, tick width and grid opacity are tested per tick (value, label, index)")
    func conditionalLooks() throws {
        let s = try Self.scene(#"""
        {"data": {"values": [{"v": 0}, {"v": 100}]}, "mark": "point",
         "encoding": {"x": {"field": "v", "type": "quantitative",
           "axis": {"values": [0, 50, 100], "grid": true, "ticks": true,
                    "labelColor": {"condition": {"test": "datum.value >= 50", "value": "red"}, "value": "blue"},
                    "tickWidth": {"condition": {"test": "datum.index == 1", "value": 3}, "value": 1},
                    "gridOpacity": {"condition": {"test": "datum.label == '0'", "value": 0}, "value": 1}}}}}
        """#)
        let colours = Dictionary(uniqueKeysWithValues: s.texts(.axisLabel).map { ($0.text, $0.color.hexString) })
        #expect(colours == ["0": "#0000ff", "50": "#ff0000", "100": "#ff0000"], "\(colours)")
        #expect(s.paths.filter { $0.role == .axisTick }.compactMap { $0.stroke?.width }.sorted() == [1, 1, 3])
        #expect(s.paths.filter { $0.role == .grid }.count == 2)
    }

    @Test("a condition without a test is a located error")
    func conditionWithoutTest() {
        let json = #"{"mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative", "axis": {"labelColor": {"condition": {"value": "red"}, "value": "blue"}}}}}"#
        #expect(throws: Diagnostic.self) { _ = try SpecDecoder().decode(Array(json.utf8)) }
    }
}
