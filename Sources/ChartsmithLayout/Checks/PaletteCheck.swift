import ChartsmithData
import ChartsmithSpec

/// Names in a warning a discrete colour scale with more values than colours: its colours
/// repeat (as Vega's do past its palette's ten), so two values would read as one. The
/// style's palette has fewer colours than Vega's (six in the briefing style), so a chart
/// Vega colours apart can repeat here; the warning says which values share a colour and how
/// to give the scale enough (`scale.scheme` or `scale.range`).
enum PaletteCheck {
    /// `views`: the views drawn with the scale; every field they map to its channel is
    /// named (a scale shared by several fields repeats its colours across all of them).
    static func warnings(_ scale: ColorScale?, views: [PreparedView] = []) -> [String] {
        guard let scale, scale.continuous == nil, scale.discretizer == nil, !scale.identity, !scale.colors.isEmpty,
              scale.values.count > scale.colors.count else { return [] }
        let n = scale.colors.count
        let pairs = (n..<min(scale.values.count, n + 3)).map { i in "\(Excerpt.quoted(scale.values[i].text)) and \(Excerpt.quoted(scale.values[i % n].text))" }
        var fields: [String] = []
        for v in views {
            if let f = v.encoding[scale.channel]?.field, !fields.contains(f) { fields.append(f) }
        }
        if fields.isEmpty { fields = [scale.def.field ?? "colour"] }
        let named = fields.count == 1 ? Excerpt.quoted(fields[0])
            : fields.dropLast().map { Excerpt.quoted($0) }.joined(separator: ", ") + " and " + Excerpt.quoted(fields[fields.count - 1])
            + " (one scale shared by \(fields.count == 2 ? "both" : "all \(fields.count)") fields)"
        return ["the colour scale of \(named) has \(scale.values.count) values and \(n) colours, so colours repeat: "
                + pairs.joined(separator: ", ") + (scale.values.count > n + 3 ? ", …" : "") + " share one; "
                + "give \"scale\": {\"scheme\": \"tableau20\"} or a \"range\" of \(scale.values.count) colours, or fewer values"]
    }
}
