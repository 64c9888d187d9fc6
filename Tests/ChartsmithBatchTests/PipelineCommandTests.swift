import ChartsmithTestSupport
import Foundation
import Testing

/// `render`, `batch` and `watch` go through one pipeline: the same warnings, the same
/// `--size`, and every file a spec reads (lookup data and styles included) in its plan.
@Suite("One pipeline for render, batch and watch")
struct PipelineCommandTests {
    /// A text mark whose labels are too pale: the contrast check warns.
    static let paleSpec = """
        {"data": {"values": [{"a": "x", "b": 1}, {"a": "y", "b": 2}]},
         "mark": {"type": "text", "color": "#dddddd"},
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"},
                      "text": {"field": "a"}}}

        """

    /// The warning lines of a run, without the path that names the spec (render names it
    /// absolutely, batch and watch as the user did).
    func warnings(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").compactMap { line in
            line.range(of: ": warning: ").map { String(line[$0.lowerBound...]) }
        }
    }

    /// Runs `chartsmith watch` until its first pass is written, then stops it.
    func watchOnce(_ args: [String], in dir: URL) throws -> BuiltTool.Result {
        try Batch.run(["watch"] + args + ["--interval", "0.1"], in: dir, timeLimit: 8)
    }

    @Test("batch and watch print the warnings render prints, in the same words")
    func sameWarnings() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write(Self.paleSpec, "specs/pale.json", in: dir)
        let render = try Batch.run(["render", "specs/pale.json", "--out", "r"], in: dir)
        #expect(render.status == 0)
        let expected = warnings(render.stderr)
        #expect(!expected.isEmpty, "render warns: \(render.stderr)")
        let batch = try Batch.run(["batch", "specs", "--out", "b"], in: dir)
        #expect(batch.status == 0)
        #expect(warnings(batch.stderr) == expected, "\(batch.stderr)")
        #expect(batch.stderr.contains("specs/pale.json: warning: "))
        let watch = try watchOnce(["specs", "--out", "w"], in: dir)
        #expect(warnings(watch.stderr) == expected, "\(watch.stderr)")
    }

    @Test("changing a lookup's data file renders the spec again in batch")
    func lookupRerenders() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.lookupPack(in: dir, under: "specs/")
        let first = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(first.paths("rendered") == ["specs/s.json"], "\(first.stderr)")
        #expect(try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir).paths("unchanged") == ["specs/s.json"])
        try Batch.write(Batch.lookupNamesCSV.replacingOccurrences(of: "Alpha", with: "Apex"), "specs/data/names.csv", in: dir)
        let third = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(third.paths("rendered") == ["specs/s.json"], "\(third.stdout)")
    }

    @Test("changing the spec's style file renders it again in batch")
    func styleRerenders() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        try Batch.write("{\"extends\": \"briefing\"}\n", "Styles/house.json", in: dir)
        try Batch.write(Batch.spec(title: "Chart A").replacingOccurrences(of: "\"source\"", with: "\"style\": \"house\", \"source\""),
                        "specs/a.json", in: dir)
        let first = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(first.paths("failed").isEmpty, "\(first.stdout)")
        try Batch.write("{\"extends\": \"briefing\", \"background\": \"#fafafa\"}\n", "Styles/house.json", in: dir)
        let again = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(again.paths("rendered") == ["specs/a.json"], "\(again.stdout)\(again.stderr)")
    }

    /// A PNG's width and height in pixels, from its IHDR chunk.
    func pngSize(_ url: URL) throws -> (Int, Int) {
        let b = [UInt8](try Data(contentsOf: url))
        func be(_ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    @Test("batch and watch take --size as render does")
    func sizeOption() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        #expect(try Batch.run(["render", "specs/a.json", "--out", "r", "--size", "slide"], in: dir).status == 0)
        let rendered = try pngSize(dir.appendingPathComponent("r/a.png"))
        #expect(try Batch.run(["batch", "specs/a.json", "--out", "b", "--size", "slide"], in: dir).status == 0)
        #expect(try pngSize(dir.appendingPathComponent("b/a.png")) == rendered)
        _ = try watchOnce(["specs/a.json", "--out", "w", "--size", "slide"], in: dir)
        #expect(try pngSize(dir.appendingPathComponent("w/a.png")) == rendered)
        let bad = try Batch.run(["batch", "specs", "--out", "b", "--size", "slid"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("did you mean 'slide'?"), "\(bad.stderr)")
    }
}
