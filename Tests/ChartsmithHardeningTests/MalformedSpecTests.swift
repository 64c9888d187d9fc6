import Foundation
import Testing

/// One malformed spec (with any data files it needs) and what its error must say.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    var name: String
    var spec: [UInt8]
    var files: [String: [UInt8]] = [:]
    /// Text the message must contain besides the spec's path: the key, the value, the fix.
    var expected: [String]
    var extraArguments: [String] = []

    init(_ name: String, _ spec: String, files: [String: String] = [:], rawFiles: [String: [UInt8]] = [:],
         expect expected: [String], args: [String] = []) {
        self.init(name, bytes: Array(spec.utf8), files: files, expect: expected, args: args)
        self.files.merge(rawFiles) { $1 }
    }

    init(_ name: String, bytes: [UInt8], files: [String: String] = [:], expect expected: [String], args: [String] = []) {
        self.name = name
        self.spec = bytes
        self.files = files.mapValues { Array($0.utf8) }
        self.expected = expected
        self.extraArguments = args
    }

    var testDescription: String { name }
}

/// A minimal valid spec around `data` and `encoding`.
private func bar(data: String = #"{"values": [{"a": "x", "b": 1}]}"#,
                 encoding: String = #"{"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}"#,
                 extra: String = "") -> String {
    #"{"data": \#(data), "mark": "bar", "encoding": \#(encoding)\#(extra)}"#
}

let malformedCases: [MalformedCase] = [
    // Bytes that are not a JSON object.
    MalformedCase("an empty file", "", expect: ["the file is empty"]),
    MalformedCase("only white space", " \n\t\n", expect: ["the file is empty"]),
    MalformedCase("a byte-order mark and nothing else", bytes: [0xEF, 0xBB, 0xBF], expect: ["empty"]),
    MalformedCase("a trailing comma, at its line:column", "{\"mark\": \"bar\",\n}", expect: [":1:15:", "trailing comma"]),
    MalformedCase("a missing comma", "{\"mark\": \"bar\"\n \"data\": {}}", expect: [":2:2:", "missing ','"]),
    MalformedCase("a truncated file", #"{"mark": "bar", "data": {"values": [{"a": 1}"#, expect: ["data.values", "unterminated array"]),
    MalformedCase("single quotes", #"{'mark': 'bar'}"#, expect: [":1:2:", "double quotes"]),
    MalformedCase("a comment", "// chart\n{\"mark\": \"bar\"}", expect: [":1:1:", "comments are not allowed"]),
    MalformedCase("invalid UTF-8", bytes: Array(#"{"mark": "b"#.utf8) + [0xFF] + Array(#"ar"}"#.utf8), expect: [":1:12:", "mark", "invalid UTF-8 byte 0xFF"]),
    MalformedCase("a Latin-1 file", bytes: Array(#"{"title": "Caf"#.utf8) + [0xE9] + Array(#"", "mark": "bar"}"#.utf8), expect: ["title", "UTF-8"]),
    MalformedCase("a NaN literal", #"{"data": {"values": [{"a": NaN}]}, "mark": "bar"}"#, expect: ["data.values[0].a", "NaN is not valid JSON; use null"]),
    MalformedCase("an Infinity literal", #"{"width": Infinity, "mark": "bar"}"#, expect: ["width", "Infinity"]),
    MalformedCase("a number too large for a double", #"{"width": 1e400, "mark": "bar", "data": {"values": []}}"#, expect: ["width"]),
    MalformedCase("deep nesting", "{\"data\": {\"values\": " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}}",
                  expect: ["nested too deeply"]),
    MalformedCase("a duplicate key", #"{"mark": "bar", "mark": "line"}"#, expect: ["duplicate key \"mark\"", "1:2"]),
    MalformedCase("an array at the top", "[1, 2]", expect: ["expected an object for the spec"]),
    MalformedCase("a string at the top", #""bar""#, expect: ["expected an object for the spec"]),
    // Wrong types.
    MalformedCase("a string width", bar(extra: #", "width": "wide""#), expect: ["width", "\"wide\""]),
    MalformedCase("a negative width", bar(extra: #", "width": -5"#), expect: ["width", "-5"]),
    MalformedCase("a number for the mark", #"{"data": {"values": []}, "mark": 7}"#, expect: ["mark", "7"]),
    MalformedCase("an object for a field name", bar(encoding: #"{"x": {"field": {"name": "a"}}}"#), expect: ["encoding.x.field"]),
    MalformedCase("a string for data.values", bar(data: #"{"values": 12}"#), expect: ["data.values", "12"]),
    // Unknown keys and values, with suggestions.
    MalformedCase("an unknown top-level key", bar(extra: #", "titel": "x""#), expect: ["titel", "did you mean \"title\"?"]),
    MalformedCase("an unknown channel", bar(encoding: #"{"colour": {"field": "a"}}"#), expect: ["encoding.colour", "did you mean \"color\"?"]),
    MalformedCase("an unknown channel property", bar(encoding: #"{"x": {"feild": "a"}}"#), expect: ["encoding.x.feild", "did you mean \"field\"?"]),
    MalformedCase("an unknown mark", #"{"data": {"values": []}, "mark": "bra"}"#, expect: ["mark", "\"bra\"", "did you mean \"bar\"?"]),
    MalformedCase("an unknown type", bar(encoding: #"{"x": {"field": "a", "type": "quantitive"}}"#), expect: ["encoding.x.type", "did you mean \"quantitative\"?"]),
    MalformedCase("an unknown colour scheme", bar(encoding: #"{"x": {"field": "a"}, "color": {"field": "a", "scale": {"scheme": "viridus"}}}"#),
                  expect: ["viridus", "did you mean \"viridis\"?"]),
    MalformedCase("an unknown aggregate", bar(encoding: #"{"x": {"field": "a"}, "y": {"field": "b", "aggregate": "summ"}}"#),
                  expect: ["encoding.y.aggregate", "\"summ\"", "did you mean \"sum\"?"]),
    // Missing fields and files.
    MalformedCase("no mark", #"{"data": {"values": []}}"#, expect: ["no \"mark\""]),
    MalformedCase("no data", #"{"mark": "bar"}"#, expect: ["no \"data\""]),
    MalformedCase("a condition without a value", bar(encoding: #"{"x": {"field": "a"}, "color": {"condition": {"test": "true"}}}"#),
                  expect: ["condition", "no \"value\""]),
    MalformedCase("a missing data file", bar(data: #"{"url": "nope.csv"}"#), expect: ["nope.csv", "no such data file"]),
    MalformedCase("a data file that is a folder", bar(data: #"{"url": "sub"}"#), files: ["sub/x.csv": "a\n"], expect: ["sub", "folder"]),
    // Data that cannot be read.
    MalformedCase("a short CSV row", bar(data: #"{"url": "d.csv"}"#), files: ["d.csv": "a,b,c\nx,1,2\ny,2\n"],
                  expect: ["d.csv:3", "2 cells but the header has 3", "column 3 \"c\""]),
    MalformedCase("a long CSV row", bar(data: #"{"url": "d.csv"}"#), files: ["d.csv": "a,b\nx,1\ny,2,extra\n"],
                  expect: ["d.csv:3", "3 cells but the header has 2", "column 3 (\"extra\")"]),
    MalformedCase("a CSV row after a multi-line quoted cell, at its true line",
                  bar(data: #"{"url": "d.csv"}"#), files: ["d.csv": "a,b\n\"two\nlines\",1\ny\n"], expect: ["d.csv:4"]),
    MalformedCase("an unclosed CSV quote", bar(data: #"{"url": "d.csv"}"#), files: ["d.csv": "a,b\n\"x,1\n"], expect: ["d.csv:2", "never closed"]),
    MalformedCase("a CSV that is not UTF-8", bar(data: #"{"url": "d.csv"}"#),
                  rawFiles: ["d.csv": Array("a,b\nx,1\nCaf".utf8) + [0xE9] + Array(",2\n".utf8)],
                  expect: ["d.csv:3", "0xE9", "UTF-8"]),
    MalformedCase("duplicate CSV column names", bar(data: #"{"url": "d.csv"}"#), files: ["d.csv": "a,b,a\nx,1,2\n"],
                  expect: ["d.csv:1", "columns 1 and 3", "\"a\""]),
    MalformedCase("a non-numeric cell in a quantitative field", bar(data: #"{"url": "d.csv"}"#), files: ["d.csv": "a,b\nx,1\ny,lots\n"],
                  expect: ["d.csv:3", "\"b\"", "\"lots\"", "not a number"]),
    MalformedCase("invalid JSON in a data file", bar(data: #"{"url": "d.json"}"#), files: ["d.json": "[{\"a\": 1,}]"],
                  expect: ["d.json", "1:9", "trailing comma"]),
    // Colours the renderer cannot read.
    MalformedCase("a mark colour that is not a colour", #"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": {"type": "bar", "color": "steelblu"}, "encoding": {"x": {"field": "a"}}}"#,
                  expect: [":1:77: mark.color: \"steelblu\" is not a colour", "did you mean \"steelblue\"?"]),
    MalformedCase("a continuous scale domain with one value", bar(encoding: #"{"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative", "scale": {"domain": [5]}}}"#),
                  expect: ["encoding.y.scale.domain: a continuous scale's domain is two numbers, [min, max]; found 1 value"]),
    MalformedCase("a constant channel colour in a layer that is not a colour",
                  ##"{"data": {"values": [{"a": "x", "b": 1}]}, "layer": [{"mark": "bar", "encoding": {"x": {"field": "a"}}}, {"mark": "rule", "encoding": {"y": {"datum": 1}, "color": {"value": "#12"}}}]}"##,
                  expect: ["layer[1].encoding.color.value: \"#12\" is not a colour"]),
    // Formats and label expressions, at their channel's line:column.
    MalformedCase("an axis number format that is not one", bar(encoding: #"{"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative", "axis": {"format": "%%%q"}}}"#),
                  expect: [":1:98:", "encoding.y.axis.format: \"%%%q\" is not a number format"]),
    MalformedCase("a labelExpr that does not parse", bar(encoding: #"{"x": {"field": "a", "axis": {"labelExpr": "datum.label +"}}, "y": {"field": "b", "type": "quantitative"}}"#),
                  expect: [":1:77:", "encoding.x.axis.labelExpr: not a valid expression"]),
    MalformedCase("a calculate expression that does not parse, at its transform's line:column",
                  "{\"data\": {\"values\": [{\"a\": \"x\", \"b\": 1}]},\n \"transform\": [{\"filter\": \"datum.b > 0\"},\n  {\"calculate\": \"datum.b +* 2\", \"as\": \"c\"}],\n \"mark\": \"bar\", \"encoding\": {\"x\": {\"field\": \"a\"}, \"y\": {\"field\": \"c\", \"type\": \"quantitative\"}}}",
                  expect: [":3:3:", "transform[1].calculate: not a valid expression", "\"*\""]),
    MalformedCase("a filter expression in a layer that does not parse",
                  #"{"data": {"values": [{"a": "x", "b": 1}]}, "layer": [{"transform": [{"filter": {"and": ["datum.b >", "datum.b < 5"]}}], "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}]}"#,
                  expect: [":1:69:", "layer[0].transform[0].filter: not a valid expression"]),
    // Containment.
    MalformedCase("a network URL", bar(data: #"{"url": "https://example.com/d.csv"}"#), expect: ["https://example.com/d.csv", "network URLs are not allowed"]),
    MalformedCase("a .. escape", bar(data: #"{"url": "../d.csv"}"#), expect: ["../d.csv", "outside the spec's folder"]),
    // Bounds.
    MalformedCase("a huge canvas", bar(extra: #", "width": 100000, "height": 100000"#), expect: ["width", "100000", "--limit canvas-side"]),
    MalformedCase("a huge step", bar(extra: #", "width": {"step": 50000}"#), expect: ["width.step", "50000"]),
    MalformedCase("too many categories for the canvas", bar(data: #"{"sequence": {"start": 0, "stop": 3000}}"#,
                                                               encoding: #"{"x": {"field": "data", "type": "nominal"}}"#, extra: #", "width": {"step": 20}"#),
                  expect: ["points a side", "--limit canvas-side"]),
    MalformedCase("a too-long title", bar(extra: ", \"title\": \"" + String(repeating: "word ", count: 500) + "\""),
                  expect: ["title", "2500 characters", "--limit label-length"]),
    MalformedCase("a number format padding to a huge width", bar(encoding: #"{"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative", "axis": {"format": "099999999.1e"}}}"#),
                  expect: ["encoding.y.axis.format", "99999999 characters", "--limit label-length"]),
    MalformedCase("a number format wider than Int", bar(encoding: #"{"x": {"field": "a"}, "text": {"field": "b", "format": ">99999999999999999999999d"}}"#),
                  expect: ["encoding.text.format"]),
    MalformedCase("a too-long sequence", bar(data: #"{"sequence": {"start": 0, "stop": 5000000}}"#, encoding: #"{"x": {"field": "data", "type": "quantitative"}}"#),
                  expect: ["data.sequence", "5000000 rows", "--limit rows"]),
    MalformedCase("too many rows for a lowered limit", bar(data: #"{"url": "d.csv"}"#), files: ["d.csv": "a,b\n" + String(repeating: "x,1\n", count: 50)],
                  expect: ["d.csv", "more than 10 rows"], args: ["--limit", "rows=10"]),
    MalformedCase("too many series for a lowered limit", bar(data: #"{"values": [{"a": "x", "b": 1}, {"a": "y", "b": 2}, {"a": "z", "b": 3}]}"#,
                                                              encoding: #"{"x": {"field": "a"}, "color": {"field": "a"}}"#),
                  expect: ["encoding.color.field", "more than 2 distinct values"], args: ["--limit", "series=2"]),
]

@Suite("Malformed specs fail cleanly")
struct MalformedSpecTests {
    @Test("each exits 1 (no crash), names the spec and the key or value, and writes nothing", arguments: malformedCases)
    func fails(_ c: MalformedCase) throws {
        let folder = try Tool.temporaryFolder("malformed")
        for (name, bytes) in c.files { try folder.write(name, bytes: bytes) }
        let spec = try folder.write("bad spec.json", bytes: c.spec)
        let out = folder.appendingPathComponent("out")
        let r = try Tool.chartsmith(["render", spec.path, "--out", out.path, "--format", "png,pdf,svg"] + c.extraArguments)
        #expect(!r.signalled, "crashed: \(r.stderr)")
        #expect(r.status == 1, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.hasPrefix(spec.path), "the message starts with the spec: \(r.stderr)")
        for text in c.expected {
            #expect(r.stderr.contains(text), "missing \(text.debugDescription) in: \(r.stderr)")
        }
        #expect(r.stderr.split(separator: "\n").count <= 3, "one clear message: \(r.stderr)")
        #expect(Tool.contents(of: out).isEmpty, "left files behind: \(Tool.contents(of: out))")
    }

    @Test("a bad spec among good ones fails alone; the others render")
    func failsAlone() throws {
        let folder = try Tool.temporaryFolder("mixed")
        let good = try folder.write("good.json", bar())
        let bad = try folder.write("bad.json", #"{"mark": "bar",}"#)
        let out = folder.appendingPathComponent("out")
        let r = try Tool.chartsmith(["render", bad.path, good.path, "--out", out.path])
        #expect(r.status == 1 && !r.signalled)
        #expect(r.stderr.contains(bad.path) && !r.stderr.contains(good.path + ":"))
        #expect(Tool.contents(of: out) == ["good.png"])
    }
}
