import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// The silent faults a review of Altair's gallery beside Vega found, each pinned to what
/// Vega-Lite draws: sort by another channel's `min`, a line's and a text's `size`, a line's
/// x without zero, the overlay line's own colour, `fill: null`, a step per offset band, and
/// the messages that named headers as axis titles. (The fixtures `fidelity-*` and
/// `gallery-*` carry the rest in their scene dumps.)
@Suite("Altair gallery against Vega")
struct GalleryFidelityTests {
    static let rows = #"[{"k": "A", "v": 1}, {"k": "A", "v": 10}, {"k": "A", "v": 10}, {"k": "B", "v": 5}, {"k": "B", "v": 6}, {"k": "C", "v": 8}]"#

    /// The y axis's labels from the top down.
    func yLabels(_ s: Scene) -> [String] {
        s.texts(.axisLabel).sorted { $0.anchor.y < $1.anchor.y }.map(\.text)
    }

    @Test("sort \"-x\" by an unaggregated x orders by each category's min, as Vega-Lite's DEFAULT_SORT_OP (not a sum or mean)")
    func sortByChannelUsesMin() throws {
        for sort in [#""-x""#, #"{"encoding": "x", "order": "descending"}"#] {
            let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "k", "type": "nominal", "sort": \#(sort)}}}"#)
            // min: A 1, B 5, C 8 (a sum would give A 21, B 11, C 8; a mean A 7, B 5.5, C 8).
            #expect(yLabels(s).filter { ["A", "B", "C"].contains($0) } == ["C", "B", "A"])
        }
        // `sort: "x"` ascending: A, B, C by min.
        let up = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "k", "type": "nominal", "sort": "x"}}}"#)
        #expect(yLabels(up).filter { ["A", "B", "C"].contains($0) } == ["A", "B", "C"])
    }

    @Test("a line's size is its stroke width: the mark's size, a value, and a field on the 1–4 range")
    func lineSize() throws {
        let data = #"{"values": [{"x": 1, "y": 1, "s": "a"}, {"x": 2, "y": 2, "s": "a"}, {"x": 1, "y": 2, "s": "b"}, {"x": 2, "y": 3, "s": "b"}]}"#
        func widths(_ mark: String, _ size: String = "") throws -> [Double] {
            let s = try TestPipeline.scene(#"{"data": \#(data), "mark": \#(mark), "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}\#(size)}}"#)
            return s.paths(.mark).compactMap { $0.stroke?.width }
        }
        #expect(try widths(#"{"type": "line", "size": 6}"#) == [6, 6])
        #expect(try widths(#"{"type": "line", "size": 6, "strokeWidth": 2}"#) == [2, 2])
        #expect(try widths(#""line""#, #", "size": {"value": 3}"#) == [3, 3])
        #expect(try widths(#""line""#, #", "size": {"field": "s", "type": "nominal"}"#) == [1, 4])
    }

    @Test("a text's size is its font size, as the mark's size or the channel's value; fontSize wins over the mark's size")
    func textSize() throws {
        func sizes(_ mark: String, _ size: String = "") throws -> [Double] {
            let s = try TestPipeline.scene(#"{"data": {"values": [{"g": "a", "v": 1}]}, "mark": \#(mark), "encoding": {"y": {"field": "g", "type": "nominal"}, "text": {"field": "v", "type": "quantitative"}\#(size)}}"#)
            return s.texts(.markLabel).map(\.font.size)
        }
        #expect(try sizes(#"{"type": "text", "size": 30}"#) == [30])
        #expect(try sizes(#"{"type": "text", "size": 30, "fontSize": 14}"#) == [14])
        #expect(try sizes(#""text""#, #", "size": {"value": 20}"#) == [20])
    }

    @Test("a line's quantitative x leaves out zero (Vega-Lite's zero default for the dimension of a vertical line): 40–230 reads 40 to 240")
    func lineXWithoutZero() throws {
        let s = try TestPipeline.scene(#"{"data": {"values": [{"x": 40, "y": 0.1}, {"x": 100, "y": 0.5}, {"x": 160, "y": 0.8}, {"x": 230, "y": 1}]}, "mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}"#)
        let labels = s.texts(.axisLabel).map(\.text)
        #expect(!labels.contains("0") && labels.contains("50") && labels.contains("200"))
        #expect(labels.contains("0.0"))  // y keeps its zero
    }

    @Test("an area's overlay line takes the colour channels or the style's colour, never the area's own colour (Vega-Lite's path overlay)")
    func overlayLineColour() throws {
        func line(_ mark: String) throws -> Color? {
            let s = try TestPipeline.scene(#"{"data": {"values": [{"x": 1, "y": 2}, {"x": 2, "y": 3}]}, "mark": \#(mark), "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}"#)
            return s.paths(.mark).compactMap { $0.stroke?.color }.first
        }
        let plain = try line(#"{"type": "area", "line": true}"#)
        #expect(plain != nil)
        #expect(try line(#"{"type": "area", "line": true, "color": "lightblue"}"#) == plain)
        #expect(try line(#"{"type": "area", "line": {"color": "red"}, "color": "lightblue"}"#) == (try line(#"{"type": "line", "color": "red"}"#)))
    }

    @Test("fill: null and stroke: null are Vega-Lite's no fill and no stroke, on the mark and in config")
    func fillNull() throws {
        let spec = #"{"data": {"values": [{"a": "A", "b": 28}]}, "mark": {"type": "bar", "fill": null, "stroke": "black"}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#
        let bar = try #require(try TestPipeline.scene(spec).rects(.mark).first)
        #expect((bar.fill?.alpha ?? 0) == 0)
        #expect(bar.stroke != nil)
        let decoded = try SpecDecoder().decode(Array(#"{"data": {"values": []}, "mark": {"type": "line", "stroke": null}, "config": {"bar": {"fill": null}}}"#.utf8))
        #expect(decoded.mark?.stroke == "transparent")
    }

    @Test("width {step} with a discrete xOffset is each offset band's step, as Vega-Lite's getStepFor (\"for\": \"position\" keeps it per category)")
    func stepPerOffsetBand() throws {
        func width(_ step: String) throws -> Double {
            let s = try TestPipeline.scene(#"{"data": {"values": [{"c": "A", "g": "x", "v": 1}, {"c": "A", "g": "y", "v": 2}, {"c": "B", "g": "x", "v": 3}, {"c": "B", "g": "y", "v": 1}]}, "width": \#(step), "mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "xOffset": {"field": "g", "type": "nominal", "scale": {"paddingOuter": 0.5}}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "g", "type": "nominal"}}}"#)
            let bars = s.rects(.mark)
            return (bars.map(\.rect.maxX).max() ?? 0) - (bars.map(\.rect.minX).min() ?? 0)
        }
        let perOffset = try width(#"{"step": 30}"#)
        #expect(perOffset == (try width(#"{"step": 30, "for": "offset"}"#)))
        #expect(perOffset > 2 * (try width(#"{"step": 30, "for": "position"}"#)))
    }

    @Test("a concatenated view's title left out is named as a header, not an axis title")
    func droppedHeaderNamed() throws {
        let view = #"{"title": "Supercalifragilisticexpialidocious", "width": 20, "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative", "axis": null}, "y": {"field": "v", "type": "quantitative", "axis": null}}}"#
        // On a fixed canvas (autosize fit) the gap between views cannot grow to fit the titles.
        let chart = try TestPipeline.chart(#"{"data": {"values": [{"v": 1}]}, "width": 90, "height": 80, "autosize": "fit", "hconcat": [\#(view), \#(view)]}"#)
        let messages = chart.warnings.map(\.message) + chart.scene.metadata.warnings
        let lost = messages.filter { $0.contains("overlapped other text") }
        #expect(!lost.isEmpty)
        #expect(lost.allSatisfy { $0.contains("facet or view header") && !$0.contains("axis title") })
    }

    @Test("an unsupported geographic channel is named in one grammatical sentence")
    func geographicMessage() throws {
        #expect(throws: Diagnostic.self) {
            try SpecDecoder().decode(Array(#"{"mark": "point", "encoding": {"latitude": {"field": "lat", "type": "quantitative"}}}"#.utf8))
        }
        do {
            _ = try SpecDecoder().decode(Array(#"{"mark": "point", "encoding": {"latitude": {"field": "lat", "type": "quantitative"}}}"#.utf8))
        } catch let d as Diagnostic {
            #expect(d.message == "the geographic channel \"latitude\" is not supported by Chartsmith")
        }
    }
}
