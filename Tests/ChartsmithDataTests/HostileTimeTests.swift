import Foundation
import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// Issue 18, time: transforms run in O(n log n) or better. The work is measured by what a
/// frame touches (each row enters and leaves a running aggregate once), not by a clock.
@Suite("Hostile data: transforms in O(n log n)")
struct HostileTimeTests {
    @Test("a running aggregate touches each row at most twice, whatever the frame")
    func frameWork() {
        let n = 20_000
        let values = (0..<n).map { Optional(Double($0 % 7)) }
        for op in ["sum", "mean", "min", "max", "count"] {
            var cumulative = FrameAggregate(op: op, values: values, counting: false)
            var sliding = FrameAggregate(op: op, values: values, counting: false)
            for pos in 0..<n {
                _ = cumulative.value(lo: 0, hi: pos)
                _ = sliding.value(lo: max(0, pos - 500), hi: min(n - 1, pos + 500))
            }
            #expect(cumulative.touched <= 2 * n && sliding.touched <= 2 * n, "\(op): \(cumulative.touched), \(sliding.touched)")
        }
    }

    @Test("running aggregates agree with summing each frame afresh")
    func frameValues() {
        let values: [Double?] = [3, nil, -1, 4, 1, nil, 5, 9, 2, 6]
        for (lower, upper) in [(Int?.none, 0), (2, 1), (1, 1), (0, 3)] {
            for op in ["sum", "mean", "min", "max", "count"] {
                var running = FrameAggregate(op: op, values: values, counting: false)
                for pos in values.indices {
                    let lo = lower.map { max(0, pos - $0) } ?? 0, hi = min(values.count - 1, pos + upper)
                    let frame = values[lo...hi].map { Row(["v": $0.map(Value.number) ?? .null]) }
                    let direct = Aggregation.apply(AggregateOp(rawValue: op)!, field: "v", rows: frame)
                    #expect(running.value(lo: lo, hi: hi) == direct, "\(op) at \(pos) over \(lo)...\(hi)")
                }
            }
        }
    }

    @Test("a cumulative sum over 20,000 rows, all peers of one sort value, is exact")
    func cumulativeSumWithPeers() throws {
        let n = 20_000
        let t = Table(fields: ["v", "s"], rows: (0..<n).map { Row(["v": .number(1), "s": .number(Double($0 / 10_000))]) })
        let window = Transform.window(ops: [WindowField(op: "sum", field: "v", as: "run"), WindowField(op: "cume_dist", field: nil, as: "cd")],
                                      sort: [SortField(field: "s", descending: false)], groupby: [], frame: nil)
        let out = try Transforms.apply([window], to: t)
        // Peers share a frame: the first 10,000 rows all see 10,000.
        #expect(out.rows[0]["run"] == .number(10_000) && out.rows[n - 1]["run"] == .number(Double(n)))
        #expect(out.rows[0]["cd"] == .number(0.5) && out.rows[n - 1]["cd"] == .number(1))
    }

    @Test("a pivot reads each row once per group, not once per pivot value")
    func pivotOnePass() throws {
        let t = Table(fields: ["k", "v", "g"], rows: (0..<20_000).map {
            Row(["k": .string("k\($0 % 5_000)"), "v": .number(1), "g": .number(Double($0 % 4))])
        })
        let out = try Pivot.apply(PivotSpec(pivot: "k", value: "v", groupby: ["g"]), to: t)
        #expect(out.rows.count == 4 && out.fields.count == 5_001)
        #expect(out.rows[0]["k0"] == .number(4) && out.rows[0]["k1"] == .null)
    }

    @Test("oneOf looks a value up by number and text, with the answer of comparing it with each target")
    func oneOfIndex() {
        let values: [Value] = [.number(1), .number(0), .number(-0.0), .number(2.5), .string("1"), .string("01"), .string("1.0"),
                               .string("abc"), .string(""), .string("true"), .bool(true), .bool(false), .null, .date(1),
                               .string("null"), .number(.nan), .string("NaN"), .string("1,000"), .number(1_000)]
        for k in 0..<values.count {
            let targets = Array(values[k...]) + Array(values[..<(k / 2)])
            let index = OneOfTargets(targets)
            for x in values {
                #expect(index.contains(x) == targets.contains { RowPredicate.equal(x, $0) }, "\(x) in \(targets)")
            }
        }
    }
}
