import ChartsmithScene

/// An axis label's own `labelBaseline` (a conditional look, ``TickLooks``) as Vega's text
/// marks set it: the line of the text put at the label's place, a block of several lines
/// moved up by all its extra lines (`bottom`, `alphabetic`, `line-bottom`), half of them
/// (`middle`) or none (`top`, `line-top`).
struct LabelBaseline {
    /// The baseline each line is drawn with.
    var baseline: TextNode.Baseline
    /// How far below the label's place its first line's anchor sits (negative: above).
    var firstLine: Double

    /// The placement of a label of `lines` lines, `lineHeight` apart, in a font of `fontSize`
    /// points, at `name`'s baseline; nil for a name that is not a baseline.
    init?(_ name: String, lines: Int, lineHeight: Double, fontSize: Double) {
        let extra = Double(max(0, lines - 1)) * lineHeight
        // `line-top` and `line-bottom` take the whole line box: the glyphs sit the half
        // leading inside it.
        let leading = max(0, lineHeight - fontSize) / 2
        switch name {
        case "top": (baseline, firstLine) = (.top, 0)
        case "line-top": (baseline, firstLine) = (.top, leading)
        case "middle": (baseline, firstLine) = (.middle, -extra / 2)
        case "bottom": (baseline, firstLine) = (.bottom, -extra)
        case "line-bottom": (baseline, firstLine) = (.bottom, -extra - leading)
        case "alphabetic": (baseline, firstLine) = (.alphabetic, -extra)
        default: return nil
        }
    }
}
