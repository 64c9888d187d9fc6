import ChartsmithScene
import ChartsmithSpec

/// A bar's rounded corners as Vega-Lite resolves them, for single bars and whole stacks.
enum BarCorners {
    /// The corner radii of a bar, or of a whole stack, as Vega-Lite resolves them.
    ///
    /// Each corner takes its own `cornerRadiusTopLeft`… or else `cornerRadius`.
    /// `cornerRadiusEnd` then rounds the value end: the top corners of a vertical bar whose
    /// value lies above its base (`valueEndFirst`: top for vertical bars, right for
    /// horizontal ones), the bottom (left) corners of one whose value lies below (left of)
    /// it, and all four of a ranged bar (`y2`/`x2`). As in Vega-Lite 5.x's current
    /// compiler, the end is found from the drawn positions, so negative values and reversed
    /// scales round the end the value reaches, not always the top. A stack rounds both
    /// ends when it has parts either side of zero.
    static func radii(_ m: MarkSpec, vertical: Bool, ranged: Bool, endFirst: Bool, endSecond: Bool) -> CornerRadii {
        let all = m.cornerRadius ?? 0
        var r = CornerRadii(topLeft: m.cornerRadiusTopLeft ?? all, topRight: m.cornerRadiusTopRight ?? all,
                            bottomRight: m.cornerRadiusBottomRight ?? all, bottomLeft: m.cornerRadiusBottomLeft ?? all)
        guard let end = m.cornerRadiusEnd else { return r }
        if ranged { return CornerRadii(all: end) }
        if vertical {
            if endFirst { r.topLeft = end; r.topRight = end }
            if endSecond { r.bottomLeft = end; r.bottomRight = end }
        } else {
            if endFirst { r.topRight = end; r.bottomRight = end }
            if endSecond { r.topLeft = end; r.bottomLeft = end }
        }
        return r
    }

    /// Whether a mark asks for any rounded corner.
    static func rounded(_ m: MarkSpec) -> Bool {
        [m.cornerRadius, m.cornerRadiusEnd, m.cornerRadiusTopLeft, m.cornerRadiusTopRight, m.cornerRadiusBottomLeft,
         m.cornerRadiusBottomRight].contains { ($0 ?? 0) > 0 }
    }
}
