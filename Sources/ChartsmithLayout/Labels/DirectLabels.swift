import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Series names at the ends of lines, in a column right of the plot, moved apart when they
/// would collide, with a thin leader where a label had to move. When they carry the series,
/// the legend is dropped.
struct DirectLabels {
    struct Entry {
        var key: Value
        var lines: [String]
        var color: Color
    }

    var entries: [Entry] = []
    /// Width of the label column, leader gap included.
    var reserve = 0.0
    static let maxSeries = 8
    static let leaderGap = 8.0
    static let maxWidth = 170.0

    /// Decides whether the chart's lines are labelled directly, and measures the labels.
    static func plan(views: [PreparedView], color: ColorScale?, theme: Theme, kit: TextKit, maxWidth: Double) -> DirectLabels? {
        guard theme.directLabels, let color, color.continuous == nil, color.discretizer == nil, !color.identity,
              color.values.count >= 1, color.values.count <= maxSeries,
              views.contains(where: { MarkKinds.kind(of: $0).directLabelRole($0) == .invites }),
              !views.contains(where: { MarkKinds.kind(of: $0).directLabelRole($0) == .forbids }),
              color.def.legend?.orient == nil, color.def.legend?.disabled != true,
              // A conditional colour (a selection's) is not one colour per series.
              color.def.fieldTest == nil,
              views.allSatisfy({ $0.semantics.valueChannel == .y })
        else { return nil }
        var d = DirectLabels()
        let limit = min(Self.maxWidth, max(60, maxWidth))
        var widest = 0.0
        for v in color.values {
            let lines = kit.wrap(color.labelText(v, locale: theme.locale), font: theme.legendFont, maxWidth: limit)
            widest = max(widest, lines.map { kit.width($0, theme.legendFont) }.max() ?? 0)
            d.entries.append(Entry(key: v, lines: lines, color: color.color(for: v) ?? theme.markColor))
        }
        d.reserve = widest + leaderGap + 4
        return d
    }

    /// Places the labels against the last valid point of each series.
    func place(builder: MarkBuilder, plot: Rect, kit: TextKit, theme: Theme, occupancy: inout Occupancy) -> [SceneNode] {
        let font = theme.legendFont
        let lh = kit.lineHeight(font)
        // Last point of each series: the rightmost (first of equals) of its rows, in view order.
        var best: [Value: Point] = [:]
        let keys = Set(entries.map(\.key))
        func consider(_ px: Double?, _ py: Double?, for key: Value) {
            guard let px, let py else { return }
            if let b = best[key], !(px > b.x) { return }
            best[key] = Point(x: px, y: py)
        }
        func consider(_ v: PreparedView, _ r: Row, for key: Value) {
            consider(builder.encoder.position(v, .x, r), builder.encoder.position(v, .y, r), for: key)
        }
        for v in builder.views where MarkKinds.kind(of: v).directLabelRole(v).anchorsLabels {
            guard let c = builder.color else { continue }
            let d = v.encoding[c.channel]
            // A layer per series colours its rows by a `datum`: every row is that series'.
            var only: Value? = nil
            if let d, d.field == nil, let datum = d.datum { only = Value.from(datum) }
            if let cf = d?.outputField ?? c.def.outputField, let px = ColumnPosition(v, builder.encoder, .x),
               let py = ColumnPosition(v, builder.encoder, .y), let groups = v.table.groupRowNumbers(by: [cf]) {
                // A columnar table: each series' rows read from the columns, in row order.
                // The series' best point so far is kept locally (one dictionary write per
                // series) and y is placed only for a point further right, as `consider` decides.
                for g in groups {
                    guard let key = g.key.first, keys.contains(key), only == nil || only == key else { continue }
                    var last = best[key]
                    for i in g.rows {
                        guard let x = px.position(i) else { continue }
                        if let b = last, !(x > b.x) { continue }
                        guard let y = py.position(i) else { continue }
                        last = Point(x: x, y: y)
                    }
                    best[key] = last
                }
            } else if let cf = d?.outputField ?? c.def.outputField {
                // One pass over the rows, not one per series.
                for r in v.table.rows {
                    let key = r[cf]
                    guard keys.contains(key), only == nil || only == key else { continue }
                    consider(v, r, for: key)
                }
            } else if d?.datum != nil {
                for key in keys where only == nil || only == key {
                    for r in v.table.rows { consider(v, r, for: key) }
                }
            }
        }
        var targets: [(entry: Entry, point: Point)] = []
        for e in entries { if let p = best[e.key] { targets.append((e, p)) } }
        targets.sort { $0.point.y < $1.point.y }
        // Desired tops, then push apart: down from the top, then back up from the bottom.
        let heights = targets.map { Double($0.entry.lines.count) * lh }
        var tops = targets.enumerated().map { $0.element.point.y - heights[$0.offset] / 2 }
        let spacing = 3.0
        for i in tops.indices.dropFirst() { tops[i] = max(tops[i], tops[i - 1] + heights[i - 1] + spacing) }
        let lowest = plot.maxY + lh / 2
        if let last = tops.indices.last, tops[last] + heights[last] > lowest {
            tops[last] = lowest - heights[last]
            for i in stride(from: last - 1, through: 0, by: -1) { tops[i] = min(tops[i], tops[i + 1] - heights[i] - spacing) }
        }
        var out: [SceneNode] = []
        let x = plot.maxX + Self.leaderGap
        for (i, t) in targets.enumerated() {
            let centre = tops[i] + heights[i] / 2
            let moved = abs(centre - t.point.y) > 2 || t.point.x < plot.maxX - 1
            if moved {
                let path = Path.polyline([Point(x: t.point.x + 3, y: t.point.y), Point(x: x - 2, y: centre)])
                out.append(.path(PathNode(path: path, stroke: Stroke(color: t.entry.color.withOpacity(0.8), width: 0.75),
                                          role: .leader, name: t.entry.key.text)))
            }
            for (k, line) in t.entry.lines.enumerated() {
                let node = kit.node(line, at: Point(x: x, y: tops[i] + Double(k) * lh), font: font,
                                    color: Self.readable(t.entry.color, theme: theme), align: .start, baseline: .top, role: .directLabel)
                occupancy.add(node.bounds)
                out.append(.text(node))
            }
        }
        return out
    }

    /// The series colour's text variant (``Color/textVariant(on:minimum:)``): the same hue,
    /// darkened in perceptual lightness until it reads at 4.5:1 on the background.
    static func readable(_ c: Color, theme: Theme) -> Color {
        c.textVariant(on: theme.background)
    }
}
