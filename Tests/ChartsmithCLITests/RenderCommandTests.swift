import ChartsmithTestSupport
import Foundation
import Testing

/// Runs the built `chartsmith` binary.
struct CLI {
    static var binary: URL { BuiltTool.url() }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    typealias Result = BuiltTool.Result

    static func run(_ args: [String]) throws -> Result {
        try BuiltTool.run(binary, args, in: root)
    }

    static func tempDir() throws -> URL {
        try TestScratch.folder("chartsmith-cli")
    }
}

@Suite("chartsmith render")
struct RenderCommandTests {
    @Test("renders every example to PNG, PDF and SVG named after the spec, and exits 0")
    func rendersExamples() throws {
        let out = try CLI.tempDir()
        let specs = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".json") }.map { "Examples/" + $0 }
        let r = try CLI.run(["render"] + specs + ["--out", out.path, "--format", "png,pdf,svg"])
        #expect(r.status == 0, "\(r.stderr)")
        for s in specs {
            let name = URL(fileURLWithPath: s).deletingPathExtension().lastPathComponent
            for ext in ["png", "pdf", "svg"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name).\(ext)").path), "\(name).\(ext)")
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.count == specs.count * 3, "no temporary files left: \(files)")
    }

    @Test("name.vl.json writes name.png; --scale 2 doubles the pixels")
    func vlNameAndScale() throws {
        let dir = try CLI.tempDir()
        let spec = dir.appendingPathComponent("tiny.vl.json")
        try Data(#"{"width": 100, "height": 50, "autosize": "fit", "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#.utf8).write(to: spec)
        let r = try CLI.run(["render", spec.path, "--out", dir.path, "--scale", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: dir.appendingPathComponent("tiny.png"))
        // IHDR width and height, big-endian at bytes 16–23.
        let w = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, h = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(w == 200 && h == 100)
    }

    @Test("a bad spec fails alone: exit 1, the others still render, the error names file and position")
    func badSpecFailsAlone() throws {
        let dir = try CLI.tempDir()
        let bad = dir.appendingPathComponent("bad.json")
        try Data("{\"data\": {\"values\": []},\n \"mark\": \"bar\",\n \"encoding\": {\"colour\": {\"field\": \"a\"}}}".utf8).write(to: bad)
        let good = CLI.root.appendingPathComponent("Examples/offences-2010-stacked.json")
        let r = try CLI.run(["render", bad.path, good.path, "--out", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(bad.path):3:15: encoding.colour: unknown channel \"colour\"; did you mean \"color\"?"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("offences-2010-stacked.png").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.png").path))
    }

    @Test("misuse exits 2: an unknown format, a missing --out")
    func misuse() throws {
        let r1 = try CLI.run(["render", "Examples/offences-2010-stacked.json", "--out", "/tmp/x", "--format", "gif"])
        #expect(r1.status == 2)
        #expect(r1.stderr.contains("unknown format 'gif'"))
        let r2 = try CLI.run(["render", "Examples/offences-2010-stacked.json"])
        #expect(r2.status == 2)
        let r3 = try CLI.run(["frobnicate"])
        #expect(r3.status == 2)
    }

    @Test("a missing spec file is an error that names it")
    func missingFile() throws {
        let dir = try CLI.tempDir()
        let r = try CLI.run(["render", "nope.json", "--out", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("nope.json: cannot read the spec file"))
    }

    @Test("--alt-text writes the chart's alternative text beside the output")
    func altText() throws {
        let dir = try CLI.tempDir()
        let r = try CLI.run(["render", "Examples/share-cautioned-2010.json", "--out", dir.path, "--alt-text"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: dir.appendingPathComponent("share-cautioned-2010.txt"), encoding: .utf8)
        #expect(text == "Most offenders for possessing indecent images were cautioned in 2010. Percent stacked horizontal bar chart of offenders by offence and outcome; largest share: Taking, making or distributing indecent images, Convicted, 89%.\n")
    }

    @Test("--dump-scene prints the laid-out scene as text")
    func dumpScene() throws {
        let r = try CLI.run(["render", "Examples/offences-2010-stacked.json", "--out", "/tmp", "--dump-scene"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("scene 640×440"))
        #expect(r.stdout.contains("text total \"1,401\""))
    }
}
