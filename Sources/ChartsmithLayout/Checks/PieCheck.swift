import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

/// The style check on pies and donuts: more slices than the style allows
/// (``Theme/maxPieParts``, 5 by default, as GOV.UK guidance allows pies only for a few
/// parts) is named in a warning that suggests a bar chart.
enum PieCheck {
    static func warnings(_ views: [PreparedView], theme: Theme) -> [String] {
        var out: [String] = []
        for (i, v) in views.enumerated() where v.mark.type == .arc && v.encoding[.radius]?.outputField == nil {
            guard let f = v.encoding[.theta]?.outputField else { continue }
            let parts = v.table.rows.filter { ($0[f].number ?? 0) != 0 }.count
            guard parts > theme.maxPieParts else { continue }
            let which = views.count > 1 ? "layer \(i + 1) of \(views.count): " : ""
            out.append("\(which)the \((v.mark.innerRadius ?? 0) > 0 ? "donut" : "pie") has \(parts) parts, more than the style's \(theme.maxPieParts) (\"maxPieParts\"); "
                       + "parts that many are hard to compare by angle: a bar chart shows them better")
        }
        return out
    }
}
