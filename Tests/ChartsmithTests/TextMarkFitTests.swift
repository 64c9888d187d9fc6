import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Text marks are data: set at Vega-Lite's 11 points when the spec gives no size, and set
/// smaller rather than dropped where a layer's texts would overlap one another; and the
/// touching-colour check looks only at segments of stacks, in colours the spec chose.
@Suite("Text mark fit and stack segments")
struct TextMarkFitTests {
    /// The chart of an inline spec, rendered as a file is (warnings included).
    static func chart(_ json: String) throws -> RenderedChart {
        let folder = try temporaryFolder("chartsmith-text-fit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("spec.json")
        try Data(json.utf8).write(to: url)
        return try ChartRenderer().chart(forSpecAt: url)
    }

    /// A heatmap of three-digit numbers in Vega-Lite's 20-point cells.
    static let heatmap = #"{"data":{"values":[{"a":"p","b":"x","v":100},{"a":"q","b":"x","v":158},{"a":"r","b":"x","v":116},"#
        + #"{"a":"p","b":"y","v":114},{"a":"q","b":"y","v":99},{"a":"r","b":"y","v":120}]},"#
        + #""encoding":{"x":{"field":"a","type":"ordinal"},"y":{"field":"b","type":"ordinal"}},"#
        + #""layer":[{"mark":"rect","encoding":{"color":{"field":"v","type":"quantitative"}}},"#
        + #"{"mark":"text","encoding":{"text":{"field":"v","type":"quantitative"}}}]}"#

    @Test("a text mark without fontSize is set no larger than Vega-Lite's 11 points, and every number of a heatmap is kept")
    func heatmapNumbersKept() throws {
        let chart = try Self.chart(Self.heatmap)
        let texts = chart.scene.texts(.markLabel)
        #expect(Set(texts.map(\.text)) == ["100", "158", "116", "114", "99", "120"])
        #expect(texts.allSatisfy { $0.font.size <= 11 })
        #expect(!chart.warnings.contains { $0.description.contains("left out") }, "\(chart.warnings)")
        // The fit is silent when the size was Chartsmith's default, not the spec's.
        #expect(!chart.warnings.contains { $0.description.contains("fontSize") })
    }

    @Test("leaves placed closer than their 20-point font are all drawn, smaller, none over another, and the fontSize is named")
    func leavesSetSmaller() throws {
        let leaves = (0..<30).map { #"{"stem":"1","leaf":"\#($0 % 10)","position":\#($0)}"# }.joined(separator: ",")
        let chart = try Self.chart(#"{"width":300,"config":{"text":{"fontSize":20}},"data":{"values":[\#(leaves)]},"#
            + #""mark":{"type":"text","align":"left"},"encoding":{"text":{"field":"leaf","type":"nominal"},"#
            + #""x":{"field":"position","type":"quantitative","axis":null},"y":{"field":"stem","type":"nominal"}}}"#)
        let texts = chart.scene.texts(.markLabel)
        #expect(texts.count == 30)
        #expect(texts.allSatisfy { $0.font.size < 20 && $0.font.size >= 10 })
        for (i, a) in texts.enumerated() { for b in texts[(i + 1)...] { #expect(!a.overlaps(b)) } }
        #expect(chart.warnings.contains { $0.description.contains("fontSize 20 is drawn at") }, "\(chart.warnings)")
        #expect(!chart.warnings.contains { $0.description.contains("left out") })
    }

    /// Two bins side by side in two series, one colour each, at 1.2:1.
    static func bars(stack: String, colors: String) -> String {
        #"{"data":{"values":[{"b":"a","s":"A","n":5},{"b":"b","s":"B","n":3},{"b":"a","s":"B","n":2},{"b":"b","s":"A","n":4}]},"#
            + #""mark":{"type":"bar","opacity":0.9},"encoding":{"x":{"field":"b","type":"nominal","scale":{"paddingInner":0}},"#
            + #""y":{"field":"n","type":"quantitative","stack":\#(stack)},"#
            + #""color":{"field":"s","type":"nominal"\#(colors)}}}"#
    }

    @Test("overlaid bars (stack: null) touching side by side are not stack segments: no contrast warning")
    func overlaidBarsNotChecked() throws {
        let chart = try Self.chart(Self.bars(stack: "null", colors: ##","scale":{"range":["#b8c7d3","#d9b9cb"]}"##))
        #expect(!chart.warnings.contains { $0.description.contains("touching bar segments") }, "\(chart.warnings)")
    }

    @Test("stacked segments in colours the spec chose are warned about; in the style's own palette they are parted by a line instead")
    func stackedSegments() throws {
        let spec = try Self.chart(Self.bars(stack: "true", colors: ##","scale":{"range":["#b8c7d3","#d9b9cb"]}"##))
        #expect(spec.warnings.contains { $0.description.contains("touching bar segments") }, "\(spec.warnings)")
        // The house palette's dark pink and dark grey (1.1:1): the style's colours, the style's line.
        let own = try Self.chart(#"{"data":{"values":[{"b":"a","s":"A","n":5},{"b":"a","s":"B","n":2},{"b":"a","s":"C","n":2},"#
            + #"{"b":"a","s":"E","n":3}]},"mark":"bar","encoding":{"x":{"field":"b","type":"nominal"},"#
            + #""y":{"field":"n","type":"quantitative"},"color":{"field":"s","type":"nominal","scale":{"domain":["A","B","C","D","E"]}}}}"#)
        #expect(!own.warnings.contains { $0.description.contains("touching bar segments") }, "\(own.warnings)")
        let segments = own.scene.rects(.mark).filter { $0.fill != nil }
        let pink = try #require(segments.first { $0.fill?.hexString == "#801650" })
        let grey = try #require(segments.first { $0.fill?.hexString == "#3d3d3d" })
        #expect(pink.stroke != nil && grey.stroke != nil)
    }
}
