import Chartsmith
import ChartsmithTestSupport
import Testing

/// A `$` in a d3 format draws the locale's currency, which under the house style's en-GB is
/// "£": the chart says so in a located warning rather than printing pounds unannounced.
@Suite("Currency formats under a non-dollar locale")
struct CurrencyWarningTests {
    static func spec(format: String, config: String = "{}") -> String {
        """
        {"config": \(config), "data": {"values": [{"k": "a", "v": 1200}, {"k": "b", "v": 3400}]}, "mark": "bar",
         "encoding": {"x": {"field": "k", "type": "nominal"},
                      "y": {"field": "v", "type": "quantitative", "axis": {"format": "\(format)"}}}}
        """
    }

    @Test("\"$,.0f\" under en-GB warns, naming the locale and the symbol drawn, at the channel")
    func warnsUnderGB() throws {
        let chart = try TestPipeline.chart(Self.spec(format: "$,.0f"))
        let w = chart.warnings.map(\.description).filter { $0.contains("$,.0f") }
        #expect(w.count == 1)
        #expect(w.first?.contains("encoding.y.axis.format: format \"$,.0f\" under locale en-GB draws \"£\"") == true)
        #expect(w.first?.contains("spec.json:3:") == true)
        #expect(chart.scene.texts(.axisLabel).contains { $0.text.hasPrefix("£") })
    }

    @Test("no warning under en-US, nor for a format without $")
    func quiet() throws {
        let us = try TestPipeline.chart(Self.spec(format: "$,.0f", config: #"{"locale": "en-US"}"#))
        #expect(!us.warnings.contains { $0.message.contains("under locale") })
        #expect(us.scene.texts(.axisLabel).contains { $0.text.hasPrefix("$") })
        let plain = try TestPipeline.chart(Self.spec(format: ",.0f"))
        #expect(!plain.warnings.contains { $0.message.contains("under locale") })
    }

    @Test("a locale whose currency follows the number names that symbol")
    func suffixLocale() throws {
        let de = try TestPipeline.chart(Self.spec(format: "$,.0f", config: #"{"locale": "de-DE"}"#))
        #expect(de.warnings.contains { $0.message.contains("under locale de-DE draws \"€\"") })
    }
}
