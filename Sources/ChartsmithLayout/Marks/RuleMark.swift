import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Rules: a line across the plot at a value, between two values (`x2`, `y2`), or across
/// the band of a discrete axis.
struct RuleMark: MarkKind {
    var types: [MarkType] { [.rule] }

    var strokeIsColor: Bool { true }
    var legendSymbol: LegendSymbol { .line }
    var summarisesValues: Bool { false }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        var out: [SceneNode] = []
        let rows = v.table.rows.isEmpty && (v.encoding[.x]?.datum != nil || v.encoding[.y]?.datum != nil) ? [Row()] : v.table.rows
        let hasX = v.encoding[.x] != nil, hasY = v.encoding[.y] != nil
        // The `strokeWidth` channel (a rule's `size` is read as it, ``ViewSemantics``) by
        // row: its condition, value or field.
        let width = v.mark.strokeWidth ?? 1.5
        for r in rows {
            var p0: Point, p1: Point
            if v.encoding[.x2] != nil, v.encoding[.y2] != nil, hasX, hasY {
                // A segment from (x, y) to (x2, y2), as Vega draws a rule with all four.
                guard let a = e.position(v, .x, r), let b = e.position(v, .x2, r),
                      let c = e.position(v, .y, r), let d = e.position(v, .y2, r) else { continue }
                p0 = Point(x: a, y: c); p1 = Point(x: b, y: d)
            } else if v.encoding[.x2] != nil, hasX {
                guard let a = e.position(v, .x, r), let b = e.position(v, .x2, r) else { continue }
                let py0 = hasY ? e.position(v, .y, r) : e.plot.midY
                guard let py0 else { continue }
                // Into its `yOffset` sub-band, as a grouped box plot's whiskers are.
                guard let py = hasY ? e.offsetCentre(v, r, a, py0)?.1 : py0 else { continue }
                p0 = Point(x: a, y: py); p1 = Point(x: b, y: py)
            } else if v.encoding[.y2] != nil, hasY {
                guard let a = e.position(v, .y, r), let b = e.position(v, .y2, r) else { continue }
                let px0 = hasX ? e.position(v, .x, r) : e.plot.midX
                guard let px0 else { continue }
                guard let px = hasX ? e.offsetCentre(v, r, px0, a)?.0 : px0 else { continue }
                p0 = Point(x: px, y: a); p1 = Point(x: px, y: b)
            } else if hasX && !hasY {
                guard let px = e.position(v, .x, r) else { continue }
                p0 = Point(x: px, y: e.plot.minY); p1 = Point(x: px, y: e.plot.maxY)
            } else if hasY && !hasX {
                guard let py = e.position(v, .y, r) else { continue }
                p0 = Point(x: e.plot.minX, y: py); p1 = Point(x: e.plot.maxX, y: py)
            } else if hasX && hasY, let valueScale = e.scale(v.semantics.valueChannel), valueScale.band == nil,
                      e.scale(v.semantics.groupChannel)?.band == nil {
                // Both continuous, without x2 or y2: Vega-Lite runs the rule from the value to
                // the value axis's zero (or its end) at the other axis's position, as a
                // lollipop's stick (`y2` defaults to "zeroOrMax").
                let vertical = v.semantics.valueChannel == .y
                guard let pg = e.position(v, v.semantics.groupChannel, r), let pv = e.position(v, v.semantics.valueChannel, r)
                else { continue }
                let base = valueScale.baseline
                p0 = vertical ? Point(x: pg, y: base) : Point(x: base, y: pg)
                p1 = vertical ? Point(x: pg, y: pv) : Point(x: pv, y: pg)
            } else if hasX && hasY {
                // A rule across the band of a discrete axis at a value on the other.
                let vertical = v.semantics.valueChannel == .y
                let group: Channel = vertical ? .x : .y
                guard let band = e.bandSpan(v, group, r), let pv = e.position(v, vertical ? .y : .x, r) else { continue }
                p0 = vertical ? Point(x: band.0, y: pv) : Point(x: pv, y: band.0)
                p1 = vertical ? Point(x: band.0 + band.1, y: pv) : Point(x: pv, y: band.0 + band.1)
            } else {
                continue
            }
            guard p0.x.isFinite, p0.y.isFinite, p1.x.isFinite, p1.y.isFinite else { continue }
            let c = e.color(v, r).withOpacity(e.opacity(v, r) * e.strokeOpacity(v, r))
            let dashes = e.dash(v, r)
            let w = e.strokeWidth(v, r, default: width) ?? width
            out.append(.path(PathNode(path: .polyline([p0, p1]), stroke: Stroke(color: c, width: w, dash: dashes),
                                      role: .mark, name: e.datumName(v, r))))
        }
        return out
    }
}
