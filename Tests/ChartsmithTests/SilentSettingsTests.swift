import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Settings that used to be dropped without a word (review 6): a cramped `autosize: "fit"`
/// canvas giving up the legend and titles, `scale.clamp`, bars with `zero: false`, the
/// total of a diverging stack, `scale.interpolate`, and mark and axis settings Chartsmith
/// does not draw. Each is now drawn as Vega-Lite draws it, or named in a warning.
@Suite("Settings are honoured or named")
struct SilentSettingsTests {
    static let fruit = #"{"values": [{"f": "apple", "n": 28}, {"f": "banana", "n": 55}, {"f": "cherry", "n": 43}, {"f": "date", "n": 91}, {"f": "elder", "n": 81}]}"#

    static func bars(_ scale: String, mark: String = #""bar""#) -> String {
        #"{"data": DATA, "mark": MARK, "encoding": {"x": {"field": "f", "type": "nominal"}, "y": {"field": "n", "type": "quantitative", "scale": SCALE}}}"#
            .replacingOccurrences(of: "DATA", with: fruit).replacingOccurrences(of: "SCALE", with: scale)
            .replacingOccurrences(of: "MARK", with: mark)
    }

    /// The bars' heights, left to right.
    func heights(_ scene: Scene) -> [Double] {
        scene.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }.map(\.rect.height)
    }

    @Test("a cramped fit canvas keeps the legend over the title, and says what it left out")
    func fitDegradeWarns() throws {
        let chart = try TestPipeline.chart(#"""
        {"title": "Points coloured by region, short fit canvas (synthetic)", "autosize": "fit", "width": 260, "height": 140,
         "data": {"values": [{"yr": 2019, "r": "north", "c": 5}, {"yr": 2019, "r": "south", "c": 9}, {"yr": 2020, "r": "north", "c": 7}]},
         "mark": "point", "encoding": {"x": {"field": "yr", "type": "ordinal"}, "y": {"field": "c", "type": "quantitative"},
                                       "color": {"field": "r", "type": "nominal"}}}
        """#)
        let w = chart.warnings.map(\.description).first { $0.contains("autosize \"fit\"") }
        let warning = try #require(w, "\(chart.warnings)")
        #expect(warning.contains("the title") && warning.contains("a height of at least"))
        #expect(!warning.contains("the legend"))
        #expect(!chart.scene.texts(.legendLabel).isEmpty, "the legend is kept while the title alone makes room")
    }

    @Test("scale.clamp holds bars at the domain's end; without it the overflow is named")
    func clamp() throws {
        let clamped = heights(try TestPipeline.scene(Self.bars(#"{"domain": [0, 50], "clamp": true}"#)))
        #expect(clamped.count == 5)
        // banana 55, date 91 and elder 81 all reach the top (50), no further.
        #expect(abs(clamped[1] - clamped[3]) < 0.01 && abs(clamped[3] - clamped[4]) < 0.01, "\(clamped)")
        #expect(abs(clamped[0] / clamped[1] - 28.0 / 50) < 0.01, "\(clamped)")
        let open = try TestPipeline.chart(Self.bars(#"{"domain": [0, 50]}"#))
        #expect(open.warnings.contains { $0.description.contains("encoding.y.scale.domain leaves 3 values") && $0.description.contains("\"clamp\": true") },
                "\(open.warnings)")
        let quiet = try TestPipeline.chart(Self.bars(#"{"domain": [0, 50], "clamp": true}"#))
        #expect(!quiet.warnings.contains { $0.description.contains("leaves") })
    }

    @Test("bars with zero: false still start at 0, as Vega-Lite's stack puts 0 in the domain")
    func barZeroFalse() throws {
        let h = heights(try TestPipeline.scene(Self.bars(#"{"zero": false}"#)))
        #expect(h.count == 5)
        #expect(abs(h[0] / h[3] - 28.0 / 91) < 0.01, "apple is 28/91 of date: \(h)")
        // Points with zero: false keep the data's own extent.
        let points = try TestPipeline.scene(Self.bars(#"{"zero": false}"#, mark: #""point""#))
        #expect(!points.texts(.axisLabel).contains { $0.text == "0" })
    }

    @Test("a diverging stack totals each side apart, the positive one signed")
    func divergingTotals() throws {
        let scene = try TestPipeline.scene(#"""
        {"data": {"values": [{"q": "Q1", "r": "a", "v": -10}, {"q": "Q1", "r": "b", "v": -20}, {"q": "Q1", "r": "c", "v": 15},
                                   {"q": "Q1", "r": "d", "v": 30}, {"q": "Q2", "r": "a", "v": -5}, {"q": "Q2", "r": "c", "v": 25}]},
         "mark": "bar", "encoding": {"y": {"field": "q", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"},
                                     "color": {"field": "r", "type": "nominal"}}}
        """#)
        let totals = Set(scene.texts(.total).map(\.text))
        #expect(totals.contains("+45") && totals.contains("−30"), "\(totals)")
        #expect(!totals.contains("45"))
    }

    @Test("a colour range blends in HCL by default, as Vega-Lite; interpolate picks the space")
    func interpolate() throws {
        func fills(_ scale: String) throws -> [String] {
            let scene = try TestPipeline.scene(#"""
            {"data": {"values": [{"x": "a", "v": 0}, {"x": "b", "v": 5}, {"x": "c", "v": 10}]}, "mark": "rect",
             "encoding": {"x": {"field": "x", "type": "ordinal"}, "color": {"field": "v", "type": "quantitative", "scale": SCALE}}}
            """#.replacingOccurrences(of: "SCALE", with: scale))
            return scene.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }.map {
                let c = $0.fill ?? .black
                return "\(Int((c.red * 255).rounded())),\(Int((c.green * 255).rounded())),\(Int((c.blue * 255).rounded()))"
            }
        }
        // Vega's colours for yellow → purple at ½: hcl (255, 89, 80), rgb (192, 128, 64).
        #expect(try fills(#"{"range": ["yellow", "purple"]}"#)[1] == "255,89,80")
        #expect(try fills(#"{"range": ["yellow", "purple"], "interpolate": "hcl"}"#)[1] == "255,89,80")
        #expect(try fills(#"{"range": ["yellow", "purple"], "interpolate": "rgb"}"#)[1] == "192,128,64")
        #expect(try fills(#"{"range": ["yellow", "purple"], "interpolate": {"type": "rgb", "gamma": 2.2}}"#)[1] == "204,186,93")
        #expect(throws: (any Error).self) { try TestPipeline.chart(Self.bars(#"{"interpolate": "hsv"}"#)) }
    }

    @Test("mark and axis settings Chartsmith does not draw are named, with their location")
    func undrawnWarned() throws {
        let chart = try TestPipeline.chart(Self.bars("{}", mark: #"{"type": "line", "strokeCap": "round", "strokeJoin": "bevel", "timeUnitBandPosition": 0.5}"#)
            .replacingOccurrences(of: #""encoding""#, with: #""config": {"axis": {"labelBound": true, "offset": 4}}, "encoding""#))
        let w = chart.warnings.map(\.description)
        // (`config.axis.labelFlush` is drawn now: LabelFlushTests.)
        for key in ["strokeCap", "strokeJoin", "timeUnitBandPosition", "labelBound", "offset"] {
            #expect(w.contains { $0.contains("\"\(key)\" is not honoured") }, "\(key): \(w)")
        }
        let plain = try TestPipeline.chart(Self.bars("{}", mark: #"{"type": "line", "strokeCap": "butt", "tooltip": true}"#))
        #expect(!plain.warnings.contains { $0.description.contains("is not honoured") }, "\(plain.warnings)")
    }

    @Test("labelAngle 0 on a narrow discrete axis grows the step rather than cut the labels")
    func levelLabelsGrow() throws {
        let chart = try TestPipeline.chart(#"""
        {"data": {"values": [{"yr": 2020, "v": 3}, {"yr": 2021, "v": 5}, {"yr": 2022, "v": 4}]}, "mark": "line",
         "encoding": {"x": {"field": "yr", "type": "ordinal", "axis": {"labelAngle": 0}}, "y": {"field": "v", "type": "quantitative"}}}
        """#)
        #expect(chart.scene.texts(.axisLabel).map(\.text).filter { $0.hasPrefix("20") } == ["2020", "2021", "2022"],
                "\(chart.scene.texts(.axisLabel).map(\.text))")
        #expect(!chart.warnings.contains { $0.description.contains("category labels") || $0.description.contains("short") })
    }
}
