import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Faults a new user's review of the Altair gallery found in encodings, scales and axes:
/// each drawn as Vega-Lite draws it now.
@Suite("Encoding, scale and axis review fixes")
struct EncodingReviewFixTests {
    static let twoSeries = #"""
        [{"s": "a", "x": 1, "y": 1}, {"s": "a", "x": 2, "y": 2}, {"s": "a", "x": 3, "y": 1.5},
         {"s": "b", "x": 1, "y": 3}, {"s": "b", "x": 2, "y": 2.5}, {"s": "b", "x": 3, "y": 3.5}]
        """#

    func spec(mark: String, extra: String, values: String = Self.twoSeries) -> String {
        #"""
        {"data": {"values": \#(values)}, "width": 200, "height": 150, "mark": \#(mark),
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}\#(extra)}}
        """#
    }

    /// The mark paths' strokes, by the series their name carries.
    func strokes(_ s: Scene) -> [Stroke] { s.paths(.mark).compactMap(\.stroke) }

    // MARK: strokeDash and strokeOpacity as a value or a condition

    @Test("a strokeDash value dashes every line; a condition dashes the series that pass it")
    func strokeDashLine() throws {
        let value = try inlineScene(spec(mark: #""line""#, extra: #", "color": {"field": "s", "type": "nominal"}, "strokeDash": {"value": [6, 4]}"#))
        #expect(strokes(value).count == 2)
        #expect(strokes(value).allSatisfy { $0.dash == [6, 4] })
        let cond = try inlineScene(spec(mark: #""line""#, extra: #"""
            , "color": {"field": "s", "type": "nominal"},
            "strokeDash": {"condition": {"test": "datum.s == 'b'", "value": [6, 4]}, "value": [1, 0]}
            """#))
        let dashes = strokes(cond).map(\.dash).sorted { $0.count < $1.count }
        #expect(dashes == [[], [6, 4]])
    }

    @Test("a strokeDash condition dashes rules, and a strokeDash value a bar's outline")
    func strokeDashRuleAndBar() throws {
        let rules = try inlineScene(spec(mark: #""rule""#, extra: #"""
            , "detail": {"field": "s", "type": "nominal"},
            "strokeDash": {"condition": {"test": "datum.s == 'b'", "value": [4, 2]}, "value": [1, 0]}
            """#))
        let ruleDashes = strokes(rules).map(\.dash)
        #expect(ruleDashes.filter { $0 == [4, 2] }.count == 3)
        #expect(ruleDashes.filter(\.isEmpty).count == 3)
        let bars = try inlineScene(#"""
            {"data": {"values": [{"c": "a", "v": 3}, {"c": "b", "v": 5}]}, "mark": {"type": "bar", "stroke": "black"},
             "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "strokeDash": {"value": [3, 3]}}}
            """#)
        let outlines = bars.rects(.mark).compactMap(\.stroke)
        #expect(outlines.count == 2 && outlines.allSatisfy { $0.dash == [3, 3] })
    }

    @Test("a rule with a continuous x and y runs from the value down to zero, as Vega-Lite's y2 default")
    func continuousRule() throws {
        let s = try inlineScene(spec(mark: #""rule""#, extra: #", "detail": {"field": "s", "type": "nominal"}"#))
        let rules = s.paths(.mark).compactMap(\.path.bounds)
        let zero = try #require(s.rects(.mark).first.map(\.rect.maxY) ?? rules.map(\.maxY).max())
        #expect(rules.count == 6)
        #expect(rules.allSatisfy { $0.width < 0.01 && abs($0.maxY - zero) < 0.01 && $0.height > 10 }, "\(rules)")
    }

    @Test("a strokeOpacity value or condition fades a point's ring (times its opacity), and a line")
    func strokeOpacity() throws {
        let plain = try inlineScene(spec(mark: #""point""#, extra: ""))
        let base = try #require(strokes(plain).first).color.alpha
        let faint = try inlineScene(spec(mark: #""point""#, extra: #", "strokeOpacity": {"value": 0.2}"#))
        #expect(strokes(faint).count == 6)
        #expect(strokes(faint).allSatisfy { abs($0.color.alpha - base * 0.2) < 1e-9 })
        let cond = try inlineScene(spec(mark: #""point""#, extra: #", "strokeOpacity": {"condition": {"test": "datum.s == 'b'", "value": 0.2}, "value": 1}"#))
        let alphas = strokes(cond).map { ($0.color.alpha * 1000).rounded() / 1000 }
        #expect(alphas.filter { abs($0 - base) < 1e-3 }.count == 3)
        #expect(alphas.filter { abs($0 - base * 0.2) < 1e-3 }.count == 3)
        let line = try inlineScene(spec(mark: #""line""#, extra: #", "color": {"field": "s", "type": "nominal"}, "strokeOpacity": {"value": 0.3}"#))
        #expect(strokes(line).count == 2 && strokes(line).allSatisfy { abs($0.color.alpha - 0.3) < 1e-9 })
    }

    @Test("a fillOpacity condition on hollow points leaves their rings alone (their inside is empty)")
    func fillOpacityOnHollowPoints() throws {
        let plain = try inlineScene(spec(mark: #""point""#, extra: ""))
        let cond = try inlineScene(spec(mark: #""point""#, extra: #", "fillOpacity": {"condition": {"test": "datum.s == 'b'", "value": 0.1}, "value": 1}"#))
        #expect(strokes(cond).map(\.color) == strokes(plain).map(\.color))
    }

    // MARK: scale.reverse on colour

    static let ramp = #"""
        {"data": {"values": [{"x": 1, "v": 1}, {"x": 2, "v": 5}, {"x": 3, "v": 10}]}, "mark": {"type": "point", "filled": true},
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "color": {"field": "v", "type": "quantitative", "scale": SCALE}}}
        """#

    func fills(_ s: Scene) -> [Color] {
        s.paths(.mark).sorted { ($0.path.bounds?.minX ?? 0) < ($1.path.bounds?.minX ?? 0) }.compactMap { $0.fill.map { Color(red: $0.red, green: $0.green, blue: $0.blue) } }
    }

    @Test("reverse turns a continuous colour ramp round, marks and legend gradient alike",
          arguments: [#"{"scheme": "viridis"}"#, "{}", #"{"type": "sqrt", "scheme": "blues"}"#])
    func continuousReverse(scale: String) throws {
        let forward = try inlineScene(Self.ramp.replacingOccurrences(of: "SCALE", with: scale))
        let reversedScale = scale == "{}" ? #"{"reverse": true}"# : String(scale.dropLast()) + #", "reverse": true}"#
        let reversed = try inlineScene(Self.ramp.replacingOccurrences(of: "SCALE", with: reversedScale))
        let f = fills(forward), r = fills(reversed)
        #expect(f.count == 3 && r.count == 3)
        #expect(r.first == f.last && r.last == f.first)
        func stops(_ s: Scene) -> [Color] { s.rects(.legendSymbol).compactMap(\.gradient).first?.stops.map(\.color) ?? [] }
        #expect(!stops(forward).isEmpty)
        #expect(stops(reversed) == stops(forward).reversed())
    }

    @Test("reverse on a nominal colour deals the palette's colours from its end, as Vega reverses the range")
    func nominalReverse() throws {
        let s = #"""
            {"data": {"values": [{"c": "a", "v": 3}, {"c": "b", "v": 5}, {"c": "c", "v": 4}]}, "mark": "bar",
             "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"},
                          "color": {"field": "c", "type": "nominal", "scale": {"scheme": "tableau10"REVERSE}}}}
            """#
        func barColors(_ s: Scene) -> [Color] { s.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }.compactMap(\.fill) }
        let forward = barColors(try inlineScene(s.replacingOccurrences(of: "REVERSE", with: "")))
        let reversed = barColors(try inlineScene(s.replacingOccurrences(of: "REVERSE", with: #", "reverse": true"#)))
        #expect(forward.map { String($0.hexString.prefix(7)) } == ["#4c78a8", "#f58518", "#e45756"])
        #expect(reversed.map { String($0.hexString.prefix(7)) } == ["#bab0ac", "#9d755d", "#ff9da6"])
    }

    // MARK: tick orient

    @Test("a tick's orient is the way its line runs: horizontal ticks across x's bands, vertical ones across y's",
          arguments: [("horizontal", "x", "y"), ("vertical", "y", "x")])
    func tickOrient(orient: String, band: String, value: String) throws {
        let s = try inlineScene(#"""
            {"data": {"values": [{"g": "a", "v": 1}, {"g": "a", "v": 4}, {"g": "b", "v": 2}, {"g": "b", "v": 6}]},
             "mark": {"type": "tick", "orient": "\#(orient)"},
             "encoding": {"\#(band)": {"field": "g", "type": "nominal"}, "\#(value)": {"field": "v", "type": "quantitative"}}}
            """#)
        let ticks = s.paths(.mark).compactMap(\.path.bounds)
        #expect(ticks.count == 4)
        for b in ticks {
            if orient == "horizontal" { #expect(b.height < 0.01 && b.width > 5) } else { #expect(b.width < 0.01 && b.height > 5) }
        }
    }

    // MARK: y-axis labelAngle

    @Test("a y axis's labelAngle turns its labels, right-aligned on their ticks as Vega-Lite derives it, clear of the plot")
    func yLabelAngle() throws {
        let s = try inlineScene(#"""
            {"data": {"values": [{"c": "alpha", "v": 3}, {"c": "beta", "v": 5}, {"c": "gamma", "v": 4}]}, "width": 200, "height": 150,
             "mark": "bar", "encoding": {"y": {"field": "c", "type": "nominal", "axis": {"labelAngle": -45}},
                                         "x": {"field": "v", "type": "quantitative"}}}
            """#)
        let labels = s.texts(.axisLabel).filter { ["alpha", "beta", "gamma"].contains($0.text) }
        #expect(labels.count == 3)
        #expect(labels.allSatisfy { $0.angle == -45 && $0.align == .end && $0.baseline == .middle })
        let plotLeft = try #require(s.rects(.mark).map(\.rect.minX).min())
        // (Set on their middle line, their turned boxes reach a little past their anchors
        // towards the plot, as Vega's do, but never over the bars.)
        #expect(labels.allSatisfy { $0.anchor.x < plotLeft && $0.bounds.maxX <= plotLeft + 6 && $0.bounds.minX >= -0.01 },
                "\(labels.map(\.bounds)) plot at \(plotLeft)")
        #expect(s.textCollisions().isEmpty)
    }

    // MARK: the series limit

    @Test("the series limit counts a colour's values after its time unit, and names the channel's line:column when it fails")
    func seriesLimitTimeUnit() throws {
        let day = 86_400_000.0, start = 1_325_376_000_000.0  // 2012-01-01
        let rows = (0..<1100).map { i in #"{"date": \#(Int(start + Double(i) * day)), "v": \#(i % 17)}"# }.joined(separator: ", ")
        let chart = try TestPipeline.chart(#"""
            {"data": {"values": [\#(rows)]}, "mark": "line",
             "encoding": {"x": {"field": "date", "timeUnit": "monthdate", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative", "aggregate": "mean"},
                          "color": {"field": "date", "timeUnit": "year", "type": "nominal"}}}
            """#)
        #expect(chart.scene.paths(.mark).count == 4)
        let many = (0..<1001).map { i in #"{"k": "k\#(i)", "v": \#(i)}"# }.joined(separator: ", ")
        do {
            _ = try TestPipeline.chart(#"""
                {"data": {"values": [\#(many)]}, "mark": "line",
                 "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                              "color": {"field": "k", "type": "nominal"}}}
                """#)
            Issue.record("1,001 series were drawn past the limit of 1,000")
        } catch {
            let text = "\(error)"
            #expect(text.range(of: #"spec\.json:3:\d+: encoding\.color\.field: "k" has more than 1000 distinct values, each a separate series"#,
                               options: .regularExpression) != nil, "\(text)")
        }
    }

    // MARK: shapes

    @Test("a shape field takes Vega's symbol range in order: circle, square, triangle-up, cross, diamond")
    func shapeOrder() throws {
        let s = try inlineScene(#"""
            {"data": {"values": [{"c": "a", "v": 1}, {"c": "b", "v": 2}, {"c": "c", "v": 3}, {"c": "d", "v": 4}]}, "mark": {"type": "point", "filled": true},
             "encoding": {"x": {"field": "v", "type": "quantitative"}, "shape": {"field": "c", "type": "nominal"}}}
            """#)
        let marks = s.paths(.mark).sorted { ($0.path.bounds?.midX ?? 0) < ($1.path.bounds?.midX ?? 0) }
        #expect(marks.count == 4)
        func corners(_ p: PathNode) -> Int { p.path.elements.filter { if case .line = $0 { true } else { false } }.count + 1 }
        // A triangle has three corners, a cross twelve.
        #expect(marks.count == 4 && corners(marks[2]) == 3 && corners(marks[3]) == 12)
    }

    // MARK: minor axis and legend faults

    @Test("a symlog axis is thinned greedily, as Vega-Lite's, so its 0 keeps its label")
    func symlogZero() throws {
        let values = (-10...10).map { #"{"x": \#($0), "y": \#($0 * $0 * $0)}"# }.joined(separator: ", ")
        let s = try inlineScene(#"""
            {"data": {"values": [\#(values)]}, "width": 300, "height": 300, "mark": "line",
             "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative", "scale": {"type": "symlog"}}}}
            """#)
        let ys = Set(s.texts(.axisLabel).map(\.text))
        #expect(ys.contains("0") && ys.contains("−1,000"), "\(ys.sorted())")
    }

    @Test("an axis title given as lines is drawn a line each, on x and turned on y")
    func titleLines() throws {
        let s = try inlineScene(#"""
            {"data": {"values": [{"c": "a", "v": 3}, {"c": "b", "v": 5}]}, "mark": "bar", "width": 200, "height": 150,
             "encoding": {"x": {"field": "c", "type": "nominal", "title": ["Month", "of 2021"]},
                          "y": {"field": "v", "type": "quantitative", "axis": {"title": ["Value", "in units"]}}}}
            """#)
        let titles = s.texts(.axisTitle)
        #expect(Set(titles.map(\.text)) == ["Month", "of 2021", "Value", "in units"], "\(titles.map(\.text))")
        let month = try #require(titles.first { $0.text == "Month" }), of = try #require(titles.first { $0.text == "of 2021" })
        #expect(of.bounds.minY >= month.bounds.maxY - 0.5)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a layer inheriting its parent's array title keeps its lines")
    func inheritedTitleLines() throws {
        let s = try inlineScene(#"""
            {"data": {"values": [{"c": "a", "v": 3}, {"c": "b", "v": 5}]}, "width": 200, "height": 150,
             "encoding": {"x": {"field": "c", "type": "nominal", "title": ["Month", "of 2021"]},
                          "y": {"field": "v", "type": "quantitative"}},
             "layer": [{"mark": "bar", "encoding": {"x": {"field": "c"}}}]}
            """#)
        let titles = s.texts(.axisTitle).map(\.text)
        #expect(titles.contains("Month") && titles.contains("of 2021"), "\(titles)")
    }

    @Test("a horizontal legend's gradientLength is drawn as asked where the chart has room, else warned")
    func gradientLength() throws {
        func chart(_ length: Int) throws -> RenderedChart {
            try TestPipeline.chart(#"""
                {"data": {"values": [{"x": 1, "v": 1}, {"x": 2, "v": 5}, {"x": 3, "v": 10}]}, "width": 300, "height": 120, "mark": "point",
                 "encoding": {"x": {"field": "x", "type": "quantitative"},
                              "color": {"field": "v", "type": "quantitative", "legend": {"gradientLength": \#(length), "title": "Weight", "direction": "horizontal"}}}}
                """#)
        }
        func barLength(_ s: Scene) throws -> Double { try #require(s.rects(.legendSymbol).first { $0.gradient != nil }).rect.width }
        let fits = try chart(290)
        #expect(abs(try barLength(fits.scene) - 290) < 0.01)
        #expect(!fits.warnings.contains { $0.description.contains("gradientLength") })
        let long = try chart(2000)
        #expect(try barLength(long.scene) < 2000)
        #expect(long.warnings.contains { $0.description.contains("gradientLength 2000 is not honoured") }, "\(long.warnings)")
    }

    @Test("a time axis whose data is all filtered away has no labels (no 1970)")
    func emptyTimeAxis() throws {
        let s = try inlineScene(#"""
            {"data": {"values": [{"d": "2012-03-01", "v": 1}]}, "transform": [{"filter": {"field": "d", "lt": "2012-02-01"}}],
             "mark": "bar", "encoding": {"x": {"field": "d", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}
            """#)
        #expect(!s.texts(.axisLabel).contains { $0.text.contains("1970") || $0.text.hasPrefix(".") }, "\(s.texts(.axisLabel).map(\.text))")
    }
}
