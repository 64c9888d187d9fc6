import Foundation
import Testing

@Suite("chartsmith styles and --style/--size")
struct StylesCommandTests {
    @Test("chartsmith styles lists every style with its description, and the size presets")
    func list() throws {
        let r = try CLI.run(["styles"])
        #expect(r.status == 0, "\(r.stderr)")
        for name in try styleNames() {
            let line = r.stdout.split(separator: "\n").first { $0.hasPrefix(name + " ") }
            #expect(line != nil, "\(name) missing from:\n\(r.stdout)")
            #expect((line?.count ?? 0) > name.count + 20, "\(name) has no description")
        }
        for size in ["gov-uk", "a4-half", "slide", "social"] { #expect(r.stdout.contains("  \(size) "), "\(size)") }
    }

    @Test("chartsmith styles show prints the resolved style, loadable as a style file")
    func show() throws {
        let r = try CLI.run(["styles", "show", "print"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"size\": \"a4-half\""))
        #expect(r.stdout.contains("\"labelFontSize\": 9"))
        #expect(!r.stdout.contains("\"extends\""))  // resolved: the chain is applied
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(json?["seriesDashes"] != nil)
    }

    @Test("an unknown style name is misuse (exit 2), with a suggestion")
    func unknownStyle() throws {
        let out = try temporaryFolder()
        let r = try CLI.run(["render", "Examples/offences-2010-stacked.json", "--style", "drak", "--out", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown style \"drak\"") && r.stderr.contains("did you mean \"dark\"?"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test("an unknown --size is misuse, with a suggestion")
    func unknownSize() throws {
        let r = try CLI.run(["render", "Examples/offences-2010-stacked.json", "--size", "slides", "--out", "/tmp"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean 'slide'?"), "\(r.stderr)")
    }

    @Test("render --style NAME works on every example for every style", arguments: try styleNames())
    func renderEveryStyle(name: String) throws {
        let out = try temporaryFolder()
        let specs = try exampleSpecs().map { "Examples/" + $0.lastPathComponent }
        let r = try CLI.run(["render"] + specs + ["--style", name, "--out", out.path, "--format", "png,pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == specs.count * 2)
    }

    @Test("contrast problems print as path: warning: lines on stderr and do not fail the render")
    func warnings() throws {
        let folder = try seedFolder()
        try write(stackedSpec(##""config": {"range": {"category": ["#F46A25", "#28A197"]}}"##), to: "faint.json", in: folder)
        let out = try temporaryFolder()
        let r = try CLI.run(["render", "faint.json", "--out", out.path], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("faint.json: warning: touching bar segments"), "\(r.stderr)")
    }

    @Test("--size slide writes 1280 × 720 px PNGs")
    func sizeFlag() throws {
        let out = try temporaryFolder()
        let r = try CLI.run(["render", "Examples/totals-2003-2010.json", "--style", "slide", "--size", "slide", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: out.appendingPathComponent("totals-2003-2010.png"))
        let w = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, h = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(w == 1280 && h == 720)
    }
}
