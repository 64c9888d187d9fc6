import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Ticks: a short line across each row's band at its value, or, on a continuous axis, 5
/// points long centred at the row's position there (Vega-Lite's default size when there
/// is no band); the `size` channel, else the mark's `size`, is its length in points, as in
/// Vega-Lite.
struct TickMark: MarkKind {
    var types: [MarkType] { [.tick] }

    func asksForBands(_ v: PreparedView, channel: Channel, layers: Int) -> Bool { v.encoding[channel] != nil }
    var strokeIsColor: Bool { true }
    func defaultOpacity(_ v: PreparedView) -> Double { unaggregatedOpacity(v) }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        var out: [SceneNode] = []
        let vertical = v.semantics.valueChannel == .y
        for r in v.table.rows {
            let group: Channel = vertical ? .x : .y
            let value: Channel = vertical ? .y : .x
            guard let pv = e.position(v, value, r) else { continue }
            let span = e.bandSpan(v, group, r) ?? (vertical ? (e.plot.minX, e.plot.width) : (e.plot.minY, e.plot.height))
            let onBand = e.scale(group)?.band != nil
            // (The `size` channel, as an error bar's `"size": {"value": 5}`, before the mark's.)
            let len = e.sizeChannel(v, r) ?? v.mark.size ?? (onBand ? span.1 * 0.75 : 5)
            // On a continuous axis (a time unit's too) the tick sits at the value, as the
            // rule of an error bar does, not at the middle of the unit's interval.
            let at = onBand || v.encoding[group] == nil ? nil : e.position(v, group, r)
            let c0 = at ?? span.0 + span.1 / 2
            let (a, b) = vertical
                ? (Point(x: c0 - len / 2, y: pv), Point(x: c0 + len / 2, y: pv))
                : (Point(x: pv, y: c0 - len / 2), Point(x: pv, y: c0 + len / 2))
            out.append(.path(PathNode(path: .polyline([a, b]), stroke: Stroke(color: e.color(v, r), width: v.mark.thickness ?? 1.5),
                                      role: .mark, name: e.datumName(v, r))))
        }
        return out
    }
}
