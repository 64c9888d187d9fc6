import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// Labels set outside a pie or donut: a polar text layer (`theta` stacked as the slices,
/// no `radius` channel) whose `radius` reaches past the slices' outer edge is drawn at
/// that radius, as Vega draws it, when the labels there stand clear of one another inside
/// the plot; otherwise as labels in two columns beside the pie, each joined to the middle
/// of its slice by a leader line. Labels on one side that would overlap are moved apart vertically, kept
/// within the plot, and never cross the pie (each column starts beyond its edge).
enum PieLabels {
    /// Room between the pie's edge and a label column, in points.
    static let gap = 18.0
    static let elbow = 8.0

    /// The arc view a text view labels from outside, when it does.
    static func arc(labelledBy v: PreparedView, _ e: RowEncoder) -> PreparedView? {
        guard v.mark.type == .text, v.encoding[.theta] != nil, v.encoding[.radius] == nil else { return nil }
        guard let arc = e.views.first(where: { $0.mark.type == .arc && $0.encoding[.radius] == nil }) else { return nil }
        let plain = PolarGeometry(arc, e)
        let textRadius = (v.mark.radius ?? 0) + (v.mark.radiusOffset ?? 0)
        let arcRadius = (arc.mark.outerRadius ?? arc.mark.radius ?? plain.maxRadius) + (arc.mark.radiusOffset ?? 0)
        return textRadius > arcRadius ? arc : nil
    }

    /// The widest label a view outside a pie will set, plus its gap: room the pie leaves
    /// on each side.
    static func reserve(_ e: RowEncoder, kit: TextKit) -> Double {
        var widest = 0.0
        for v in e.views {
            guard arc(labelledBy: v, e) != nil, let f = v.encoding[.text]?.outputField else { continue }
            let font = TextMark.font(v, theme: e.theme)
            for r in v.table.rows { widest = max(widest, kit.width(r[f].text, font)) }
        }
        return widest > 0 ? widest + gap + 4 : 0
    }

    /// A label to set: its text node (anchor yet to move) and its slice's middle angle.
    struct Item {
        var node: TextNode
        var angle: Double
    }

    /// The labels and their leader lines, given each row's text node at its slice.
    static func place(_ items: [Item], _ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        guard let arc = arc(labelledBy: v, e), let first = arc.table.rows.first else { return items.map { .text($0.node) } }
        let g = PolarGeometry(arc, e, kit: kit)
        let outer = g.outerRadius(arc, first) ?? g.maxRadius
        var out: [SceneNode] = []
        for right in [true, false] {
            var side = items.filter { (sin($0.angle) >= 0) == right }
                .map { (item: $0, y: g.point(angle: $0.angle, radius: outer + elbow).y) }
                .sorted { $0.y < $1.y }
            guard !side.isEmpty else { continue }
            // Apart by a line each, top down; then pulled back inside the plot from the bottom.
            let lh = side.map { $0.item.node.metrics.height }.max() ?? 12
            let top = e.plot.minY + lh / 2, bottom = e.plot.maxY - lh / 2
            for i in side.indices {
                side[i].y = max(side[i].y, top)
                if i > 0 { side[i].y = max(side[i].y, side[i - 1].y + lh + 2) }
            }
            for i in side.indices.reversed() {
                side[i].y = min(side[i].y, i == side.count - 1 ? bottom : side[i + 1].y - lh - 2)
            }
            let x = right ? g.center.x + outer + gap : g.center.x - outer - gap
            for s in side {
                var node = s.item.node
                node.anchor = Point(x: x, y: s.y)
                node.align = right ? .start : .end
                node.baseline = .middle
                node.angle = 0
                let from = g.point(angle: s.item.angle, radius: outer)
                let bend = g.point(angle: s.item.angle, radius: outer + elbow)
                let end = Point(x: right ? x - 3 : x + 3, y: s.y)
                let leader = Path.polyline([from, bend, Point(x: right ? max(bend.x, end.x - 6) : min(bend.x, end.x + 6), y: s.y), end])
                out.append(.path(PathNode(path: leader, stroke: Stroke(color: e.theme.textColor.withOpacity(0.55), width: 0.75),
                                          role: .leader, name: "leader to \(node.text)")))
                out.append(.text(node))
            }
        }
        return out
    }
}
