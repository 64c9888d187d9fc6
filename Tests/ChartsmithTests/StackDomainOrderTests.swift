import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Testing

/// Under a Vega-Lite 6 `$schema`, a stack follows the colour scale's explicit domain
/// (vega/vega-lite#9641, #9645); under Vega-Lite 5 (or no `$schema`) it keeps v5's order by
/// the colour values themselves. Both checked against vl-convert's scenegraphs (5.20, 6.4).
@Suite("Stack order and an explicit colour domain")
struct StackDomainOrderTests {
    static func spec(schema: String?, type: String = "nominal") -> String {
        """
        {\(schema.map { "\"$schema\": \"\($0)\"," } ?? "")
         "data": {"values": [{"x": "a", "c": "P", "v": 3}, {"x": "a", "c": "M", "v": 1}, {"x": "a", "c": "Z", "v": 2}]},
         "mark": "bar", "encoding": {"x": {"field": "x", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"},
           "color": {"field": "c", "type": "\(type)", "scale": {"domain": ["P", "Z", "M"], "range": ["#0000ff", "#00ff00", "#ff0000"]}}}}
        """
    }

    /// The colour of each segment from the bottom of the stack up.
    static func bottomUp(_ json: String) throws -> [String] {
        let scene = try TestPipeline.scene(json)
        return scene.rects(.mark).filter { $0.fill != nil }.sorted { $0.rect.maxY > $1.rect.maxY }.map { $0.fill!.hexString }
    }

    @Test("Vega-Lite 6: bottom to top M, Z, P (the domain's order, descending)")
    func v6() throws {
        #expect(try Self.bottomUp(Self.spec(schema: "https://vega.github.io/schema/vega-lite/v6.json")) == ["#ff0000", "#00ff00", "#0000ff"])
        #expect(try Self.bottomUp(Self.spec(schema: "https://vega.github.io/schema/vega-lite/v6.4.0.json")) == ["#ff0000", "#00ff00", "#0000ff"])
    }

    @Test("Vega-Lite 5 and no $schema: bottom to top Z, P, M (the values, descending)")
    func v5() throws {
        #expect(try Self.bottomUp(Self.spec(schema: "https://vega.github.io/schema/vega-lite/v5.20.1.json")) == ["#00ff00", "#0000ff", "#ff0000"])
        #expect(try Self.bottomUp(Self.spec(schema: nil)) == ["#00ff00", "#0000ff", "#ff0000"])
    }

    @Test("Vega-Lite 6 keeps the value order for an ordinal colour, as its compiler does")
    func v6Ordinal() throws {
        #expect(try Self.bottomUp(Self.spec(schema: "https://vega.github.io/schema/vega-lite/v6.json", type: "ordinal"))
                    == ["#00ff00", "#0000ff", "#ff0000"])
    }
}
