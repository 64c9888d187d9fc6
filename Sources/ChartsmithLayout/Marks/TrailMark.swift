import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// Trails: a line whose width varies along it with `size`, drawn as Vega's `trail` path —
/// per pair of neighbouring points a filled segment between their widths, with round ends,
/// the segments of a series filled as one shape in the series' colour.
struct TrailMark: MarkKind {
    var types: [MarkType] { [.trail] }

    var groupAxisIsDimension: Bool { true }
    var legendSymbol: LegendSymbol { .line }
    func chartNoun(_ v: PreparedView) -> String { "Trail" }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        let vertical = v.semantics.valueChannel != .x
        let along: Channel = vertical ? .x : .y, across: Channel = vertical ? .y : .x
        var out: [SceneNode] = []
        for s in e.series(v) {
            guard let first = s.rows.first else { continue }
            // Each run of valid points (a gap at an invalid value, as a line's).
            var runs: [[(Point, Double)]] = [[]]
            for r in e.ordered(v, s.rows, along: along) {
                let a = v.encoding[along] == nil ? (vertical ? e.plot.midX : e.plot.midY) : e.position(v, along, r)
                let b = v.encoding[across] == nil ? (vertical ? e.plot.midY : e.plot.midX) : e.position(v, across, r)
                guard let a, let b, a.isFinite, b.isFinite else {
                    if !(runs.last?.isEmpty ?? true) { runs.append([]) }
                    continue
                }
                runs[runs.count - 1].append((vertical ? Point(x: a, y: b) : Point(x: b, y: a), max(0, width(v, e, r))))
            }
            var path = Path()
            for run in runs { Self.append(run, to: &path) }
            guard !path.elements.isEmpty else { continue }
            let color = e.color(v, first)
            out.append(.path(PathNode(path: path, fill: color.withOpacity(e.opacity(v, first)), role: .mark, name: e.datumName(v, first))))
        }
        return out
    }

    /// A row's width in points: the `size` channel (its scale, value or condition), else the
    /// mark's `size`, else its `strokeWidth` or the style's line width.
    func width(_ v: PreparedView, _ e: RowEncoder, _ r: Row) -> Double {
        if case .number(let n)? = e.conditional(v, .size, r) { return n }
        if case .number(let n)? = v.encoding[.size]?.value { return n }
        if let n = e.magnitudes.value(.size, v, r) { return n }
        return v.mark.size ?? v.mark.strokeWidth ?? e.theme.lineWidth
    }

    /// Vega's trail through `points` (each with its width): for each pair of neighbours a
    /// closed segment from the first's side to the second's, round at both ends; a pair at
    /// one spot is a circle. One point draws nothing, as in Vega.
    static func append(_ points: [(Point, Double)], to path: inout Path) {
        guard points.count > 1 else { return }
        for k in 1..<points.count {
            let (p1, w1) = points[k - 1], (p2, w2) = points[k]
            let r1 = w1 / 2, r2 = w2 / 2
            var ux = p1.y - p2.y, uy = p2.x - p1.x
            let d = (ux * ux + uy * uy).squareRoot()
            guard d > 0 else {
                if r2 > 0 { ArcPath.appendCircle(&path, center: p2, radius: r2, clockwise: true) }
                continue
            }
            ux /= d; uy /= d
            // Vega's canvas angle t of the normal (ux, uy); ArcPath measures from 12 o'clock.
            let a = atan2(uy, ux) + .pi / 2
            path.move(to: Point(x: p1.x - ux * r1, y: p1.y - uy * r1))
            path.line(to: Point(x: p2.x - ux * r2, y: p2.y - uy * r2))
            if r2 > 0 { ArcPath.appendArc(&path, center: p2, radius: r2, from: a - .pi, to: a) }
            path.line(to: Point(x: p1.x + ux * r1, y: p1.y + uy * r1))
            if r1 > 0 { ArcPath.appendArc(&path, center: p1, radius: r1, from: a, to: a + .pi) }
            path.close()
        }
    }
}
