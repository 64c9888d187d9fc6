import ChartsmithSpec
import Foundation
import Testing

/// The round trip on what the fixtures use rarely or never, each written here in the form
/// the decoder normalises (parameters, conditional fields, nested layers, repeat, facets,
/// escaped field names, stepped time units, the impute transform, datasets), on every
/// style file, and a check that the comparison sees a change.
@Suite("Round trip of rarely used spec features and of the style files")
struct RoundTripFeatureTests {
    func decode(_ json: String) throws -> ChartSpec {
        try SpecDecoder().decode(Array(json.utf8), file: "spec.json")
    }

    /// Decodes, encodes, decodes; returns both specs' projections and the encoded text.
    func roundTrip(_ json: String) throws -> (before: [String], after: [String], text: String) {
        let first = try decode(json)
        let text = first.vegaLiteJSON()
        let second = try SpecDecoder().decode(Array(text.utf8), file: "encoded.json")
        return (LocationFreeProjection.lines(first), LocationFreeProjection.lines(second), text)
    }

    static let specs: [String: String] = [
        "legend values, labelExpr and tickCount": """
        {"data": {"values": [{"a": "x", "n": 1}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "nominal"},
                      "color": {"field": "a", "type": "nominal", "legend": {"values": ["x", 2, true], "labelExpr": "upper(datum.label)"}},
                      "size": {"field": "n", "type": "quantitative", "legend": {"tickCount": 3}}}}
        """,
        "selections and variables": """
        {"params": [{"name": "cut", "value": 20}, {"name": "label", "expr": "cut * 2"}],
         "data": {"values": [{"a": "x", "b": 1, "c": 3}, {"a": "y", "b": 30, "c": 4}]},
         "layer": [
           {"mark": "point", "encoding": {"x": {"field": "b", "type": "quantitative"}, "y": {"field": "c", "type": "quantitative"}},
            "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x", "y"]}, "value": {"x": [30, 2], "y": [3, 5]}},
                       {"name": "pick", "select": {"type": "point", "fields": ["a"]}, "value": [{"a": "x"}, {"a": "y"}]},
                       {"name": "none", "select": "point"}]},
           {"mark": "rule", "transform": [{"filter": {"param": "none", "empty": false}}, {"filter": "datum.b > cut"}],
            "encoding": {"y": {"field": "c", "type": "quantitative"},
                         "color": {"condition": {"param": "pick", "field": "a", "type": "nominal"}, "value": "grey"},
                         "opacity": {"condition": [{"param": "none", "value": 1}, {"test": "datum.b < label", "value": 0.5}], "value": 0.2}}}
         ]}
        """,
        "nested layers keep their group, escaped fields their escapes": """
        {"data": {"values": [{"a.b": 1, "c\\\\d": 2, "t": "2020-01-01"}]},
         "encoding": {"x": {"field": "a\\\\.b", "type": "quantitative"}},
         "layer": [
           {"layer": [{"mark": "point", "encoding": {"y": {"field": "c\\\\\\\\d", "type": "quantitative"}}},
                      {"mark": {"type": "line", "point": {"filled": false, "size": 30}, "interpolate": "step-after"},
                       "encoding": {"y": {"field": "t", "timeUnit": {"unit": "yearmonth", "step": 3}, "type": "temporal"}}}]},
           {"mark": {"type": "text", "text": ["two", "lines"], "dx": {"expr": "datum.a > 0 ? 2 : -2"}, "invalid": null},
            "encoding": {"y": {"datum": {"year": 2020, "month": 2}}, "text": {"value": "t"}}}
         ],
         "resolve": {"scale": {"y": "independent"}}}
        """,
        "repeat, wrapped facet and row facet": """
        {"datasets": {"rows": [{"a": "x", "b": 1, "c": 2, "g": "p"}]},
         "data": {"name": "rows"},
         "repeat": ["b", "c"], "columns": 2,
         "spec": {"mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal", "sort": "-y"},
                                              "y": {"field": {"repeat": "repeat"}, "type": "quantitative", "aggregate": "sum"}}}}
        """,
        "a facet by one field, wrapped": """
        {"data": {"values": [{"a": "x", "b": 1, "g": "p"}]},
         "facet": {"field": "g", "type": "nominal", "columns": 3, "sort": {"field": "b", "op": "sum", "order": "descending"},
                   "header": {"title": null, "labelOrient": "bottom"}},
         "spec": {"mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}}
        """,
        "row and column channels": """
        {"data": {"values": [{"a": "x", "b": 1, "g": "p", "h": "q"}]}, "mark": "bar", "spacing": 4,
         "encoding": {"row": {"field": "g", "header": null}, "column": {"field": "h", "sort": ["q", "r"]},
                      "x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative", "axis": {"labelOverlap": false, "values": [0, 1]}}}}
        """,
        "transforms": """
        {"data": {"sequence": {"start": 0, "stop": 10, "as": "v"}},
         "transform": [
           {"impute": "v", "key": "k", "keyvals": {"start": 0, "stop": 5}, "method": "mean", "frame": [-2, null], "groupby": ["g"]},
           {"window": [{"op": "rank", "as": "r"}], "sort": [{"field": "v", "order": "descending"}], "frame": [null, 0]},
           {"bin": {"maxbins": 5}, "field": "v", "as": "bv"},
           {"timeUnit": "utcyearmonth", "field": "v", "as": "tv"},
           {"stack": "v", "groupby": [], "offset": "normalize", "as": "s"},
           {"filter": {"field": "v", "timeUnit": "year", "range": [null, 2000]}},
           {"filter": {"not": {"or": [{"field": "v", "oneOf": [1, 2]}, {"field": "v", "valid": true}]}}},
           {"fold": ["v", "r"]}, {"flatten": ["x", "y"], "as": ["x1"]}, {"sample": 2.5},
           {"pivot": "key", "value": "value", "op": "max", "limit": 3},
           {"regression": "value", "on": "v", "method": "poly", "order": 2, "as": ["a", "b"]},
           {"loess": "value", "on": "v", "bandwidth": 0}
         ],
         "mark": {"type": "area", "line": {"color": "red"}, "color": {"gradient": "linear", "stops": [{"offset": 0, "color": "white"}, {"offset": 1, "color": "blue"}]}},
         "encoding": {"x": {"field": "v", "type": "quantitative", "bin": true, "scale": {"nice": "month", "scheme": {"name": "blues", "extent": [0.2, 1]}}},
                      "y": {"field": "value", "type": "quantitative", "stack": false, "impute": {"value": 0}, "scale": null},
                      "color": {"field": "key", "bin": true, "legend": {"title": null, "direction": "horizontal"}},
                      "order": [{"field": "v", "sort": "descending"}, {"field": "r"}]}}
        """,
        "guide looks and fonts on an axis, a legend, the title and a text mark": """
        {"title": {"text": "Looks", "subtitle": ["two", "lines"], "color": "#333333", "fontSize": 18, "fontWeight": "normal",
                   "subtitleColor": "#666666", "subtitleFontSize": 11, "subtitleFontWeight": "bold", "anchor": "start",
                   "font": "DejaVu Serif", "subtitleFont": "DejaVu Sans"},
         "data": {"values": [{"a": "x", "b": 1, "g": "p"}]},
         "layer": [
           {"mark": "point",
            "encoding": {"x": {"field": "a", "type": "nominal",
                               "axis": {"labelColor": "#112233", "labelFontSize": 9, "labelFontWeight": "bold", "labelFontStyle": "italic",
                                        "labelOpacity": 0.8, "labelLimit": 60, "titleColor": "red", "titleFontSize": 12,
                                        "titleFontWeight": "normal", "titleFontStyle": "normal", "titleOpacity": 0.9, "titlePadding": 6,
                                        "titleAnchor": "end", "titleLimit": 90, "tickColor": "grey", "tickWidth": 2, "tickOpacity": 0.5,
                                        "domainDash": [2, 2], "domainOpacity": 0.7, "labelAlign": "right", "labelOffset": 1,
                                        "labelPadding": 3, "tickSize": 4, "tickDash": [1, 1], "gridDash": [3, 1], "gridColor": "#eeeeee",
                                        "gridWidth": 0.5, "gridOpacity": 0.6, "domainColor": "black", "domainWidth": 1.5,
                                        "labelFont": "DejaVu Sans Mono", "titleFont": "DejaVu Serif"}},
                         "y": {"field": "b", "type": "quantitative", "axis": {"titleFontStyle": "oblique"}},
                         "color": {"field": "g", "type": "nominal",
                                   "legend": {"direction": "horizontal", "columns": 2, "padding": 4, "offset": 8, "rowPadding": 2,
                                              "columnPadding": 6, "labelColor": "#444444", "labelFontSize": 10, "labelFontWeight": "bold",
                                              "labelOpacity": 0.9, "labelLimit": 80, "labelOffset": 3, "titleColor": "navy",
                                              "titleFontSize": 12, "titleFontWeight": "normal", "titleOpacity": 1, "titlePadding": 5,
                                              "titleOrient": "left", "symbolSize": 60, "symbolType": "square", "symbolStrokeWidth": 1,
                                              "symbolOpacity": 0.8, "fillColor": "white", "strokeColor": "grey", "strokeWidth": 1,
                                              "cornerRadius": 2, "labelFont": "DejaVu Sans", "titleFont": "DejaVu Serif"}}}},
           {"mark": {"type": "text", "font": "DejaVu Serif", "fontSize": 9, "text": "t"},
            "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}
         ]}
        """,
        "config looks, fonts, headers and composition defaults": """
        {"config": {"fonts": ["fonts/Brand-Regular.ttf", "fonts/Brand-Bold.ttf"], "font": "Brand, DejaVu Sans",
                    "axis": {"labelFont": "DejaVu Sans", "labelFontStyle": "italic", "tickColor": "#999999", "titlePadding": 4,
                             "domainDash": [4, 2], "labelLimit": 100},
                    "axisX": {"labelColor": "#222222", "titleFontSize": 13, "tickWidth": 1.5},
                    "axisLeft": {"tickOpacity": 0.4, "titleFontWeight": "bold", "gridColor": "#dddddd"},
                    "axisBand": {"domainOpacity": 0.5},
                    "legend": {"disable": false, "orient": "bottom", "direction": "horizontal", "columns": 3, "symbolType": "circle",
                               "strokeColor": "#cccccc", "padding": 6, "titleOrient": "top", "labelFont": "DejaVu Serif"},
                    "text": {"font": "DejaVu Sans Mono"}, "mark": {"font": "DejaVu Sans"},
                    "header": {"labelFormat": ".1f", "labels": true}, "headerRow": {"title": "Rows"},
                    "headerColumn": {"labelExpr": "upper(datum.label)"}, "headerFacet": {"formatType": "number"},
                    "facet": {"spacing": 8, "columns": 2}, "concat": {"spacing": 12, "columns": 3}},
         "data": {"values": [{"a": 1, "b": 1, "g": 2}]},
         "facet": {"field": "g", "type": "quantitative", "header": {"labelFormat": ".2f"}},
         "spec": {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}}
        """,
        "a donut: arc radii, pad angle, theta and a radius scale's range": """
        {"config": {"maxPieParts": 5},
         "data": {"values": [{"k": "a", "v": 4}, {"k": "b", "v": 6}]},
         "layer": [
           {"mark": {"type": "arc", "innerRadius": 40, "outerRadius": 80, "padAngle": 0.02, "thetaOffset": 0.1, "radiusOffset": 2},
            "encoding": {"theta": {"field": "v", "type": "quantitative", "stack": true},
                         "radius": {"field": "v", "type": "quantitative", "scale": {"type": "sqrt", "zero": true, "rangeMin": 20, "rangeMax": 90}},
                         "color": {"field": "k", "type": "nominal"}}},
           {"mark": {"type": "text", "radius": 95, "theta": 1.2},
            "encoding": {"theta": {"field": "v", "type": "quantitative", "stack": true}, "text": {"field": "k"}}}
         ]}
        """,
        "a heatmap: rect marks, a diverging colour scale and a gradient legend's size": """
        {"config": {"range": {"heatmap": ["#ffffff", "#ff0000"]}},
         "data": {"values": [{"x": "a", "y": "p", "v": 1}, {"x": "b", "y": "q", "v": -2}]},
         "mark": "rect",
         "encoding": {"x": {"field": "x", "type": "ordinal"}, "y": {"field": "y", "type": "ordinal"},
                      "color": {"field": "v", "type": "quantitative", "scale": {"scheme": "redblue", "domainMid": 0},
                                "legend": {"gradientLength": 120, "gradientThickness": 10}}}}
        """,
        "a Vega-Lite 6 $schema": """
        {"$schema": "https://vega.github.io/schema/vega-lite/v6.4.0.json",
         "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}
        """,
    ]

    @Test("hand-written specs with rarely used features round-trip", arguments: specs.keys.sorted())
    func feature(_ name: String) throws {
        let (before, after, text) = try roundTrip(Self.specs[name]!)
        #expect(before == after, "\(name) changed:\n\(RoundTripTests.difference(before, after))\n\(text)")
    }

    /// The cases for the fields the guides, fonts, arcs and rects, composition config and
    /// `$schema` work added to the model.
    static let newFieldCases = [
        "guide looks and fonts on an axis, a legend, the title and a text mark",
        "config looks, fonts, headers and composition defaults",
        "a donut: arc radii, pad angle, theta and a radius scale's range",
        "a heatmap: rect marks, a diverging colour scale and a gradient legend's size",
        "a Vega-Lite 6 $schema",
    ]

    /// Every object key in a JSON text, at any depth.
    static func keys(_ json: String) throws -> Set<String> {
        var out: Set<String> = []
        func walk(_ v: Any) {
            if let o = v as? [String: Any] { for (k, x) in o { out.insert(k); walk(x) } }
            if let a = v as? [Any] { a.forEach(walk) }
        }
        walk(try JSONSerialization.jsonObject(with: Data(json.utf8)))
        return out
    }

    /// A round trip of equal specs proves little if the decoder dropped a key into a warning
    /// and the encoder never saw it: each key these cases write must be written back.
    @Test("every key of the new-field cases is held by the model and written back", arguments: newFieldCases)
    func newFieldsWrittenBack(_ name: String) throws {
        let json = Self.specs[name]!
        let text = try decode(json).vegaLiteJSON()
        let missing = try Self.keys(json).subtracting(Self.keys(text))
        #expect(missing.isEmpty, "\(name): not written back: \(missing.sorted())\n\(text)")
    }

    @Test("every style file's config round-trips")
    func styleFiles() throws {
        let folder = RoundTripTests.root.appendingPathComponent("Styles")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        #expect(files.count >= 10)
        for url in files {
            let config = try ConfigDecoder.decodeStyle(Array(try Data(contentsOf: url)), file: url.lastPathComponent)
            let text = config.vegaLite.jsonText(pretty: true)
            let again = try ConfigDecoder.decodeStyle(Array(text.utf8), file: "encoded \(url.lastPathComponent)")
            let a = LocationFreeProjection.lines(config), b = LocationFreeProjection.lines(again)
            #expect(a == b, "\(url.lastPathComponent) changed:\n\(RoundTripTests.difference(a, b))")
        }
    }

    @Test("the comparison sees a changed value, and ignores only where things were written")
    func comparisonCanFail() throws {
        let json = """
        {"data": {"values": [{"a": "x", "b": 1}]}, "mark": {"type": "bar", "color": "red"},
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}
        """
        let spec = try decode(json)
        // The same spec from other lines and columns compares equal…
        let moved = try decode("\n\n   " + json.replacingOccurrences(of: ", ", with: ",\n  "))
        #expect(LocationFreeProjection.lines(spec) == LocationFreeProjection.lines(moved))
        #expect(spec.encoding[.x]?.location != moved.encoding[.x]?.location)
        // …but a changed colour, field type or dictionary entry does not.
        var recoloured = spec
        recoloured.mark?.color = "blue"
        #expect(LocationFreeProjection.lines(spec) != LocationFreeProjection.lines(recoloured))
        var retyped = spec
        retyped.encoding[.x]?.type = .ordinal
        #expect(LocationFreeProjection.lines(spec) != LocationFreeProjection.lines(retyped))
        var extra = spec
        extra.encoding[.color] = ChannelDef(field: "a", type: .nominal)
        #expect(LocationFreeProjection.lines(spec) != LocationFreeProjection.lines(extra))
        #expect(LocationFreeProjection.lines(spec).count > 100)
    }

    @Test("the JSON is the same text on every run and lists members in a fixed order")
    func deterministic() throws {
        let spec = try decode(Self.specs["transforms"]!)
        let texts = (0..<5).map { _ in spec.vegaLiteJSON() }
        #expect(Set(texts).count == 1)
        // No `$schema` was given (read as Vega-Lite 5), so none is written.
        #expect(texts[0].hasPrefix("{\n  \"data\""))
    }

    @Test("the $schema's Vega-Lite version is written back, so rules that differ by version hold")
    func schemaVersion() throws {
        let spec = try decode(Self.specs["a Vega-Lite 6 $schema"]!)
        #expect(spec.vegaLiteMajorVersion == 6)
        #expect(spec.vegaLiteJSON().hasPrefix("{\n  \"$schema\": \"https://vega.github.io/schema/vega-lite/v6.json\""))
        let again = try SpecDecoder().decode(Array(spec.vegaLiteJSON().utf8), file: "encoded.json")
        #expect(again.vegaLiteMajorVersion == 6)
    }
}
