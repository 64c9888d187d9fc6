import Foundation
import Testing

/// Issue 18, a batch that keeps its progress: the manifest journalled as specs finish (a
/// killed run resumes; a journalled output that did not survive is rendered again), no temporary file outliving a kill, one batch at a time per output
/// folder, a manifest that cannot be written saying why, and a hostile spec failing alone.
@Suite("Batch durability", .serialized)
struct BatchDurabilityTests {
    /// `count` small specs in `folder/specs`, and `folder/out`.
    func specs(_ count: Int) throws -> (folder: URL, specs: URL, out: URL) {
        let folder = try Tool.temporaryFolder("durable")
        for i in 0..<count {
            try folder.write("specs/chart-\(String(format: "%03d", i)).json", #"""
                {"title": "Chart \#(i)", "width": 300, "height": 200, "data": {"values": [{"a": "x", "b": \#(i)}, {"a": "y", "b": 2}]},
                 "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}
                """#)
        }
        return (folder, folder.appendingPathComponent("specs"), folder.appendingPathComponent("out"))
    }

    func statuses(_ r: Tool.Result) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in r.stdout.split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let s = o["status"] as? String else { continue }
            counts[s, default: 0] += 1
        }
        return counts
    }

    @Test("a batch killed midway resumes: the rerun renders only the specs not finished")
    func resumes() throws {
        let (_, specs, out) = try specs(160)
        let p = Process()
        p.executableURL = Tool.buildFolder.appendingPathComponent("chartsmith")
        p.arguments = ["batch", specs.path, "--out", out.path, "--jobs", "1"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it once some specs are journalled, well before the end.
        let journal = out.appendingPathComponent("chartsmith-manifest.journal")
        let deadline = Date().addingTimeInterval(60)
        var journalled = 0
        while Date() < deadline, p.isRunning {
            journalled = ((try? String(contentsOf: journal, encoding: .utf8)) ?? "").split(separator: "\n").count
            if journalled >= 10 { break }
            usleep(5_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(journalled >= 10 && journalled < 160, "journalled \(journalled) before the kill")
        let again = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        let counts = statuses(again)
        #expect(counts["unchanged", default: 0] >= journalled, "\(counts)")
        #expect(counts["rendered", default: 0] < 160 && counts["rendered", default: 0] + counts["unchanged", default: 0] == 160, "\(counts)")
        // Compacted: the manifest holds every spec, the journal is gone.
        #expect(!FileManager.default.fileExists(atPath: journal.path))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("chartsmith-manifest.json"))) as? [String: Any]
        #expect((manifest?["entries"] as? [String: Any])?.count == 160)
    }

    @Test("a journalled spec whose output is not the size its line recorded (a power cut) renders again")
    func journalChecksSizes() throws {
        let (_, specs, out) = try specs(2)
        let first = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--format", "pdf", "--no-contact-sheet"])
        #expect(first.status == 0, "\(first.stderr)")
        // As a run cut short leaves it: no manifest, a journal of both specs with their sizes.
        let manifestURL = out.appendingPathComponent("chartsmith-manifest.json")
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        let entries = try #require(manifest["entries"] as? [String: [String: Any]])
        var journal = ""
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let outputs = try #require(entry["outputs"] as? [String])
            var sizes: [String: Int] = [:]
            for o in outputs { sizes[o] = try #require(FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(o).path)[.size] as? Int) }
            let line = try JSONSerialization.data(withJSONObject: ["path": path, "entry": entry, "sizes": sizes], options: [.sortedKeys])
            journal += String(decoding: line, as: UTF8.self) + "\n"
        }
        try FileManager.default.removeItem(at: manifestURL)
        try journal.write(to: out.appendingPathComponent("chartsmith-manifest.journal"), atomically: true, encoding: .utf8)
        // The first chart's PDF lost its tail; the second's is whole.
        let cut = out.appendingPathComponent("chart-000.pdf")
        try Data(try Data(contentsOf: cut).prefix(100)).write(to: cut)
        let again = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--format", "pdf", "--no-contact-sheet", "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(statuses(again) == ["rendered": 1, "unchanged": 1], "\(again.stdout)")
        #expect(again.stdout.split(separator: "\n").contains { $0.contains("chart-000.json") && $0.contains("\"rendered\"") }, "\(again.stdout)")
        #expect(try Data(contentsOf: cut).count > 100)
    }

    @Test("a temporary file left by a kill between link and rename is removed by the next run")
    func removesLeftovers() throws {
        let (_, specs, out) = try specs(2)
        try out.write(".chart-000.png.\(UUID().uuidString).tmp", "partial")
        try out.write("sub/.x.pdf.\(UUID().uuidString).tmp", "partial")
        try out.write(".keep-me.tmp", "not ours")
        let r = try Tool.chartsmith(["batch", specs.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let left = Tool.contents(of: out).filter { $0.hasSuffix(".tmp") } + Tool.contents(of: out.appendingPathComponent("sub"))
        #expect(left == [".keep-me.tmp"], "\(left)")
    }

    @Test("a second batch on the same --out fails at once while the first holds it, or waits with --wait-for-lock")
    func lock() throws {
        let (_, specs, out) = try specs(2)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let fd = open(out.path, O_RDONLY | O_DIRECTORY)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        let refused = try Tool.chartsmith(["batch", specs.path, "--out", out.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("another chartsmith batch or watch is writing into") && refused.stderr.contains("--wait-for-lock"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("chart-000.png").path))
        // Released in a second: a waiting run then goes ahead.
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { close(fd) }
        let waited = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--wait-for-lock"])
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("chart-000.png").path))
    }

    @Test("a manifest that cannot be written fails the batch with the reason")
    func manifestReason() throws {
        let (_, specs, out) = try specs(2)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("chartsmith-manifest.json"), withIntermediateDirectories: true)
        let r = try Tool.chartsmith(["batch", specs.path, "--out", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write the manifest") && r.stderr.contains("chartsmith-manifest.json"), "\(r.stderr)")
    }

    @Test("one spec that trips a limit fails alone: the others render and the manifest is written")
    func hostileSpecFailsAlone() throws {
        let (_, specs, out) = try specs(3)
        try specs.write("hostile.json", #"{"data": {"sequence": {"start": 0, "stop": 5000}}, "mark": "point", "encoding": {"x": {"field": "data", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["batch", specs.path, "--out", out.path, "--json", "--limit", "rows=1000"])
        #expect(r.status == 1)
        let counts = statuses(r)
        #expect(counts["rendered"] == 3 && counts["failed"] == 1, "\(counts) \(r.stderr)")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("chartsmith-manifest.json"))) as? [String: Any]
        #expect((manifest?["entries"] as? [String: Any])?.count == 4)
    }
}
