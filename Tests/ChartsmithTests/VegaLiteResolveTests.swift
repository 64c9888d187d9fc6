import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// `resolve` on layered specs: Vega-Lite's independent scales and axes (a dual-axis
/// chart), checked on the scene: where each axis stands, which ticks it labels, and that
/// each layer's marks are drawn on its own scale.
@Suite("Vega-Lite resolve: independent scales and axes")
struct VegaLiteResolveTests {
    /// Renders an inline spec the way the command line does.
    func scene(_ json: String) throws -> Scene { try inlineScene(json) }

    /// The message a spec fails with.
    func failure(_ json: String) -> String {
        do {
            _ = try SpecDecoder().decode(Array(json.utf8), file: "spec.json")
            return "decoded"
        } catch {
            return "\(error)"
        }
    }

    /// The plot's box, from the primary axis's gridlines (left to right) and the x axis's
    /// baseline.
    func plot(_ s: Scene) throws -> Rect {
        let grid = s.paths(.grid).flatMap(\.path.points)
        let minX = try #require(grid.map(\.x).min()), maxX = try #require(grid.map(\.x).max())
        let minY = try #require(grid.map(\.y).min()), maxY = try #require(grid.map(\.y).max())
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The y-axis labels on one side of the plot, bottom to top, with their centres.
    func yLabels(_ s: Scene, right: Bool) throws -> [(text: String, y: Double)] {
        let p = try plot(s)
        return s.texts(.axisLabel)
            .filter { right ? $0.bounds.minX >= p.maxX : $0.bounds.maxX <= p.minX }
            .map { ($0.text, $0.bounds.midY) }
            .sorted { $0.y > $1.y }
    }

    /// Where a value lies on an axis, read from two of its labels.
    func position(of value: Double, on labels: [(text: String, y: Double)]) throws -> Double {
        let first = try #require(labels.first), last = try #require(labels.last)
        let v0 = try #require(Double(first.text.replacingOccurrences(of: ",", with: "")))
        let v1 = try #require(Double(last.text.replacingOccurrences(of: ",", with: "")))
        return first.y + (value - v0) / (v1 - v0) * (last.y - first.y)
    }

    /// Vega-Lite's gallery "layer_bar_line" made a dual-axis chart: rainfall as bars on the
    /// left axis, temperature as a line on the right.
    static let barLine = """
        {"data": {"values": [
           {"month": "Jan", "rain": 78, "temp": 4.1}, {"month": "Feb", "rain": 52, "temp": 4.6},
           {"month": "Mar", "rain": 60, "temp": 6.8}, {"month": "Apr", "rain": 55, "temp": 9.2},
           {"month": "May", "rain": 49, "temp": 12.5}, {"month": "Jun", "rain": 45, "temp": 15.6}]},
         "width": 360, "height": 240,
         "encoding": {"x": {"field": "month", "type": "ordinal", "sort": null, "title": null}},
         "layer": [
           {"mark": "bar", "encoding": {"y": {"field": "rain", "type": "quantitative", "title": "Rainfall (mm)"}}},
           {"mark": {"type": "line", "color": "#F46A25"},
            "encoding": {"y": {"field": "temp", "type": "quantitative", "title": "Mean temperature (°C)"}}}
         ]RESOLVE}
        """

    static func barLine(resolve: String) -> String {
        barLine.replacingOccurrences(of: "RESOLVE", with: resolve.isEmpty ? "" : ", \"resolve\": " + resolve)
    }

    @Test("an independent y scale draws two axes, at the plot's left and right edges, each ticked over its own data's nice domain")
    func dualAxes() throws {
        let s = try scene(Self.barLine(resolve: #"{"scale": {"y": "independent"}}"#))
        let p = try plot(s)
        let left = try yLabels(s, right: false), right = try yLabels(s, right: true)
        #expect(left.map(\.text) == ["0", "10", "20", "30", "40", "50", "60", "70", "80"])
        #expect(right.map(\.text) == ["0", "2", "4", "6", "8", "10", "12", "14", "16"])
        // Both run from the plot's bottom to its top.
        for labels in [left, right] {
            #expect(abs(try #require(labels.first).y - p.maxY) < 0.5)
            #expect(abs(try #require(labels.last).y - p.minY) < 0.5)
        }
        // Each axis is titled from its own layer, the left one above the left axis and the
        // right one ending over the right axis.
        let titles = s.texts(.axisTitle)
        let rain = try #require(titles.first { $0.text == "Rainfall (mm)" })
        let temp = try #require(titles.first { $0.text == "Mean temperature (°C)" })
        #expect(rain.bounds.maxY <= p.minY && rain.bounds.maxX < p.midX)
        #expect(temp.bounds.maxY <= p.minY && temp.bounds.minX > p.midX && temp.bounds.maxX > p.maxX)
        #expect(!rain.bounds.intersects(temp.bounds))
        // Only the left axis draws gridlines: one per left label.
        #expect(Set(s.paths(.grid).map { ($0.path.points.first?.y ?? 0).rounded() }).count == left.count)
        // The alternative text says what the second axis measures.
        #expect(s.metadata.description?.contains("Mean temperature (°C) on a second axis, at the right") == true)
    }

    @Test("a nested layer's views share their top-level layer's scale")
    func nestedGroup() throws {
        let s = try scene("""
            {"data": {"values": [{"m": "Jan", "rain": 78, "temp": 4.1}, {"m": "Feb", "rain": 52, "temp": 4.6}, {"m": "Mar", "rain": 60, "temp": 6.8}]},
             "width": 300, "height": 200,
             "encoding": {"x": {"field": "m", "type": "ordinal", "sort": null}},
             "layer": [
               {"encoding": {"y": {"field": "rain", "type": "quantitative"}},
                "layer": [{"mark": "bar"}, {"mark": {"type": "text", "baseline": "bottom"}, "encoding": {"text": {"field": "rain"}}}]},
               {"mark": {"type": "line", "color": "#F46A25"}, "encoding": {"y": {"field": "temp", "type": "quantitative"}}}],
             "resolve": {"scale": {"y": "independent"}}}
            """)
        // Two axes: rain (bars and their labels) on the left, temp on the right.
        #expect(try yLabels(s, right: false).last?.text == "80")
        let rightTop = try #require(try yLabels(s, right: true).last)
        let top = try #require(Double(rightTop.text))
        #expect(top >= 6.8 && top < 10)
        // Each bar's label stands on its bar's top, on the same (rain) scale.
        let bars = s.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }
        let labels = s.texts(.markLabel).filter { ["78", "52", "60"].contains($0.text) }.sorted { $0.anchor.x < $1.anchor.x }
        #expect(bars.count == 3 && labels.count == 3)
        for (b, l) in zip(bars, labels) { #expect(abs(l.anchor.y - b.rect.minY) < 0.5, "\(l.text)") }
    }

    @Test("each layer's marks are drawn on its own scale")
    func marksOnOwnScales() throws {
        let s = try scene(Self.barLine(resolve: #"{"scale": {"y": "independent"}}"#))
        let left = try yLabels(s, right: false), right = try yLabels(s, right: true)
        // The tallest bar (78 mm) reaches 78 on the left axis.
        let bars = s.rects(.mark)
        #expect(bars.count == 6)
        let tallest = try #require(bars.map(\.rect.minY).min())
        #expect(abs(tallest - (try position(of: 78, on: left))) < 0.5)
        // The line's highest point (15.6 °C) reaches 15.6 on the right axis, and its
        // lowest (4.1) 4.1: on the left axis it would sit near the bottom.
        let line = s.paths(.mark).flatMap(\.path.points)
        let top = try #require(line.map(\.y).min()), bottom = try #require(line.map(\.y).max())
        #expect(abs(top - (try position(of: 15.6, on: right))) < 0.5)
        #expect(abs(bottom - (try position(of: 4.1, on: right))) < 0.5)
    }

    @Test("\"shared\" (the default) keeps one y axis over both layers' data")
    func sharedByDefault() throws {
        for resolve in ["", #"{"scale": {"y": "shared"}, "axis": {"y": "shared"}}"#] {
            let s = try scene(Self.barLine(resolve: resolve))
            #expect(try yLabels(s, right: true).isEmpty)
            #expect(try yLabels(s, right: false).map(\.text) == ["0", "10", "20", "30", "40", "50", "60", "70", "80"])
            // One axis, one title: the first layer's.
            #expect(s.texts(.axisTitle).map(\.text).joined(separator: " ") == "Rainfall (mm)")
        }
    }

    @Test("independent axes over a shared scale: one axis per layer, the second on the right, the same ticks")
    func independentAxesSharedScale() throws {
        let s = try scene(Self.barLine(resolve: #"{"axis": {"y": "independent"}}"#))
        let left = try yLabels(s, right: false), right = try yLabels(s, right: true)
        #expect(left.map(\.text) == ["0", "10", "20", "30", "40", "50", "60", "70", "80"])
        #expect(right.map(\.text) == left.map(\.text))
        #expect(Set(s.texts(.axisTitle).map(\.text)) == ["Rainfall (mm)", "Mean temperature (°C)"])
    }

    @Test("an independent x scale puts the second layer's axis above the plot")
    func topAxis() throws {
        let s = try scene("""
            {"data": {"values": [{"a": 1, "b": 10, "c": 1000}, {"a": 2, "b": 30, "c": 3000}, {"a": 3, "b": 20, "c": 8000}]},
             "width": 400, "height": 240,
             "encoding": {"y": {"field": "a", "type": "quantitative"}},
             "layer": [{"mark": "point", "encoding": {"x": {"field": "b", "type": "quantitative", "title": "B"}}},
                       {"mark": {"type": "point", "color": "#F46A25"}, "encoding": {"x": {"field": "c", "type": "quantitative", "title": "C"}}}],
             "resolve": {"scale": {"x": "independent"}}}
            """)
        let p = try plot(s)
        let labels = s.texts(.axisLabel)
        let below = labels.filter { $0.bounds.minY >= p.maxY }.map(\.text)
        let above = labels.filter { $0.bounds.maxY <= p.minY && $0.bounds.minX >= p.minX - 0.5 }.map(\.text)
        #expect(below.contains("30") && !below.contains("8,000"))
        #expect(above.contains("8,000") && !above.contains("30"))
        let titles = s.texts(.axisTitle)
        #expect(try #require(titles.first { $0.text == "B" }).bounds.minY > p.maxY)
        #expect(try #require(titles.first { $0.text == "C" }).bounds.maxY < p.minY)
        // The y title, set above the plot, clears the top axis.
        let y = try #require(titles.first { $0.text == "a" })
        let topBlock = labels.filter { $0.bounds.maxY <= p.minY }.map(\.bounds.minY).min() ?? p.minY
        #expect(y.bounds.maxY <= topBlock)
        let c = try #require(titles.first { $0.text == "C" })
        #expect(y.bounds.maxY <= c.bounds.minY + 0.5)
    }

    @Test("the layer_dual_axis fixture: temperature 0–30 on the left, precipitation on the right")
    func dualAxisFixture() throws {
        let url = VegaLiteFixtureTests.folder.appendingPathComponent("layer_dual_axis.vl.json")
        let s = try ChartRenderer().scene(forSpecAt: url)
        let left = try yLabels(s, right: false), right = try yLabels(s, right: true)
        #expect(left.map(\.text) == ["0", "5", "10", "15", "20", "25", "30"])
        let values = right.compactMap { Double($0.text) }
        #expect(values.count == right.count && values.first == 0 && values == values.sorted())
        #expect(Set(s.texts(.axisTitle).map(\.text)) == ["Avg. Temperature (°C)", "Precipitation (inches)"])
    }

    @Test("resolve is read strictly, with line:column and suggestions")
    func strict() {
        #expect(failure(#"{"data": {"values": []}, "layer": [{"mark": "bar"}], "resolve": {"scales": {"y": "independent"}}}"#)
                == #"spec.json:1:66: resolve.scales: unknown property "scales" in resolve; did you mean "scale"?"#)
        #expect(failure(#"{"data": {"values": []}, "layer": [{"mark": "bar"}], "resolve": {"scale": {"y": "independant"}}}"#)
                == #"spec.json:1:81: resolve.scale.y: "independant" is not a resolve mode; expected "shared" or "independent"; did you mean "independent"?"#)
        #expect(failure(#"{"data": {"values": []}, "layer": [{"mark": "bar"}], "resolve": {"axis": {"colour": "shared"}}}"#)
                .hasPrefix(#"spec.json:1:75: resolve.axis.colour: unknown property "colour" in resolve.axis"#))
        #expect(failure(#"{"data": {"values": []}, "mark": "bar", "resolve": {"scale": {"y": "independent"}}}"#)
                .hasPrefix(#"spec.json:1:52: resolve: "resolve" says how the views of a "layer" share"#))
    }

    @Test("what Chartsmith cannot draw is named: a second axis on one side")
    func unsupported() throws {
        // Independent colour scales or legends on two layers draw a legend each (LayerLegendTests).
        // One layer with a colour field: independent is the same as shared, and renders.
        let oneColour = #"{"data": {"values": [{"a": "x", "b": 1}]}, "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}, "layer": [{"mark": "bar", "encoding": {"color": {"field": "a"}}}, {"mark": "line"}], "resolve": {"scale": {"color": "independent"}, "legend": {"color": "independent"}}}"#
        #expect(!(try scene(oneColour).rects(.mark).isEmpty))
        // Three independent y axes: the third would share a side.
        let three = Self.barLine(resolve: #"{"scale": {"y": "independent"}}"#).replacingOccurrences(
            of: #""title": "Mean temperature (°C)"}}}"#,
            with: #""title": "Mean temperature (°C)"}}}, {"mark": "point", "encoding": {"y": {"field": "rain", "type": "quantitative"}}}"#)
        let t = failure(three)
        #expect(t.contains("layer[2] would draw a second y axis on the left"), "\(t)")
        #expect(t.contains("not supported by Chartsmith"))
        let orient = failure(Self.barLine(resolve: #"{"scale": {"y": "independent"}}"#).replacingOccurrences(
            of: #""title": "Rainfall (mm)"}"#, with: #""title": "Rainfall (mm)", "axis": {"orient": "top"}}"#))
        #expect(orient.contains(#""top" is not a side for an independent y axis"#), "\(orient)")
    }
}
