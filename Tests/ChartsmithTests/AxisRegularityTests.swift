import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Axis labels thinned at one regular step: on every Vega-Lite fixture, each row of x-axis
/// labels and each column of y-axis labels is evenly spaced (within the 28–31 days of a
/// month), so no axis reads 2000, 2004, 2010 or …, 1980, 1983.
@Suite("Axis label steps")
struct AxisRegularityTests {
    static var cases: [SceneDumpTests.Case] { SceneDumpTests.cases.filter { $0.set == "vega-lite" } }

    /// The positions of each row (same baseline) and column (same right edge) of axis labels.
    static func labelRuns(_ scene: Scene) -> [[Double]] {
        let labels = scene.texts(.axisLabel)
        var rows: [String: [Double]] = [:], columns: [String: [Double]] = [:]
        for t in labels {
            if t.align == .end && t.angle == 0 && t.baseline == .top && labels.filter({ $0.anchor.x == t.anchor.x }).count > 1
                && labels.filter({ $0.anchor.y == t.anchor.y }).count == 1 {
                columns["\(t.anchor.x)", default: []].append(t.anchor.y)
            } else {
                rows["\(t.anchor.y) \(t.angle)", default: []].append(t.anchor.x)
            }
        }
        return (Array(rows.values) + Array(columns.values)).map { $0.sorted() }
    }

    /// Whether positions are evenly spaced: the widest gap at most 15% over the narrowest.
    static func regular(_ ps: [Double]) -> Bool {
        guard ps.count >= 3 else { return true }
        let gaps = zip(ps.dropFirst(), ps).map { $0 - $1 }
        guard let lo = gaps.min(), let hi = gaps.max(), lo > 0 else { return true }
        return hi <= lo * 1.15 + 1
    }

    @Test("no Vega-Lite fixture's axis has labels at irregular steps", arguments: cases)
    func regularSteps(_ c: SceneDumpTests.Case) throws {
        let spec = try String(contentsOf: c.spec, encoding: .utf8)
        // Log scales tick 1, 2, 5, 10…: unevenly by design.
        guard !spec.contains("\"log\"") else { return }
        guard let chart = try? ChartPipeline().chart(forSpecAt: c.spec) else { return }
        for run in Self.labelRuns(chart.scene) {
            #expect(Self.regular(run), "\(c): labels at \(run.map { ($0 * 10).rounded() / 10 })")
        }
    }

    @Test("the regularity check fails an axis that puts back an end label out of step")
    func checkCanFail() {
        #expect(!Self.regular([0, 40, 80, 100]))
        #expect(Self.regular([0, 40, 80, 120]))
        #expect(Self.regular([0, 31, 59, 90, 120]))
    }
}
