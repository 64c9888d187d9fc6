import Testing
import ChartsmithFormat

/// Expected values follow d3-scale's test/utcTime-test.js and d3-time's tests.
@Suite("d3-scale UTC time ticks, nice and the multi-scale format")
struct TimeTicksTests {
    private func utc(_ year: Int, _ month: Int = 0, _ day: Int = 1, _ hour: Int = 0, _ minute: Int = 0,
                     _ second: Int = 0, _ millisecond: Int = 0) -> Double {
        DateParsing.utc(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        millisecond: millisecond)!
    }

    @Test("granularity ranks a time by the coarsest boundary it lies on, as the multi-scale format does")
    func granularity() {
        #expect(TimeTicks.granularity(utc(2017, 0, 1)) == 7)        // a year
        #expect(TimeTicks.granularity(utc(2017, 6, 1)) == 6)        // a month
        #expect(TimeTicks.granularity(utc(2017, 6, 16)) == 5)       // a Sunday
        #expect(TimeTicks.granularity(utc(2017, 6, 15)) == 4)       // a day (Saturday)
        #expect(TimeTicks.granularity(utc(2017, 6, 15, 12)) == 3)   // noon
        #expect(TimeTicks.granularity(utc(2017, 6, 15, 12, 30)) == 2)
        #expect(TimeTicks.granularity(utc(2017, 6, 15, 12, 30, 5)) == 1)
        #expect(TimeTicks.granularity(utc(2017, 6, 15, 12, 30, 5, 1)) == 0)
    }

    @Test("ticks over a decade are the first of each year")
    func decadeIsYearly() {
        let ticks = TimeTicks.ticks(start: utc(2000), stop: utc(2010))
        #expect(ticks == (2000...2010).map { utc($0) })
        #expect(ticks.map { TimeTicks.multiFormat($0) } == (2000...2010).map(String.init))
    }

    @Test("ticks over a century are every ten years")
    func centuryIsDecades() {
        #expect(TimeTicks.ticks(start: utc(1900), stop: utc(2000)) == stride(from: 1900, through: 2000, by: 10).map { utc($0) })
    }

    @Test("ticks over a year are monthly; over three weeks every other Unix day")
    func monthsAndDays() {
        #expect(TimeTicks.ticks(start: utc(2010, 0, 15), stop: utc(2010, 11, 15)) == (1...11).map { utc(2010, $0) })
        let days = TimeTicks.ticks(start: utc(2010, 0, 30), stop: utc(2010, 1, 20))
        #expect(days.first == utc(2010, 0, 31))
        #expect(days[1] == utc(2010, 1, 2))
        #expect(days.count == 11)
    }

    @Test("ticks within a day use hours, seconds or milliseconds")
    func subDay() {
        #expect(TimeTicks.ticks(start: utc(2010, 0, 1, 1, 20), stop: utc(2010, 0, 1, 23)) ==
                stride(from: 3, through: 21, by: 3).map { utc(2010, 0, 1, $0) })
        #expect(TimeTicks.ticks(start: utc(2011, 0, 1, 12), stop: utc(2011, 0, 1, 12, 0, 30), count: 6) ==
                stride(from: 0, through: 30, by: 5).map { utc(2011, 0, 1, 12, 0, $0) })
        #expect(TimeTicks.ticks(start: utc(2011, 0, 1, 12), stop: utc(2011, 0, 1, 12, 0, 0, 100)) ==
                stride(from: 0, through: 100, by: 10).map { utc(2011, 0, 1, 12, 0, 0, $0) })
    }

    @Test("the tick interval is the closest entry of d3's table")
    func tickInterval() {
        #expect(TimeTicks.tickInterval(start: utc(2000), stop: utc(2010)) == .year)
        #expect(TimeTicks.tickInterval(start: utc(2000), stop: utc(2000, 0, 2))?.description == "utcHour.every(3)")
        #expect(TimeTicks.tickInterval(start: utc(1900), stop: utc(2000))?.description == "utcYear.every(10)")
    }

    @Test("nice extends a domain to interval boundaries")
    func nice() {
        #expect(TimeTicks.nice(domain: [utc(2009, 0, 1, 0, 12), utc(2009, 0, 1, 23, 48)]) == [utc(2009), utc(2009, 0, 2)])
        #expect(TimeTicks.nice(domain: [utc(2001), utc(2138)]) == [utc(2000), utc(2140)])
        #expect(TimeTicks.nice(domain: [utc(2001, 0, 1, 12), utc(2001, 0, 1, 10)], interval: .day) == [utc(2001, 0, 2), utc(2001)])
    }

    @Test("the multi-scale format shows the coarsest distinguishing field")
    func multiFormat() {
        #expect(TimeTicks.multiFormat(utc(2010)) == "2010")
        #expect(TimeTicks.multiFormat(utc(2010, 2, 1)) == "March")
        #expect(TimeTicks.multiFormat(utc(2010, 2, 7)) == "Mar 07")  // a Sunday
        #expect(TimeTicks.multiFormat(utc(2010, 2, 5)) == "Fri 05")
        #expect(TimeTicks.multiFormat(utc(2010, 2, 5, 12)) == "12 PM")
        #expect(TimeTicks.multiFormat(utc(2010, 2, 5, 10, 30)) == "10:30")
        #expect(TimeTicks.multiFormat(utc(2010, 2, 5, 10, 30, 15)) == ":15")
        #expect(TimeTicks.multiFormat(utc(2010, 2, 5, 10, 30, 15, 250)) == ".250")
        #expect(MultiTimeFormat(locale: .deDE).format(utc(2010, 2, 1)) == "März")
    }
}

@Suite("d3-time UTC intervals")
struct UTCIntervalTests {
    private func utc(_ year: Int, _ month: Int = 0, _ day: Int = 1, _ hour: Int = 0) -> Double {
        DateParsing.utc(year: year, month: month, day: day, hour: hour)!
    }

    @Test("floor, ceil, round and offset")
    func basics() {
        let t = utc(2010, 2, 5, 22)
        #expect(UTCInterval.day.floor(t) == utc(2010, 2, 5))
        #expect(UTCInterval.day.ceil(t) == utc(2010, 2, 6))
        #expect(UTCInterval.day.round(t) == utc(2010, 2, 6))
        #expect(UTCInterval.month.floor(t) == utc(2010, 2))
        #expect(UTCInterval.sunday.floor(t) == utc(2010, 1, 28))
        #expect(UTCInterval.monday.floor(t) == utc(2010, 2, 1))
        #expect(UTCInterval.month.offset(utc(2010, 0, 31), by: 1) == utc(2010, 2, 3))  // JavaScript's setUTCMonth overflow
        #expect(UTCInterval.year.ceil(utc(2010)) == utc(2010))
    }

    @Test("every(n) aligns to the field, restarting each month for utcDay but not for unixDay")
    func every() {
        #expect(UTCInterval.month.every(3)!.range(from: utc(2010), to: utc(2011)) == [0, 3, 6, 9].map { utc(2010, $0) })
        #expect(UTCInterval.day.every(2)!.range(from: utc(2010, 0, 30), to: utc(2010, 1, 4)) ==
                [utc(2010, 0, 31), utc(2010, 1, 1), utc(2010, 1, 3)])
        #expect(UTCInterval.unixDay.every(2)!.range(from: utc(2010, 0, 30), to: utc(2010, 1, 4)) ==
                [utc(2010, 0, 31), utc(2010, 1, 2)])
        #expect(UTCInterval.day.every(0) == nil)
        #expect(UTCInterval.year.every(1) == .year)
    }

    @Test("count gives boundaries crossed")
    func count() {
        #expect(UTCInterval.day.count(from: utc(2010), to: utc(2010, 2, 5, 22)) == 63)
        #expect(UTCInterval.month.count(from: utc(2009, 11), to: utc(2010, 2, 5)) == 3)
        #expect(UTCInterval.sunday.count(from: utc(2010) - 1, to: utc(2010, 2, 5)) == 9)
    }
}
