import Foundation
import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// Issue 18, the data stage: hostile data and transforms fail at once with a message naming
/// the step, the estimate and the limit, instead of exhausting memory or time. Each test
/// measures the work through the limits' own accounting (the estimate a budget refuses, the
/// rows a frame touches, the bytes a parse keeps), never with a clock.
@Suite("Hostile data: budgets through every transform")
struct HostileDataTests {
    /// `n` rows of `fields` numbered fields (`f0`, `f1`...), plus `g` (the row's group).
    func table(rows n: Int, fields: Int = 1, groups: Int = 1) -> Table {
        let names = (0..<fields).map { "f\($0)" }
        return Table(fields: names + ["g"], rows: (0..<n).map { i in
            var r = Row()
            for f in names { r[f] = .number(Double(i)) }
            r["g"] = .string("g\(i % groups)")
            return r
        })
    }

    func message(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return "\(error)" }
    }

    @Test("folding a CSV of 20 rows × 10,000 columns is refused by the cells limit before it is built")
    func wideFold() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = (0..<10_000).map { "c\($0)" }
        var text = names.joined(separator: ",") + "\n"
        for r in 0..<20 { text += (0..<10_000).map { "\(($0 + r) % 10)" }.joined(separator: ",") + "\n" }
        try text.write(to: folder.appendingPathComponent("wide.csv"), atomically: true, encoding: .utf8)
        let source = try DataLoader(baseFolder: folder).load(.url("wide.csv", format: nil))
        #expect(source.rows.count == 20 && source.fields.count == 10_000)
        let fold = Transform.fold(fields: names, keyAs: "key", valueAs: "value")
        let m = try #require(message { try Transforms.apply([fold], to: source) })
        #expect(m == "transform[0]: fold: would make 200,000 rows × 10,002 fields = 2,000,400,000 cells;"
                + " the limit is 20,000,000 cells (--limit cells=N)", "\(m)")
    }

    @Test("a fold that triples the rows past the rows limit is refused, through the loader's limits")
    func foldPastRows() throws {
        let source = table(rows: 1_000, fields: 3)
        let fold = Transform.fold(fields: ["f0", "f1", "f2"], keyAs: "k", valueAs: "v")
        let m = try #require(message {
            try DataLoader.$limits.withValue(.init(maxRows: 1_000)) { try Transforms.apply([fold], to: source) }
        })
        #expect(m == "transform[0]: fold: would make 3,000 rows; the limit is 1,000 rows (--limit rows=N)", "\(m)")
        // Within the limit it runs.
        let out = try DataLoader.$limits.withValue(.init(maxRows: 3_000)) { try Transforms.apply([fold], to: source) }
        #expect(out.rows.count == 3_000)
    }

    @Test("imputing every key of a 3,000-row sequence for 3,000 groups is refused before any row is made")
    func imputeExplosion() throws {
        let sequence = try DataLoader(baseFolder: URL(fileURLWithPath: "/")).load(.sequence(start: 0, stop: 3_000, step: 1, as: "k"))
        let grouped = try Transforms.apply([.calculate(expression: "datum.k", as: "g")], to: sequence)
        var spec = ImputeSpec()
        spec.field = "v"; spec.key = "k"; spec.groupby = ["g"]; spec.value = .number(0)
        let m = try #require(message { try Impute.apply(spec, to: grouped) })
        #expect(m == "impute (3,000 groups × 3,000 keys): would make 9,000,000 rows; the limit is 1,000,000 rows (--limit rows=N)", "\(m)")
    }

    /// One table of 100 rows × 10 fields, and each transform that can grow it, under a
    /// budget of exactly its cells: each is refused naming itself.
    static let growing: [(String, Transform)] = [
        ("calculate", .calculate(expression: "1", as: "one")),
        ("fold", .fold(fields: ["f0", "f1"], keyAs: "k", valueAs: "v")),
        ("aggregate", .aggregate(ops: [AggregateField(op: .argmax, field: "f0", as: "best")], groupby: ["g"])),
        ("joinaggregate", .joinaggregate(ops: [AggregateField(op: .sum, field: "f0", as: "total")], groupby: ["g"])),
        ("window", .window(ops: [WindowField(op: "sum", field: "f0", as: "run")], sort: [], groupby: [], frame: nil)),
        ("timeUnit", .timeUnit(TimeUnit(rawValue: "year")!, field: "f0", as: "year")),
        ("bin", .bin(BinSpec(), field: "f0", as: "b0", end: "b1")),
        ("pivot", .pivot(PivotSpec(pivot: "f0", value: "f1", groupby: ["g"]))),
        ("density", .density({ var d = DensitySpec(field: "f0"); d.groupby = ["g"]; return d }())),
        ("stack", .stack(field: "f0", groupby: [], offset: .zero, sort: [], start: "s0", end: "s1")),
        ("lookup", .lookup(LookupSpec(lookup: "f0", from: .values([], format: nil), key: "f0", fields: ["f1"]))),
    ]

    @Test("every transform that can grow a table checks the budget first", arguments: growing.map(\.0))
    func everyTransform(name: String) throws {
        let transform = try #require(Self.growing.first { $0.0 == name }?.1)
        let source = table(rows: 100, fields: 9, groups: 100)  // 100 rows × 10 fields
        let lookups: [DataSpec: Table] = [.values([], format: nil): table(rows: 10, fields: 2)]
        let tight = DataBudget(maxRows: 1_000_000, maxCells: 1_000)
        let m = try #require(message { try Transforms.apply([transform], to: source, lookups: lookups, budget: tight) })
        #expect(m.hasPrefix("transform[0]: \(name)"), "\(m)")
        #expect(m.contains("the limit is 1,000 cells (--limit cells=N)") || m.contains("the limit is 1,000,000 rows"), "\(m)")
        // With room, it runs.
        _ = try Transforms.apply([transform], to: source, lookups: lookups, budget: DataBudget(maxRows: 1_000_000, maxCells: 10_000_000))
    }

    @Test("a stacked line's zero fill of 2,000 series × 2,000 positions is refused before it is built")
    func zeroFillExplosion() throws {
        let source = Table(fields: ["x", "c", "y"], rows: (0..<2_000).map { Row(["x": .number(Double($0)), "c": .number(Double($0)), "y": .number(1)]) })
        let m = try #require(message { try EncodingPipeline.zeroFillStackGaps(source, value: "y", positions: ["x"], series: ["c"]) })
        #expect(m.hasPrefix("stack (2,000 series × 2,000 positions): would make 4,000,000 rows"), "\(m)")
    }

    @Test("bins are capped: maxbins 1e9 or step 1e-9 over 10,000 rows is an error naming the limit")
    func binCap() throws {
        let source = Table(fields: ["x"], rows: (0..<10_000).map { Row(["x": .number(Double($0))]) })
        var huge = BinSpec()
        huge.maxbins = 1e9
        let a = try #require(message { try Binning.bin(source, field: "x", as: "b", spec: huge) })
        #expect(a.contains("maxbins 1000000000 over \"x\" from 0 to") && a.contains("bins; the limit is 10,000 bins"), "\(a)")
        var fine = BinSpec()
        fine.step = 1e-9
        let b = try #require(message { try Binning.bin(source, field: "x", as: "b", spec: fine) })
        #expect(b.contains("a step of 1e-09") && b.contains("the limit is 10,000 bins"), "\(b)")
        // The usual bins still work.
        #expect(try Binning.bin(source, field: "x", as: "b", spec: BinSpec()).rows[9_999]["b"] == .number(9_000))
    }

    @Test("found by fuzzing: a backwards bin extent, a zero step and a zero maxbins are refused, not a trap")
    func binDegenerate() throws {
        let source = Table(fields: ["x"], rows: (0..<10).map { Row(["x": .number(Double($0))]) })
        var backwards = BinSpec()
        backwards.maxbins = 1
        backwards.extent = [3000, 2]
        let a = try #require(message { try Binning.bin(source, field: "x", as: "b", spec: backwards) })
        #expect(a == "bin: the extent [3000, 2] over \"x\" runs backwards; give it as [min, max]", "\(a)")
        for (step, maxbins) in [(0.0, nil), (-1, nil), (nil, 0.0), (nil, -5)] as [(Double?, Double?)] {
            var p = BinSpec()
            p.step = step
            p.maxbins = maxbins
            let m = try #require(message { try Binning.bin(source, field: "x", as: "b", spec: p) }, "step \(String(describing: step)) maxbins \(String(describing: maxbins))")
            #expect(m.hasPrefix("bin: "), "\(m)")
        }
        // An extent of one value still makes one bin.
        var single = BinSpec()
        single.extent = [5, 5]
        #expect(try Binning.bin(source, field: "x", as: "b", spec: single).rows[5]["b"] == .number(5))
    }

    @Test("density refuses more samples than the rows limit allows, before sampling")
    func densitySamples() throws {
        var p = DensitySpec(field: "f0")
        p.steps = 1e12
        let m = try #require(message { try Density.apply(p, to: table(rows: 10)) })
        #expect(m.hasPrefix("density: would make 1,000,000,000,001 rows"), "\(m)")
    }

    @Test("a source's cells are counted too: inline values past the cells limit")
    func inlineCells() throws {
        let items: [InlineValue] = (0..<100).map { i in
            .object(["a": .number(Double(i)), "b": .number(1)], keys: ["a", "b"])
        }
        let m = try #require(message {
            try DataLoader.$limits.withValue(.init(maxCells: 150)) {
                try DataLoader(baseFolder: URL(fileURLWithPath: "/")).load(.values(items, format: nil))
            }
        })
        #expect(m == "data.values: would make 100 rows × 2 fields = 200 cells; the limit is 150 cells (--limit cells=N)", "\(m)")
    }
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
