import ChartsmithData
import ChartsmithSpec

/// A plain-language summary of a chart for its alternative text, when the spec gives no
/// `description`: what kind of chart, of what, by what, and its largest value.
enum AltText {
    static func summary(spec: ChartSpec, views: [PreparedView], x: PositionDomain?, y: PositionDomain?,
                        color: ColorScale?, locale: String, secondAxes: [String] = []) -> String? {
        guard let v = views.first else { return nil }
        let valueCh = v.semantics.valueChannel
        let groupCh = v.semantics.groupChannel
        let valueDef = v.encoding[valueCh]
        let groupDef = v.encoding[groupCh]
        let kind = MarkKinds.kind(of: v).chartNoun(v)
        var text = "\(kind) chart"
        let measure = valueDef?.field ?? valueDef?.resolvedTitle()
        var by: [String] = []
        if let g = groupDef?.field { by.append(g) }
        if let c = color?.def.field, !by.contains(c) { by.append(c) }
        if let m = measure { text += " of \(m)" }
        if !by.isEmpty { text += " by " + by.joined(separator: " and ") }
        if let t = spec.title?.text.first { text = "\(t). " + text }
        // The largest value (the largest share, for a percent stack).
        if let vf = valueDef?.outputField, MarkKinds.kind(of: v).summarisesValues {
            let normalized = v.semantics.stack?.offset == .normalize
            func measure(_ r: Row) -> Double? {
                normalized ? (r[vf + "_end"].number ?? 0) - (r[vf + "_start"].number ?? 0) : r[vf].number
            }
            var best: Row? = nil
            var bestValue = -Double.infinity
            if !normalized, v.table.columns != nil {
                // A columnar table: the field's column read in row order, one row built.
                var i = 0, at: Int? = nil
                v.table.forEachValue(of: vf) { x in
                    if let n = x.number, n > bestValue { bestValue = n; at = i }
                    i += 1
                }
                best = at.map(v.table.row(at:))
            } else {
                for r in v.table.rows { if let n = measure(r), n > bestValue { bestValue = n; best = r } }
            }
            if let best {
                var parts: [String] = []
                let groupDomain = groupCh == .x ? x : y
                if let g = groupDef?.outputField {
                    let f = groupDomain.flatMap { try? AxisLabels.labelFormatter($0, locale: locale) } ?? { $0.text }
                    parts.append(f(best[g]))
                }
                if let c = color?.def.outputField, c != groupDef?.outputField { parts.append(best[c].text) }
                let f = (try? Bridge.numberFormatter(normalized ? ".0%" : ",.2~f", locale: locale)) ?? { Value.jsNumberString($0) }
                parts.append(f(bestValue))
                text += (normalized ? "; largest share: " : "; largest: ") + parts.joined(separator: ", ")
            }
        }
        // A dual-axis chart says what its other axes measure ("Precipitation on a second axis, at the right").
        for a in secondAxes { text += "; \(a)" }
        return text + "."
    }
}
