import Chartsmith
import ChartsmithBatch
import Foundation
import Testing

@Suite("Batch keys and spec inputs")
struct FingerprintTests {
    func setUp() throws -> (URL, BatchSpec) {
        let dir = try Batch.tempDir()
        try Batch.pack(in: dir)
        let url = dir.appendingPathComponent("specs/a.json")
        return (dir, BatchSpec(url: url, displayPath: "specs/a.json", relativePath: "a.json"))
    }

    func key(_ spec: BatchSpec, style: String? = nil, folder: URL, formats: [OutputFormat] = [.png]) throws -> String {
        let f = BatchFingerprint(formats: formats, scale: 1)
        let plan = try ChartPipeline(style: style, relativeTo: folder).plan(specAt: spec.url)
        return f.key(for: spec, specBytes: [UInt8](try Data(contentsOf: spec.url)), plan: plan).key
    }

    @Test("the plan lists the spec's and its layers' data files, resolved beside the spec")
    func inputs() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write("""
            {"data": {"url": "data/top.csv"}, "layer": [
              {"mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}}},
              {"data": {"url": "more/layer.csv"}, "mark": "rule", "encoding": {"y": {"field": "b", "type": "quantitative"}}},
              {"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}
            ]}
            """, "s.json", in: dir)
        let i = try ChartPipeline().plan(specAt: dir.appendingPathComponent("s.json"))
        #expect(i.data.map(\.url) == ["data/top.csv", "more/layer.csv"])
        #expect(i.data.map { $0.file?.path } == [dir.appendingPathComponent("data/top.csv").standardizedFileURL.path,
                                                 dir.appendingPathComponent("more/layer.csv").standardizedFileURL.path])
    }

    @Test("the key is stable, and changes with the spec, its data, the style file, the formats")
    func keyChanges() throws {
        let (dir, spec) = try setUp()
        try Batch.write("{}\n", "house.json", in: dir)
        let base = try key(spec, style: "house.json", folder: dir)
        #expect(try key(spec, style: "house.json", folder: dir) == base)
        #expect(try key(spec, style: "house.json", folder: dir, formats: [.png, .pdf]) != base)
        #expect(try key(spec, style: nil, folder: dir) != base)

        try Batch.write("{\"background\": \"#fff\"}\n", "house.json", in: dir)
        let restyled = try key(spec, style: "house.json", folder: dir)
        #expect(restyled != base)

        try Batch.write(Batch.seedCSV + "2010,Other,Convicted,1\n", "specs/data/offenders-2010.csv", in: dir)
        let redata = try key(spec, style: "house.json", folder: dir)
        #expect(redata != restyled)

        try Batch.write(Batch.spec(title: "Chart A, retitled"), "specs/a.json", in: dir)
        #expect(try key(spec, style: "house.json", folder: dir) != redata)
    }

    @Test("the same pack in two different folders (two machines' checkouts) gives the same keys")
    func keysIgnoreLocation() throws {
        let (dir1, spec1) = try setUp()
        let (dir2, spec2) = try setUp()
        try Batch.write("{}\n", "house.json", in: dir1)
        try Batch.write("{}\n", "house.json", in: dir2)
        #expect(dir1 != dir2)
        #expect(try key(spec1, style: "house.json", folder: dir1) == key(spec2, style: "house.json", folder: dir2))
    }

    @Test("a style's extends chain is hashed: changing the base style changes the key")
    func extendsChain() throws {
        let (dir, spec) = try setUp()
        try Batch.write("{\"extends\": \"base.json\"}\n", "styles/house.json", in: dir)
        try Batch.write("{\"background\": \"#ffffff\"}\n", "styles/base.json", in: dir)
        let before = try key(spec, style: "styles/house.json", folder: dir)
        try Batch.write("{\"background\": \"#fafafa\"}\n", "styles/base.json", in: dir)
        #expect(try key(spec, style: "styles/house.json", folder: dir) != before)
    }

    @Test("a style named by the spec is found as Styles/<name>.json above it and hashed")
    func namedStyleFile() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write("{}\n", "Styles/briefing.json", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        #expect(StyleReference.file(for: "briefing", relativeTo: dir.appendingPathComponent("a/b"))?.path
                == dir.appendingPathComponent("Styles/briefing.json").standardizedFileURL.path)
        #expect(StyleReference.file(for: "no-such-style", relativeTo: dir.appendingPathComponent("a/b")) == nil)
    }
}

@Suite("Spec plans")
struct PlanTests {
    @Test("the plan lists a lookup's data file, and changing that file changes the key")
    func lookupData() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.lookupPack(in: dir)
        let url = dir.appendingPathComponent("s.json")
        let plan = try ChartPipeline().plan(specAt: url)
        #expect(plan.data.map(\.url) == ["data/main.csv", "data/names.csv"])
        #expect(plan.data.map(\.role) == [.data, .lookup])
        #expect(plan.files.map(\.lastPathComponent) == ["s.json", "main.csv", "names.csv"])
        let spec = BatchSpec(url: url, displayPath: "s.json", relativePath: "s.json")
        let bytes = [UInt8](try Data(contentsOf: url))
        let before = BatchFingerprint(formats: [.png], scale: 1).key(for: spec, specBytes: bytes, plan: plan).key
        try Batch.write(Batch.lookupNamesCSV.replacingOccurrences(of: "Alpha", with: "Apex"), "data/names.csv", in: dir)
        #expect(BatchFingerprint(formats: [.png], scale: 1).key(for: spec, specBytes: bytes, plan: plan).key != before)
    }
}
