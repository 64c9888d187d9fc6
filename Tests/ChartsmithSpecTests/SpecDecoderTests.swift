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
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "selection": {}}"#)
                    == "spec.json:1:41: selection: Vega-Lite 4 selections (\"selection\"; Vega-Lite 5 writes them as \"params\") is not supported by Chartsmith")
        #expect(error(#"{"data": {"values": []}, "mark": "image"}"#).contains("the \"image\" mark is not supported by Chartsmith"))
        #expect(error(#"{"data": {"values": []}, "layer": [{"mark": "bar", "encoding": {"row": {"field": "a"}}}]}"#)
                    .contains("layer[0].encoding.row: faceting (\"row\") is not supported by Chartsmith"))
        #expect(error(#"{"data": {"values": []}, "transform": [{"filter": "datum.a > e[0]"}, {"extent": "a", "param": "e"}], "mark": "bar"}"#)
                    .contains("transform[0].filter: the parameter \"e\" is set from the data by an \"extent\" transform; Chartsmith reads parameters before it loads data, so using it here is not supported by Chartsmith"))
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

/// Every kind of mistake the decoder reports, each with its exact line:column, JSON path,
/// what was expected and a suggestion where one exists.
@Suite("Spec errors are located and explained")
struct SpecErrorTests {
    func error(_ json: String) -> String {
        do {
            _ = try SpecDecoder().decode(Array(json.utf8), file: "spec.json")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test("an unknown channel suggests the right one")
    func unknownChannel() {
        #expect(error("""
            {"data": {"values": []}, "mark": "bar",
             "encoding": {"x": {"field": "a"},
                          "colour": {"field": "b"}}}
            """) == #"spec.json:3:15: encoding.colour: unknown channel "colour"; did you mean "color"?"#)
    }

    @Test("an unknown property in a channel, a scale, an axis and a legend suggests the closest")
    func unknownProperties() {
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"feild": "a"}}}"#)
                    == #"spec.json:1:60: encoding.x.feild: unknown property "feild" in the x channel; did you mean "field"?"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "scale": {"zeroo": false}}}}"#)
                    == #"spec.json:1:84: encoding.x.scale.zeroo: unknown property "zeroo" in scale; did you mean "zero"?"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "axis": {"titel": "A"}}}}"#)
                    == #"spec.json:1:83: encoding.x.axis.titel: unknown property "titel" in axis; did you mean "title"?"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"color": {"field": "a", "legend": {"orinet": "top"}}}}"#)
                    == #"spec.json:1:89: encoding.color.legend.orinet: unknown property "orinet" in legend; did you mean "orient"?"#)
    }

    @Test("a wrong JSON type says what was expected and what was found")
    func wrongTypes() {
        #expect(error(#"{"data": {"values": []}, "mark": {"type": "line", "strokeWidth": "thick"}}"#)
                    == #"spec.json:1:66: mark.strokeWidth: expected a number, found "thick""#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": 3}}}"#)
                    == "spec.json:1:69: encoding.x.field: expected a string, found 3")
        #expect(error(#"{"data": {"values": {"a": 1}}, "mark": "bar"}"#)
                    == #"spec.json:1:21: data.values: expected an array of rows, found {"a": 1}"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "transform": {"filter": "true"}}"#)
                    == #"spec.json:1:54: transform: expected an array, found {"filter": "true"}"#)
    }

    @Test("misspelt names in enumerations suggest the closest")
    func enumerations() {
        #expect(error(#"{"data": {"values": []}, "mark": "lines"}"#)
                    == #"spec.json:1:34: mark: unknown mark type "lines"; did you mean "line"?"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"y": {"field": "a", "aggregate": "summ"}}}"#)
                    .hasSuffix(#"did you mean "sum"?"#))
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "d", "timeUnit": "yearmoth"}}}"#)
                    == #"spec.json:1:86: encoding.x.timeUnit: "yearmoth" is not a time unit; expected a combination of year, quarter, month, week, day, date, hours, minutes, seconds (e.g. "yearmonth"); did you mean "yearmonth"?"#)
        #expect(error(#"{"data": {"values": []}, "mark": "area", "encoding": {"y": {"field": "a", "stack": "normalise"}}}"#)
                    .hasSuffix(#"did you mean "normalize"?"#))
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "sort": "ascendng"}}}"#)
                    .hasSuffix(#"did you mean "ascending"?"#))
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"color": {"field": "a", "scale": {"scheme": "tablaeu10"}}}}"#)
                    == #"spec.json:1:98: encoding.color.scale.scheme: unknown colour scheme "tablaeu10"; did you mean "tableau10"?"#)
        #expect(error(#"{"data": {"values": []}, "mark": {"type": "line", "interpolate": "monotonic"}}"#)
                    .hasSuffix(#"did you mean "monotone"?"#))
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"color": {"field": "a", "legend": {"orient": "topp"}}}}"#)
                    .hasSuffix(#"did you mean "top"?"#))
        #expect(error(#"{"data": {"values": []}, "transform": [{"filtr": "true"}], "mark": "bar"}"#)
                    == #"spec.json:1:41: transform[0].filtr: unknown transform "filtr"; did you mean "filter"?"#)
    }

    @Test("multi-view compositions decode; what Chartsmith cannot lay out is named")
    func compositions() {
        #expect(error(#"{"data": {"values": []}, "facet": {"row": {"field": "a"}}, "spec": {"mark": "bar"}}"#) == "no error")
        #expect(error(#"{"data": {"values": []}, "repeat": ["a", "b"], "spec": {"mark": "bar"}}"#) == "no error")
        #expect(error(#"{"vconcat": []}"#) == #"spec.json:1:13: vconcat: "vconcat" is empty; expected at least one view"#)
        #expect(error(#"{"concat": []}"#) == #"spec.json:1:12: concat: "concat" is empty; expected at least one view"#)
        // A facet, a repeat or a concat of the other direction inside a concat is a sub-grid.
        #expect(error(#"{"hconcat": [{"data": {"values": []}, "facet": {"field": "a"}, "spec": {"mark": "bar"}}]}"#) == "no error")
        #expect(error(#"{"data": {"values": []}, "vconcat": [{"hconcat": [{"mark": "bar"}, {"mark": "point"}]}, {"repeat": ["a", "b"], "spec": {"mark": "bar", "encoding": {"x": {"field": {"repeat": "repeat"}}}}}]}"#) == "no error")
        // A facet's spec is a unit or layered view in Vega-Lite v5's schema; its compiler
        // draws a nested facet, which Chartsmith refuses (saying so, not that Vega-Lite does).
        #expect(error(#"{"data": {"values": []}, "facet": {"field": "a"}, "spec": {"hconcat": [{"mark": "bar"}]}}"#)
                    .hasPrefix(#"spec.json:1:59: spec: a facet or concat inside a facet's "spec" is not supported by Chartsmith"#))
        #expect(error(#"{"data": {"values": []}, "facet": {"row": {"field": "a"}}, "spec": {"facet": {"row": {"field": "b"}}, "spec": {"mark": "point"}}}"#)
                    .contains("is not supported by Chartsmith"))
        #expect(error(#"{"data": {"values": []}, "layer": [{"hconcat": []}]}"#)
                    == #"spec.json:1:37: layer[0].hconcat: concatenated views ("hconcat") is not supported by Chartsmith"#)
    }

    @Test("Vega-Lite 4 selections (\"selection\"), and conditions and filters on them, are named as unsupported; params are read")
    func selections() {
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "selection": {"p": {"type": "single"}}}"#)
                    == #"spec.json:1:41: selection: Vega-Lite 4 selections ("selection"; Vega-Lite 5 writes them as "params") is not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "layer": [{"selection": {}, "mark": "bar"}]}"#)
                    == #"spec.json:1:37: layer[0].selection: Vega-Lite 4 selections ("selection"; Vega-Lite 5 writes them as "params") is not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"opacity": {"condition": {"selection": "p", "value": 1}, "value": 0.3}}}"#)
                    == #"spec.json:1:80: encoding.opacity.condition.selection: conditions on selections ("selection", Vega-Lite 4) are not supported by Chartsmith; use "param""#)
        #expect(error(#"{"data": {"values": []}, "transform": [{"filter": {"selection": "brush"}}], "mark": "bar"}"#)
                    == #"spec.json:1:52: transform[0].filter.selection: selection filters ("selection") is not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "params": [{"name": "p", "select": "point"}], "encoding": {"opacity": {"condition": {"param": "p", "value": 1}, "value": 0.3}}}"#)
                    == "no error")
    }

    @Test("unsupported marks, channels, transforms and data are named")
    func unsupportedFeatures() {
        #expect(error(#"{"data": {"values": []}, "mark": "geoshape"}"#)
                    .hasPrefix(#"spec.json:1:34: mark: the "geoshape" mark (maps) is not supported by Chartsmith"#))
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"theta": {"field": "a", "type": "quantitative"}}}"#)
                    .hasPrefix(#"spec.json:1:63: encoding.theta: the "theta" channel places arc marks"#))
        #expect(error(#"{"data": {"values": []}, "layer": [{"mark": "bar", "encoding": {"column": {"field": "a"}}}]}"#)
                    == #"spec.json:1:65: layer[0].encoding.column: faceting ("column") is not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"angle": {"field": "a"}}}"#)
                    .hasPrefix(#"spec.json:1:63: encoding.angle: the "angle" channel on bar marks is not supported by Chartsmith"#))
        #expect(error(#"{"data": {"values": []}, "transform": [{"extent": "a", "param": "p"}], "mark": "line", "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"domain": {"param": "p"}}}}}"#)
                    == #"spec.json:1:175: encoding.x.scale.domain.param: the parameter "p" is set from the data by an "extent" transform; Chartsmith reads parameters before it loads data, so using it here is not supported by Chartsmith: only the calculate and filter transforms after the extent transform, in its transform list, can read it (or write the range out, e.g. "domain": [min, max])"#)
        #expect(error(#"{"data": {"values": []}, "transform": [{"lookup": "a", "from": {"param": "p", "key": "k"}}], "mark": "bar"}"#)
                    == #"spec.json:1:64: transform[0].from.param: lookups from a selection ("param") are not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "mark": "line", "encoding": {"y": {"field": "a", "header": {"title": 0}}}}"#)
                    == #"spec.json:1:75: encoding.y.header: facet headers ("header") is not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "layer": [{"layer": [{"mark": "bar"}], "resolve": {"scale": {"y": "independent"}}}]}"#)
                    .hasPrefix(#"spec.json:1:92: layer[0].resolve.scale.y: independent scales inside a nested layer"#))
        #expect(error(#"{"data": {"url": "us.json", "format": {"type": "topojson", "feature": "states"}}, "mark": "bar"}"#)
                    == #"spec.json:1:48: data.format.type: TopoJSON data ("topojson") is not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "mark": {"type": "line", "interpolate": "basis"}}"#)
                    .hasPrefix(#"spec.json:1:66: mark.interpolate: "basis" interpolation is not supported by Chartsmith"#))
        #expect(error(#"{"data": {"values": []}, "mark": {"type": "line", "strokeDash": {"expr": "dash"}}}"#)
                    == #"spec.json:1:51: mark.strokeDash: expressions for the mark's "strokeDash" ({"expr": ...}) other than a parameter's name are not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "scale": {"type": "quantile"}}}}"#)
                    .hasPrefix(#"spec.json:1:92: encoding.x.scale.type: a "quantile" scale on "x" is not supported: Vega-Lite draws discretizing scales for "color""#))
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"color": {"field": "a", "scale": {"type": "bin-ordinal"}}}}"#)
                    .hasPrefix(#"spec.json:1:96: encoding.color.scale.type: "bin-ordinal" scales are not supported by Chartsmith"#))
    }

    @Test("missing and out-of-range values are located")
    func missingValues() {
        #expect(error(#"{"data": {"values": []}, "transform": [{"calculate": "1"}], "mark": "bar"}"#)
                    == #"spec.json:1:40: transform[0]: missing "as""#)
        #expect(error(#"{"data": {"values": []}, "transform": [{"filter": {"field": "a"}}], "mark": "bar"}"#)
                    == "spec.json:1:51: transform[0].filter: a field predicate needs one of equal, oneOf, range, lt, lte, gt, gte or valid")
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"type": "nominal"}}}"#)
                    == #"spec.json:1:59: encoding.x: the x channel needs a "field", a "value" or a "datum""#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "bin": {"maxbins": 0}}}}"#)
                    == #"spec.json:1:81: encoding.x.bin.maxbins: expected a "maxbins" of at least 1"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "width": -3}"#)
                    == "spec.json:1:50: width: expected a positive number of points, found -3")
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "width": {"step": 20, "for": "offsets"}}"#)
                    == #"spec.json:1:70: width.for: expected "position" or "offset", found "offsets"; did you mean "offset"?"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "sort": {"field": "b", "order": "up"}}}}"#)
                    == #"spec.json:1:106: encoding.x.sort.order: expected "ascending" or "descending", found "up""#)
    }

    @Test("conditions with a test, argmax, binned time units and date-time values decode")
    func decodes() throws {
        let s = try SpecDecoder().decode(Array("""
            {"data": {"values": []}, "mark": "bar",
             "transform": [{"filter": {"field": "date", "timeUnit": "year", "range": [{"year": 2005}, 2007]}}],
             "encoding": {"x": {"field": "date", "timeUnit": "binnedyearmonth"},
                          "y": {"field": "b", "aggregate": {"argmax": "c"}},
                          "color": {"condition": {"test": "datum.b > 0", "value": "red"}, "value": "grey"}}}
            """.utf8))
        #expect(s.encoding[.x]?.timeUnit == .yearmonth)
        #expect(s.encoding[.x]?.timeUnitBinned == true)
        #expect(s.encoding[.x]?.outputField == "date")
        #expect(s.encoding[.x]?.effectiveType(for: .x) == .temporal)
        #expect(s.encoding[.y]?.aggregate == .argmax)
        #expect(s.encoding[.y]?.argField == "c")
        #expect(s.encoding[.color]?.conditions.count == 1)
        guard case .filter(.timeUnit(let unit, .range(_, let lo, _))) = s.transforms.first else {
            Issue.record("expected a time-unit range filter, got \(s.transforms)")
            return
        }
        #expect(unit == .year)
        #expect(lo.flatMap(DateTimeObject.milliseconds) == 1_104_537_600_000)  // 2005-01-01T00:00Z
    }

    @Test("nested layers are flattened, each inheriting the data, transforms and encoding around it")
    func nestedLayers() throws {
        let s = try SpecDecoder().decode(Array("""
            {"data": {"values": [{"a": 1}]}, "encoding": {"x": {"field": "a", "type": "quantitative"}},
             "layer": [{"mark": "rule"},
                       {"transform": [{"calculate": "1", "as": "b"}], "encoding": {"y": {"field": "b", "type": "quantitative"}},
                        "layer": [{"mark": "line"}, {"mark": "point"}]}]}
            """.utf8))
        #expect(s.layers.map(\.mark.type) == [.rule, .line, .point])
        #expect(s.layers[1].encoding[.y]?.field == "b")
        #expect(s.layers[2].transforms.count == 1)
        #expect(s.layers[0].transforms.isEmpty)
    }

    @Test("a partial channel above the layers is completed by each layer's field, dropped (named) from a layer without it, refused where no layer completes it")
    func partialChannels() throws {
        let s = try SpecDecoder().decode(Array("""
            {"data": {"values": []}, "encoding": {"y": {"type": "quantitative", "axis": {"title": "Both"}}},
             "layer": [{"mark": "point", "encoding": {"y": {"field": "a"}}}, {"mark": "line", "encoding": {"y": {"field": "b"}}}]}
            """.utf8))
        let y = s.layers[1].encoding.inheriting(from: s.encoding)[.y]
        #expect(y?.field == "b")
        #expect(y?.type == .quantitative)
        #expect(y?.axis?.title == .some("Both"))
        // A layer that sets no y draws without it, as Vega-Lite drops a channel with no field
        // from a view (layer_likert's text layers); a warning names the layer.
        let dropped = try SpecDecoder().decode(Array("""
            {"data": {"values": []}, "encoding": {"y": {"type": "quantitative"}},
             "layer": [{"mark": "point", "encoding": {"y": {"field": "a"}}}, {"mark": "rule"}]}
            """.utf8))
        #expect(dropped.layers[1].encoding.inheriting(from: dropped.encoding)[.y] == nil)
        #expect(dropped.layers[0].encoding.inheriting(from: dropped.encoding)[.y]?.type == .quantitative)
        #expect(dropped.warnings.contains { $0.path?.description == "encoding.y" && $0.message.contains("layer 2 (rule)") },
                "\(dropped.warnings.map(\.description))")
        #expect(error("""
            {"data": {"values": []}, "encoding": {"y": {"type": "quantitative"}},
             "layer": [{"mark": "point", "encoding": {"x": {"field": "a"}}}, {"mark": "rule"}]}
            """) == #"spec.json:1:44: encoding.y: the y channel needs a "field", a "value" or a "datum""#)
    }

    @Test("density and lookup transforms: parameters checked where they are written")
    func densityAndLookup() {
        #expect(error(#"{"data": {"values": []}, "transform": [{"density": "a", "steps": 1e9}], "mark": "area"}"#)
                    == #"spec.json:1:66: transform[0].steps: expected a whole number of steps from 1 to 10,000, found 1000000000"#)
        #expect(error(#"{"data": {"values": []}, "transform": [{"density": "a", "resolve": "shard"}], "mark": "area"}"#)
                    == #"spec.json:1:68: transform[0].resolve: "shard" is not a resolve mode; expected "shared" or "independent"; did you mean "shared"?"#)
        #expect(error(#"{"data": {"values": []}, "transform": [{"density": "a", "bandwith": 2}], "mark": "area"}"#)
                    .contains(#"transform[0].bandwith: unknown property "bandwith""#))
        #expect(error(#"{"data": {"values": []}, "transform": [{"lookup": "a", "from": {"data": {"url": "b.csv"}, "key": "k"}}], "mark": "bar"}"#)
                    .contains(#"transform[0].from: lookups that copy whole rows (no "fields") are not supported by Chartsmith"#))
        #expect(error(#"{"data": {"values": []}, "transform": [{"lookup": "a", "from": {"data": {"url": "b.csv"}, "key": "k", "fields": ["x", "y"]}, "as": "z"}], "mark": "bar"}"#)
                    .contains(#"transform[0].as: expected 2 names in "as", one for each of "fields""#))
    }

    @Test("what layout would silently ignore is refused by name: mark positions on bars, quantitative offsets on bars")
    func silentlyIgnored() {
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a"}, "size": {"field": "b", "type": "quantitative"}}}"#)
                    .contains(#"encoding.size: a size field on bar marks (thickness by data) is not supported by Chartsmith"#))
        #expect(error(#"{"data": {"values": []}, "mark": {"type": "bar", "x": 5}, "encoding": {"y": {"field": "a"}}}"#)
                    == #"spec.json:1:55: mark.x: positions in points ("x" on the mark) for bar marks are not supported by Chartsmith"#)
        #expect(error(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a"}, "xOffset": {"field": "b", "type": "quantitative"}}}"#)
                    == #"spec.json:1:86: encoding.xOffset: quantitative offsets ("xOffset" with a quantitative field) on bar marks are not supported by Chartsmith"#)
    }

    @Test("named datasets: data {\"name\"} reads the rows of datasets, in layers too; an unknown name is located")
    func namedDatasets() throws {
        let spec = try SpecDecoder().decode(Array(#"{"datasets": {"table": [{"a": 1}, {"a": 2}]}, "layer": [{"data": {"name": "table"}, "mark": "bar", "encoding": {"x": {"field": "a"}}}]}"#.utf8))
        guard case .values(let rows, _)? = spec.layers.first?.data else { Issue.record("no values"); return }
        #expect(rows.count == 2)
        #expect(error(#"{"datasets": {"table": []}, "data": {"name": "tabel"}, "mark": "bar"}"#)
                    == #"spec.json:1:46: data.name: no dataset named "tabel" in "datasets" (there are: table); did you mean "table"?"#)
        #expect(error(#"{"data": {"name": "table"}, "mark": "bar"}"#).contains(#"no dataset named "table": the spec has no "datasets""#))
    }
}
