import Foundation
import Testing

/// Issue 18, "Smaller": an empty CSV or `"values": []` with misspelt fields exited 0 with an
/// empty chart and no word. Now a CSV's header is checked even with no rows, and empty data
/// draws the "No data" chart with a warning naming the source.
@Suite("Empty data: checked and named")
struct EmptyDataWarningTests {
    @Test("\"values\": [] draws the No data chart with a warning naming the inline values, exit 0")
    func inlineValues() throws {
        let folder = try Tool.temporaryFolder("empty-values")
        let spec = try folder.write("a.json", #"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "vlaue", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["render", spec.path, "--out", folder.appendingPathComponent("out").path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.first == "\(spec.path): warning: data: the inline values (data.values) have no rows; the chart shows \"No data\"", "\(r.stderr)")
        // The layout's own note on the layer follows; nothing else.
        #expect(lines.count == 2 && lines[1].hasSuffix("drew nothing: its data has no rows (after any transforms)"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/a.png").path))
    }

    @Test("a layer's own empty data is named with its layer")
    func layerData() throws {
        let folder = try Tool.temporaryFolder("empty-layer")
        let spec = try folder.write("a.json", #"""
            {"data": {"values": [{"a": 1}]}, "layer": [{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}},
              {"data": {"values": []}, "mark": "rule", "encoding": {"x": {"field": "a", "type": "quantitative"}}}]}
            """#)
        let r = try Tool.chartsmith(["render", spec.path, "--out", folder.appendingPathComponent("out").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(spec.path): warning: data: layer[1]: the inline values (data.values) have no rows; the layer draws nothing"), "\(r.stderr)")
        // Empty data shared by every layer empties the chart: said once, for the chart.
        let shared = try folder.write("b.json", #"""
            {"data": {"values": []}, "layer": [{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}},
              {"mark": "rule", "encoding": {"x": {"field": "a", "type": "quantitative"}}}]}
            """#)
        let s = try Tool.chartsmith(["render", shared.path, "--out", folder.appendingPathComponent("out").path])
        #expect(s.status == 0, "\(s.stderr)")
        #expect(s.stderr.components(separatedBy: "warning: data: the inline values (data.values) have no rows; the chart shows \"No data\"").count == 2,
                "\(s.stderr)")
    }

    @Test("a header-only CSV with a misspelt field fails naming the field, at its line:column")
    func headerOnlyMisspelt() throws {
        let folder = try Tool.temporaryFolder("empty-csv")
        try folder.write("e.csv", "year,value\n")
        let spec = try folder.write("a.json", #"{"data": {"url": "e.csv"}, "mark": "bar", "encoding": {"x": {"field": "vlaue", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["render", spec.path, "--out", folder.appendingPathComponent("out").path])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("\(spec.path):1:") && r.stderr.contains("no field \"vlaue\"") && r.stderr.contains("did you mean \"value\"?"), "\(r.stderr)")
    }

    @Test("a header-only or empty CSV with right fields draws the No data chart with a warning naming the file", arguments: ["year,value\n", ""])
    func emptyFile(_ text: String) throws {
        let folder = try Tool.temporaryFolder("empty-csv-ok")
        try folder.write("e.csv", text)
        let spec = try folder.write("a.json", #"{"data": {"url": "e.csv"}, "mark": "bar", "encoding": {"x": {"field": "value", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["render", spec.path, "--out", folder.appendingPathComponent("out").path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.first == "\(spec.path): warning: data: the data file \"e.csv\" has no rows; the chart shows \"No data\"", "\(r.stderr)")
        #expect(lines.count == 2, "\(r.stderr)")
    }

    @Test("batch carries the warning into --json lines and index.html, escaped for each")
    func batchOutputs() throws {
        let folder = try Tool.temporaryFolder("empty-batch")
        try folder.write("specs/e<1>.csv", "")
        try folder.write("specs/a.json", #"{"data": {"url": "e<1>.csv"}, "mark": "bar", "encoding": {"x": {"field": "value", "type": "quantitative"}}}"#)
        let out = folder.appendingPathComponent("out")
        let r = try Tool.chartsmith(["batch", folder.appendingPathComponent("specs").path, "--out", out.path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [String])
        #expect(warnings.count == 2 && warnings[0].hasSuffix("warning: data: the data file \"e<1>.csv\" has no rows; the chart shows \"No data\""),
                "\(warnings)")
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<ul class=\"warnings\"><li>") && html.contains("the data file &quot;e&lt;1&gt;.csv&quot; has no rows"), "\(html)")
        #expect(!html.contains("e<1>.csv"))
    }
}
