import ChartsmithSpec
import Testing

/// A `sort` that a continuous position scale cannot apply (by field, by channel, a list of
/// values) is ignored, as in Vega-Lite, but never silently: it is a located warning.
@Suite("Sort forms a continuous position scale ignores are warned about")
struct ContinuousSortWarningTests {
    func decode(_ sort: String, type: String = "quantitative", scale: String = "") throws -> ChartSpec {
        try SpecDecoder().decode(Array("""
        {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",
         "encoding": {"y": {"field": "a", "type": "nominal"},
                      "x": {"field": "b", "type": "\(type)", "sort": \(sort)\(scale)}}}
        """.utf8), file: "spec.json")
    }

    @Test("sort by field, by channel or by a list on a quantitative or temporal x warns at encoding.x.sort")
    func ignoredFormsWarn() throws {
        for sort in [#"{"field": "a", "op": "count"}"#, #""-y""#, #"[3, 1]"#] {
            let spec = try decode(sort)
            let w = try #require(spec.warnings.first { $0.path?.description == "encoding.x.sort" })
            #expect(w.severity == .warning && w.location?.line == 3)
            #expect(w.message.contains("\"sort\" is not honoured"))
        }
        #expect(try decode(#""-y""#, type: "temporal").warnings.contains { $0.path?.description == "encoding.x.sort" })
    }

    @Test("\"ascending\", \"descending\" and null are drawn, and a discrete scale type sorts: no warning")
    func honouredFormsDoNotWarn() throws {
        for sort in [#""ascending""#, #""descending""#, "null"] { #expect(try decode(sort).warnings.isEmpty) }
        #expect(try decode(#""-y""#, scale: #", "scale": {"type": "band"}"#).warnings.isEmpty)
        #expect(try decode(#""-y""#, type: "ordinal").warnings.isEmpty)
    }
}
