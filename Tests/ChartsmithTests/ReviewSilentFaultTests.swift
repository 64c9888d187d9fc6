import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Silent faults a new user's review of Altair specs found (exit 0, chart wrong), each on a
/// small inline reproducer, checked against what Vega-Lite draws.
@Suite("Review faults: stacks, ranged dates, legends, time-unit domains")
struct ReviewSilentFaultTests {
    static func bars(_ s: Scene) -> [Rect] { s.rects(.mark).map(\.rect) }

    /// Bars whose rectangles share a band (the same x), by band centre.
    static func byBand(_ rects: [Rect]) -> [Double: [Rect]] {
        Dictionary(grouping: rects) { ($0.midX * 10).rounded() / 10 }
    }

    // MARK: F1 — rows that share a position stack with no colour or detail channel.

    static let dupRows = #"[{"x": 1, "y": 1}, {"x": 1, "y": 2}, {"x": 2, "y": 3}, {"x": 2, "y": 4}, {"x": 3, "y": 5}]"#

    @Test("bars of rows at one position stack, as Vega-Lite stacks raw rows with no stack-by channel")
    func rawRowsStack() throws {
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.dupRows)}, "mark": "bar", "#
            + #""encoding": {"x": {"field": "x", "type": "ordinal"}, "y": {"field": "y", "type": "quantitative"}}}"#)
        let bands = Self.byBand(Self.bars(s))
        #expect(bands.count == 3)
        // Each band's bars lie end to end (no overlap) and add up to the band's sum:
        // 1+2, 3+4 and 5, so the x=2 stack is 7/5 of the x=3 one.
        var heights: [Double] = []
        for (_, rs) in bands.sorted(by: { $0.key < $1.key }) {
            let sorted = rs.sorted { $0.minY < $1.minY }
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(abs(a.maxY - b.minY) < 0.01, "\(a) \(b)") }
            heights.append(rs.map(\.height).reduce(0, +))
        }
        #expect(heights.count == 3)
        if heights.count == 3 {
            #expect(abs(heights[1] / heights[2] - 7.0 / 5.0) < 0.01, "\(heights)")
            #expect(abs(heights[0] / heights[2] - 3.0 / 5.0) < 0.01, "\(heights)")
        }
        // A stack of raw rows with no part channel is labelled by its total only, not row by row.
        #expect(s.texts(.markLabel).isEmpty, "\(s.texts(.markLabel).map(\.text))")
    }

    @Test("an area of rows at one x stacks them too")
    func rawRowsStackArea() throws {
        let spec = #"{"data": {"values": [{"x": "a", "y": 1}, {"x": "a", "y": 2}, {"x": "b", "y": 3}, {"x": "b", "y": 4}]}, "#
            + #""mark": "area", "encoding": {"x": {"field": "x", "type": "nominal"}, "y": {"field": "y", "type": "quantitative"}}}"#
        let c = try TestPipeline.chart(spec)
        // The y axis reaches the sum at b (7), not the tallest row (4).
        let ticks = c.scene.texts(.axisLabel).compactMap { Double($0.text) }
        #expect((ticks.max() ?? 0) >= 7, "\(ticks)")
    }

    @Test("no stack when the view aggregates (as Vega-Lite 5.20 compiles it)")
    func notStacked() throws {
        let agg = try TestPipeline.scene(#"{"data": {"values": \#(Self.dupRows)}, "mark": "bar", "#
            + #""encoding": {"x": {"field": "x", "type": "ordinal"}, "y": {"aggregate": "mean", "field": "y", "type": "quantitative"}}}"#)
        let aggBands = Self.byBand(Self.bars(agg))
        #expect(aggBands.values.allSatisfy { $0.count == 1 })
        let heights = aggBands.sorted { $0.key < $1.key }.map { $0.value[0].height }
        if heights.count == 3 { #expect(abs(heights[1] / heights[2] - 3.5 / 5) < 0.01, "\(heights)") }
    }

    @Test("bars on two quantitative positions stack on the value axis too")
    func quantitativeGroupStacks() throws {
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.dupRows)}, "mark": "bar", "#
            + #""encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}"#)
        let bottoms = Set(Self.bars(s).map { ($0.maxY * 10).rounded() })
        #expect(bottoms.count > 1, "\(Self.bars(s))")
    }

    // MARK: F2 — a temporal x2/y2 is in the scale's domain.

    @Test("a gantt's end dates (x2 with no type, x temporal) are in the x domain: the bars stay on the plot")
    func ganttEnds() throws {
        let spec = #"{"data": {"values": [{"task": "A", "start": "2020-01-01", "end": "2020-03-01"}, "#
            + #"{"task": "B", "start": "2020-02-01", "end": "2020-06-01"}]}, "mark": "bar", "#
            + #""encoding": {"x": {"field": "start", "type": "temporal"}, "x2": {"field": "end"}, "y": {"field": "task", "type": "nominal"}}}"#
        let s = try TestPipeline.scene(spec)
        let plotRight = s.paths(.axisDomain).compactMap(\.path.bounds).map(\.maxX).max() ?? 0
        let bars = Self.bars(s)
        #expect(bars.count == 2)
        for b in bars { #expect(b.maxX <= plotRight + 0.5, "\(b) beyond \(plotRight)") }
        // B (4 months) is twice as long as A (2 months, 60 of 121 days... in days: 60 vs 121).
        let widths = bars.sorted { $0.minY < $1.minY }.map(\.width)
        if widths.count == 2 { #expect(abs(widths[1] / widths[0] - 121.0 / 60.0) < 0.02, "\(widths)") }
    }

    @Test("a temporal y2 is in the y domain")
    func y2Dates() throws {
        let spec = #"{"data": {"values": [{"k": "a", "s": "2020-01-01", "e": "2021-01-01"}]}, "mark": "bar", "#
            + #""encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "s", "type": "temporal"}, "y2": {"field": "e"}}}"#
        let s = try TestPipeline.scene(spec)
        let labels = s.texts(.axisLabel).map(\.text)
        // The axis runs on past the start (a single date) to the end in 2021.
        #expect(labels.contains { $0.contains("2021") } || labels.contains { $0.contains("Oct") || $0.contains("Dec") }, "\(labels)")
        // The bar ends within the axis: no higher than its topmost label.
        let top = s.texts(.axisLabel).map(\.anchor.y).min() ?? 0
        for b in Self.bars(s) { #expect(b.minY >= top - 8, "\(b) above \(top)") }
    }

    // MARK: F3 — a shape legend stays when the colour legend is null.

    @Test("colour legend null: the shape legend of another field is still drawn")
    func shapeLegendBesideNullColour() throws {
        let spec = #"{"data": {"values": [{"h": 1, "m": 2, "n": "a", "c": 4}, {"h": 2, "m": 3, "n": "b", "c": 6}]}, "mark": "point", "#
            + #""encoding": {"x": {"field": "h", "type": "quantitative"}, "y": {"field": "m", "type": "quantitative"}, "#
            + #""color": {"field": "n", "type": "nominal", "legend": null}, "shape": {"field": "c", "type": "nominal", "legend": {"title": "Cyl"}}}}"#
        let s = try TestPipeline.scene(spec)
        let labels = s.texts(.legendLabel).map(\.text), titles = s.texts(.legendTitle).map(\.text)
        #expect(Set(labels) == ["4", "6"], "\(labels)")
        #expect(titles == ["Cyl"], "\(titles)")
    }

    @Test("colour legend null and a shape of the same field: no legend, as Vega draws none")
    func sameFieldShapeMerged() throws {
        let spec = #"{"data": {"values": [{"h": 1, "m": 2, "c": 4}, {"h": 2, "m": 3, "c": 6}]}, "mark": "point", "#
            + #""encoding": {"x": {"field": "h", "type": "quantitative"}, "y": {"field": "m", "type": "quantitative"}, "#
            + #""color": {"field": "c", "type": "nominal", "legend": null}, "shape": {"field": "c", "type": "nominal"}}}"#
        let s = try TestPipeline.scene(spec)
        #expect(s.texts(.legendLabel).isEmpty, "\(s.texts(.legendLabel).map(\.text))")
    }

    // MARK: F4 — numbers and DateTime objects in a time-unit field's domain.

    @Test("year(d) ordinal with domain [2001, 2017]: the years, not two extra categories")
    func timeUnitNumbers() throws {
        let spec = #"{"data": {"values": [{"d": "2001-01-01", "v": 1}, {"d": "2017-01-01", "v": 3}]}, "mark": "point", "#
            + #""encoding": {"y": {"field": "v", "type": "quantitative"}, "#
            + #""x": {"field": "d", "timeUnit": "year", "type": "ordinal", "scale": {"domain": [2017, 2001]}}}}"#
        let s = try TestPipeline.scene(spec)
        let labels = s.texts(.axisLabel).filter { $0.text.count == 4 && $0.text.hasPrefix("20") }.sorted { $0.anchor.x < $1.anchor.x }.map(\.text)
        #expect(labels == ["2017", "2001"], "\(s.texts(.axisLabel).map(\.text))")
        #expect(s.paths(.mark).count + s.rects(.mark).count + s.groups.filter { $0.role == .mark }.count > 0)
    }

    @Test("month(date) with domain [6, 7, 8]: June to August")
    func timeUnitMonths() throws {
        let spec = #"{"data": {"values": [{"d": "2020-06-03", "v": 1}, {"d": "2020-07-09", "v": 2}, {"d": "2020-08-01", "v": 3}, "#
            + #"{"d": "2020-09-01", "v": 4}]}, "mark": "bar", "#
            + #""encoding": {"x": {"field": "d", "timeUnit": "month", "type": "ordinal", "scale": {"domain": [6, 7, 8]}}, "#
            + #""y": {"field": "v", "type": "quantitative"}}}"#
        let s = try TestPipeline.scene(spec)
        let labels = s.texts(.axisLabel).map(\.text)
        #expect(labels.contains("Jun") && labels.contains("Jul") && labels.contains("Aug"), "\(labels)")
        #expect(!labels.contains("6") && !labels.contains("8"), "\(labels)")
    }

    @Test("DateTime objects in a time-unit colour domain match the data's years")
    func timeUnitDateTimeColour() throws {
        let spec = #"{"data": {"values": [{"d": "2001-01-01", "v": 1}, {"d": "2017-01-01", "v": 3}]}, "mark": "point", "#
            + #""encoding": {"y": {"field": "v", "type": "quantitative"}, "x": {"field": "d", "timeUnit": "year", "type": "ordinal"}, "#
            + #""color": {"field": "d", "timeUnit": "year", "type": "ordinal", "scale": {"domain": [{"year": 2001}, {"year": 2017}]}}}}"#
        let s = try TestPipeline.scene(spec)
        let labels = s.texts(.legendLabel).map(\.text)
        #expect(labels == ["2001", "2017"], "\(labels)")
    }

    // MARK: F5 — every cut of a quantize legend is labelled.

    @Test("a quantize colour legend set above the plot labels every cut")
    func quantizeCuts() throws {
        var rows: [String] = []
        for i in 0..<40 { rows.append(#"{"a": \#(i), "b": \#(i % 7), "w": \#(1600 + i * 90)}"#) }
        let spec = #"{"data": {"values": [\#(rows.joined(separator: ", "))]}, "mark": "circle", "#
            + #""encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}, "#
            + #""color": {"field": "Weight_in_lbs_w", "type": "quantitative", "scale": {"type": "quantize", "nice": true}}}}"#
        let c = try TestPipeline.chart(spec.replacingOccurrences(of: "Weight_in_lbs_w", with: "w"))
        let labels = c.scene.texts(.legendLabel).map(\.text)
        // nice quantize of 1,600–5,110 in 5 parts: cuts at 2,300, 3,100, 3,900 and 4,700 (Vega's).
        #expect(labels == ["2,300", "3,100", "3,900", "4,700"], "\(labels)")
        #expect(!c.warnings.contains { $0.message.contains("did not fit apart") })
    }
}
