import ChartsmithData
import ChartsmithSpec

/// Maps the values of the `strokeDash` channel to dash patterns, as Vega-Lite's default
/// `strokeDash` range.
struct DashScale {
    let def: ChannelDef
    var values: [Value]
    /// The patterns in use: the channel's `scale.range` (arrays of numbers) when given,
    /// else Vega-Lite's defaults.
    var patterns: [[Double]] = DashScale.patterns

    static let patterns: [[Double]] = [[], [16, 4], [10, 4], [8, 4, 2, 4], [4, 4], [2, 2], [12, 4, 4, 4]]
    /// The fields the views map to dashes, in order: one scale over all their values, as
    /// Vega-Lite shares a scale between views of different fields.
    var fields: [String] = []
    /// The titles of the fields the legend's views map to dashes.
    var fieldTitles: [String] = []

    var title: String? { def.legendTitle(merging: fieldTitles) }

    func dash(for v: Value) -> [Double] {
        guard let i = values.firstIndex(of: v) else { return [] }
        return patterns.isEmpty ? [] : patterns[i % patterns.count]
    }

    static func resolve(views: [PreparedView]) -> DashScale? {
        guard let def = views.lazy.compactMap({ $0.encoding[.strokeDash] }).first(where: { $0.field != nil }),
              def.outputField != nil else { return nil }
        let vals = DiscreteOrder.distinctValues(on: .strokeDash, in: views)
        var scale = DashScale(def: def, values: DiscreteOrder.sort(vals, channel: .strokeDash, def: def, views: views))
        scale.fields = DiscreteOrder.fields(on: .strokeDash, in: views)
        scale.fieldTitles = ColorScale.fieldTitles(.strokeDash, views: views)
        if let range = def.scale?.range {
            let given: [[Double]] = range.compactMap { item in
                guard case .array(let parts) = item else { return nil }
                let numbers = parts.compactMap { p -> Double? in if case .number(let n) = p { return n } else { return nil } }
                return numbers.count == parts.count ? numbers : nil
            }
            if given.count == range.count, !given.isEmpty { scale.patterns = given }
        }
        return scale
    }
}
