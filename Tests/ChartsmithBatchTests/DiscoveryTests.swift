import Chartsmith
import ChartsmithBatch
import Foundation
import Testing

@Suite("Spec discovery")
struct DiscoveryTests {
    @Test("a folder is searched recursively; hidden files, data arrays, manifests and the output folder are skipped")
    func folders() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        try Batch.write("[{\"a\": 1}]", "specs/data/rows.json", in: dir)
        try Batch.write("{}", "specs/.hidden.json", in: dir)
        try Batch.write("{}", "specs/.git/x.json", in: dir)
        try Batch.write("{}", "specs/out/old.json", in: dir)
        try Batch.write("{}", "specs/chartsmith-manifest.json", in: dir)
        try Batch.write("notes", "specs/readme.txt", in: dir)
        let d = SpecDiscovery(workingFolder: dir, excluded: [dir.appendingPathComponent("specs/out")])
        let (specs, problems) = d.discover(["specs"])
        #expect(problems.isEmpty)
        #expect(specs.map(\.relativePath) == ["a.json", "b.json", "nested/deeper/c.json"])
        #expect(specs.map(\.displayPath) == ["specs/a.json", "specs/b.json", "specs/nested/deeper/c.json"])
        #expect(specs.map(\.outputStem) == ["a", "b", "nested/deeper/c"])
        #expect(specs.allSatisfy { $0.foundInFolder })
    }

    @Test("globs: ** spans folders, * stays in one; files named directly are mirrored by name; repeats count once")
    func globsAndFiles() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        let d = SpecDiscovery(workingFolder: dir)
        #expect(d.discover(["specs/**/*.json"]).specs.map(\.relativePath) == ["a.json", "b.json", "nested/deeper/c.json"])
        #expect(d.discover(["specs/*.json"]).specs.map(\.relativePath) == ["a.json", "b.json"])
        #expect(d.discover(["specs/nested/*/c.json"]).specs.map(\.relativePath) == ["deeper/c.json"])
        let direct = d.discover(["specs/nested/deeper/c.json", "specs", "specs/a.json"]).specs
        #expect(direct.count == 3)
        #expect(direct.first { $0.url.lastPathComponent == "c.json" }?.relativePath == "c.json")
    }

    @Test("a path that does not exist and a glob that matches nothing are reported")
    func problems() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (specs, problems) = SpecDiscovery(workingFolder: dir).discover(["missing", "nothing/*.json"])
        #expect(specs.isEmpty)
        #expect(problems == ["missing: no such file or folder", "nothing/*.json: no spec file matches this pattern"])
    }

    @Test("glob components match like the shell: ?, [..], and no hidden names for *")
    func componentMatching() {
        #expect(GlobPattern.matches(name: "a1.json", component: "a?.json"))
        #expect(GlobPattern.matches(name: "b.json", component: "[ab].json"))
        #expect(!GlobPattern.matches(name: ".x.json", component: "*.json"))
        #expect(!GlobPattern.matches(name: "a.jsonl", component: "*.json"))
    }
}
