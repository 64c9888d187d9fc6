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
}
