import ChartsmithScene
import Testing

/// An axis goes where its spec says, keeps its title without labels, and text marks set
/// above the plot (Vega-Lite's layered weather chart) sit between the plot and the axis.
@Suite("Axis placement")
struct AxisPlacementTests {
    static let weather = #"""
        {"data": {"values": [{"id": 0, "lo": 20, "hi": 50, "day": "D0"}, {"id": 1, "lo": 25, "hi": 55, "day": "D1"}, {"id": 2, "lo": 30, "hi": 60, "day": "D2"}]},
         "width": 250, "height": 200,
         "encoding": {"x": {"field": "id", "type": "ordinal", "axis": {"domain": false, "ticks": false, "labels": false, "title": "Day", "orient": "ORIENT"}}},
         "layer": [
          {"mark": "bar", "encoding": {"y": {"field": "lo", "type": "quantitative", "scale": {"domain": [10, 70]}, "axis": {"title": "Temperature (F)"}}, "y2": {"field": "hi"}, "size": {"value": 20}}},
          {"mark": {"type": "text", "align": "center", "baseline": "bottom", "y": -5}, "encoding": {"text": {"field": "day", "type": "nominal"}}}
         ]}
        """#

    func scene(orient: String) throws -> Scene { try inlineScene(Self.weather.replacingOccurrences(of: "ORIENT", with: orient)) }

    @Test("an x axis with orient top is drawn above the plot, its title above the text marks set there")
    func topAxis() throws {
        let s = try scene(orient: "top")
        let plotTop = try #require(s.rects(.mark).map(\.rect.minY).min())
        let title = try #require(s.texts(.axisTitle).first { $0.text == "Day" })
        let days = s.texts(.markLabel).filter { $0.text.hasPrefix("D") }
        #expect(days.count == 3)
        #expect(title.bounds.maxY <= days.map(\.bounds.minY).min()!)
        #expect(days.allSatisfy { $0.bounds.maxY <= plotTop })
        #expect(s.textCollisions().isEmpty)
    }

    @Test("an axis without labels keeps its title", arguments: ["bottom", "top"])
    func titleWithoutLabels(orient: String) throws {
        let s = try scene(orient: orient)
        #expect(s.texts(.axisTitle).map(\.text).contains("Day"))
        #expect(s.texts(.axisTitle).map(\.text).contains("Temperature (F)"))
    }

    @Test("an axis offset moves its line, ticks and labels that far off the plot; gridlines stay (it was warned and not drawn)",
          arguments: ["y", "x"])
    func offset(channel: String) throws {
        func spec(_ offset: Int?) -> String {
            let axis = offset.map { #", "axis": {"offset": \#($0)}"# } ?? ""
            let other = channel == "y" ? "x" : "y"
            return #"""
            {"data": {"values": [{"c": "a", "v": 3}, {"c": "b", "v": 8}]}, "width": 200, "height": 150, "mark": "point",
             "encoding": {"\#(channel)": {"field": "v", "type": "quantitative"\#(axis)}, "\#(other)": {"field": "c", "type": "nominal"}}}
            """#
        }
        let plain = try inlineScene(spec(nil)), moved = try inlineScene(spec(30))
        let vertical = channel == "y"
        // The value axis's labels: numbers (the other axis's are "a" and "b").
        func labels(_ s: Scene) -> [TextNode] { s.texts(.axisLabel).filter { Double($0.text.replacingOccurrences(of: ",", with: "")) != nil } }
        func gap(_ s: Scene) throws -> Double {
            // From the plot's edge (its gridlines' end) to the labels' nearest edge.
            let grid = s.paths(.grid).compactMap(\.path.bounds)
            let l = labels(s).map(\.bounds)
            #expect(!grid.isEmpty && !l.isEmpty)
            return vertical ? try #require(grid.map(\.minX).min()) - (l.map(\.maxX).max() ?? 0)
                            : (l.map(\.minY).min() ?? 0) - (try #require(grid.map(\.maxY).max()))
        }
        #expect(abs(try gap(moved) - gap(plain) - 30) < 0.01)
        #expect(moved.textCollisions().isEmpty)
    }
}

