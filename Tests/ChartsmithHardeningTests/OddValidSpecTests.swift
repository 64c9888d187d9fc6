import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// One odd but valid spec, with any data files it needs.
struct OddCase: CustomTestStringConvertible, Sendable {
    var name: String
    var spec: [UInt8]
    var files: [String: String]
    /// Whether the chart has marks to draw (false for empty data).
    var drawsMarks: Bool

    init(_ name: String, _ spec: String, files: [String: String] = [:], drawsMarks: Bool = true) {
        self.init(name, bytes: Array(spec.utf8), files: files, drawsMarks: drawsMarks)
    }

    init(_ name: String, bytes: [UInt8], files: [String: String] = [:], drawsMarks: Bool = true) {
        self.name = name
        self.spec = bytes
        self.files = files
        self.drawsMarks = drawsMarks
    }

    var testDescription: String { name }
}

private let xy = #""encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}"#

let oddCases: [OddCase] = [
    OddCase("a byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", \#(xy)}"#.utf8)),
    OddCase("CRLF line ends and tabs", "{\r\n\t\"data\": {\"values\": [{\"a\": \"x\", \"b\": 1}]},\r\n\t\"mark\": \"bar\",\r\n\t\(xy)\r\n}\r\n"),
    OddCase("right-to-left and mixed-script labels", #"""
        {"title": "عدد المخالفين حسب نوع الجريمة", "data": {"values": [{"a": "سرقة", "b": 12}, {"a": "גניבה", "b": 7},
         {"a": "盗窃罪", "b": 3}, {"a": "Ünïcödé ✓", "b": 5}, {"a": "emoji 📊🇬🇧", "b": 2}]}, "mark": "bar", \#(xy)}
        """#),
    OddCase("escaped unicode, including a surrogate pair", #"{"title": "\u00e9\u4e2d\ud83d\udcca", "data": {"values": [{"a": "\u0041\u030a", "b": 1}]}, "mark": "bar", \#(xy)}"#),
    OddCase("numbers with thousands separators, as spreadsheets export them", #"{"data": {"url": "d.csv"}, "mark": "bar", \#(xy)}"#,
            files: ["d.csv": "a,b\nx,\"1,246\"\ny,\"12,345.5\"\n"]),
    OddCase("empty inline data", #"{"title": "No rows", "data": {"values": []}, "mark": "bar", \#(xy)}"#, drawsMarks: false),
    OddCase("an empty CSV file", #"{"data": {"url": "d.csv"}, "mark": "bar", \#(xy)}"#, files: ["d.csv": ""], drawsMarks: false),
    OddCase("a CSV with a header only", #"{"data": {"url": "d.csv"}, "mark": "line", \#(xy)}"#, files: ["d.csv": "a,b\n"], drawsMarks: false),
    OddCase("data filtered down to nothing", #"{"data": {"values": [{"a": "x", "b": 1}]}, "transform": [{"filter": "datum.b > 5"}], "mark": "bar", \#(xy)}"#, drawsMarks: false),
    OddCase("all values missing", #"{"data": {"url": "d.csv"}, "mark": "bar", \#(xy)}"#, files: ["d.csv": "a,b\nx,\ny,\n"], drawsMarks: false),
    OddCase("huge and tiny numbers", #"{"data": {"values": [{"a": "big", "b": 1e300}, {"a": "small", "b": 5e-324}, {"a": "neg", "b": -1.7e308}]}, "mark": "bar", \#(xy)}"#),
    OddCase("one tiny value", #"{"data": {"values": [{"a": "x", "b": 1e-300}]}, "mark": "bar", \#(xy)}"#),
    OddCase("all values equal", #"{"data": {"values": [{"a": "x", "b": 7}, {"a": "y", "b": 7}]}, "mark": "line", \#(xy)}"#),
    OddCase("zero everywhere on a log scale", #"{"data": {"values": [{"a": 0, "b": 0}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"type": "log"}}, "y": {"field": "b", "type": "quantitative"}}}"#, drawsMarks: false),
    OddCase("60 categories", #"{"data": {"sequence": {"start": 0, "stop": 60, "as": "i"}}, "transform": [{"calculate": "'Category number ' + datum.i", "as": "a"}, {"calculate": "datum.i * 3 - 50", "as": "b"}], "mark": "bar", "encoding": {"y": {"field": "a", "type": "nominal", "sort": null}, "x": {"field": "b", "type": "quantitative"}}}"#),
    OddCase("a 60×40 canvas with a title, legend, notes and source", #"""
        {"width": 60, "height": 40, "autosize": "fit", "title": {"text": "A title far too long for this canvas", "subtitle": "and a subtitle"},
         "source": "Source: a long source line", "notes": ["A note"], "data": {"values": [{"a": "x", "b": 1, "c": "p"}, {"a": "y", "b": 2, "c": "q"}]},
         "mark": "bar", "encoding": {"x": {"field": "a", "title": "A long axis title"}, "y": {"field": "b", "type": "quantitative", "title": "Another"}, "color": {"field": "c"}}}
        """#),
    OddCase("a 1×1 canvas", #"{"width": 1, "height": 1, "autosize": "fit", "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", \#(xy)}"#),
    OddCase("negative stacks", #"""
        {"data": {"values": [{"a": "x", "b": -5, "c": "p"}, {"a": "x", "b": 3, "c": "q"}, {"a": "y", "b": -2, "c": "p"}, {"a": "y", "b": -4, "c": "q"}]},
         "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative", "aggregate": "sum"}, "color": {"field": "c"}}}
        """#),
    OddCase("a normalized stack of zeros", #"{"data": {"values": [{"a": "x", "b": 0, "c": "p"}, {"a": "x", "b": 0, "c": "q"}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative", "stack": "normalize"}, "color": {"field": "c"}}}"#),
    OddCase("a single point on a temporal axis", #"{"data": {"values": [{"a": "2020-01-01", "b": 1}]}, "mark": "line", "encoding": {"x": {"field": "a", "type": "temporal"}, "y": {"field": "b", "type": "quantitative"}}}"#),
    OddCase("dates from 1 AD to 9999", #"{"data": {"values": [{"a": "0001-01-01", "b": 1}, {"a": "9999-12-31", "b": 2}]}, "mark": "line", "encoding": {"x": {"field": "a", "type": "temporal"}, "y": {"field": "b", "type": "quantitative"}}}"#),
    OddCase("a CSV with CRLF, a BOM, quotes and blank lines", #"{"data": {"url": "d.csv"}, "mark": "bar", \#(xy)}"#,
            files: ["d.csv": "\u{FEFF}a,b\r\n\"Taking, making\",1\r\n\r\n\"say \"\"hi\"\"\",2\r\n\"two\nlines\",3"]),
    OddCase("a TSV with unicode column names", #"{"data": {"url": "d.tsv"}, "mark": "bar", "encoding": {"x": {"field": "名前"}, "y": {"field": "値", "type": "quantitative"}}}"#,
            files: ["d.tsv": "名前\t値\n東京\t1\nالقاهرة\t2\n"]),
    OddCase("bare values", #"{"data": {"values": [1, 2, 3]}, "mark": "tick", "encoding": {"x": {"field": "data", "type": "quantitative"}}}"#),
    OddCase("a container width", #"{"width": "container", "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", \#(xy)}"#),
    OddCase("nulls in the data", #"{"data": {"values": [{"a": "x", "b": null}, {"a": null, "b": 2}, {"a": "z", "b": 3}]}, "mark": "bar", \#(xy)}"#),
    OddCase("no encoding at all", #"{"data": {"values": [{"a": 1}]}, "mark": "point"}"#),
    OddCase("a layer with only a rule at a datum", #"{"data": {"values": []}, "layer": [{"mark": "rule", "encoding": {"y": {"datum": 5}}}]}"#),
    OddCase("one enormous word as the title", #"{"title": "\#(String(repeating: "Supercalifragilistic", count: 15))", "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", \#(xy)}"#),
    OddCase("numbers written as strings with spaces", #"{"data": {"values": [{"a": "x", "b": " 12 "}, {"a": "y", "b": "1e3"}]}, "mark": "bar", \#(xy)}"#),
    OddCase("booleans as categories", #"{"data": {"values": [{"a": true, "b": 1}, {"a": false, "b": 2}]}, "mark": "bar", \#(xy)}"#),
    OddCase("negative zero", #"{"data": {"values": [{"a": "x", "b": -0}, {"a": "y", "b": 0.0}]}, "mark": "bar", \#(xy)}"#, drawsMarks: true),
    OddCase("every date the same day", #"{"data": {"values": [{"a": "2020-01-01", "b": 1}, {"a": "2020-01-01", "b": 2}]}, "mark": "line", "encoding": {"x": {"field": "a", "type": "temporal"}, "y": {"field": "b", "type": "quantitative"}}}"#),
    OddCase("title lines with blanks, empty notes and source", #"{"title": {"text": ["Line one", "", "Line three"], "subtitle": []}, "notes": [], "source": "", "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", \#(xy)}"#),
    OddCase("a long but allowed label", #"{"data": {"values": [{"a": "\#(String(repeating: "long label ", count: 30))", "b": 1}]}, "mark": "bar", \#(xy)}"#),
    OddCase("a data file reached through a link that stays inside", #"{"data": {"url": "link.csv"}, "mark": "bar", \#(xy)}"#,
            files: ["real.csv": "a,b\nx,1\n"]),
]

@Suite("Odd but valid specs render")
struct OddValidSpecTests {
    @Test("each renders to PNG, PDF and SVG with exit 0 and complete files", arguments: oddCases)
    func renders(_ c: OddCase) throws {
        let folder = try Tool.temporaryFolder("odd")
        for (name, text) in c.files { try folder.write(name, text) }
        if c.name.contains("link that stays inside") {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "real.csv")
        }
        let spec = try folder.write("odd.json", bytes: c.spec)
        let out = folder.appendingPathComponent("out")
        let r = try Tool.chartsmith(["render", spec.path, "--out", out.path, "--format", "png,pdf,svg"])
        #expect(r.status == 0 && !r.signalled, "\(r.stderr)")
        #expect(Tool.contents(of: out) == ["odd.pdf", "odd.png", "odd.svg"])
        for name in Tool.contents(of: out) {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(isComplete(data, name: name), "\(name) is incomplete")
        }
        if c.drawsMarks {
            let scene = try ChartRenderer().scene(forSpecAt: spec)
            #expect(scene.rects(.mark).count + scene.paths(.mark).count > 0, "no marks drawn")
        }
    }

    @Test("escaped dots and brackets in field names read the field (Vega-Lite's \\. and \\[)")
    func escapedFieldNames() throws {
        let folder = try Tool.temporaryFolder("escaped")
        let spec = try folder.write("odd.json", #"{"data": {"values": [{"a.b": "x", "c d[0]": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a\\.b"}, "y": {"field": "c d\\[0\\]", "type": "quantitative"}}}"#)
        let scene = try ChartRenderer().scene(forSpecAt: spec)
        #expect(scene.rects(.mark).count == 1)
    }

    @Test("nested members are read by Vega-Lite field paths (a.b, c[1])")
    func nestedFieldPaths() throws {
        let folder = try Tool.temporaryFolder("nested")
        let spec = try folder.write("nested.json", #"{"data": {"values": [{"k": "p", "a": {"b": 3}, "c": [1, 7]}, {"k": "q", "a": {"b": 5}, "c": [2, 9]}]}, "mark": "bar", "encoding": {"y": {"field": "k"}, "x": {"field": "c[1]", "type": "quantitative", "aggregate": "sum"}, "color": {"field": "a.b", "type": "nominal"}}}"#)
        let scene = try ChartRenderer().scene(forSpecAt: spec)
        let widths = scene.rects(.mark).map(\.rect.width).sorted()
        #expect(widths.count == 2)
        #expect(abs(widths[1] / widths[0] - 9.0 / 7.0) < 1e-6, "\(widths)")
    }
}
