import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// `strokeWidth` and `size` channels (conditions, values, fields) on point, circle, square
/// and bar marks, which a review of official Vega-Lite examples found ignored (they drew
/// every ring 1.5 wide and every symbol or bar at the `else` size). Each spec is a
/// reproducer the review checked against Vega.
@Suite("Symbol and bar channel conditions")
struct SymbolChannelConditionTests {
    /// Three rows, a = 1, 2, 3; the mark and the extra channel are the test's.
    static func spec(mark: String, channel: String, config: String = "") -> String {
        #"""
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 3, "b": 1}]},
         "mark": \#(mark),
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}, \#(channel)}
         \#(config)}
        """#
    }

    /// The symbols of the marks, left to right (so in the order a = 1, 2, 3).
    static func symbols(_ json: String) throws -> [PathNode] {
        let scene = try TestPipeline.scene(json)
        return scene.paths.filter { $0.role == .mark }.sorted { ($0.path.bounds?.midX ?? 0) < ($1.path.bounds?.midX ?? 0) }
    }

    static func width(_ p: PathNode) -> Double { p.path.bounds?.width ?? 0 }

    @Test("strokeWidth as a value, a field and a condition sets the rings' widths (it drew them all at 1.5)")
    func strokeWidth() throws {
        let point = #"{"type": "point", "size": 300}"#
        let value = try Self.symbols(Self.spec(mark: point, channel: #""strokeWidth": {"value": 6}"#))
        #expect(value.count == 3 && value.allSatisfy { $0.stroke?.width == 6 }, "\(value.map { $0.stroke?.width ?? -1 })")

        let cond = try Self.symbols(Self.spec(mark: point, channel: #""strokeWidth": {"condition": {"test": "datum.a >= 2", "value": 6}, "value": 1}"#))
        #expect(cond.map { $0.stroke?.width ?? -1 } == [1, 6, 6])

        // A field (b = 2, 3, 1) on Vega-Lite's strokeWidth scale: wider for a larger b, within 1–4.
        let field = try Self.symbols(Self.spec(mark: point, channel: #""strokeWidth": {"field": "b", "type": "quantitative"}"#))
        let w = field.map { $0.stroke?.width ?? -1 }
        #expect(w.count == 3 && w[2] < w[0] && w[0] < w[1] && w.allSatisfy { $0 >= 1 && $0 <= 4 }, "\(w)")

        // A filled circle's outline (its mark's `stroke`) takes the channel's width too.
        let circle = try Self.symbols(Self.spec(mark: #"{"type": "circle", "size": 300, "stroke": "black"}"#,
                                                channel: #""strokeWidth": {"condition": {"test": "datum.a >= 2", "value": 5}, "value": 1}"#))
        #expect(circle.map { $0.stroke?.width ?? -1 } == [1, 5, 5])
    }

    @Test("a size condition on point, circle and square marks sizes the symbols (it drew all at the else size)",
          arguments: [#"{"type": "point", "filled": true}"#, #"{"type": "circle"}"#, #"{"type": "square"}"#])
    func sizeCondition(mark: String) throws {
        let s = try Self.symbols(Self.spec(mark: mark, channel: #""size": {"condition": {"test": "datum.a >= 2", "value": 400}, "value": 20}"#))
        #expect(s.count == 3)
        // Areas 20, 400, 400: widths in the ratio √20 (the symbol's width grows as √area).
        let w = s.map(Self.width)
        #expect(abs(w[1] - w[2]) < 1e-9 && abs(w[1] / w[0] - 20.0.squareRoot()) < 1e-6, "\(w)")
    }

    @Test("a square mark's side is √size, as Vega's square symbol (it took the circle's diameter, 13% wider)")
    func squareSide() throws {
        let s = try Self.symbols(Self.spec(mark: #"{"type": "square", "size": 400}"#, channel: #""opacity": {"value": 1}"#))
        #expect(s.count == 3 && s.allSatisfy { abs(Self.width($0) - 20) < 1e-9 }, "\(s.map(Self.width))")
    }

    @Test("a size condition beside a field: the condition's value where its test passes, the field elsewhere")
    func sizeConditionWithField() throws {
        let s = try Self.symbols(Self.spec(mark: #"{"type": "point", "filled": true}"#,
                                           channel: #""size": {"condition": {"test": "datum.a >= 2", "value": 400}, "field": "b", "type": "quantitative"}"#))
        let w = s.map(Self.width)
        let at400 = 2 * (400 / Double.pi).squareRoot()
        #expect(abs(w[1] - at400) < 1e-6 && abs(w[2] - at400) < 1e-6 && w[0] < at400, "\(w)")
    }

    @Test("a size condition on a point selection: an empty selection selects every point (interactive_paintbrush)")
    func sizeConditionOnEmptySelection() throws {
        let json = #"""
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 3, "b": 1}]},
         "params": [{"name": "pick", "select": {"type": "point", "on": "mouseover", "nearest": true}}],
         "mark": {"type": "point", "filled": true},
         "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
                      "size": {"condition": {"param": "pick", "value": 400}, "value": 20}}}
        """#
        let w = try Self.symbols(json).map(Self.width)
        let at400 = 2 * (400 / Double.pi).squareRoot()
        #expect(w.count == 3 && w.allSatisfy { abs($0 - at400) < 1e-6 }, "\(w)")
    }

    @Test("a size condition on bars sets each bar's thickness (it drew every bar at the else size)")
    func barSizeCondition() throws {
        let json = #"""
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 3, "b": 1}]},
         "mark": "bar",
         "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "quantitative"},
                      "size": {"condition": {"test": "datum.a >= 2", "value": 30}, "value": 5}}}
        """#
        let bars = try TestPipeline.scene(json).rects.filter { $0.role == .mark }.sorted { $0.rect.midX < $1.rect.midX }
        #expect(bars.map(\.rect.width) == [5, 30, 30])
    }
}
