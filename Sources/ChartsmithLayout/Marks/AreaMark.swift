import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Areas: each series filled from its baseline (or its stack's start) to its values, with
/// an optional outline and points, and Vega-Lite 6's ranged offsets inside bands.
struct AreaMark: MarkKind {
    var types: [MarkType] { [.area] }

    var groupAxisIsDimension: Bool { true }
    var rangesQuantitativeOffsets: Bool { true }
    var legendSymbol: LegendSymbol { .square }
    func directLabelRole(_ v: PreparedView) -> DirectLabelRole { v.semantics.stack == nil ? .invites : .anchors }
    func chartNoun(_ v: PreparedView) -> String { v.semantics.stack != nil ? "Stacked area" : "Area" }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        SeriesDrawing.draw(v, e, area: true)
    }

    /// Vega-Lite 6's ranged offset: an area on a discrete axis with a quantitative offset
    /// (`y` nominal, `yOffset` quantitative) spans, inside each band, from the offset
    /// scale's value of its stack start to that of its end. The values stack per position
    /// and band in data order (Vega's stack, no sort); the offset scale is linear over the
    /// starts and ends with zero included, from the band's base edge (the bottom of a y
    /// band) to its far edge. Nil when the view has no such offset.
    static func rangedOffsetSpans(_ v: PreparedView, _ e: RowEncoder, along: Channel, across: Channel) -> [Row: (Double, Double)]? {
        let offCh: Channel = across == .y ? .yOffset : .xOffset
        guard let od = v.encoding[offCh], let f = od.outputField, od.isContinuous(for: offCh),
              let s = e.scale(across), let band = s.band, s.domain.band, let cf = v.encoding[across]?.outputField else { return nil }
        let af = v.encoding[along]?.outputField
        var positive: [[Value]: Double] = [:], negative: [[Value]: Double] = [:]
        var spans: [(Row, Double, Double)] = []
        for r in v.table.rows {
            guard let n = r[f].number, n.isFinite else { continue }
            let key = [af.map { r[$0] } ?? .null, r[cf]]
            let start = n >= 0 ? positive[key, default: 0] : negative[key, default: 0]
            if n >= 0 { positive[key] = start + n } else { negative[key] = start + n }
            spans.append((r, start, start + n))
        }
        var lo = 0.0, hi = 0.0
        for (_, a, b) in spans { lo = min(lo, a, b); hi = max(hi, a, b) }
        if let dom = od.scale?.domain, dom.count == 2, let a = Value.from(dom[0]).number, let b = Value.from(dom[1]).number { lo = a; hi = b }
        if hi == lo { hi = lo + 1 }
        let bw = band.bandwidth
        func offset(_ x: Double) -> Double {
            let t = (x - lo) / (hi - lo)
            return across == .y ? bw * (1 - t) : bw * t
        }
        var out: [Row: (Double, Double)] = [:]
        for (r, a, b) in spans {
            guard let start = band.start(of: r[cf]) else { continue }
            out[r] = (start + offset(a), start + offset(b))
        }
        return out
    }
}
