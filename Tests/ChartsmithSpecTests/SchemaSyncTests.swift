import Foundation
import Testing
@testable import ChartsmithSpec

/// `Sources/ChartsmithSpec/Schema/chartsmith.schema.json` is the JSON Schema editors use to
/// validate and complete Chartsmith specs. These tests hold it in step with the decoder:
/// every kind of object the decoder reads is a schema definition (named by the decoder's
/// kind), with exactly the properties the decoder accepts there.
@Suite("The JSON Schema matches the decoder")
struct SchemaSyncTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = root.appendingPathComponent("Sources/ChartsmithSpec/Schema/chartsmith.schema.json")

    /// Kinds whose property names are data, not vocabulary.
    /// (The side- and type-specific axis blocks are read by the same code as `config.axisX`
    /// and `config.axisY`, which the corpus covers property by property.)
    static let dynamicKinds: Set<String> = Set(["dataFormatParse", "the style"] + ConfigDecoder.axisBlockKeys.map { "config." + $0 })

    /// Specs that between them reach every kind of object the decoder reads, and every
    /// branch that reads a different set of properties.
    static let corpus: [String] = [
        #"""
        {"$schema": "x", "name": "n", "usermeta": {}, "description": "d", "view": {"stroke": null},
         "title": {"text": "T", "subtitle": "S", "anchor": "start"}, "width": {"step": 20, "for": "position"},
         "height": 200, "autosize": {"type": "fit", "contains": "padding"}, "background": "white",
         "padding": {"top": 1, "right": 1, "bottom": 1, "left": 1},
         "data": {"url": "a.csv", "name": "n", "format": {"type": "csv", "parse": {"a": "number"}, "property": "p", "delimiter": ","}},
         "transform": [
           {"filter": {"field": "a", "timeUnit": "year", "equal": 2000}},
           {"filter": {"and": [{"field": "a", "oneOf": [1, 2]}, {"field": "a", "range": [1, 2]}]}},
           {"filter": {"or": [{"field": "a", "lt": 1}, {"field": "a", "lte": 1}, {"field": "a", "gt": 1}]}},
           {"filter": {"not": {"field": "a", "gte": 1}}},
           {"filter": {"field": "a", "valid": true}},
           {"filter": "datum.a > 1"},
           {"calculate": "datum.a * 2", "as": "b"},
           {"fold": ["a", "b"], "as": ["k", "v"]},
           {"aggregate": [{"op": "sum", "field": "a", "as": "s"}], "groupby": ["k"]},
           {"joinaggregate": [{"op": "mean", "field": "a", "as": "m"}], "groupby": ["k"]},
           {"window": [{"op": "rank", "as": "r", "field": "a", "param": 1}], "sort": [{"field": "a", "order": "descending"}],
            "groupby": ["k"], "frame": [null, 0], "ignorePeers": false},
           {"bin": {"maxbins": 20, "step": 5, "extent": [0, 100], "binned": false, "nice": true, "base": 10, "minstep": 1,
                    "divide": [5, 2], "anchor": 0, "steps": [1, 5]}, "field": "a", "as": ["b0", "b1"]},
           {"stack": "a", "groupby": ["k"], "offset": "zero", "sort": [{"field": "k"}], "as": ["s0", "s1"]},
           {"timeUnit": {"unit": "yearmonth", "utc": true, "binned": false, "maxbins": 10}, "field": "d", "as": "ym"}
         ],
         "mark": {"type": "area", "point": {"filled": false, "fill": "white"}, "line": {"color": "red"},
                  "color": {"gradient": "linear", "x1": 0, "y1": 1, "x2": 0, "y2": 0,
                            "stops": [{"offset": 0, "color": "white"}, {"offset": 1, "color": "green"}]},
                  "width": {"band": 0.5}, "height": 3, "dx": {"expr": "datum.a"}},
         "encoding": {
           "x": {"field": "d", "type": "temporal", "timeUnit": {"unit": "month"}, "title": "t", "bandPosition": 0.5,
                 "scale": {"type": "time", "domain": [1, 2], "domainMin": 0, "domainMax": 3, "domainMid": 1,
                           "scheme": {"name": "blues", "extent": [0, 1], "count": 5}, "zero": false, "nice": true, "padding": 1,
                           "paddingInner": 0.1, "paddingOuter": 0.1, "reverse": false, "exponent": 2, "base": 10, "constant": 1,
                           "clamp": true, "round": true, "interpolate": "hcl", "align": 0.5},
                 "axis": {"title": "x", "format": "%Y", "formatType": "time", "labelAngle": 0, "tickCount": 5, "grid": true,
                          "domain": true, "ticks": true, "labels": true, "orient": "bottom", "values": [1], "labelLimit": 100,
                          "labelExpr": "datum.label"}},
           "y": {"aggregate": {"argmax": "a"}, "field": "b", "stack": "normalize", "sort": {"field": "a", "op": "sum", "order": "descending"}},
           "y2": {"datum": 0},
           "color": {"field": "c", "legend": {"title": "c", "orient": "top", "direction": "horizontal", "format": "d", "formatType": "number"},
                     "condition": {"test": "datum.a > 1", "value": "red"}, "format": ".1f", "formatType": "number"},
           "opacity": {"value": 0.5},
           "xOffset": {"field": "g", "bin": {"maxbins": 5}},
           "order": {"field": "a", "sort": {"encoding": "y"}},
           "tooltip": [{"field": "a"}]
         },
         "config": {}, "source": "s", "notes": ["n"], "style": "briefing",
         "annotations": [{"type": "rule", "x": 1, "text": "t", "color": "red"}]}
        """#,
        #"""
        {"data": {"sequence": {"start": 0, "stop": 10, "step": 1, "as": "x"}},
         "encoding": {"x": {"field": "x", "type": "quantitative"}},
         "layer": [{"name": "a", "description": "d", "$schema": "s", "data": {"values": [1]}, "transform": [],
                    "encoding": {}, "layer": [{"mark": "line"}]}]}
        """#,
        #"""
        {"data": {"values": []}, "mark": "bar",
         "config": {"bar": {}, "area": {}, "line": {}, "point": {}, "rule": {}, "text": {}, "tick": {}, "circle": {},
                    "square": {}, "title": {}, "axis": {}, "axisX": {}, "axisY": {}, "legend": {}, "view": {}, "range": {},
                    "scale": {}, "mark": {}, "footer": {}, "labels": {}, "separator": {},
                    "style": {"label": {}, "guide-label": {}, "cell": {}}}}
        """#,
        #"""
        {"data": {"values": []}, "mark": "line",
         "transform": [{"regression": "y", "on": "x", "groupby": ["g"], "method": "poly", "order": 3, "extent": [0, 1],
                        "params": false, "as": ["a", "b"]},
                       {"loess": "y", "on": "x", "groupby": ["g"], "bandwidth": 0.5, "as": ["a", "b"]},
                       {"quantile": "v", "groupby": ["g"], "probs": [0.5], "step": 0.1, "as": ["p", "q"]},
                       {"flatten": ["a"], "as": ["b"]}, {"sample": 10}, {"extent": "a", "param": "e"}]}
        """#,
        #"""
        {"datasets": {"t": [{"a": 1}]}, "data": {"name": "t"}, "mark": "bar"}
        """#,
        #"""
        {"data": {"values": []}, "mark": "area",
         "transform": [{"density": "v", "groupby": ["g"], "cumulative": false, "counts": true, "bandwidth": 0.5, "extent": [0, 10],
                        "minsteps": 25, "maxsteps": 200, "steps": 100, "resolve": "shared", "as": ["x", "d"]},
                       {"lookup": "g", "from": {"data": {"url": "b.csv"}, "key": "k", "fields": ["n"]}, "as": ["name"], "default": "?"}]}
        """#,
        #"""
        {"data": {"values": []}, "mark": "line",
         "transform": [{"pivot": "k", "value": "v", "groupby": ["g"], "limit": 2, "op": "mean"}],
         "config": {"axisX": {"gridDash": {"condition": {"test": "datum.value > 0", "value": []}, "value": [2, 2]}}}}
        """#,
        #"""
        {"data": {"values": [{"a": 1, "b": 2, "c": "x"}]},
         "params": [{"name": "v", "value": 2, "bind": {"input": "range"}, "react": true},
                    {"name": "w", "expr": "v * 2"},
                    {"name": "pick", "select": {"type": "point", "fields": ["c"], "encodings": ["color"], "on": "click", "clear": "dblclick",
                                                "nearest": false, "toggle": true, "resolve": "global"},
                     "value": [{"c": "x"}], "bind": "legend", "views": []},
                    {"name": "brush", "select": {"type": "interval", "encodings": ["x"], "translate": true, "zoom": true, "mark": {}},
                     "value": {"x": [0, 1]}}],
         "transform": [{"impute": "b", "key": "a", "keyvals": {"start": 0, "stop": 3, "step": 1}, "groupby": ["c"],
                        "method": "value", "value": 0, "frame": [null, null]},
                       {"filter": {"param": "brush", "empty": false}}],
         "mark": {"type": "point", "shape": "diamond"},
         "encoding": {
           "x": {"field": "a", "type": "quantitative", "scale": {"domain": {"param": "brush", "encoding": "x", "field": "a"}},
                 "impute": {"method": "mean", "keyvals": [5], "frame": [-1, 1], "value": 0}},
           "y": {"field": "b", "type": "quantitative"},
           "color": {"condition": {"test": "datum.a > v", "field": "c", "type": "nominal", "impute": null}, "value": "grey"},
           "shape": {"field": "c", "type": "nominal"},
           "size": {"condition": {"param": "pick", "empty": false, "value": 60}, "value": 20}
         }}
        """#,
        #"""
        {"data": {"values": []}, "layer": [{"params": [{"name": "p", "select": "point"}],
          "mark": {"type": "line", "point": {"shape": "square"}}}]}
        """#,
        #"""
        {"data": {"values": []}, "encoding": {"x": {"field": "a", "type": "ordinal"}},
         "layer": [{"mark": "bar", "encoding": {"y": {"field": "b", "type": "quantitative"}}},
                   {"layer": [{"mark": "line", "encoding": {"y": {"field": "c", "type": "quantitative"}}}],
                    "resolve": {"scale": {"y": "shared"}}}],
         "resolve": {"scale": {"y": "independent", "color": "shared"}, "axis": {"x": "shared", "y": "independent"},
                     "legend": {"color": "shared"}}}
        """#,
        #"""
        {"data": {"values": []}, "spacing": {"row": 5, "column": 5}, "columns": 2, "bounds": "full", "align": "all", "center": true,
         "facet": {"field": "a", "type": "nominal", "title": "A", "sort": {"field": "b", "op": "sum", "order": "descending"}, "columns": 2,
                   "header": {"title": "T", "labelFormat": "d", "labelAngle": 0, "labelOrient": "top", "labels": true},
                   "timeUnit": "year", "spacing": 5, "align": "all", "center": true, "bounds": "full"},
         "spec": {"mark": "bar"}}
        """#,
        #"""
        {"data": {"values": []}, "facet": {"row": {"field": "a"}, "column": {"field": "b"}}, "spec": {"mark": "bar"}}
        """#,
        #"""
        {"data": {"values": []}, "repeat": {"row": ["a"], "column": ["b"], "layer": ["c"]},
         "spec": {"mark": "bar", "encoding": {"x": {"field": {"repeat": "row"}}}}}
        """#,
        #"""
        {"vconcat": [{"hconcat": [{"data": {"values": []}, "mark": "bar"}]}], "resolve": {"scale": {"x": "shared"}}}
        """#,
        #"""
        {"concat": [{"data": {"values": []}, "mark": "bar"}], "columns": 1}
        """#,
    ]

    static func load() throws -> [String: Any] {
        let data = try Data(contentsOf: schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func definitions() throws -> [String: [String: Any]] {
        let schema = try load()
        return try #require(schema["definitions"] as? [String: [String: Any]])
    }

    /// Kind of object → property names the decoder asks for, over the corpus, the
    /// repository's examples and styles, and the Vega-Lite fixtures.
    static func recorded() async throws -> [String: Set<String>] {
        let recorder = PropertyRecorder()
        var texts = corpus.map { Array($0.utf8) }
        for folder in ["Examples", "Tests/ChartsmithTests/Fixtures/vega-lite", "Tests/ChartsmithTests/Fixtures/briefing"] {
            let url = root.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".json") {
                if let d = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) { texts.append([UInt8](d)) }
            }
        }
        var styles: [[UInt8]] = []
        let stylesURL = root.appendingPathComponent("Styles")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: stylesURL.path)) ?? [] where name.hasSuffix(".json") {
            if let d = FileManager.default.contents(atPath: stylesURL.appendingPathComponent(name).path) { styles.append([UInt8](d)) }
        }
        PropertyRecorder.$current.withValue(recorder) {
            for t in texts { _ = try? SpecDecoder().decode(t) }
            // A style file is a config block; its top level is the same object as "config".
            for s in styles { _ = try? ConfigDecoder.decodeStyle(s) }
        }
        return recorder.properties
    }

    @Test("the schema is valid JSON with a definition for the whole spec")
    func parses() throws {
        let schema = try Self.load()
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(schema["$ref"] as? String == "#/definitions/spec")
        #expect(try Self.definitions()["spec"] != nil)
    }

    @Test("every property the decoder reads is in the schema, and every schema property is read")
    func sameProperties() async throws {
        let defs = try Self.definitions()
        let recorded = try await Self.recorded()
        for (kind, keys) in recorded where !Self.dynamicKinds.contains(kind) {
            guard let def = defs[kind] else {
                Issue.record("the schema has no definition \"\(kind)\" (the decoder reads \(keys.sorted()))")
                continue
            }
            let props = Set((def["properties"] as? [String: Any] ?? [:]).keys)
            #expect(keys.subtracting(props).isEmpty, "\(kind): the decoder reads \(keys.subtracting(props).sorted()), missing from the schema")
            #expect(props.subtracting(keys).isEmpty, "\(kind): the schema lists \(props.subtracting(keys).sorted()), which the decoder does not read")
        }
        // Every object definition is one the decoder reads (so none is stale).
        for (name, def) in defs where def["properties"] != nil && !["encoding", "dateTime"].contains(name) && !Self.dynamicKinds.contains(name) {
            #expect(recorded[name] != nil, "the schema defines \"\(name)\", which the decoder never reads")
        }
    }

    @Test("the schema's channels are the channels the decoder accepts")
    func channels() throws {
        let encoding = try #require(try Self.definitions()["encoding"]?["properties"] as? [String: Any])
        let accepted = Set(Channel.allCases.filter { SpecDecoder.unsupportedChannels[$0] == nil }.map(\.rawValue))
        #expect(Set(encoding.keys) == accepted)
    }

    @Test("the schema's enumerations match the decoder's")
    func enumerations() throws {
        let defs = try Self.definitions()
        func enumValues(_ name: String) -> Set<String> { Set(defs[name]?["enum"] as? [String] ?? []) }
        #expect(enumValues("markType") == Set(MarkType.allCases.map(\.rawValue)))
        #expect(enumValues("aggregateOpName") == Set(AggregateOp.allCases.map(\.rawValue)))
        #expect(enumValues("fieldType") == Set(FieldType.allCases.map(\.rawValue)))
        #expect(enumValues("scaleType") == Set(ScaleSpec.ScaleType.allCases.map(\.rawValue)))
        #expect(enumValues("interpolate") == Set(Interpolate.allCases.map(\.rawValue)))
        #expect(enumValues("schemeName") == Set(ColorSchemeNames.all))
    }
}
