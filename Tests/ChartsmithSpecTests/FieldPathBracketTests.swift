import Testing
@testable import ChartsmithSpec

/// Vega-Lite field paths with quoted bracket accessors name the same member as a dot.
@Suite("Bracket field paths")
struct FieldPathBracketTests {
    @Test("quoted brackets become dots; indices, escapes and plain names stay",
          arguments: [("a['b']", "a.b"), (#"a["b"]"#, "a.b"), ("a['b']['c']", "a.b.c"), ("a[0]", "a[0]"),
                      ("a['b'][2]", "a.b[2]"), (#"a\['b'\]"#, #"a\['b'\]"#), ("plain", "plain"), ("['x']", "['x']"),
                      ("a['unclosed", "a['unclosed")])
    func dotted(_ c: (String, String)) {
        #expect(FieldPathBrackets.dotted(c.0) == c.1)
    }

    @Test("an encoding field, a sort field and a transform's fields read bracket paths")
    func decoded() throws {
        let json = #"""
            {"data": {"values": []}, "mark": "point",
             "transform": [{"aggregate": [{"op": "argmax", "field": "o['d']", "as": "m"}], "groupby": ["o[\"g\"]"]}],
             "encoding": {"x": {"field": "m['d']", "type": "temporal"},
                          "y": {"field": "m[\"p\"]", "type": "nominal", "sort": {"field": "m['q']", "op": "min"}}}}
            """#
        let s = try SpecDecoder().decode(Array(json.utf8), file: "spec.json")
        #expect(s.encoding[.x]?.field == "m.d")
        #expect(s.encoding[.y]?.field == "m.p")
        guard case .aggregate(let ops, let groupby)? = s.transforms.first else { Issue.record("no aggregate"); return }
        #expect(ops.first?.field == "o.d")
        #expect(groupby == ["o.g"])
        #expect("\(String(describing: s.encoding[.y]?.sort))".contains("m.q"))
    }
}
