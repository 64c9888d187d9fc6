import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import Testing

/// `timeUnit: {"unit": ..., "step": n}` bins times into `n` of the unit's finest field, as
/// vega-time's `timeFloor` with a step does (Vega-Lite's `time_custom_step`).
@Suite("Time units with a step")
struct TimeUnitStepTests {
    func ms(_ y: Int, _ mo: Int = 1, _ d: Int = 1, _ h: Int = 0, _ mi: Int = 0) -> Double {
        CivilTime(year: y, month: mo, day: d, hour: h, minute: mi).milliseconds
    }

    @Test("a step floors the finest field to a multiple of it, and a band spans that many")
    func floorsAndSteps() {
        var minutes = TimeUnit([.minutes])
        minutes.step = 5
        #expect(minutes.truncate(ms(2012, 1, 1, 0, 7)) == ms(2012, 1, 1, 0, 5))
        #expect(minutes.truncate(ms(2012, 1, 1, 0, 14)) == ms(2012, 1, 1, 0, 10))
        #expect(minutes.step(after: ms(2012, 1, 1, 0, 10)) == 5 * 60_000)
        var months = TimeUnit.yearmonth
        months.step = 2
        // Months count from January: Jan–Feb, Mar–Apr…
        #expect(months.truncate(ms(2010, 4, 17)) == ms(2010, 3, 1))
        #expect(months.truncate(ms(2010, 1, 31)) == ms(2010, 1, 1))
        #expect(months.step(after: ms(2010, 3, 1)) == ms(2010, 5, 1) - ms(2010, 3, 1))
        // Without a step, as before.
        #expect(TimeUnit([.minutes]).truncate(ms(2012, 1, 1, 0, 7)) == ms(2012, 1, 1, 0, 7))
    }

    static let spec = """
        {"data": {"values": [
           {"date": "Sun, 01 Jan 2012 00:00:00", "distance": 1}, {"date": "Sun, 01 Jan 2012 00:01:00", "distance": 1},
           {"date": "Sun, 01 Jan 2012 00:04:00", "distance": 4}, {"date": "Sun, 01 Jan 2012 00:05:00", "distance": 2},
           {"date": "Sun, 01 Jan 2012 00:09:00", "distance": 4}, {"date": "Sun, 01 Jan 2012 00:10:00", "distance": 1},
           {"date": "Sun, 01 Jan 2012 00:15:00", "distance": 3}]},
         "mark": "bar",
         "encoding": {"x": {"field": "date", "timeUnit": {"unit": "minutes", "step": 5}},
                      "y": {"field": "distance", "aggregate": "sum"}}}
        """

    @Test("bars of 5-minute bins: one per bin, summed, each five minutes wide (time_custom_step)")
    func fiveMinuteBars() throws {
        let s = try scene(Self.spec)
        let bars = s.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }
        #expect(bars.count == 4)
        let heights = bars.map(\.rect.height)
        // Sums 6, 6, 1, 3: the first two equal, the third a sixth of them.
        #expect(abs(heights[0] - heights[1]) < 0.01 && abs(heights[0] / heights[2] - 6) < 0.01)
        let widths = bars.map(\.rect.width)
        #expect(widths.allSatisfy { abs($0 - widths[0]) < 1.01 })
        // Consecutive bins start five minutes apart.
        let gaps = zip(bars.dropFirst(), bars).map { $0.rect.minX - $1.rect.minX }
        #expect(gaps.allSatisfy { abs($0 - gaps[0]) < 0.01 })
    }

    @Test("a step that is not a whole number of at least 1 is an error naming it")
    func badStep() throws {
        for bad in ["0", "2.5", #""5""#] {
            let spec = Self.spec.replacingOccurrences(of: #""step": 5"#, with: #""step": "# + bad)
            #expect(throws: (any Error).self) { try scene(spec) }
        }
    }
}
