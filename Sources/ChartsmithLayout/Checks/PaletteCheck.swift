import ChartsmithData
import ChartsmithSpec

/// Names in a warning a discrete colour scale with more values than colours: its colours
/// repeat (as Vega's do past its palette's ten), so two values would read as one. The
/// style's palette has fewer colours than Vega's (six in the briefing style), so a chart
/// Vega colours apart can repeat here; the warning says which values share a colour and how
/// to give the scale enough (`scale.scheme` or `scale.range`).
enum PaletteCheck {
    static func warnings(_ scale: ColorScale?) -> [String] {
        guard let scale, scale.continuous == nil, scale.discretizer == nil, !scale.identity, !scale.colors.isEmpty,
              scale.values.count > scale.colors.count else { return [] }
        let n = scale.colors.count
        let pairs = (n..<min(scale.values.count, n + 3)).map { i in "\(Excerpt.quoted(scale.values[i].text)) and \(Excerpt.quoted(scale.values[i % n].text))" }
        let field = scale.def.field ?? "colour"
        return ["the colour scale of \(Excerpt.quoted(field)) has \(scale.values.count) values and \(n) colours, so colours repeat: "
                + pairs.joined(separator: ", ") + (scale.values.count > n + 3 ? ", …" : "") + " share one; "
                + "give \"scale\": {\"scheme\": \"tableau20\"} or a \"range\" of \(scale.values.count) colours, or fewer values"]
    }
}
