import ChartsmithData
import Foundation
import ChartsmithFormat
import ChartsmithSpec
import ChartsmithStyles

/// The scale of a magnitude channel — `size`, `opacity`, `fillOpacity`, `strokeOpacity` or
/// `strokeWidth` — mapping a field to a number as Vega-Lite's default scale for it does.
///
/// A continuous field maps its domain onto the channel's range by the scale's `type`
/// (`linear` by default; `pow` with `exponent`, `sqrt`, `log` with `base`, `symlog` with
/// `constant`), reversed by `reverse`. The domain is the field's extent over every view
/// that encodes it (from zero for `size`, whose scale includes zero), or `scale.domain`,
/// `domainMin`/`domainMax` and `zero`. A discrete field (nominal or ordinal) spreads its
/// values, in the channel's sort order or `scale.domain`'s, evenly from the range's start
/// to its end, as Vega-Lite's point scale with no padding. The range is `scale.range`
/// (two numbers) or `rangeMin`/`rangeMax`, else the channel's default (``defaultRange(_:mark:)``).
struct MagnitudeScale: Sendable {
    enum Domain: Sendable {
        case continuous(Double, Double)
        case discrete([Value])
    }

    let channel: Channel
    /// The channel's definition the scale was resolved from: its title and legend settings
    /// (a layer's legend of a scale shared with other layers takes its own, ``SharedScales/withLegendLook(of:for:)``).
    var def: ChannelDef
    let field: String
    let domain: Domain
    let range: (Double, Double)
    let type: ScaleSpec.ScaleType
    /// A discretizing scale (`quantize`, `quantile`, `threshold`): where its parts are cut
    /// (``Discretizer``), each part drawn at its value of ``levels``.
    var discretizer: Discretizer? = nil
    /// A discretizing scale's range: `scale.range`'s numbers, else the channel's default
    /// range spread over 4 values (Vega-Lite's `quantizeCount`/`quantileCount`) or a
    /// threshold scale's thresholds + 1.
    var levels: [Double] = []

    var title: String? { def.resolvedTitle(override: def.legend?.title) }

    /// The continuous domain's ends (nil for a discrete field).
    var extent: (lo: Double, hi: Double)? {
        if case .continuous(let lo, let hi) = domain { return (lo, hi) }
        return nil
    }

    /// Vega-Lite's default range for `channel` in view `v`: `config.scale`'s `minSize` (4)
    /// to the largest point (``PointMark/areaMax(_:theme:)``, 361 square points on the default
    /// step; a trail's width 1–4; a text's font sizes `minFontSize`–`maxFontSize`, 8–40), `minOpacity`–`maxOpacity` (0.3–0.8) and `minStrokeWidth`–`maxStrokeWidth` (1–4).
    /// Vega-Lite's `config.scale.quantizeCount` and `quantileCount`: the levels of a
    /// discretizing magnitude scale without a range.
    static let discreteLevels = 4

    static func defaultRange(_ channel: Channel, _ v: PreparedView, theme: Theme) -> (Double, Double) {
        switch channel {
        // A trail's size is its width: `minStrokeWidth`–`maxStrokeWidth`, as Vega-Lite's.
        case .size where v.mark.type == .trail: return (1, 4)
        // A text's size is its font size: `minFontSize`–`maxFontSize` (8–40).
        case .size where v.mark.type == .text: return (8, 40)
        case .size: return (PointMark.minArea, PointMark.areaMax(v, theme: theme))
        case .strokeWidth: return (1, 4)
        default: return OpacityLegendScale.range
        }
    }

    /// The number `v` maps to; nil for a value outside a discrete domain or not a number.
    func value(_ v: Value) -> Double? {
        if let d = discretizer {
            guard let i = d.index(v, count: levels.count) else { return nil }
            return levels[i]
        }
        switch domain {
        case .discrete(let values):
            guard let i = values.firstIndex(of: v) else { return nil }
            let f = values.count > 1 ? Double(i) / Double(values.count - 1) : 0.5
            return range.0 + (range.1 - range.0) * f
        case .continuous(let lo, let hi):
            guard let n = v.number, n.isFinite else { return nil }
            return number(n, lo: lo, hi: hi)
        }
    }

    private func number(_ n: Double, lo: Double, hi: Double) -> Double? {
        let (a, b) = (transform(lo), transform(hi))
        guard let t = transform(n).nonNaN, let a = a.nonNaN, let b = b.nonNaN else { return nil }
        // One value in the domain: the middle of the range, as d3's linear scale.
        if a == b { return (range.0 + range.1) / 2 }
        let f = (t - a) / (b - a)
        return range.0 + (range.1 - range.0) * f
    }

    private func transform(_ n: Double) -> Double {
        switch type {
        case .log:
            let base = def.scale?.base ?? 10
            return n > 0 ? log(n) / log(base) : (n < 0 ? -log(-n) / log(base) : .nan)
        case .pow:
            let e = def.scale?.exponent ?? 1
            return n < 0 ? -pow(-n, e) : pow(n, e)
        case .sqrt:
            return n < 0 ? -(-n).squareRoot() : n.squareRoot()
        case .symlog:
            let c = def.scale?.constant ?? 1
            return (n < 0 ? -1 : 1) * log1p(abs(n) / c)
        default:
            return n
        }
    }

    /// The scale of `channel` over the views that encode a field on it, or nil.
    static func resolve(_ channel: Channel, views: [PreparedView], theme: Theme) -> MagnitudeScale? {
        guard let def = views.lazy.compactMap({ $0.encoding[channel] }).first(where: { $0.outputField != nil }),
              let f = def.outputField else { return nil }
        let users = views.filter { $0.encoding[channel]?.outputField == f }
        var range = defaultRange(channel, users[0], theme: theme)
        if let r = def.scale?.range, r.count == 2, case .number(let a) = r[0], case .number(let b) = r[1] { range = (a, b) }
        if let m = def.scale?.rangeMin { range.0 = m }
        if let m = def.scale?.rangeMax { range.1 = m }
        if def.scale?.reverse == true { range = (range.1, range.0) }
        if !def.isContinuous(for: channel) {
            var values: [Value]
            if let given = def.explicitDomain(channel: channel), !given.isEmpty {
                values = given
            } else {
                values = DiscreteOrder.sort(DiscreteOrder.distinctValues(of: f, on: channel, in: users),
                                            channel: channel, def: def, views: users)
            }
            return MagnitudeScale(channel: channel, def: def, field: f, domain: .discrete(values), range: range, type: .point)
        }
        // Size's scale includes zero unless `zero: false` or a domain is given.
        guard let (lo, hi) = ContinuousDomain.resolve(extent: ContinuousDomain.extent(of: f, in: users), scale: def.scale,
                                                      zeroByDefault: channel == .size) else { return nil }
        var scale = MagnitudeScale(channel: channel, def: def, field: f, domain: .continuous(lo, hi), range: range,
                                   type: def.scale?.type ?? .linear)
        if let spec = def.scale, let t = spec.type, t.isDiscretizing { scale.discretize(spec, type: t, users: users) }
        return scale
    }

    /// Sets up a discretizing scale's levels and cuts over the users' numbers.
    private mutating func discretize(_ spec: ScaleSpec, type: ScaleSpec.ScaleType, users: [PreparedView]) {
        let given = spec.range?.compactMap { Value.from($0).number } ?? []
        if !given.isEmpty {
            levels = spec.reverse == true ? given.reversed() : given
        } else {
            let count = type == .threshold ? (spec.domain?.count ?? 0) + 1 : Self.discreteLevels
            levels = (0..<count).map { i in count > 1 ? range.0 + (range.1 - range.0) * Double(i) / Double(count - 1) : range.0 }
        }
        var numbers: [Double] = []
        for v in users {
            v.table.forEachValue(of: field) { value in if let n = value.number, n.isFinite { numbers.append(n) } }
        }
        discretizer = Discretizer.make(spec, values: numbers, count: levels.count)
    }
}

private extension Double {
    var nonNaN: Double? { isNaN ? nil : self }
}

/// The magnitude channels' scales of a figure (``MagnitudeScale``), resolved once over
/// every view so that panels and layers share them.
struct MagnitudeScales: Sendable {
    static let channels: [Channel] = [.size, .opacity, .fillOpacity, .strokeOpacity, .strokeWidth]

    var scales: [Channel: MagnitudeScale] = [:]
    /// The style, for a view's own scale when the figure's is of another field.
    var theme = Theme()

    subscript(_ channel: Channel) -> MagnitudeScale? { scales[channel] }

    static func resolve(views: [PreparedView], theme: Theme) -> MagnitudeScales {
        var s = MagnitudeScales(theme: theme)
        for ch in channels { s.scales[ch] = MagnitudeScale.resolve(ch, views: views, theme: theme) }
        return s
    }

    /// The number a row's field gives `channel` in view `v`, if `v` encodes a field there.
    func value(_ channel: Channel, _ v: PreparedView, _ r: Row) -> Double? {
        guard let f = v.encoding[channel]?.outputField else { return nil }
        let scale = scales[channel].flatMap { $0.field == f ? $0 : nil } ?? MagnitudeScale.resolve(channel, views: [v], theme: theme)
        return scale?.value(r[f])
    }
}
