import ChartsmithSpec
import Testing

/// Settings the decoder accepts but does not honour are never dropped silently: each one
/// present becomes a located warning on the decoded spec.
@Suite("Cosmetic settings not honoured are warned about")
struct CosmeticWarningTests {
    func decode(_ json: String) throws -> ChartSpec {
        try SpecDecoder().decode(Array(json.utf8), file: "spec.json")
    }

    @Test("a title's offset, orient and expression colour each raise a warning at their line:column; its anchor, colour and size are drawn")
    func titleStyling() throws {
        let spec = try decode("""
        {"title": {"text": "T", "anchor": "middle", "fontSize": 30,
                   "offset": 4, "orient": "bottom", "color": {"expr": "'red'"}},
         "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",
         "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}
        """)
        #expect(spec.warnings.count == 3)
        #expect(spec.warnings.allSatisfy { $0.severity == .warning })
        let first = try #require(spec.warnings.first)
        #expect(first.location?.line == 2 && first.path?.description == "title.offset")
        #expect(first.message.contains("\"offset\" is not honoured"))
        #expect(spec.title?.text == ["T"])
        #expect(spec.title?.look.anchor == "middle" && spec.title?.look.title.fontSize == 30)
    }

    @Test("a spec without such settings has no warnings")
    func none() throws {
        let spec = try decode("""
        {"title": {"text": "T", "subtitle": "S"}, "data": {"values": [{"a": 1}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        """)
        #expect(spec.warnings.isEmpty)
    }

    @Test("an axis's and a legend's own styling each warn; a composition's grid alignment warns")
    func guidesAndGrid() throws {
        let spec = try decode("""
        {"data": {"values": [{"a": "x", "b": 1, "c": "p"}]}, "mark": "bar",
         "encoding": {"x": {"field": "a", "axis": {"labelFontWeight": {"expr": "'bold'"},
                                                   "labelFontSize": 18, "labelLineHeight": 14, "aria": false}},
                      "y": {"field": "b", "type": "quantitative"},
                      "color": {"field": "c", "legend": {"values": ["p"], "symbolType": "circle", "labelExpr": {"expr": "'a'"}}}}}
        """)
        let paths = spec.warnings.map { $0.path?.description ?? "" }
        #expect(paths == ["encoding.x.axis.labelFontWeight", "encoding.x.axis.labelLineHeight",
                          "encoding.color.legend.labelExpr"])
        #expect(spec.warnings.first?.message.contains("condition or expression") == true)
        let grid = try decode("""
        {"data": {"values": [{"a": 1}]}, "align": "each",
         "hconcat": [{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}},
                     {"mark": "point", "encoding": {"y": {"field": "a", "type": "quantitative"}}}]}
        """)
        #expect(grid.warnings.map { $0.path?.description ?? "" } == ["align"])
    }
}
