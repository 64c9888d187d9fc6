import ChartsmithData
import ChartsmithSpec

/// Warns when an explicit position domain (`scale.domain`, `domainMin`, `domainMax`)
/// leaves data outside it without `clamp` or the mark's `clip`: Vega-Lite draws those
/// marks beyond the plot (over the axes or the title), and so does Chartsmith, so the
/// warning says so and how to hold or cut them. Past the right edge the canvas widens for
/// them, as Vega's autosize "pad" grows it (`Frame.attempt`), by at most its own width;
/// marks wholly past an edge after that (`offCanvas`, counted on the drawn scene) are cut
/// off, and the warning counts them.
enum DomainOverflow {
    static func warnings(_ views: [PreparedView], offCanvas: Int = 0) -> [String] {
        var out: [String] = []
        for channel in [Channel.x, .y] {
            var outside = 0, sample: Double? = nil
            var path: String? = nil
            for v in views {
                guard let def = v.encoding[channel], def.isContinuous(for: channel), def.scale?.clamp != true,
                      v.mark.clip != true, let f = def.outputField, def.bin == nil else { continue }
                let temporal = def.effectiveType(for: channel) == .temporal
                func read(_ x: InlineValue) -> Double? { temporal ? Coercion.date(def.domainValue(x, channel: channel)) : Value.from(x).number }
                var lo = -Double.infinity, hi = Double.infinity
                if let dom = def.scale?.domain, dom.count == 2, let a = read(dom[0]), let b = read(dom[1]) {
                    lo = min(a, b); hi = max(a, b)
                }
                if let m = def.scale?.domainMin { lo = m }
                if let m = def.scale?.domainMax { hi = m }
                guard lo.isFinite || hi.isFinite else { continue }
                path = path ?? "encoding.\(channel.rawValue).scale." + (def.scale?.domain != nil ? "domain" : lo.isFinite ? "domainMin" : "domainMax")
                let stacked = v.semantics.stack?.channel == channel
                let fields = stacked ? [f + "_start", f + "_end"] : [f] + [v.encoding[channel == .x ? .x2 : .y2]?.outputField].compactMap { $0 }
                for r in v.table.rows {
                    for field in fields where v.table.fields.contains(field) {
                        guard let n = temporal ? Coercion.date(r[field]) : r[field].number else { continue }
                        if n < lo - 1e-9 * Swift.max(1, abs(lo)) || n > hi + 1e-9 * Swift.max(1, abs(hi)) {
                            outside += 1
                            // (A number is named; a date would read as milliseconds.)
                            if sample == nil, !temporal { sample = n }
                        }
                    }
                }
            }
            guard outside > 0, let w = path else { continue }
            out.append("\(w) leaves \(outside) value\(outside == 1 ? "" : "s") of the data outside it"
                       + (sample.map { " (such as \(Value.jsNumberString($0)))" } ?? "")
                       + ": as in Vega-Lite, their marks are drawn beyond the plot, where they may cross the axes or the title"
                       + " (the canvas widens to hold those past its right edge, as Vega's autosize \"pad\" does"
                       + (offCanvas > 0 ? "; \(offCanvas) mark\(offCanvas == 1 ? " lies" : "s lie") wholly past an edge of the canvas and cannot be seen);" : ");")
                       + " set \"clamp\": true on the scale to hold them at the domain's ends, or \"clip\": true on the mark to cut them off")
        }
        return out
    }
}
