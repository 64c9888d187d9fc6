import Chartsmith
import ChartsmithBatch
import Foundation
import Testing

@Suite("Sharding")
struct ShardTests {
    @Test("shards 1...N partition any list of specs: each is in exactly one", arguments: [1, 2, 3, 7, 16])
    func partition(count: Int) throws {
        let paths = (0..<500).map { "group-\($0 % 7)/spec-\($0).json" }
        var owners: [String: Int] = [:]
        for i in 1...count {
            let shard = try Shard(index: i, count: count)
            for p in paths where shard.contains(relativePath: p) {
                #expect(owners[p] == nil, "\(p) in two shards")
                owners[p] = i
            }
        }
        #expect(owners.count == paths.count)
        if count > 1 {
            // Roughly balanced: no shard has more than twice its share.
            let sizes = Dictionary(grouping: owners.values, by: { $0 }).mapValues(\.count)
            #expect(sizes.values.allSatisfy { $0 < 2 * paths.count / count }, "\(sizes)")
        }
    }

    @Test("--shard parses I/N and takes the index from Kubernetes, Slurm and GNU parallel")
    func parsing() throws {
        #expect(try Shard.parse("2/8", environment: [:]) == Shard(index: 2, count: 8))
        #expect(try Shard.parse("auto/4", environment: ["JOB_COMPLETION_INDEX": "0"]) == Shard(index: 1, count: 4))
        #expect(try Shard.parse("auto/4", environment: ["JOB_COMPLETION_INDEX": "3"]) == Shard(index: 4, count: 4))
        #expect(try Shard.parse("auto", environment: ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_COUNT": "8"]) == Shard(index: 6, count: 8))
        #expect(try Shard.parse("auto", environment: ["SLURM_ARRAY_TASK_ID": "8", "SLURM_ARRAY_TASK_MIN": "1",
                                                     "SLURM_ARRAY_TASK_COUNT": "8"]) == Shard(index: 8, count: 8))
        #expect(try Shard.parse("auto/3", environment: ["PARALLEL_SEQ": "3"]) == Shard(index: 3, count: 3))
        #expect(try Shard.parse("auto", environment: ["JOB_COMPLETION_INDEX": "1", "CHARTSMITH_SHARD_COUNT": "2"]) == Shard(index: 2, count: 2))
    }

    @Test("bad --shard values are refused with a reason", arguments: [
        ("0/4", [String: String]()), ("5/4", [:]), ("2", [:]), ("a/b", [:]), ("1/0", [:]),
        ("auto/4", [:]), ("auto", ["JOB_COMPLETION_INDEX": "1"]), ("auto/3", ["PARALLEL_SEQ": "4"]),
        ("auto/4", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "8"]),
        ("auto/4", ["JOB_COMPLETION_INDEX": "x"]),
    ])
    func refused(text: String, env: [String: String]) {
        #expect(throws: ShardError.self) { try Shard.parse(text, environment: env) }
    }

    @Test("N shard runs into one folder render each spec exactly once, and the last sheet shows all")
    func shardedRunsCoverAll() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write(Batch.seedCSV, "specs/data/offenders-2010.csv", in: dir)
        for i in 0..<12 { try Batch.write(Batch.spec(title: "Chart \(i)"), "specs/g\(i % 3)/c\(i).json", in: dir) }
        try Batch.write(Batch.seedCSV, "specs/g0/data/offenders-2010.csv", in: dir)
        try Batch.write(Batch.seedCSV, "specs/g1/data/offenders-2010.csv", in: dir)
        try Batch.write(Batch.seedCSV, "specs/g2/data/offenders-2010.csv", in: dir)
        var rendered: [String] = []
        let envs: [[String: String]] = [["JOB_COMPLETION_INDEX": "0"], ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3"],
                                        ["PARALLEL_SEQ": "3"]]
        for (i, env) in envs.enumerated() {
            let shard = i == 1 ? "auto" : "auto/3"
            let r = try Batch.run(["batch", "specs", "--out", "out", "--json", "--shard", shard], in: dir, environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            rendered += r.paths("rendered")
        }
        #expect(rendered.sorted() == (0..<12).map { "specs/g\($0 % 3)/c\($0).json" }.sorted())
        #expect(Set(rendered).count == rendered.count, "no spec rendered twice")
        let sheet = try String(contentsOf: dir.appendingPathComponent("out/index.html"), encoding: .utf8)
        for i in 0..<12 { #expect(sheet.contains("g\(i % 3)/c\(i).png")) }
        // Explicit I/N gives the same split; a whole-batch run afterwards finds everything up to date.
        let again = try Batch.run(["batch", "specs", "--out", "out", "--json"], in: dir)
        #expect(again.paths("rendered").isEmpty, "\(again.stdout)")
    }
}

@Suite("Manifests")
struct ManifestTests {
    @Test("where several manifests hold a spec, the one written last wins")
    func newestWins() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = BatchManifest(entries: ["a.json": .init(spec: "a.json", key: "old", status: .ok)])
        let new = BatchManifest(shard: try Shard(index: 1, count: 2), entries: ["a.json": .init(spec: "a.json", key: "new", status: .ok)])
        try Data(try new.encoded()).write(to: dir.appendingPathComponent(BatchManifest.fileName(for: try Shard(index: 1, count: 2))))
        try Data(try old.encoded()).write(to: dir.appendingPathComponent(BatchManifest.fileName(for: nil)))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)],
                                              ofItemAtPath: dir.appendingPathComponent(BatchManifest.fileName(for: nil)).path)
        #expect(BatchManifest.loadAll(in: dir).entries["a.json"]?.key == "new")
    }
}
