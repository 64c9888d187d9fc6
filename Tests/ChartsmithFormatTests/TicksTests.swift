import Testing
import ChartsmithFormat

/// Expected values come from d3-array's test/ticks-test.js and
/// test/tickStep-test.js, d3-scale's test/linear-test.js and test/log-test.js.
@Suite("d3-array ticks and d3-scale nice")
struct TicksTests {
    @Test("ticks(0, 1, 10) are exact decimals: 0.3, not 0.30000000000000004")
    func exactDecimalTicks() {
        #expect(ticks(start: 0, stop: 1, count: 10) == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
        #expect(ticks(start: 0, stop: 1, count: 10)[3] == 0.3)
        #expect(ticks(start: 0.98, stop: 1.14, count: 10) == [0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14])
    }

    @Test("ticks(0, 1300, 10) steps by 100 and ticks(0, 1246, 10) stops at 1200")
    func hundredSteps() {
        #expect(ticks(start: 0, stop: 1300, count: 10) == stride(from: 0.0, through: 1300, by: 100).map { $0 })
        #expect(ticks(start: 0, stop: 1246, count: 10) == stride(from: 0.0, through: 1200, by: 100).map { $0 })
    }

    @Test("ticks returns about count + 1 values for d3's reference spans")
    func referenceSpans() {
        #expect(ticks(start: 0, stop: 1, count: 7) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(ticks(start: 0, stop: 1, count: 3) == [0.0, 0.5, 1.0])
        #expect(ticks(start: 0, stop: 10, count: 5) == [0, 2, 4, 6, 8, 10])
        #expect(ticks(start: -10, stop: 10, count: 10) == [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10])
        #expect(ticks(start: -10, stop: 10, count: 3) == [-10, -5, 0, 5, 10])
        #expect(ticks(start: -10, stop: 10, count: 1) == [0])
        #expect(ticks(start: 0, stop: 2.2, count: 3) == [0, 1, 2])
    }

    @Test("ticks of a reversed span are the reversed ticks")
    func reversed() {
        #expect(ticks(start: 1, stop: 0, count: 10) == ticks(start: 0, stop: 1, count: 10).reversed())
        #expect(ticks(start: 10, stop: -10, count: 5) == ticks(start: -10, stop: 10, count: 5).reversed())
    }

    @Test("degenerate arguments: empty for NaN or non-positive count, [start] when start equals stop")
    func degenerate() {
        #expect(ticks(start: .nan, stop: 1, count: 1).isEmpty)
        #expect(ticks(start: 0, stop: 1, count: 0).isEmpty)
        #expect(ticks(start: 0, stop: 1, count: .infinity).isEmpty)
        #expect(ticks(start: 1, stop: 1, count: 10) == [1])
        #expect(ticks(start: 1, stop: 1, count: -1).isEmpty)
        let last = ticks(start: -1, stop: 0, count: 5).last!
        #expect(last == 0 && last.sign == .plus)  // never negative zero
    }

    @Test("tickIncrement is negative-inverse below 1; tickStep is signed by direction")
    func increments() {
        #expect(tickIncrement(start: 0, stop: 1, count: 10) == -10)
        #expect(tickIncrement(start: 0, stop: 10, count: 10) == 1)
        #expect(tickIncrement(start: 0, stop: 1300, count: 10) == 100)
        #expect(tickStep(start: 0, stop: 1, count: 10) == 0.1)
        #expect(tickStep(start: 1, stop: 0, count: 10) == -0.1)
        #expect(tickStep(start: 0, stop: 1, count: 3) == 0.5)
        #expect(tickStep(start: 0, stop: 10, count: 5) == 2)
        #expect(tickStep(start: -10, stop: 10, count: 2) == 10)
    }

    @Test("nice([0, 1246], 10) is [0, 1300] and nice([0, 1246], 5) is [0, 1400]")
    func niceSalesDomain() {
        #expect(ScaleTicks.niceLinear(domain: [0, 1246]) == [0, 1300])
        #expect(ScaleTicks.niceLinear(domain: [0, 1246], count: 5) == [0, 1400])
    }

    @Test("linear nice extends the domain to round numbers, as in d3-scale's tests")
    func niceLinear() {
        #expect(ScaleTicks.niceLinear(domain: [1.1, 10.9]) == [1, 11])
        #expect(ScaleTicks.niceLinear(domain: [10.9, 1.1]) == [11, 1])
        #expect(ScaleTicks.niceLinear(domain: [0.7, 11.001]) == [0, 12])
        #expect(ScaleTicks.niceLinear(domain: [123.1, 6.7]) == [130, 0])
        #expect(ScaleTicks.niceLinear(domain: [0, 0.49]) == [0, 0.5])
        #expect(ScaleTicks.niceLinear(domain: [0, 0.96]) == [0, 1])
        #expect(ScaleTicks.niceLinear(domain: [0, -96]) == [0, -100])
        #expect(ScaleTicks.niceLinear(domain: [-0.1, 51.1], count: 8) == [-10, 60])
        #expect(ScaleTicks.niceLinear(domain: [0, 14.1], count: 5) == [0, 20])
        #expect(ScaleTicks.niceLinear(domain: [0, 15], count: 5) == [0, 20])
    }

    @Test("linear nice leaves degenerate domains and interior values alone")
    func niceDegenerate() {
        #expect(ScaleTicks.niceLinear(domain: [0, 0]) == [0, 0])
        #expect(ScaleTicks.niceLinear(domain: [0.5, 0.5]) == [0.5, 0.5])
        #expect(ScaleTicks.niceLinear(domain: [1.1, 1, 2, 3, 10.9]) == [1, 1, 2, 3, 11])
        #expect(ScaleTicks.niceLinear(domain: [123.1, 1, 2, 3, -0.9]) == [130, 1, 2, 3, -10])
    }

    @Test("pow, sqrt and symlog scales tick like linear ones")
    func powAndSymlog() {
        #expect(ScaleTicks.pow(domain: [0, 1246]) == ScaleTicks.linear(domain: [0, 1246]))
        #expect(ScaleTicks.symlog(domain: [-100, 100], count: 5) == [-100, -50, 0, 50, 100])
    }
}

@Suite("d3-scale tickFormat (Vega's formatSpan)")
struct TickFormatTests {
    private func labels(_ start: Double, _ stop: Double, _ count: Double = 10, _ specifier: String? = nil) throws -> [String] {
        let format = try tickFormat(start: start, stop: stop, count: count, specifier: specifier)
        return ticks(start: start, stop: stop, count: count).map { format.format($0) }
    }

    @Test("the default ,f format groups thousands with just enough decimals")
    func defaultFormat() throws {
        #expect(try labels(0, 1400) == ["0", "100", "200", "300", "400", "500", "600", "700", "800", "900",
                                         "1,000", "1,100", "1,200", "1,300", "1,400"])
        #expect(try labels(0, 1) == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"])
        #expect(try tickFormat(start: 0, stop: 1, count: 100).format(3.14159) == "3.14")
        #expect(try tickFormat(start: -1, stop: 1, count: 10).format(-0.5) == "−0.5")
    }

    @Test("an SI specifier gets a fixed prefix and precision from the span")
    func siSpecifier() throws {
        #expect(try labels(0, 1.3e6, 10, "s") == ["0.0M", "0.1M", "0.2M", "0.3M", "0.4M", "0.5M", "0.6M",
                                                   "0.7M", "0.8M", "0.9M", "1.0M", "1.1M", "1.2M", "1.3M"])
        #expect(try tickFormat(start: 0, stop: 9, count: 10, specifier: "$s").format(2) == "$2")
    }

    @Test("percent, exponent and rounded specifiers get precisions from the step")
    func otherSpecifiers() throws {
        #expect(try labels(0, 0.5, 10, "%") == ["0%", "5%", "10%", "15%", "20%", "25%", "30%", "35%", "40%", "45%", "50%"])
        #expect(try labels(0, 1e-3, 5, "e") == ["0e+0", "2e-4", "4e-4", "6e-4", "8e-4", "1e-3"])
        #expect(try labels(-500, 500, 5, "$,") == ["−$4e+2", "−$2e+2", "$0", "$2e+2", "$4e+2"])
        #expect(try tickFormat(start: 0, stop: 1, count: 10, specifier: ".3f").format(0.5) == "0.500")
    }

    @Test("an invalid specifier throws")
    func invalid() {
        #expect(throws: FormatError.self) { try tickFormat(start: 0, stop: 1, specifier: "q") }
    }
}

@Suite("d3-scale log scale ticks")
struct LogTicksTests {
    @Test("power-of-ten domains are subdivided by 1…9 × 10ⁿ")
    func subdivided() {
        #expect(ScaleTicks.log(domain: [0.1, 10]) == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(ScaleTicks.log(domain: [1, 0.1]) == [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1])
        #expect(ScaleTicks.log(domain: [-1, -0.1]) == [-1, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1])
    }

    @Test("small domains fall back to linear ticks")
    func smallDomains() {
        #expect(ScaleTicks.log(domain: [41, 42]) == [41, 41.1, 41.2, 41.3, 41.4, 41.5, 41.6, 41.7, 41.8, 41.9, 42])
        #expect(ScaleTicks.log(domain: [1600, 1400]) == stride(from: 1600.0, through: 1400, by: -20).map { $0 })
    }

    @Test("wide domains tick at powers of ten only")
    func wideDomains() {
        #expect(ScaleTicks.log(domain: [1, 1e20]) == stride(from: 0, through: 20, by: 2).map { Double("1e\($0)")! })
        #expect(ScaleTicks.log(domain: [1, 32], base: 2) == [1, 2, 4, 8, 16, 32])
    }

    @Test("log nice extends to powers of the base")
    func nice() {
        #expect(ScaleTicks.niceLog(domain: [1.1, 10.9]) == [1, 100])
        #expect(ScaleTicks.niceLog(domain: [-123.1, -0.9]) == [-1000, -0.1])
        #expect(ScaleTicks.niceLog(domain: [1.1, 1.5, 10.9]) == [1, 1.5, 100])
    }

    @Test("log tick labels are filtered to about count")
    func tickFormatFilter() throws {
        let domain = [1.0, 1e4]
        let all = ScaleTicks.log(domain: domain)
        let ten = try ScaleTicks.logTickFormat(domain: domain)
        #expect(all.map(ten).filter { !$0.isEmpty } == ["1", "2", "10", "20", "100", "200", "1k", "2k", "10k"])
        let five = try ScaleTicks.logTickFormat(domain: domain, count: 5)
        #expect(all.map(five).filter { !$0.isEmpty } == ["1", "10", "100", "1k", "10k"])
        let vega = try ScaleTicks.vegaLogTickFormat(domain: domain)
        #expect(all.map(vega).filter { !$0.isEmpty } == ["1", "2", "10", "20", "100", "200", "1,000", "2,000", "10,000"])
    }
}
