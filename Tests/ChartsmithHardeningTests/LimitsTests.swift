@testable import Chartsmith
import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

@Suite("Render limits")
struct LimitsTests {
    func decode(_ json: String) throws -> ChartSpec {
        try SpecDecoder().decode(Array(json.utf8), file: "limits.json")
    }

    func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return "\(error)" }
    }

    @Test("the defaults are far beyond a briefing chart and documented by name")
    func defaults() {
        let l = RenderLimits()
        #expect(l.maxCanvasSide >= 10_000 && l.maxScale >= 8 && l.maxRows >= 100_000 && l.maxSeries >= 500)
        #expect(l.maxLabelLength >= 1_000 && l.maxDataFileBytes >= 100 << 20 && l.timeLimit >= 60)
        #expect(l.maxPixelsPerSide <= 32_767, "Cairo cannot allocate more")
        #expect(RenderLimits.optionNames.count == 12)
    }

    @Test("the README's limits table lists every limit, the time limit of render included")
    func readmeTable() throws {
        let readme = try String(contentsOf: Tool.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Limits").dropFirst().first?.components(separatedBy: "\n### ").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for (name, _) in RenderLimits.optionNames {
            #expect(rows.contains { $0.hasPrefix("| `\(name)` |") }, "no row for \(name)")
        }
        #expect(rows.count == RenderLimits.optionNames.count)
        let time = try #require(rows.first { $0.hasPrefix("| `time` |") })
        #expect(time.contains("`render`"))
        #expect(RenderLimits.optionNames.first { $0.name == "time" }?.help.contains("render") == true)
    }

    @Test("a step per category past the canvas fails once the data is known, naming the categories and the step, before layout")
    func stepCategories() throws {
        let folder = try Tool.temporaryFolder("step-categories")
        let spec = try folder.write("a.json", #"{"data": {"sequence": {"start": 0, "stop": 3000}}, "mark": "bar", "width": {"step": 20}, "encoding": {"x": {"field": "data", "type": "nominal"}, "y": {"field": "data", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["render", spec.path, "--out", folder.appendingPathComponent("out").path])
        #expect(r.status == 1)
        // The message of the early check (the canvas check after layout says "would be 60072 × …").
        #expect(r.stderr == "\(spec.path): the chart would be more than 14420 points wide (over 721 categories of \"data\" × a step of 20),"
                + " more than the limit of 14400 points a side; reduce the step or the number of categories, or raise the limit with"
                + " --limit canvas-side=N\n", "\(r.stderr)")
        // Within the limit, the same spec draws.
        let fits = try folder.write("b.json", #"{"data": {"sequence": {"start": 0, "stop": 700}}, "mark": "bar", "width": {"step": 20}, "encoding": {"x": {"field": "data", "type": "nominal"}, "y": {"field": "data", "type": "quantitative"}}}"#)
        #expect(try Tool.chartsmith(["render", fits.path, "--out", folder.appendingPathComponent("out").path]).status == 0)
    }

    @Test("NAME=VALUE settings override one limit each; mistakes are explained")
    func overrides() throws {
        let l = try RenderLimits().overriding(["rows=5_000_000", "canvas-side = 20000", "time=2.5", "SCALE=32", "cells=1e8"])
        #expect(l.maxCells == 100_000_000 && l.dataLimits.maxCells == 100_000_000 && l.dataLimits.maxLabelLength == 2_000)
        #expect(l.maxRows == 5_000_000 && l.maxCanvasSide == 20_000 && l.timeLimit == 2.5 && l.maxScale == 32)
        #expect(l.maxSeries == RenderLimits().maxSeries)
        func failure(_ s: String) -> String? {
            do { _ = try RenderLimits().overriding([s]); return nil } catch { return error.description }
        }
        #expect(failure("rowz=5")?.contains("did you mean \"rows\"?") == true)
        #expect(failure("rows")?.contains("NAME=VALUE") == true)
        #expect(failure("rows=-1")?.contains("positive") == true)
        #expect(failure("rows=1.5")?.contains("whole number") == true)
        #expect(failure("time=nan")?.contains("positive") == true)
    }

    @Test("spec checks name the key: size, step, area, padding, text, layers, inline rows and series")
    func specChecks() throws {
        var l = RenderLimits()
        l.maxCanvasSide = 1_000
        l.maxCanvasArea = 500_000
        l.maxLabelLength = 20
        l.maxRows = 3
        l.maxSeries = 2
        let v = #""data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}}"#
        let cases: [(String, String)] = [
            (#"{"width": 1001, \#(v)}"#, "width: 1001 points"),
            (#"{"height": {"step": 2000}, \#(v)}"#, "height.step: 2000 points"),
            (#"{"width": 1000, "height": 1000, \#(v)}"#, "width × height"),
            (#"{"padding": {"left": -5000}, \#(v)}"#, "padding.left"),
            (#"{"title": {"text": "ok", "subtitle": "a subtitle of thirty characters"}, \#(v)}"#, "title.subtitle: the text is 31 characters"),
            (#"{"notes": ["fine", "a note that is far too long"], \#(v)}"#, "notes:"),
            (#"{"source": "Source: a long source line", \#(v)}"#, "source:"),
            (#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "axis": {"title": "an axis title that is long"}}}}"#, "encoding.x.axis.title"),
            (#"{"data": {"values": [1, 2, 3, 4]}, "mark": "point"}"#, "data.values: 4 rows"),
            (#"{"data": {"sequence": {"start": 0, "stop": 10}}, "mark": "point"}"#, "data.sequence: 10 rows"),
            (#"{"data": {"values": [{"c": 1}, {"c": 2}, {"c": 3}]}, "mark": "point", "encoding": {"color": {"field": "c", "type": "nominal"}}}"#,
             "encoding.color.field: \"c\" has more than 2 distinct values"),
            (#"{"data": {"values": []}, "layer": [{"mark": "bar"}, {"mark": "line"}, {"mark": "rule"}]}"#, "layer: 3 layers"),
        ]
        for (json, expected) in cases {
            let spec = try decode(json)
            let m = message { try l.check(spec, file: "limits.json") }
            // (The series limit names the channel's line:column after the file.)
            #expect(m?.hasPrefix("limits.json:") == true && m?.contains(expected) == true, "\(json): \(m ?? "passed")")
        }
        // A quantitative colour is a gradient, not series: no limit.
        let gradient = try decode(#"{"data": {"values": [{"c": 1}, {"c": 2}, {"c": 3}]}, "mark": "point", "encoding": {"color": {"field": "c", "type": "quantitative"}}}"#)
        #expect(message { try l.check(gradient, file: "limits.json") } == nil)
    }

    @Test("number formats: the width is read from d3-format's grammar, fill and align included")
    func formatWidths() {
        #expect(RenderLimits.numberFormatWidth("08.2f") == 8)
        #expect(RenderLimits.numberFormatWidth(",.0f") == nil)
        #expect(RenderLimits.numberFormatWidth("*^+$012,.3~s") == 12)
        #expect(RenderLimits.numberFormatWidth(">20") == 20)
        #expect(RenderLimits.numberFormatWidth("0>5d") == 5)
        #expect(RenderLimits.numberFormatWidth(".1000f") == nil, "precision, not width: d3 clamps it")
        #expect(RenderLimits.numberFormatWidth("99999999999999999999999d") == Int.max)
    }

    @Test("scene checks catch a canvas grown by steps and over-long data labels")
    func sceneChecks() throws {
        var l = RenderLimits()
        l.maxCanvasSide = 2_000
        l.maxLabelLength = 50
        let folder = try Tool.temporaryFolder("limits")
        let wide = try folder.write("wide.json", #"{"width": {"step": 30}, "data": {"sequence": {"start": 0, "stop": 100}}, "mark": "bar", "encoding": {"x": {"field": "data", "type": "nominal"}}}"#)
        let m1 = message { _ = try l.apply { try ChartRenderer().scene(forSpecAt: wide) } }
        #expect(m1?.contains("points a side") == true, "\(m1 ?? "passed")")
        // Layout drops text that does not fit, so a scene with an over-long text is built by hand.
        let node = TextNode(text: String(repeating: "x", count: 60), anchor: Point(x: 0, y: 10), font: FontDescriptor(size: 10),
                            metrics: TextMetrics(width: 300, ascent: 8, descent: 2), role: .markLabel)
        let scene = Scene(width: 400, height: 100, nodes: [.text(node)])
        let m2 = message { try l.check(scene, file: "long.json") }
        #expect(m2?.contains("a mark label is 60 characters long") == true, "\(m2 ?? "passed")")
        #expect(message { try RenderLimits().check(scene, file: "long.json") } == nil)
        // Without the lowered limits the wide chart renders.
        #expect(message { _ = try ChartRenderer().scene(forSpecAt: wide) } == nil)
        // A canvas that is not finite or not positive is caught whatever the limits.
        #expect(message { try RenderLimits().check(Scene(width: .infinity, height: 10), file: "f") }?.contains("check \"width\"") == true)
    }

    @Test("raster checks refuse a scale or pixel count past the limits, before anything is drawn")
    func rasterChecks() {
        let l = RenderLimits()
        #expect(message { try l.checkRaster(width: 600, height: 400, scale: 4, file: "f") } == nil)
        #expect(message { try l.checkRaster(width: 600, height: 400, scale: 1000, file: "f") }?.contains("scale 1000") == true)
        #expect(message { try l.checkRaster(width: 600, height: 400, scale: .nan, file: "f") } != nil)
        #expect(message { try l.checkRaster(width: 14_000, height: 100, scale: 4, file: "f") }?.contains("pixels a side") == true)
        #expect(message { try l.checkRaster(width: 10_000, height: 10_000, scale: 2, file: "f") }?.contains("pixels in all") == true)
    }

    @Test("the data loader takes its row and size limits from RenderLimits.apply")
    func loaderLimits() throws {
        var l = RenderLimits()
        l.maxRows = 2
        l.maxDataFileBytes = 10
        let loader = l.apply { DataLoader(baseFolder: URL(fileURLWithPath: "/")) }
        #expect(loader.maxRows == 2 && loader.maxFileBytes == 10)
        #expect(DataLoader(baseFolder: URL(fileURLWithPath: "/")).maxRows == RenderLimits().maxRows)
        #expect(throws: DataError.self) { try loader.load(.values([.number(1), .number(2), .number(3)], format: nil)) }
    }

    @Test("the CLI: a 100000×100000 canvas and --scale 1000 fail fast, in little memory, with a clear message")
    func cliFailsFast() throws {
        let folder = try Tool.temporaryFolder("bounds")
        let spec = try folder.write("huge.json", #"{"width": 100000, "height": 100000, "data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#)
        let out = folder.appendingPathComponent("out")
        // 40 GB of raster would be needed; 2 GB of address space is all it gets.
        let r1 = try Tool.chartsmith(shellSetup: "ulimit -v 2000000", ["render", spec.path, "--out", out.path, "--format", "png,pdf,svg"])
        #expect(r1.status == 1 && !r1.signalled, "\(r1.stderr)")
        #expect(r1.stderr.contains("\(spec.path): width: 100000 points is more than the limit"), "\(r1.stderr)")
        let small = try folder.write("small.json", #"{"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#)
        let r2 = try Tool.chartsmith(shellSetup: "ulimit -v 2000000", ["render", small.path, "--out", out.path, "--scale", "1000"])
        #expect(r2.status == 2 && !r2.signalled)
        #expect(r2.stderr.contains("--scale must be more than 0 and at most 16 (got 1000)"), "\(r2.stderr)")
        #expect(Tool.contents(of: out).isEmpty)
        // Limits can be raised from the command line.
        let r3 = try Tool.chartsmith(["render", small.path, "--out", out.path, "--scale", "20", "--limit", "scale=20"])
        #expect(r3.status == 0, "\(r3.stderr)")
        let r4 = try Tool.chartsmith(["render", small.path, "--out", out.path, "--limit", "rowz=3"])
        #expect(r4.status == 2 && r4.stderr.contains("did you mean \"rows\"?"), "\(r4.stderr)")
    }
}

@Suite("Render limits: pixels after scaling")
struct PixelLimitTests {
    @Test("a canvas within the point limits but too many pixels at --scale fails before the raster is allocated")
    func pixelsAfterScale() throws {
        let folder = try Tool.temporaryFolder("pixels")
        let spec = try folder.write("big.json", #"{"width": 7000, "height": 7000, "autosize": "fit", "data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#)
        let out = folder.appendingPathComponent("out")
        // 14000 × 14000 pixels (784 MB) at scale 2: over the 100,000,000-pixel limit.
        let r = try Tool.chartsmith(shellSetup: "ulimit -v 1500000", ["render", spec.path, "--out", out.path, "--scale", "2"])
        #expect(r.status == 1 && !r.signalled, "\(r.stderr)")
        #expect(r.stderr.contains("\(spec.path): at scale 2 the image would be 14000 × 14000 pixels"), "\(r.stderr)")
        #expect(Tool.contents(of: out).isEmpty)
    }
}

@Suite("Per-spec time limit")
struct TimeLimitTests {
    @Test("work within the limit returns its value, with the limits applied on its thread")
    func withinLimit() throws {
        var l = RenderLimits()
        l.maxRows = 7
        let rows = try l.withTimeLimit(file: "a.json") { RenderLimits.current.maxRows }
        #expect(rows == 7)
        #expect(throws: DataError.self) {
            try l.withTimeLimit(file: "a.json") { throw DataError(message: "inner") }
        }
    }

    @Test("work past the limit is abandoned with an error naming the spec and the limit")
    func pastLimit() throws {
        var l = RenderLimits()
        l.timeLimit = 0.2
        let start = Date()
        #expect {
            try l.withTimeLimit(file: "slow.json") { Thread.sleep(forTimeInterval: 3); return 1 }
        } throws: { error in
            "\(error)".hasPrefix("slow.json: rendering took longer than the limit of 0.2 seconds")
        }
        #expect(Date().timeIntervalSince(start) < 2.5, "did not wait for the work")
    }
}
