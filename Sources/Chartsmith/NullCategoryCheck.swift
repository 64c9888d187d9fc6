import ChartsmithData
import ChartsmithSpec

/// Names the rows a chart leaves out because a discrete field (a category on x or y, or an
/// offset) is null in them. Vega-Lite draws such rows as a "null"
/// category; Chartsmith does not yet, so it says so in a warning instead of dropping them
/// without a word.
enum NullCategoryCheck {
    /// Position channels, where a null category leaves its row out of the chart. (A null series
    /// value on `color` and the like is still drawn, in the mark's own colour.)
    static let channels: [Channel] = [.x, .y, .xOffset, .yOffset]

    static func warnings(_ views: [PreparedView], file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen = Set<String>()
        for (i, view) in views.enumerated() {
            for ch in channels {
                for def in view.semantics.encoding.channels[ch] ?? [] {
                    guard let field = def.outputField, !def.isContinuous(for: ch), def.type != .quantitative,
                          def.type != .temporal, def.aggregate == nil else { continue }
                    let nulls = view.table.rows.reduce(0) { $0 + ($1[field].isNull ? 1 : 0) }
                    guard nulls > 0 else { continue }
                    let path = (views.count > 1 ? "layer[\(i)]." : "") + "encoding.\(ch.rawValue).field"
                    guard seen.insert("\(path) \(field)").inserted else { continue }
                    let rows = nulls == 1 ? "1 row with a null \"\(field)\" is" : "\(nulls) rows with a null \"\(field)\" are"
                    out.append(Diagnostic(file: file, message: "\(path): \(rows) not drawn"
                                          + " (Vega-Lite draws them as a \"null\" category); fill the value in, or filter them out",
                                          severity: .warning))
                }
            }
        }
        return out
    }
}
