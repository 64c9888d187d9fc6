import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// `random()` and Vega's sampling functions in `calculate` and `filter` transforms: drawn
/// from vega-statistics' generator seeded by the transform, so a chart is the same on
/// every run, and refused everywhere else.
@Suite("Seeded random functions")
struct ExpressionRandomTests {
    /// A table of `n` rows numbered 0 …, row by row or on columns.
    func table(_ n: Int, columnar: Bool) -> Table {
        let rows = (0..<n).map { Row(["i": .number(Double($0))]) }
        let t = Table(fields: ["i"], rows: rows)
        guard columnar else { return t }
        return Table(fields: ["i"], columns: ColumnStore(count: n, names: ["i"],
                                                          columns: [Column.packing(rows.map { $0["i"] })]))
    }

    func numbers(_ t: Table, _ field: String) -> [Double] { t.column(field).compactMap(\.number) }

    @Test("random() in a calculate is vega-statistics' generator from the transform's seed, the same on every run")
    func calculateSequence() throws {
        let out = try Transforms.apply([.calculate(expression: "random()", as: "r")], to: table(1_000, columnar: false))
        let values = numbers(out, "r")
        var lcg = Sample.LCG(seed: ExpressionRandom.seed(for: "calculate r random()"))
        #expect(values == (0..<1_000).map { _ in lcg.next() })
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(Set(values).count > 990)
        let mean = values.reduce(0, +) / 1_000
        #expect(abs(mean - 0.5) < 0.05)
        let again = try Transforms.apply([.calculate(expression: "random()", as: "r")], to: table(1_000, columnar: false))
        #expect(numbers(again, "r") == values)
        let columnar = try Transforms.apply([.calculate(expression: "random()", as: "r")], to: table(1_000, columnar: true))
        #expect(columnar.columns != nil)
        #expect(numbers(columnar, "r") == values)
    }

    @Test("two calculates of random() (an x and a y jitter) draw different numbers")
    func independentJitters() throws {
        let out = try Transforms.apply([.calculate(expression: "random()", as: "jx"), .calculate(expression: "random()", as: "jy")],
                                       to: table(200, columnar: true))
        let x = numbers(out, "jx"), y = numbers(out, "jy")
        #expect(x.count == 200 && y.count == 200)
        #expect(zip(x, y).filter { $0 == $1 }.count == 0)
    }

    @Test("sampleNormal, sampleLogNormal and sampleUniform follow vega-statistics' definitions")
    func samplers() throws {
        let n = 20_000
        let out = try Transforms.apply([
            .calculate(expression: "sampleNormal(10, 2)", as: "n"),
            .calculate(expression: "sampleLogNormal()", as: "l"),
            .calculate(expression: "sampleUniform(2, 5)", as: "u"),
            .calculate(expression: "sampleUniform(3)", as: "u3"),
            .calculate(expression: "datum.i + random() * 0", as: "plain"),
        ], to: table(n, columnar: true))
        let normal = numbers(out, "n")
        let mean = normal.reduce(0, +) / Double(n)
        let sd = (normal.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)).squareRoot()
        #expect(abs(mean - 10) < 0.05 && abs(sd - 2) < 0.05)
        #expect(numbers(out, "l").allSatisfy { $0 > 0 })
        let u = numbers(out, "u")
        #expect(u.allSatisfy { $0 >= 2 && $0 < 5 } && u.contains { $0 > 4.9 } && u.contains { $0 < 2.1 })
        #expect(numbers(out, "u3").allSatisfy { $0 >= 0 && $0 < 3 })
        #expect(numbers(out, "plain") == (0..<n).map(Double.init))
    }

    @Test("a filter of random() < 0.25 keeps about a quarter of the rows, the same ones on every run")
    func filterSample() throws {
        let f = Transform.filter(.expression("random() < 0.25"))
        let out = try Transforms.apply([f], to: table(4_000, columnar: true))
        #expect(abs(Double(out.rowCount) - 1_000) < 100)
        let again = try Transforms.apply([f], to: table(4_000, columnar: false))
        #expect(numbers(again, "i") == numbers(out, "i"))
    }

    @Test("outside a calculate or filter transform, random() is refused and says where it is allowed")
    func refusedElsewhere() throws {
        do {
            _ = try Expression("random() < 0.5")
            Issue.record("random() parsed outside a transform")
        } catch {
            #expect(error.message.contains("allowed only in a calculate or filter transform"))
            #expect(error.offset == 0)
        }
        #expect(throws: (any Error).self) { try RowPredicate(.expression("sampleNormal() > 0")) }
        #expect(throws: Never.self) { try RowPredicate(.expression("sampleNormal() > 0"), seeded: true) }
    }
}
