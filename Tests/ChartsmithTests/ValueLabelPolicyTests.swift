import ChartsmithScene
import ChartsmithTestSupport
import Testing

/// Plain bars are labelled all or none: a bar left without its label would read as a bar
/// without a value.
@Suite("Value labels on plain bars: all or none")
struct ValueLabelPolicyTests {
    @Test("bars too close for every label get none; bars with room get one each",
          arguments: ["joinaggregate_percent_of_total", "bar_aggregate_transform", "bar", "bar_percent_of_total", "bar_negative"])
    func allOrNone(_ fixture: String) throws {
        let scene = try VegaLiteFixtureTests.scene(fixture)
        let bars = scene.rects(.mark).count
        let labels = scene.texts(.markLabel).count
        #expect(labels == 0 || labels == bars, "\(fixture): \(labels) labels on \(bars) bars")
    }

    @Test("bars coloured by a quantitative field (a stack of one segment each, as Vega-Lite stacks) are labelled as plain bars: all or none")
    func oneSegmentStacks() throws {
        let spec = #"""
        {"data": {"values": [{"t": "A", "r": 9.2}, {"t": "B", "r": 9.1}, {"t": "C", "r": 9.0}, {"t": "D", "r": 8.9}]},
         "width": 80, "height": 300, "mark": "bar",
         "encoding": {"x": {"field": "t", "type": "nominal"}, "y": {"field": "r", "type": "quantitative"},
           "color": {"field": "r", "type": "quantitative"}}}
        """#
        let scene = try TestPipeline.scene(spec)
        let labels = scene.texts(.markLabel).map(\.text)
        #expect(labels.isEmpty || labels.count == 4, "\(labels)")
    }

    @Test("labels of large means are whole numbers, as precise as the axis beside them")
    func largeMeans() throws {
        let spec = #"""
        {"data": {"values": [{"d": "A", "g": 937984384.5}, {"d": "B", "g": 643133804.75}, {"d": "C", "g": 88760226.84}]},
         "mark": "bar",
         "encoding": {"y": {"field": "d", "type": "nominal"}, "x": {"field": "g", "type": "quantitative", "aggregate": "mean"}}}
        """#
        let labels = try TestPipeline.scene(spec).texts(.markLabel).map(\.text)
        #expect(labels == ["937,984,385", "643,133,805", "88,760,227"], "\(labels)")
    }

    @Test("the 12-point step of joinaggregate_percent_of_total leaves no room: no labels at all")
    func crowded() throws {
        let scene = try VegaLiteFixtureTests.scene("joinaggregate_percent_of_total")
        #expect(scene.rects(.mark).count == 5)
        #expect(scene.texts(.markLabel).isEmpty)
    }

    @Test("a bullet chart (bars of several layers over each other) gets no automatic labels; its sizes come from parameters")
    func bullet() throws {
        let scene = try VegaLiteFixtureTests.scene("bar_bullet_expr_bind")
        #expect(scene.texts(.markLabel).isEmpty)
        // "height" is 20 and "innerBarSize" is height / 2: range bars 20 points thick, measures 10.
        let thickness = Set(scene.rects(.mark).map { ($0.rect.height * 100).rounded() / 100 })
        #expect(thickness == [20, 10], "\(thickness)")
    }

    @Test("stack totals are labelled all or none: totals too close for all of them get none", arguments: [10, 14, 40])
    func stackTotals(_ step: Int) throws {
        // Twelve horizontal stacks of nearly equal totals: on 10-point bands their totals
        // cannot all stand apart (one every other row could); on 40-point bands all can.
        let rows = (0..<12).flatMap { i in ["p", "q"].map { g in #"{"c": "c\#(i)", "g": "\#(g)", "v": \#(50 + i % 3)}"# } }
        let spec = #"{"data": {"values": [\#(rows.joined(separator: ", "))]}, "width": 250, "height": {"step": \#(step)}, "mark": "bar", "#
            + #""encoding": {"y": {"field": "c", "type": "nominal"}, "x": {"field": "v", "type": "quantitative", "aggregate": "sum"}, "#
            + #""color": {"field": "g", "type": "nominal"}}}"#
        let scene = try TestPipeline.scene(spec)
        let totals = scene.texts(.total).count
        #expect(totals == 0 || totals == 12, "step \(step): \(totals) totals on 12 stacks")
        if step == 40 { #expect(totals == 12) }
    }
}

/// A bar on a reversed scale (a pyramid's mirrored half, `sort: "descending"`) is labelled
/// at its value end, not beside its base.
@Suite("Value labels on a reversed scale")
struct ReversedValueLabelTests {
    @Test("labels sit left of bars that grow leftwards")
    func leftwards() throws {
        let spec = #"""
        {"data": {"values": [{"a": "p", "v": 10}, {"a": "q", "v": 16}]}, "width": 300, "height": {"step": 30},
         "mark": "bar", "encoding": {"y": {"field": "a", "type": "nominal"},
           "x": {"field": "v", "type": "quantitative", "sort": "descending"}}}
        """#
        let scene = try TestPipeline.scene(spec)
        let bars = scene.rects(.mark)
        let labels = scene.texts(.markLabel)
        #expect(bars.count == 2 && labels.count == 2)
        for t in labels {
            let bar = try #require(bars.first { abs($0.rect.midY - t.anchor.y) < 1 })
            // The value end of a leftward bar is its left edge; the label is inside near it or left of it.
            #expect(t.bounds.midX < bar.rect.midX, "\(t.text) at \(t.bounds) on \(bar.rect)")
        }
    }
}
