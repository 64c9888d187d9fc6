@testable import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Testing

/// A field with a time unit prints as times whatever its type, as Vega-Lite's
/// `isFieldOrDatumDefForTimeFormat` decides, and a binned axis is ticked at its bins.
@Suite("Time formats for time units on quantitative fields; binned axes")
struct TimeFormatChoiceTests {
    static let fiveAM = 1_325_376_000_000.0 + 5 * 3_600_000  // 2012-01-01 05:00 UTC, where Vega-Lite puts hours

    @Test("hours(t):Q formats as \"05:00\"; a number formatType, or no time unit, formats as numbers")
    func formatter() throws {
        var def = ChannelDef(field: "t", type: .quantitative)
        def.timeUnit = try #require(TimeUnit(rawValue: "utchours"))
        let f = try #require(try TimeFormatChoice.formatter(def, format: nil, formatType: nil, locale: "en-US"))
        #expect(f(Self.fiveAM) == "05:00")
        #expect(try TimeFormatChoice.formatter(def, format: "%H h", formatType: nil, locale: "en-US")?(Self.fiveAM) == "05 h")
        #expect(try TimeFormatChoice.formatter(def, format: nil, formatType: "number", locale: "en-US") == nil)
        #expect(try TimeFormatChoice.formatter(ChannelDef(field: "t", type: .quantitative), format: nil, formatType: nil, locale: "en-US") == nil)
        #expect(TimeFormatChoice.minStep(try #require(TimeUnit(rawValue: "month"))) == 31 * 86_400_000)
        #expect(TimeFormatChoice.minStep(try #require(TimeUnit(rawValue: "hours"))) == 3_600_000)
    }

    @Test("a quantitative x with a time unit labels its axis and its text marks as times, not milliseconds")
    func axisAndText() throws {
        let s = try scene(##"""
            {"data": {"values": [{"t": "2024-03-01T01:30:00Z", "n": 3}, {"t": "2024-03-01T05:30:00Z", "n": 4},
                                 {"t": "2024-03-01T09:30:00Z", "n": 5}]},
             "encoding": {"x": {"field": "t", "type": "quantitative", "timeUnit": "utchours"},
                          "y": {"field": "n", "type": "quantitative"}},
             "layer": [{"mark": "point"},
                       {"mark": {"type": "text", "dy": -10}, "encoding": {"text": {"field": "t", "type": "quantitative", "timeUnit": "utchours"}}}]}
            """##)
        let axis = s.texts(.axisLabel).map(\.text).filter { $0.contains(":") }
        #expect(!axis.isEmpty && axis.allSatisfy { $0.hasSuffix(":00") && $0.count == 5 }, "\(s.texts(.axisLabel).map(\.text))")
        let marks = Set(s.texts(.markLabel).map(\.text))
        #expect(marks == ["01:00", "05:00", "09:00"], "\(marks)")
    }

    @Test("a histogram with bin step 2 over extent [0, 20] runs its axis 0 to 20, ticked at bin boundaries")
    func binnedAxis() throws {
        let s = try scene(##"""
            {"data": {"values": [{"v": 3.5}, {"v": 7.2}, {"v": 7.9}, {"v": 12.1}]}, "width": 400,
             "mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative", "bin": {"step": 2, "extent": [0, 20]}},
                                         "y": {"aggregate": "count", "type": "quantitative"}}}
            """##)
        // The x axis's labels: the lowest row of axis labels.
        let all = s.texts(.axisLabel)
        let bottom = all.map(\.anchor.y).max() ?? 0
        let labels = all.filter { abs($0.anchor.y - bottom) < 1e-6 }.sorted { $0.anchor.x < $1.anchor.x }.map(\.text)
        // Formatted, as Vega formats them, for ceil(400 / 10) = 40 ticks: one decimal.
        #expect(labels.first == "0.0" && labels.last == "20.0", "\(labels)")
        let numbers = labels.compactMap(Double.init)
        #expect(numbers.count == labels.count && numbers.allSatisfy { $0.truncatingRemainder(dividingBy: 2) == 0 }, "\(labels)")
    }
}
