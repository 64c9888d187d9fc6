import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Labels Chartsmith adds (value labels, point values, stack totals) never sit on a mark
/// other than the one they label: not on another series' line, point, rule or bar
/// (issue 14, item 5). Checked over every fixture and example.
@Suite("Labels clear of marks")
struct TextMarkCollisionTests {
    @Test("no added label sits on another mark", arguments: SceneDumpTests.cases)
    func clear(_ c: SceneDumpTests.Case) throws {
        guard let chart = try? ChartRenderer().chart(forSpecAt: c.spec) else { return }
        let hits = chart.scene.textMarkCollisions()
        #expect(hits.isEmpty, "\(c): \(hits.count) labels on marks: \(hits.prefix(5).map(\.description).joined(separator: "; "))")
    }

    @Test("the checker finds a label on a line, a bar and a point, and ignores the mark a label labels")
    func checker() {
        let font = FontDescriptor(family: "DejaVu Sans", size: 10)
        func label(_ text: String, _ box: Rect) -> TextNode {
            TextNode(text: text, anchor: Point(x: box.minX, y: box.minY), font: font, color: .black, baseline: .top,
                     metrics: TextMetrics(width: box.width, ascent: box.height * 0.8, descent: box.height * 0.2), role: .markLabel)
        }
        let line = PathNode(path: .polyline([Point(x: 0, y: 50), Point(x: 100, y: 50)]), stroke: Stroke(color: .black, width: 2),
                            role: .mark, name: "s=a")
        let bar = RectNode(rect: Rect(x: 200, y: 0, width: 20, height: 100), fill: .black, role: .mark, name: "k=b")
        let dot = PathNode(path: .polyline([Point(x: 300, y: 10), Point(x: 306, y: 10), Point(x: 306, y: 16), Point(x: 300, y: 16)]),
                           fill: .black, role: .mark, name: "k=c")
        let marks = SceneNode.group(GroupNode(children: [
            .group(GroupNode(children: [.path(line)], role: .mark, name: "layer 0 line")),
            .group(GroupNode(children: [.rect(bar), .path(dot)], role: .mark, name: "layer 1 bar")),
        ], role: .mark))
        let onLine = label("on line", Rect(x: 40, y: 45, width: 20, height: 10))
        let onBar = label("on bar", Rect(x: 205, y: 20, width: 10, height: 10))
        let onDot = label("on dot", Rect(x: 298, y: 8, width: 10, height: 10))
        let clear = label("clear", Rect(x: 40, y: 70, width: 20, height: 10))
        let own = label("own", Rect(x: 40, y: 45, width: 20, height: 10))
        let labels = SceneNode.group(GroupNode(children: [
            .text(onLine), .text(onBar), .text(onDot), .text(clear),
            .group(GroupNode(children: [.text(own)], role: .markLabel, name: MarkObstacles.owner(layer: "layer 0 line", name: "s=a"))),
        ], role: .markLabel))
        let scene = Scene(width: 400, height: 120, nodes: [marks, labels])
        let hits = scene.textMarkCollisions()
        #expect(Set(hits.map(\.text)) == ["on line", "on bar", "on dot"], "\(hits)")
        #expect(Set(hits.map(\.mark)) == ["layer 0 line: s=a", "layer 1 bar: k=b", "layer 1 bar: k=c"])
    }
}
