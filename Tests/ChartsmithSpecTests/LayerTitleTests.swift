import Testing
@testable import ChartsmithSpec

/// A `title` on a view of a `layer` is drawn as Vega-Lite draws it: the layer's title is
/// its own, or else the first of its views' titles (depth first); every other one is
/// named in a warning, never dropped silently.
@Suite("Titles on layers")
struct LayerTitleTests {
    func decode(_ layers: String, top: String = "") throws -> ChartSpec {
        let json = """
            {"data": {"values": [{"a": 1, "b": 2}]}, \(top)
             "layer": [\(layers)]}
            """
        return try SpecDecoder().decode(Array(json.utf8), file: "spec.json")
    }

    let point = #""mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}"#
    let line = #""mark": "line", "encoding": {"x": {"field": "a", "type": "quantitative"}}"#

    @Test("a layer's title becomes the chart's when the chart has none")
    func hoisted() throws {
        let s = try decode("{\(point), \"title\": \"First\"}, {\(line)}")
        #expect(s.title?.text == ["First"])
        #expect(s.warnings.isEmpty)
    }

    @Test("a later layer's title is drawn when it is the only one, with its subtitle")
    func laterLayer() throws {
        let s = try decode("{\(point)}, {\(line), \"title\": {\"text\": \"Second\", \"subtitle\": \"sub\"}}")
        #expect(s.title?.text == ["Second"])
        #expect(s.title?.subtitle == ["sub"])
    }

    @Test("the first layer title wins, as in Vega; the other is named in a warning")
    func firstWins() throws {
        let s = try decode("{\(point), \"title\": \"First\"}, {\(line), \"title\": \"Second\"}")
        #expect(s.title?.text == ["First"])
        #expect(s.warnings.count == 1)
        #expect("\(s.warnings[0])".contains("layer[1].title"))
        #expect("\(s.warnings[0])".contains("not drawn"))
    }

    @Test("the chart's own title wins over a layer's; the layer's is named in a warning")
    func parentWins() throws {
        let s = try decode("{\(point), \"title\": \"Layer\"}", top: #""title": "Top","#)
        #expect(s.title?.text == ["Top"])
        #expect(s.warnings.map { "\($0)" }.contains { $0.contains("layer[0].title") && $0.contains("\"Top\"") })
    }

    @Test("a nested layer's own title comes before its views' titles")
    func nested() throws {
        let s = try decode("{\"title\": \"Outer\", \"layer\": [{\(point), \"title\": \"Inner\"}]}")
        #expect(s.title?.text == ["Outer"])
        #expect(s.warnings.map { "\($0)" }.contains { $0.contains("layer[0].layer[0].title") })
    }

    @Test("a layer title that is not a title is a located error")
    func invalid() {
        #expect(throws: Diagnostic.self) { try decode("{\(point), \"title\": 3}") }
    }
}
