@testable import ChartsmithCLI
import Testing

@Suite("Progress meter")
struct ProgressMeterTests {
    @Test("shows count, rate and time left, leaving skipped specs out of the rate")
    func text() {
        var m = ProgressMeter(total: 100, start: 0)
        m.done = 30
        m.skipped = 10
        m.failed = 1
        // 20 rendered in 2 s: 10/s, 70 left: 7 s.
        #expect(m.plain(now: 2) == "30/100  10.0/s  0:07 left  1 failed")
        #expect(m.bar(now: 2, width: 10) == "[###-------] 30/100  10.0/s  0:07 left  1 failed")
        #expect(ProgressMeter.clock(3725) == "1:02:05")
    }
}
