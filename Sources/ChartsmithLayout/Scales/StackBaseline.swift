import ChartsmithData
import ChartsmithSpec

/// Whether a position scale holds a bar's or area's baseline (0) whatever its `zero`
/// says: Vega-Lite 5 stacks the value of a bar or area by default even with a single
/// series (a `stack` transform with offset `zero`), and the scale's domain is that of the
/// stack's start and end fields, so `scale.zero: false` does not cut its bars at the
/// data's minimum (`83-bar-zero-false`: the compiled domain is `[n_start, n_end]`).
enum StackBaseline {
    static func holdsZero(_ channel: Channel, views: [PreparedView]) -> Bool {
        views.contains { v in
            let s = v.semantics
            guard [.bar, .area].contains(s.mark.type), s.valueChannel == channel,
                  let def = v.encoding[channel], def.field != nil || def.aggregate != nil,
                  def.effectiveType(for: channel) == .quantitative, def.bin == nil,
                  v.encoding[channel == .y ? .y2 : .x2] == nil, def.stack != StackMode.none else { return false }
            // A scale other than linear (log, pow, sqrt, symlog) is not stacked unless asked.
            if let t = def.scale?.type, [.log, .pow, .sqrt, .symlog].contains(t), def.stack == nil { return false }
            // Nor is an aggregate that is not a sum of parts (mean, median...).
            if let a = def.aggregate, ![.sum, .count, .distinct, .valid, .missing].contains(a), def.stack == nil { return false }
            return true
        }
    }
}
