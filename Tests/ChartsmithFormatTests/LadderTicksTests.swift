import ChartsmithFormat
import Testing

@Suite("Ladder ticks (1–2–2.5–5)")
struct LadderTicksTests {
    @Test("0–220 on room for 10 ticks ends at 225 in steps of 25, not at 250")
    func leastOvershoot() throws {
        let c = try #require(LadderTicks.choose(lo: 0, hi: 220, target: 5, maxTicks: 12) { $0.count <= 10 })
        #expect(c.step == 25 && c.lo == 0 && c.hi == 225)
        #expect(c.ticks == [0, 25, 50, 75, 100, 125, 150, 175, 200, 225])
    }

    @Test("with room for 12 ticks, 0–220 ends exactly at 220 in steps of 20")
    func exactEnd() throws {
        let c = try #require(LadderTicks.choose(lo: 0, hi: 220, target: 5, maxTicks: 12) { _ in true })
        #expect(c.step == 20 && c.hi == 220)
    }

    @Test("tickMinStep rules out finer steps")
    func minStep() throws {
        let c = try #require(LadderTicks.choose(lo: 0, hi: 7, target: 8, maxTicks: 12, minStep: 2) { _ in true })
        #expect(c.step >= 2 && c.hi == 7.5)
    }

    @Test("inside a fixed domain (0–12,000,000) the step nearest d3's that fits, ticks the multiples inside, ends kept")
    func inside() throws {
        // d3's step for 5 ticks on 0–12M is 2M; with steps under 5M ruled out, 5M wins.
        let c = try #require(LadderTicks.chooseInside(lo: 0, hi: 12e6, target: 5, maxTicks: 12) { $0.step >= 5e6 })
        #expect(c.step == 5e6 && c.lo == 0 && c.hi == 12e6)
        #expect(c.ticks == [0, 5e6, 10e6])
        let all = try #require(LadderTicks.chooseInside(lo: 0, hi: 12e6, target: 5, maxTicks: 12) { _ in true })
        #expect(all.step == 2e6)
        // Fewer than two ticks inside is no choice.
        #expect(LadderTicks.chooseInside(lo: 0, hi: 12e6, target: 5, maxTicks: 12) { $0.step > 12e6 } == nil)
    }

    @Test("decimal steps tick exactly, and a 2.5 step asks for one more decimal")
    func decimals() {
        #expect(LadderTicks.ticks(0, 1, step: 0.25) == [0, 0.25, 0.5, 0.75, 1])
        #expect(LadderTicks.ticks(0, 0.3, step: 0.1) == [0, 0.1, 0.2, 0.3])
        #expect(LadderTicks.precisionStep(2.5) == 0.5)
        #expect(LadderTicks.precisionStep(50) == 50)
        #expect(LadderTicks.choose(lo: 3, hi: 3, target: 5, maxTicks: 12) { _ in true } == nil)
    }
}

@Suite("Ladder ticks at the edges of Double")
struct LadderTicksEdgeTests {
    @Test("spans near the largest Double choose a finite step or none, never crash")
    func huge() {
        let c = LadderTicks.choose(lo: 0, hi: 1.7e308, target: 5, maxTicks: 12) { _ in true }
        #expect(c.map { $0.step.isFinite && $0.hi.isFinite } ?? true)
        #expect(LadderTicks.choose(lo: -1.7e308, hi: 1.7e308, target: 5, maxTicks: 12) { _ in true } == nil)
        let tiny = LadderTicks.choose(lo: 0, hi: 5e-324, target: 5, maxTicks: 12) { _ in true }
        #expect(tiny.map { $0.step > 0 } ?? true)
    }
}
