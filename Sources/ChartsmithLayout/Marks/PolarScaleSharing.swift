import ChartsmithData
import ChartsmithSpec

/// Which layers share a polar channel's (`theta`, `radius`) scale, as Vega-Lite resolves a
/// layered chart's scales (`parseNonUnitScaleCore`): shared by default, but when two layers
/// need scale types that cannot merge (a discrete band against a numeric scale: hours as
/// ordinal slices under spokes stacked by a quantitative theta), the channel turns
/// independent for every layer, each on a scale of its own.
enum PolarScaleSharing {
    /// Vega-Lite's scale categories that matter for polar channels: only scales of one
    /// category merge, except that a discrete (ordinal-position) scale merges with a time scale.
    enum Category: Equatable {
        case discrete, numeric, time

        func merges(with other: Category) -> Bool {
            self == other || Set([self, other]) == [.discrete, .time]
        }
    }

    /// The category of a view's scale on `ch`, nil when the channel has no scale there (a
    /// `value`, `scale: null`, or no channel).
    static func category(_ v: PreparedView, _ ch: Channel) -> Category? {
        guard let d = v.encoding[ch], d.outputField != nil || d.datum != nil, !d.scaleDisabled else { return nil }
        if !d.isContinuous(for: ch) { return .discrete }
        if let t = d.scale?.type { return [.time, .utc].contains(t) ? .time : .numeric }
        return d.effectiveType(for: ch) == .temporal ? .time : .numeric
    }

    /// The views whose `ch` scale is `v`'s: every view when the categories of all their
    /// scales on the channel merge, else `v` alone.
    static func views(sharing ch: Channel, with v: PreparedView, in views: [PreparedView]) -> [PreparedView] {
        var merged: Category?
        for w in views {
            guard let c = category(w, ch) else { continue }
            if let m = merged, !m.merges(with: c) { return [v] }
            merged = merged == .discrete ? .discrete : c
        }
        return views
    }
}
