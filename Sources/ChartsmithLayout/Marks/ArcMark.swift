import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Arcs: pie slices, donut segments and radial plots, from `theta` (stacked by default, so
/// the slices fill the circle in the order of their colour field) and `radius`, with the
/// mark's `innerRadius`, `outerRadius`, `padAngle` and offsets, as Vega-Lite draws them.
/// The slices sit at the centre of the plot; there are no axes.
struct ArcMark: MarkKind {
    var types: [MarkType] { [.arc] }

    var strokeChannelOutlines: Bool { true }
    var legendSymbol: LegendSymbol { .circle }
    func directLabelRole(_ v: PreparedView) -> DirectLabelRole { .forbids }
    var summarisesValues: Bool { true }

    func chartNoun(_ v: PreparedView) -> String {
        if v.encoding[.radius]?.outputField != nil { return "Radial" }
        return (v.mark.innerRadius ?? 0) > 0 ? "Donut" : "Pie"
    }

    /// A slice's label anchor: the middle of the slice, half-way out.
    func labelAnchor(_ v: PreparedView, _ r: Row, _ e: RowEncoder) -> LabelAnchor? {
        let g = PolarGeometry(v, e)
        guard let (a, b) = g.angles(v, r), let outer = g.outerRadius(v, r) else { return nil }
        return .point(g.point(angle: (a + b) / 2, radius: (g.innerRadius(v, r) + outer) / 2))
    }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        let g = PolarGeometry(v, e, kit: kit)
        var out: [SceneNode] = []
        for r in v.table.rows {
            guard let (a, b) = g.angles(v, r), let r1 = g.outerRadius(v, r), a.isFinite, b.isFinite, a != b else { continue }
            // An inner radius beyond the outer one swaps them, as d3-shape's arc does (Vega's
            // `radius: 0, radius2: 50` is a disc of 50).
            let r0 = g.innerRadius(v, r), inner = min(r0, r1), outer = max(r0, r1)
            guard outer > 0 else { continue }
            let pad = max(0, v.mark.padAngle ?? 0), corner = max(0, v.mark.cornerRadius ?? 0)
            let path = corner > 0
                ? RoundedArcPath.slice(center: g.center, inner: inner, outer: outer, start: a, end: b,
                                       padAngle: pad, corner: corner)
                : ArcPath.slice(center: g.center, inner: inner, outer: outer, start: a, end: b, padAngle: pad)
            guard !path.elements.isEmpty else { continue }
            let base = e.color(v, r)
            let fill = v.mark.fill == "transparent" ? nil : base.withOpacity(e.opacity(v, r))
            out.append(.path(PathNode(path: path, fill: fill, stroke: BarMark().outline(v, r, e), role: .mark, name: e.datumName(v, r))))
        }
        return out
    }
}
