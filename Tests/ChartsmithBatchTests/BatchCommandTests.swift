import Foundation
import Testing

@Suite("chartsmith batch")
struct BatchCommandTests {
    @Test("renders a folder recursively, mirroring its structure, and writes the manifest and contact sheet")
    func mirrorsFolders() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        let r = try Batch.run(["batch", "specs", "--out", "out", "--format", "png,pdf"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let files = Batch.files(in: dir.appendingPathComponent("out"))
        #expect(files == ["a.pdf", "a.png", "b.pdf", "b.png", "chartsmith-manifest.json", "index.html",
                          "nested/deeper/c.pdf", "nested/deeper/c.png"], "\(files)")
    }

    @Test("one bad spec fails alone: the rest render, exit status 1, a summary names it")
    func badSpecFailsAlone() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        try Batch.write("{\"mark\": \"bar\", \"encoding\": {\"x\": {\"field\": \"a\", \"typo\": 1}}", "specs/broken.json", in: dir)
        let r = try Batch.run(["batch", "specs", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("broken.json"), "\(r.stderr)")
        #expect(r.stderr.contains("3 rendered, 0 unchanged, 1 failed"), "\(r.stderr)")
        let files = Batch.files(in: dir.appendingPathComponent("out"))
        #expect(files.contains("a.png") && files.contains("b.png") && files.contains("nested/deeper/c.png"))
        #expect(!files.contains { $0.hasPrefix("broken") })
        #expect(!files.contains { $0.hasSuffix(".tmp") })
    }

    @Test("two specs that would write the same file: the second fails with a reason, the first renders")
    func outputCollision() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        try Batch.write(Batch.spec(title: "Chart A again"), "specs/a.vl.json", in: dir)
        let r = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(r.status == 1)
        #expect(r.paths("failed") == ["specs/a.vl.json"])
        #expect(r.stderr.contains("writes the same outputs as specs/a.json"), "\(r.stderr)")
        #expect(r.paths("rendered").contains("specs/a.json"))
    }

    @Test("a second run with nothing changed renders nothing; --force renders everything again")
    func incremental() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        let first = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.paths("rendered").count == 3)
        let png = dir.appendingPathComponent("out/a.png")
        let stamp = Batch.modified(png)
        let second = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(second.status == 0)
        #expect(second.paths("rendered").isEmpty, "\(second.stdout)")
        #expect(second.paths("unchanged").count == 3)
        #expect(Batch.modified(png) == stamp)
        let forced = try Batch.run(["batch", "specs", "--out", "out", "--json", "--force"], in: dir)
        #expect(forced.paths("rendered").count == 3)
    }

    @Test("changing a shared CSV re-renders exactly the specs that read it")
    func sharedDataChange() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        _ = try Batch.run(["batch", "specs", "--out", "out"], in: dir)
        // Same figures, one row reordered: different bytes, so a. and b. must render again.
        let reordered = Batch.seedCSV.split(separator: "\n").enumerated()
            .sorted { ($0.offset == 0 ? -1 : 4 - $0.offset) < ($1.offset == 0 ? -1 : 4 - $1.offset) }
            .map { String($0.element) }.joined(separator: "\n") + "\n"
        try Batch.write(reordered, "specs/data/offenders-2010.csv", in: dir)
        let r = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(r.paths("rendered") == ["specs/a.json", "specs/b.json"], "\(r.stdout)")
        #expect(r.paths("unchanged") == ["specs/nested/deeper/c.json"])
        // Touching a file without changing it renders nothing.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: dir.appendingPathComponent("specs/data/offenders-2010.csv").path)
        #expect(try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir).paths("rendered").isEmpty)
    }

    @Test("--json prints one line per spec with path, outputs, status, error and milliseconds")
    func jsonLines() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        try Batch.write("{ not json", "specs/bad.json", in: dir)
        let r = try Batch.run(["batch", "specs", "--out", "out", "--json", "--format", "png,svg"], in: dir)
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        for line in r.lines {
            #expect(Set(line.keys).isSuperset(of: ["path", "outputs", "status", "error", "milliseconds"]))
            #expect(line["milliseconds"] is NSNumber)
        }
        let a = try #require(r.lines.first { $0["path"] as? String == "specs/a.json" })
        #expect(a["status"] as? String == "rendered")
        #expect(a["outputs"] as? [String] == ["out/a.png", "out/a.svg"])
        #expect(a["error"] is NSNull)
        let bad = try #require(r.lines.first { $0["path"] as? String == "specs/bad.json" })
        #expect(bad["status"] as? String == "failed")
        #expect((bad["error"] as? String)?.contains("bad.json") == true)
        #expect(bad["outputs"] as? [String] == [])
    }

    @Test("globs pick specs and mirror them below the folder before the first wildcard")
    func globs() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        let r = try Batch.run(["batch", "specs/**/c.json", "specs/a*.json", "--out", "out", "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.paths("rendered") == ["specs/a.json", "specs/nested/deeper/c.json"])
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/nested/deeper/c.png").path))
        let none = try Batch.run(["batch", "specs/*.nothing", "--out", "out2"], in: dir)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no spec file matches"))
    }

    @Test("Ctrl-C stops cleanly: exit 130, no partial or temporary files, a readable manifest")
    func interrupt() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write(Batch.seedCSV, "specs/data/offenders-2010.csv", in: dir)
        for i in 0..<40 { try Batch.write(Batch.spec(title: "Chart \(i)"), "specs/c\(i).json", in: dir) }
        let p = Process()
        p.executableURL = Batch.binary
        p.arguments = ["batch", "specs", "--out", "out", "--json", "--jobs", "1"]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait for the first finished spec, then interrupt.
        var seen = Data()
        while !seen.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        p.interrupt()
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 130)
        let files = Batch.files(in: dir.appendingPathComponent("out"))
        #expect(!files.contains { $0.hasSuffix(".tmp") || $0.hasPrefix(".") }, "\(files)")
        let pngs = files.filter { $0.hasSuffix(".png") }
        #expect(pngs.count < 40, "stopped early")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/chartsmith-manifest.json"))) as? [String: Any]
        let entries = try #require(manifest?["entries"] as? [String: Any])
        #expect(entries.count == pngs.count)
        for png in pngs {
            let bytes = try Data(contentsOf: dir.appendingPathComponent("out").appendingPathComponent(png))
            #expect(Array(bytes.suffix(4)) == [0xAE, 0x42, 0x60, 0x82], "\(png) ends with a whole IEND chunk")
        }
        // The next run finishes the rest without redoing what was done.
        let rest = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(rest.status == 0)
        #expect(rest.paths("rendered").count == 40 - pngs.count)
    }
}
