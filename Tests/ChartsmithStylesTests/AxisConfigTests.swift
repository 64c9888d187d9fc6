import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// `config.axis`, `config.axisX` and `config.axisY` take the label and tick settings of
/// Vega-Lite's `line_conditional_axis_config`: labelExpr (an array is a label of two
/// lines), labelAlign, labelOffset, labelPadding, tickSize, and gridDash/tickDash that
/// depend on the tick.
@Suite("Axis settings from config")
struct AxisConfigTests {
    let folder: URL

    init() throws { folder = try temporaryFolder("chartsmith-axis-config") }

    func scene(_ config: String) throws -> Scene {
        // Two years of monthly values; the x axis ticks every three months.
        var values: [String] = []
        for year in [2006, 2007] { for month in 1...12 { values.append(##"{"date": "\##(year)-\##(String(format: "%02d", month))-01", "price": \##(month)}"##) } }
        let spec = ##"{"data": {"values": [\##(values.joined(separator: ", "))]}, "width": 400, "mark": "line","##
            + ##""encoding": {"x": {"field": "date", "type": "temporal", "axis": {"tickCount": 8}}, "y": {"field": "price", "type": "quantitative"}},"##
            + ##""config": \##(config)}"##
        let url = try write(spec, to: "chart-\(UUID().uuidString).json", in: folder)
        return try ChartRenderer().scene(forSpecAt: url)
    }

    static let conditional = ##"""
        {"axisX": {"labelAlign": "left",
                   "labelExpr": "[timeFormat(datum.value, '%b'), timeFormat(datum.value, '%m') == '01' ? timeFormat(datum.value, '%Y') : '']",
                   "labelPadding": -24, "labelOffset": 4, "tickSize": 30,
                   "gridDash": {"condition": {"test": {"field": "value", "timeUnit": "monthdate", "equal": {"month": 1, "date": 1}}, "value": []}, "value": [2, 2]},
                   "tickDash": {"condition": {"test": {"field": "value", "timeUnit": "monthdate", "equal": {"month": 1, "date": 1}}, "value": []}, "value": [2, 2]}}}
        """##

    func box(_ p: PathNode) -> Rect { p.path.bounds ?? Rect(x: 0, y: 0, width: 0, height: 0) }

    /// The x axis's ticks (vertical strokes), left to right.
    func xTicks(_ s: Scene) -> [Rect] {
        s.paths(.axisTick).map(box).filter { $0.width == 0 }.sorted { $0.minX < $1.minX }
    }

    func xTickNodes(_ s: Scene) -> [PathNode] {
        s.paths(.axisTick).filter { box($0).width == 0 }.sorted { box($0).minX < box($1).minX }
    }

    @Test("tickDash depends on the tick: solid on 1 January, dashed elsewhere; tickSize sets the length")
    func conditionalTicks() throws {
        let ticks = xTickNodes(try scene(Self.conditional))
        #expect(ticks.count == 8)
        for (i, t) in ticks.enumerated() {
            let expected: [Double] = i % 4 == 0 ? [] : [2, 2]
            #expect(t.stroke?.dash == expected, "tick \(i)")
            #expect(abs(box(t).height - 30) < 0.01)
        }
    }

    @Test("labelExpr giving an array makes two-line labels; labelAlign left and labelOffset put them just right of the tick")
    func labelExprLines() throws {
        let s = try scene(Self.conditional)
        let ticks = xTicks(s)
        let top = ticks.first?.minY ?? 0
        let labels: [TextNode] = s.texts(.axisLabel).filter { $0.anchor.y > top }
        let jans: [TextNode] = labels.filter { $0.text == "Jan" }
        #expect(jans.count == 2)
        for year in ["2006", "2007"] {
            let y = try #require(labels.first { $0.text == year })
            // The year is the second line of the January label.
            #expect(jans.contains { $0.anchor.x == y.anchor.x && y.anchor.y > $0.anchor.y }, "\(year)")
        }
        for l in labels where l.text == "Apr" || l.text == "Jan" {
            #expect(l.align == TextNode.Align.start)
            let x = l.anchor.x
            #expect(ticks.contains { abs(x - ($0.minX + 4)) < 0.01 }, "\(l.text) at \(x)")
            // labelPadding -24 under 30-point ticks: the label sits beside the tick, within its length.
            #expect(l.anchor.y < ticks[0].maxY)
        }
        #expect(s.textCollisions().isEmpty)
    }

    @Test("config.axis settings reach both axes beneath config.axisX and axisY")
    func bothAxes() throws {
        let s = try scene(##"{"axis": {"tickSize": 9, "labelExpr": "'<' + datum.label + '>'"}, "axisY": {"ticks": true, "tickSize": 3}}"##)
        #expect(xTicks(s).allSatisfy { abs($0.height - 9) < 0.01 })
        #expect(s.texts(.axisLabel).allSatisfy { $0.text.hasPrefix("<") && $0.text.hasSuffix(">") })
        let yTicks = s.paths(.axisTick).map(box).filter { $0.height == 0 }
        #expect(!yTicks.isEmpty && yTicks.allSatisfy { abs($0.width - 3) < 0.01 })
    }
}
