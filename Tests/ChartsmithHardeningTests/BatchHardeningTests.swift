import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Batch mode under hostile folders and limits: linked folders are not walked, `--limit`
/// reaches every worker, a spec past its time limit is abandoned and writes nothing, and a
/// spec path that is not a regular file is an error, not a hang.
@Suite("Batch and spec files: hardening")
struct BatchHardeningTests {
    static let chart = #"{"data": {"values": [{"a": "x", "b": 1}, {"a": "y", "b": 2}, {"a": "z", "b": 3}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#

    @Test("a folder search does not follow links to folders: a loop renders each spec once, a link to /etc is not walked")
    func linkedFolders() throws {
        let folder = try Tool.temporaryFolder("links")
        let specs = folder.appendingPathComponent("specs"), out = folder.appendingPathComponent("out")
        try specs.write("a.json", Self.chart)
        try specs.write("sub/b.json", Self.chart)
        try FileManager.default.createSymbolicLink(atPath: specs.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: specs.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: specs.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        for argument in [specs.path, specs.path + "/**/*.json"] {
            let r = try Tool.chartsmith(["batch", argument, "--out", out.path, "--json", "--force", "--no-contact-sheet"])
            #expect(r.status == 0 && !r.signalled, "\(r.stderr)")
            let lines = r.stdout.split(separator: "\n")
            #expect(lines.count == 2, "\(argument): \(lines)")
            #expect(!r.stdout.contains("loop") && !r.stdout.contains("etc/") && !r.stdout.contains("up/"), "\(r.stdout)")
        }
        #expect(Tool.contents(of: out).filter { $0.hasSuffix(".png") } == ["a.png"])
        #expect(Tool.contents(of: out.appendingPathComponent("sub")) == ["b.png"])
    }

    @Test("--limit applies in batch workers: a spec over the row limit fails by name, the others render")
    func batchLimits() throws {
        let folder = try Tool.temporaryFolder("batch-limit")
        let specs = folder.appendingPathComponent("specs"), out = folder.appendingPathComponent("out")
        try specs.write("big.json", Self.chart)
        try specs.write("small.json", #"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--limit", "rows=2", "--no-contact-sheet"])
        #expect(r.status == 1 && !r.signalled)
        #expect(r.stderr.contains("big.json") && r.stderr.contains("more than the limit of 2 rows"), "\(r.stderr)")
        #expect(Tool.contents(of: out).filter { !$0.hasPrefix("chartsmith-manifest") } == ["small.png"])
        let misuse = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--limit", "rowz=2"])
        #expect(misuse.status == 2 && misuse.stderr.contains("did you mean \"rows\"?"), "\(misuse.stderr)")
    }

    @Test("a spec past the per-spec time limit is abandoned with a message naming it, and writes nothing")
    func timeLimit() throws {
        let folder = try Tool.temporaryFolder("batch-time")
        let specs = folder.appendingPathComponent("specs"), out = folder.appendingPathComponent("out")
        // 200,000 generated rows take far longer than a millisecond to prepare and draw.
        try specs.write("slow.json", #"{"data": {"sequence": {"start": 0, "stop": 200000, "as": "i"}}, "mark": "line", "encoding": {"x": {"field": "i", "type": "quantitative"}, "y": {"field": "i", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--limit", "time=0.001", "--no-contact-sheet"])
        #expect(r.status == 1 && !r.signalled)
        #expect(r.stderr.contains("slow.json") && r.stderr.contains("took longer than the limit of 0.001 seconds"), "\(r.stderr)")
        #expect(!Tool.contents(of: out).contains("slow.png"), "\(Tool.contents(of: out))")
    }

    @Test("a folder or a named pipe given as a spec is a clear error, not a hang or a Foundation message",
          arguments: ["render", "batch"])
    func notRegularFiles(command: String) throws {
        let folder = try Tool.temporaryFolder("not-files")
        let out = folder.appendingPathComponent("out")
        let dir = folder.appendingPathComponent("chart.json")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("inner"), withIntermediateDirectories: true)
        let fifo = folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        if command == "render" {
            let r = try Tool.chartsmith(["render", dir.path, fifo, "--out", out.path])
            #expect(r.status == 1 && !r.signalled && !r.timedOut, "\(r.stderr)")
            #expect(r.stderr.contains("\(dir.path): cannot read the spec file: it is a folder, not a file"), "\(r.stderr)")
            #expect(r.stderr.contains("\(fifo): cannot read the spec file: it is a named pipe, not a regular file"), "\(r.stderr)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("couldn’t be opened"))
        } else {
            let r = try Tool.chartsmith(["batch", fifo, "--out", out.path, "--no-contact-sheet"])
            #expect(r.status == 1 && !r.signalled && !r.timedOut, "\(r.stderr)")
            #expect(r.stderr.contains("it is a named pipe, not a regular file"), "\(r.stderr)")
        }
        #expect(Tool.contents(of: out).filter { $0.hasSuffix(".png") }.isEmpty)
    }

    @Test("an unwritable output says \"cannot write\" once, with the reason")
    func writeErrorOnce() throws {
        let folder = try Tool.temporaryFolder("write-once")
        let spec = try folder.write("chart.json", Self.chart)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // A folder where the PNG should go: the rename over it fails.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("chart.png/x"), withIntermediateDirectories: true)
        let r = try Tool.chartsmith(["render", spec.path, "--out", out.path])
        #expect(r.status == 1 && !r.signalled)
        #expect(r.stderr.components(separatedBy: "cannot write").count == 2, "\(r.stderr)")
        #expect(r.stderr.contains("\(spec.path): cannot write \(out.path)/chart.png:"), "\(r.stderr)")
    }
}
