import Chartsmith
import ChartsmithTestSupport
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
    /// Panels side by side in one row of a facet share a baseline: a row is cut where a label
    /// text comes round again, since one axis never shows the same label twice.
    static func labelRuns(_ scene: Scene) -> [[Double]] {
        let labels = scene.texts(.axisLabel)
        var rows: [String: [(Double, String)]] = [:], columns: [String: [(Double, String)]] = [:]
        for t in labels {
            if t.align == .end && t.angle == 0 && t.baseline == .top && labels.filter({ $0.anchor.x == t.anchor.x }).count > 1
                && labels.filter({ $0.anchor.y == t.anchor.y }).count == 1 {
                columns["\(t.anchor.x)", default: []].append((t.anchor.y, t.text))
            } else {
                rows["\(t.anchor.y) \(t.angle)", default: []].append((t.anchor.x, t.text))
            }
        }
        // Views side by side with scales of their own (a repeat, a concat) share a baseline
        // too: a row is also cut where the numbers turn back or leap, since one axis steps evenly.
        func number(_ text: String) -> Double? {
            Double(text.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: ",", with: ""))
        }
        var runs: [[Double]] = []
        for run in Array(rows.values) + Array(columns.values) {
            var current: [Double] = [], seen = Set<String>(), values: [Double?] = []
            for (p, text) in run.sorted(by: { $0.0 < $1.0 }) {
                let v = number(text)
                var newAxis = seen.contains(text)
                if !newAxis, values.count >= 2, let v, let a = values[values.count - 2], let b = values[values.count - 1] {
                    // Turning back, or a step over twice the last: another axis. (A label put
                    // back out of step, between two ticks, stays in the run and fails it.)
                    let step = v - b, last = b - a
                    newAxis = step * last < 0 || abs(step) > 2 * abs(last)
                }
                if newAxis { runs.append(current); current = []; seen = []; values = [] }
                current.append(p)
                seen.insert(text)
                values.append(v)
            }
            runs.append(current)
        }
        return runs
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

    @Test("panels of a facet in one row are checked apart, and each is still checked")
    func facetRowsSplit() {
        var scene = Scene(width: 400, height: 100)
        func label(_ x: Double, _ text: String) -> SceneNode {
            .text(TextNode(text: text, anchor: Point(x: x, y: 90), font: FontDescriptor(size: 12), align: .center,
                           baseline: .top, metrics: TextMetrics(width: 10, ascent: 9, descent: 3), role: .axisLabel))
        }
        scene.nodes = [label(0, "0"), label(40, "10"), label(80, "20"), label(200, "0"), label(240, "10"), label(260, "15")]
        let runs = Self.labelRuns(scene)
        #expect(runs == [[0, 40, 80], [200, 240, 260]])
        #expect(!Self.regular(runs[1]))
        // Repeated views with scales of their own: cut where the numbers turn back or leap.
        scene.nodes = [label(0, "50"), label(40, "100"), label(80, "150"), label(200, "10"), label(250, "20"), label(300, "30"),
                       label(330, "100"), label(350, "200")]
        #expect(Self.labelRuns(scene) == [[0, 40, 80], [200, 250, 300], [330, 350]])
    }
}

/// A short linear x axis is not labelled at its two ends only: when the house spacing (64
/// points a label) leaves just "0" and "250", closer ticks are taken, down to Vega-Lite's
/// one per 40 points, with labels clear of each other (review 9: Horsepower across 300 points).
@Suite("Short x axes keep inner labels")
struct ShortAxisTicksTests {
    @Test("a 300-point x axis over 46–230 reads 0, 50, …, 250")
    func innerLabels() throws {
        let spec = #"""
        {"data": {"values": [{"h": 46, "m": 10}, {"h": 120, "m": 30}, {"h": 230, "m": 20}]},
         "width": 300, "height": 200, "mark": "point",
         "encoding": {"x": {"field": "h", "type": "quantitative"}, "y": {"field": "m", "type": "quantitative"}}}
        """#
        let scene = try TestPipeline.scene(spec)
        let y = scene.texts(.axisLabel).filter { $0.text == "0" }.map(\.anchor.y).max() ?? 0
        let xLabels = scene.texts(.axisLabel).filter { $0.anchor.y == y }.sorted { $0.anchor.x < $1.anchor.x }.map(\.text)
        #expect(xLabels == ["0", "50", "100", "150", "200", "250"], "\(xLabels)")
    }
}
