import Foundation
import Testing

/// Issue 18: `batch` and its globs take only regular files inside the folder searched; a
/// link leading out is skipped, and nothing of the file it points at is read or quoted.
@Suite("Batch containment")
struct BatchContainmentTests {
    /// A folder with one good spec and, outside it, a "secret" non-spec file and a spec.
    func setUp() throws -> (folder: URL, specs: URL, out: URL, secret: URL) {
        let folder = try Tool.temporaryFolder("contain")
        try folder.write("specs/good.json", #"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        let secret = try folder.write("outside/secret.json", "root:x:0:0:SECRET-LINE:/root:/bin/bash\naws_secret_access_key = SECRET-KEY\n")
        try folder.write("outside/chart.json", #"{"title": "OUTSIDE-CHART", "data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#)
        return (folder, folder.appendingPathComponent("specs"), folder.appendingPathComponent("out"), secret)
    }

    func leaks(_ r: Tool.Result, _ out: URL) -> [String] {
        var found: [String] = []
        var texts = ["stderr": r.stderr, "stdout": r.stdout]
        for name in ["chartsmith-manifest.json", "index.html"] {
            texts[name] = (try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        for (name, text) in texts where text.contains("SECRET") || text.contains("OUTSIDE") || text.contains("outside/") {
            found.append(name)
        }
        return found.sorted()
    }

    @Test("links to files outside the folder, in a folder walk and through a glob, are skipped unread")
    func linksToFilesOut() throws {
        let (folder, specs, out, secret) = try setUp()
        try FileManager.default.createSymbolicLink(atPath: specs.appendingPathComponent("passwd.json").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: specs.appendingPathComponent("chart.json").path,
                                                   withDestinationPath: folder.appendingPathComponent("outside/chart.json").path)
        for argument in [specs.path, specs.path + "/*.json"] {
            let r = try Tool.chartsmith(["batch", argument, "--out", out.path, "--json", "--force"])
            #expect(r.status == 0, "\(argument): \(r.stderr)")
            #expect(leaks(r, out).isEmpty, "\(argument) leaked into \(leaks(r, out))")
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("chart.png").path))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good.png").path))
        }
    }

    @Test("a glob does not reach through a linked folder that leads out")
    func globThroughLinkedFolder() throws {
        let (folder, specs, out, _) = try setUp()
        try FileManager.default.createSymbolicLink(atPath: specs.appendingPathComponent("sub").path,
                                                   withDestinationPath: folder.appendingPathComponent("outside").path)
        let r = try Tool.chartsmith(["batch", specs.path + "/*/*.json", specs.path + "/*.json", "--out", out.path, "--json"])
        #expect(leaks(r, out).isEmpty, "leaked into \(leaks(r, out)): \(r.stderr)")
    }

    @Test("a link to a file inside the folder is still taken")
    func linkInside() throws {
        let (_, specs, out, _) = try setUp()
        // The target sits in a hidden folder, which the walk itself skips: only the link finds it.
        try specs.write(".drafts/real.json", #"{"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#)
        try FileManager.default.createSymbolicLink(atPath: specs.appendingPathComponent("linked.json").path,
                                                   withDestinationPath: specs.appendingPathComponent(".drafts/real.json").path)
        let r = try Tool.chartsmith(["batch", specs.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("linked.png").path))
    }

    @Test("a spec that is not JSON is quoted by at most a short token, never its lines")
    func shortQuote() throws {
        let folder = try Tool.temporaryFolder("quote")
        let line = "root:x:0:0:" + String(repeating: "SECRETLINE", count: 40) + "\n"
        let spec = try folder.write("bad.json", String(repeating: line, count: 20))
        let r = try Tool.chartsmith(["render", spec.path, "--out", folder.appendingPathComponent("out").path])
        #expect(r.status == 1)
        #expect(!r.stderr.contains(String(repeating: "SECRETLINE", count: 8)), "\(r.stderr)")
        let style = try folder.write("house.json", String(repeating: line, count: 20))
        let s = try Tool.chartsmith(["render", spec.path, "--style", style.path, "--out", folder.appendingPathComponent("out").path])
        #expect(s.status != 0)
        #expect(!s.stderr.contains(String(repeating: "SECRETLINE", count: 8)), "\(s.stderr)")
    }
}
