@testable import ChartsmithLayout
import ChartsmithScene
import Testing

@Suite("Axis labels and titles")
struct AxisLabelTests {
    /// Vega-Lite's `line_timestamp_domain`: ten days given as epoch milliseconds.
    static let timestampDomain = """
        {"data": {"values": [{"ts": 1500400000000, "v": 1}, {"ts": 1500500000000, "v": 2},
                             {"ts": 1500600000000, "v": 3}, {"ts": 1500700000000, "v": 2}]},
         "width": 800, "height": 300, "mark": "line",
         "encoding": {"x": {"field": "ts", "type": "temporal", "scale": {"domain": [1500000000000, 1500900000000]}},
                      "y": {"field": "v", "type": "quantitative", "scale": {"domain": [0, 5]}}}}
        """

    @Test("a time axis thinned to every other tick keeps the dates, not a row of \"12 PM\" (line_timestamp_domain)")
    func thinnedTimeAxisKeepsDates() throws {
        // 800 points ask for 20 ticks: every 12 hours, noon and midnight in turn. Their
        // labels do not fit side by side, so half go, and the half kept are the midnights.
        let s = try scene(Self.timestampDomain)
        let texts = s.texts(.axisLabel).map(\.text)
        #expect(!texts.contains("12 PM"), "\(texts)")
        for day in ["Sat 15", "Jul 16", "Mon 17", "Tue 18", "Wed 19", "Thu 20", "Fri 21", "Sat 22", "Jul 23"] {
            #expect(texts.contains(day), "\(day) missing from \(texts)")
        }
        // Each label is centred on a midnight tick: one day (76.8 points) apart.
        let days = s.texts(.axisLabel).filter { ["Sat 15", "Jul 16", "Mon 17"].contains($0.text) }.map(\.anchor.x).sorted()
        #expect(days.count == 3 && abs(days[1] - days[0] - 76.8) < 0.01 && abs(days[2] - days[1] - 76.8) < 0.01)
    }

    /// A narrow bar chart (three bars at the default step) with these axis titles.
    func narrowBars(yTitle: String, xTitle: String = "Origin") -> String {
        """
        {"data": {"values": [{"o": "Europe", "n": 61}, {"o": "Japan", "n": 59}, {"o": "USA", "n": 191}]},
         "mark": "bar",
         "encoding": {"x": {"field": "o", "type": "nominal", "title": "\(xTitle)"},
                      "y": {"field": "n", "type": "quantitative", "title": "\(yTitle)"}}}
        """
    }

    func titleText(_ nodes: [TextNode]) -> String { nodes.map(\.text).joined().replacingOccurrences(of: " ", with: "") }

    @Test("a y title wider than a narrow chart wraps onto two lines above the axis rather than being cut (bar_distinct)")
    func yTitleWraps() throws {
        let s = try scene(narrowBars(yTitle: "Distinct of Name"))
        let titles = s.texts(.axisTitle).filter { $0.anchor.y < (s.rects(.mark).map(\.rect.minY).min() ?? 0) }
        #expect(titles.count == 2)
        #expect(titleText(titles.sorted { $0.anchor.y < $1.anchor.y }) == "DistinctofName")
        #expect(titles.allSatisfy { !$0.text.contains("…") && $0.angle == 0 && $0.bounds.minX >= 0 && $0.bounds.maxX <= s.width })
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a y title that cannot wrap within the chart is turned up the side, whole, as Vega-Lite sets it")
    func yTitleTurns() throws {
        let s = try scene(narrowBars(yTitle: "Averageofeverythingmeasured"))
        let title = try #require(s.texts(.axisTitle).first { $0.angle != 0 })
        #expect(title.text == "Averageofeverythingmeasured")
        #expect(title.angle == -90)
        #expect(title.bounds.minX >= 0)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("an x title wider than the plot wraps under it, whole and within the chart (time_output_utc_scale)")
    func xTitleWraps() throws {
        let title = "date (year-month-date-hours-minutes)"
        let s = try scene(narrowBars(yTitle: "n", xTitle: title))
        let plotBottom = s.rects(.mark).map(\.rect.maxY).max() ?? 0
        let lines = s.texts(.axisTitle).filter { $0.anchor.y > plotBottom }.sorted { $0.anchor.y < $1.anchor.y }
        #expect(lines.count >= 2)
        #expect(titleText(lines) == title.replacingOccurrences(of: " ", with: ""))
        #expect(lines.allSatisfy { !$0.text.contains("…") && $0.bounds.minX >= 0 && $0.bounds.maxX <= s.width + 0.01 })
        #expect(s.textCollisions().isEmpty)
    }
}

/// Turned labels kept by their turned boxes, and `labelOverlap` as Vega reads it.
@Suite("Axis label overlap")
struct AxisLabelOverlapTests {
    static func bars(angle: Double, overlap: String? = nil, names: [String]) -> String {
        let rows = names.enumerated().map { #"{"c": "\#($1)", "v": \#($0 + 1)}"# }.joined(separator: ",")
        let o = overlap.map { #", "labelOverlap": \#($0)"# } ?? ""
        return #"{"width": 300, "height": 200, "data": {"values": [\#(rows)]}, "mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal", "sort": null, "axis": {"labelAngle": \#(angle)\#(o)}}, "y": {"field": "v", "type": "quantitative"}}}"#
    }

    static let counties = ["Northumberland", "Cumbria", "Durham", "Lancashire", "Yorkshire", "Lincolnshire", "Norfolk", "Suffolk", "Cambridgeshire"]

    @Test("nine category labels turned -45° or -30° are all drawn, none overlapping")
    func turnedKeepsAll() throws {
        for angle in [-45.0, -30] {
            let s = try scene(Self.bars(angle: angle, names: Self.counties))
            let labels = s.texts(.axisLabel).filter { $0.angle != 0 }
            #expect(labels.count == 9, "\(angle)°: \(labels.map(\.text))")
            #expect(s.textCollisions().isEmpty, "\(s.textCollisions())")
        }
    }

    @Test("twelve month names at -45° are all drawn")
    func months() throws {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let s = try scene(Self.bars(angle: -45, names: months))
        #expect(s.texts(.axisLabel).filter { $0.angle != 0 }.count == 12)
    }

    @Test("thinning keeps every k-th label from the first, and labelOverlap false keeps all")
    func strategies() {
        let wide: (Int, Int) -> Bool = { a, b in abs(a - b) < 3 }
        #expect(Panel.thin(Array(0..<10), overlaps: wide) == [0, 3, 6, 9])
        #expect(Panel.thin(Array(0..<11), overlaps: wide) == [0, 3, 6, 9])
        #expect(Panel.thin(Array(0..<10), strategy: .parity, overlaps: wide) == [0, 4, 8])
        #expect(Panel.thin(Array(0..<10), strategy: .greedy, overlaps: wide) == [0, 3, 6, 9])
        #expect(Panel.thin(Array(0..<10), strategy: .none, overlaps: wide) == Array(0..<10))
    }

    @Test("two turned boxes side by side do not overlap though their upright bounds do")
    func turnedBoxes() {
        let m = TextMetrics(width: 60, ascent: 8, descent: 2)
        let f = FontDescriptor(family: "X", size: 10)
        let a = TextNode(text: "a", anchor: Point(x: 0, y: 0), font: f, align: .end, baseline: .top, angle: -45, metrics: m)
        var b = a
        b.anchor.x = 20
        #expect(a.bounds.intersects(b.bounds))
        #expect(!a.overlaps(b))
        b.anchor.x = 10
        #expect(a.overlaps(b))
    }
}

@Suite("Normalized stack axes")
struct NormalizedAxisTests {
    static func spec(config: String = "") -> String {
        #"{"data": {"values": [{"c": "A", "s": "x", "v": 3}, {"c": "A", "s": "y", "v": 5}, {"c": "B", "s": "x", "v": 4}, {"c": "B", "s": "y", "v": 2}]}, "mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"aggregate": "sum", "field": "v", "type": "quantitative", "stack": "normalize"}, "color": {"field": "s"}}\#(config)}"#
    }

    @Test("a normalized stack's axis reads 0%–100% by default, and config.normalizedNumberFormat changes it")
    func percentAxis() throws {
        let labels = try scene(Self.spec()).texts(.axisLabel).map(\.text)
        #expect(labels.contains("0%") && labels.contains("100%"), "\(labels)")
        #expect(!labels.contains("1.0"))
        let custom = try scene(Self.spec(config: #", "config": {"normalizedNumberFormat": ".1f"}"#)).texts(.axisLabel).map(\.text)
        #expect(custom.contains("1.0") && !custom.contains("100%"), "\(custom)")
    }
}

@Suite("Time scale nice intervals")
struct NiceIntervalTests {
    static func spec(_ nice: String) -> String {
        #"{"width": 300, "height": 150, "data": {"values": [{"d": "2020-01-15", "v": 1}, {"d": "2020-02-10", "v": 3}, {"d": "2020-03-10", "v": 2}]}, "mark": "line", "encoding": {"x": {"field": "d", "type": "temporal", "scale": {"nice": \#(nice)}}, "y": {"field": "v", "type": "quantitative"}}}"#
    }

    @Test("nice: \"month\" widens a time domain to month boundaries: 15 January sits 14 days into January–April")
    func month() throws {
        let s = try scene(Self.spec(#""month""#))
        let points = s.paths(.mark).flatMap(\.path.points)
        let first = try #require(points.map(\.x).min()), last = try #require(points.map(\.x).max())
        // Jan 15 → Mar 10 is 55 days; Jan 1 → Apr 1 is 91 days, Jan 1 → Jan 15 is 14.
        let perDay = (last - first) / 55
        let plotLeft = first - 14 * perDay
        let plotRight = plotLeft + 91 * perDay
        let grid = s.paths(.grid).flatMap(\.path.points).map(\.x)
        #expect(abs((grid.min() ?? 0) - plotLeft) < 0.5 && abs((grid.max() ?? 0) - plotRight) < 0.5, "\(plotLeft) \(plotRight) \(grid.min() ?? 0) \(grid.max() ?? 0)")
    }
}
