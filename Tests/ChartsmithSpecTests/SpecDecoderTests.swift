import Testing
@testable import ChartsmithSpec

@Suite("Decoding specs")
struct SpecDecoderTests {
    func decode(_ json: String) throws -> ChartSpec {
        try SpecDecoder().decode(Array(json.utf8), file: "spec.json")
    }

    /// The error a spec gives, as the user sees it.
    func error(_ json: String) -> String {
        do {
            _ = try decode(json)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test("a minimal bar spec decodes with its channels")
    func minimal() throws {
        let s = try decode("""
            {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative", "aggregate": "sum"}}}
            """)
        #expect(s.mark?.type == .bar)
        #expect(s.encoding[.x]?.field == "a")
        #expect(s.encoding[.y]?.aggregate == .sum)
        #expect(s.encoding[.y]?.outputField == "sum_b")
    }

    @Test("a misspelt channel names its line, column and path, and suggests the right one")
    func misspeltChannel() {
        let e = error("""
            {"data": {"values": []}, "mark": "bar",
             "encoding": {
               "colour": {"field": "a"}}}
            """)
        #expect(e == #"spec.json:3:4: encoding.colour: unknown channel "colour"; did you mean "color"?"#)
    }

    @Test("a wrong type names what was expected")
    func wrongType() {
        let e = error(#"{"data": {"values": []}, "mark": "bar", "width": "wide"}"#)
        #expect(e == #"spec.json:1:50: width: expected a number, {"step": N} or "container", found "wide""#)
    }

    @Test("an unknown measurement type suggests the closest")
    func unknownType() {
        let e = error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "quantitive"}}}"#)
        #expect(e.hasPrefix("spec.json:1:82: encoding.x.type: \"quantitive\" is not one of"))
        #expect(e.hasSuffix(#"did you mean "quantitative"?"#))
    }

    @Test("unsupported Vega-Lite features are named as such")
    func unsupported() {
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "params": []}"#)
                    == "spec.json:1:41: params: parameters and selections (\"params\") is not supported by Chartsmith")
        #expect(error(#"{"data": {"values": []}, "mark": "arc"}"#).contains("the \"arc\" mark is not supported by Chartsmith"))
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"row": {"field": "a"}}}"#)
                    .contains("encoding.row: faceting (\"row\") is not supported by Chartsmith"))
        #expect(error(#"{"data": {"values": []}, "transform": [{"regression": "a", "on": "b"}], "mark": "bar"}"#)
                    .contains("transform[0].regression: the \"regression\" transform is not supported by Chartsmith"))
    }

    @Test("an unknown property in an object suggests a close one")
    func unknownProperty() {
        let e = error(#"{"data": {"values": []}, "mark": {"type": "line", "interpolat": "monotone"}}"#)
        #expect(e == #"spec.json:1:51: mark.interpolat: unknown property "interpolat" in mark; did you mean "interpolate"?"#)
    }

    @Test("a spec with no mark or no data says so")
    func missing() {
        #expect(error(#"{"data": {"values": []}}"#).contains("no \"mark\""))
        #expect(error(#"{"mark": "bar"}"#).contains("no \"data\""))
    }

    @Test("titles, sizes, autosize and the briefing additions decode")
    func briefing() throws {
        let s = try decode("""
            {"title": {"text": "T", "subtitle": ["a", "b"]}, "width": {"step": 30}, "height": 200,
             "autosize": "fit", "source": "Source: MoJ", "notes": "n", "data": {"url": "d.csv"}, "mark": "line"}
            """)
        #expect(s.title == TitleSpec(text: ["T"], subtitle: ["a", "b"]))
        #expect(s.width == .step(30))
        #expect(s.height == .points(200))
        #expect(s.autosize == .fit)
        #expect(s.source == "Source: MoJ")
        #expect(s.notes == ["n"])
        #expect(s.data == .url("d.csv", format: nil))
    }

    @Test("tooltips are accepted and ignored")
    func tooltip() throws {
        let s = try decode(#"{"data": {"values": []}, "mark": {"type": "bar", "tooltip": true}, "encoding": {"tooltip": [{"field": "a"}]}}"#)
        #expect(s.encoding[.tooltip] == nil)
    }
}

@Suite("Vega-Lite's compile decisions")
struct ViewSemanticsTests {
    func view(_ json: String) throws -> ViewSemantics {
        let s = try SpecDecoder().decode(Array(json.utf8))
        return ViewSemantics(mark: s.mark!, encoding: s.encoding)
    }

    @Test("bars with a colour field stack on the continuous axis, descending on y")
    func stackedBars() throws {
        let v = try view("""
            {"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "o", "type": "nominal"},
             "y": {"field": "n", "type": "quantitative", "aggregate": "sum"}, "color": {"field": "c", "type": "nominal"}}}
            """)
        #expect(v.valueChannel == .y)
        #expect(v.stack?.offset == .zero)
        #expect(v.stack?.stackBy == ["c"])
        #expect(v.stack?.sort.first?.descending == true)
    }

    @Test("a quantitative x makes bars horizontal and stacks ascending")
    func horizontal() throws {
        let v = try view("""
            {"data": {"values": []}, "mark": "bar", "encoding": {"y": {"field": "o", "type": "nominal"},
             "x": {"field": "n", "type": "quantitative"}, "color": {"field": "c", "type": "nominal"}}}
            """)
        #expect(v.valueChannel == .x)
        #expect(v.stack?.sort.first?.descending == false)
    }

    @Test("lines do not stack unless asked, and stack: null turns bar stacking off")
    func noStack() throws {
        #expect(try view("""
            {"data": {"values": []}, "mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"},
             "y": {"field": "n", "type": "quantitative"}, "color": {"field": "c", "type": "nominal"}}}
            """).stack == nil)
        #expect(try view("""
            {"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "o", "type": "nominal"},
             "y": {"field": "n", "type": "quantitative", "stack": null}, "color": {"field": "c", "type": "nominal"}}}
            """).stack == nil)
    }

    @Test("type is inferred as Vega-Lite infers it")
    func inference() {
        var d = ChannelDef(field: "a")
        #expect(d.effectiveType(for: .x) == .nominal)
        d.aggregate = .sum
        #expect(d.effectiveType(for: .x) == .quantitative)
        d.aggregate = nil
        d.timeUnit = .year
        #expect(d.effectiveType(for: .x) == .temporal)
    }
}
