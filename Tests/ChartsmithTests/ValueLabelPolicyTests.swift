import ChartsmithScene
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
}
