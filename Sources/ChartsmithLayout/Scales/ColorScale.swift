import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation

/// Maps the values of the colour channel (or `fill`/`stroke`) to colours: a palette for
/// discrete fields, a ramp for continuous ones.
struct ColorScale {
    let channel: Channel
    let def: ChannelDef
    /// Discrete values in legend order.
    var values: [Value] = []
    var colors: [Color] = []
    var continuous: (lo: Double, hi: Double, ramp: [Color])? = nil
    /// How the continuous ramp blends between its colours (`scale.interpolate`).
    var interpolator = ColorInterpolator.rgb
    /// A diverging scale's `domainMid`: the ramp's middle colour falls there.
    var mid: Double?
    /// Data values are colours already (`scale: null`).
    var identity = false
    /// With `identity`, the colour of each value the data holds, parsed once.
    var identityColors: [Value: Color?] = [:]
    /// A binned quantitative field (Vega-Lite's "bin-ordinal" scale): each bin's end, by its
    /// start, for labels that read "5 – 10".
    var binEnds: [Value: Value] = [:]
    /// A discretizing scale (`quantize`, `quantile`, `threshold`): where its parts are cut;
    /// ``colors`` are the parts' colours and ``values`` the legend's values (``Discretizer``).
    var discretizer: Discretizer?
    /// With a discretizer, the legend's label of each of ``values``.
    var rangeLabels: [String] = []

    /// The titles of the fields the legend's views map to this channel through the scale.
    var fieldTitles: [String] = []

    /// The legend's title: its own, else every field's title once, joined by ", " (as
    /// Vega-Lite merges the titles of a scale shared by views of different fields).
    var title: String? { def.legendTitle(merging: fieldTitles) }

    /// The titles of the fields `views` map to `channel`, in order.
    static func fieldTitles(_ channel: Channel, views: [PreparedView]) -> [String] {
        views.compactMap { v in v.encoding[channel].flatMap { $0.outputField == nil ? nil : $0.resolvedTitle() } }
    }

    func color(for v: Value) -> Color? {
        if identity {
            if let parsed = identityColors[v] { return parsed }
            return CSSColor.parse(v.text)
        }
        if let c = continuous {
            guard let n = v.number else { return nil }
            var f = c.hi == c.lo ? 0.5 : max(0, min(1, (n - c.lo) / (c.hi - c.lo)))
            // Vega's diverging scale: piecewise linear either side of the midpoint.
            if let m = mid, m > c.lo, m < c.hi {
                f = n < m ? 0.5 * max(0, (n - c.lo) / (m - c.lo)) : 0.5 + 0.5 * min(1, (n - m) / (c.hi - m))
            }
            return Self.interpolate(c.ramp, f, interpolator)
        }
        if let d = discretizer {
            guard let i = d.index(v, count: colors.count) else { return nil }
            return colors[i]
        }
        guard let i = values.firstIndex(of: v), !colors.isEmpty else { return nil }
        return colors[i % colors.count]
    }

    /// The views' colour scale, turned round when its `scale.reverse` says so: Vega
    /// reverses the range, so a continuous ramp (and its legend's gradient) runs from its
    /// last colour, a bin's or a category's colours are dealt from the end of the list (a
    /// scheme's last colours first). A discretizing scale turns its own (``discretize``).
    static func resolve(views: [PreparedView], theme: Theme) throws -> ColorScale? {
        guard var s = try resolveForward(views: views, theme: theme) else { return nil }
        if s.def.scale?.reverse == true, !s.identity, s.discretizer == nil {
            if let c = s.continuous { s.continuous = (c.lo, c.hi, c.ramp.reversed()) }
            s.colors.reverse()
        }
        return s
    }

    private static func resolveForward(views: [PreparedView], theme: Theme) throws -> ColorScale? {
        for ch in [Channel.color, .fill, .stroke] {
            guard let def = views.lazy.compactMap({ $0.encoding[ch] }).first(where: { $0.field != nil || $0.aggregate == .count || $0.datum != nil })
            else { continue }
            // A `datum` (a constant through the scale, as a layer per series draws it) has no field.
            let field = def.outputField ?? ""
            var s = ColorScale(channel: ch, def: def)
            s.fieldTitles = fieldTitles(ch, views: views)
            if def.scaleDisabled {
                s.identity = true
                for v in views {
                    guard let f = v.encoding[ch]?.outputField else { continue }
                    for r in v.table.rows where s.identityColors[r[f]] == nil { s.identityColors[r[f]] = .some(CSSColor.parse(r[f].text)) }
                }
                return s
            }
            let type = def.effectiveType(for: ch)
            if def.scale?.type?.isDiscretizing == true {
                try s.discretize(views: views, theme: theme)
                return s
            }
            // Binned values are bins, one colour each along the ramp, as Vega-Lite's
            // bin-ordinal scale draws them; not a continuous ramp whose legend names values
            // that no series has.
            if type == .quantitative, let bin = def.bin, !bin.binned, let endField = def.binEndField {
                var ends: [Value: Value] = [:]
                for v in views {
                    // Only the views that draw with the scale: another view's column of the
                    // same name (a histogram's count beside a heatmap's) is not its domain.
                    guard let f = v.encoding[ch]?.outputField else { continue }
                    let e = v.encoding[ch]?.binEndField ?? endField
                    for r in v.table.rows where r[f].number != nil && ends[r[f]] == nil { ends[r[f]] = r[e] }
                }
                s.values = ends.keys.sorted { ($0.number ?? 0) < ($1.number ?? 0) }
                s.binEnds = ends
                var ramp = try def.scale?.scheme.map { try Schemes.colors($0) } ?? theme.sequentialPalette
                if let range = def.scale?.range {
                    let cs = range.compactMap { if case .string(let c) = $0 { return CSSColor.parse(c) } else { return nil } }
                    if cs.count >= 2 { ramp = cs }
                }
                let n = s.values.count
                s.colors = (0..<max(n, 1)).map { interpolate(ramp, n > 1 ? 0.2 + 0.8 * Double($0) / Double(n - 1) : 0.6) }
                // A named scheme, as Vega's bin-ordinal scale takes it: a continuous one
                // sampled at i / (n + 1) for the n bins (`quantizeInterpolator`), a
                // categorical one's first colours.
                if let name = def.scale?.scheme, def.scale?.range == nil {
                    s.colors = try Schemes.quantized(name, count: max(n, 1), extent: def.scale?.schemeExtent)
                }
                return s
            }
            if type == .quantitative || (type == .temporal && def.timeUnit == nil) {
                var lo = Double.infinity, hi = -Double.infinity
                for v in views {
                    if let d = v.encoding[ch]?.datum, let n = Value.from(d).number { lo = min(lo, n); hi = max(hi, n) }
                    // Only the views that draw with the scale (as for bins, above).
                    guard let f = v.encoding[ch]?.outputField else { continue }
                    for r in v.table.rows { if let n = r[f].number { lo = min(lo, n); hi = max(hi, n) } }
                }
                for u in def.scale?.domainUnion ?? [] {
                    if let n = Value.from(u).number ?? (type == .temporal ? Coercion.date(Value.from(u)) : nil) { lo = min(lo, n); hi = max(hi, n) }
                }
                if !lo.isFinite { lo = 0; hi = 1 }
                // The spec's domain wins over the data's extent, as in Vega-Lite.
                if let dom = def.explicitDomain(channel: ch), let a = dom.first?.number, let b = dom.last?.number { lo = a; hi = b }
                if let a = def.scale?.domainMin { lo = a }
                if let b = def.scale?.domainMax { hi = b }
                if def.scale?.zero == true { lo = min(lo, 0); hi = max(hi, 0) }
                s.mid = def.scale?.domainMid
                // Rects take the style's heatmap ramp, as Vega-Lite's `range: "heatmap"`.
                let sequential = views.contains { $0.mark.type == .rect } ? try Self.heatmapRamp(theme) ?? theme.sequentialPalette : theme.sequentialPalette
                var ramp = try def.scale?.scheme.map { try Schemes.colors($0) } ?? (def.scale?.domainMid != nil ? theme.divergingPalette : sequential)
                if let range = def.scale?.range {
                    let cs = range.compactMap { if case .string(let c) = $0 { return CSSColor.parse(c) } else { return nil } }
                    if cs.count >= 2 {
                        ramp = cs
                        // Vega-Lite blends a continuous colour range in HCL unless told otherwise.
                        s.interpolator = ColorInterpolator(space: .hcl)
                    }
                }
                if let name = def.scale?.interpolate, let space = ColorInterpolator.Space(rawValue: name) {
                    s.interpolator = ColorInterpolator(space: space, gamma: def.scale?.interpolateGamma ?? 1)
                }
                if let e = def.scale?.schemeExtent, let name = def.scale?.scheme {
                    ramp = try Schemes.sample(name, count: 9, extent: e)
                }
                s.continuous = (lo, hi, ramp)
                return s
            }
            var seen = Set<Value>()
            var vals: [Value] = []
            // The domain is the union over the layers, each with its own field, as Vega-Lite
            // merges a shared colour scale.
            for v in views {
                if let d = v.encoding[ch], d.field == nil, let datum = d.datum {
                    let x = Value.from(datum)
                    if !x.isNull, seen.insert(x).inserted { vals.append(x) }
                }
                // A layer whose rows lack the field altogether adds no "null" category.
                guard let f = v.encoding[ch]?.outputField, v.table.fields.contains(f) else { continue }
                for x in DiscreteOrder.distinctValues(of: f, in: v.table) where DiscreteOrder.isCategory(x) {
                    if seen.insert(x).inserted { vals.append(x) }
                }
            }
            if let explicit = def.explicitDomain(channel: ch) {
                vals = explicit + vals.filter { v in !explicit.contains { $0.text == v.text } }
                vals = vals.map { v in explicit.first { $0.text == v.text } ?? v }
            } else if def.sort == nil, views.allSatisfy({ v in v.encoding[ch].map { $0.field == nil && $0.aggregate == nil } ?? true }) {
                // Datums alone (a repeated layer's `{"datum": {"repeat": "layer"}}`) keep the
                // layers' order: Vega-Lite's domain of datum arrays is an unsorted union.
            } else {
                vals = DiscreteOrder.sort(vals, channel: ch, def: def, views: views)
            }
            s.values = vals
            if let range = def.scale?.range {
                s.colors = range.compactMap { if case .string(let c) = $0 { return CSSColor.parse(c) } else { return nil } }
            } else if let scheme = def.scale?.scheme {
                // A continuous scheme on a discrete domain: one colour per value, the ramp
                // sampled at i / (n + 1) for i = 1 … n, as Vega's `quantizeInterpolator` (both
                // ends left out: magma's near-black and near-white are never drawn). Vega's
                // ordinal scale takes n from its domain: `scheme.count` is for quantize scales.
                s.colors = Schemes.isCategorical(scheme) && def.scale?.schemeExtent == nil
                    ? try Schemes.colors(scheme)
                    : try Schemes.quantized(scheme, count: max(vals.count, 1), extent: def.scale?.schemeExtent)
            } else {
                s.colors = theme.categoryPalette
            }
            if s.colors.isEmpty { s.colors = theme.categoryPalette }
            if type == .ordinal && def.scale?.range == nil && def.scale?.scheme == nil && vals.count > 1 {
                s.colors = (0..<vals.count).map { interpolate(theme.ordinalPalette, 0.25 + 0.75 * Double($0) / Double(vals.count - 1)) }
            }
            return s
        }
        return nil
    }

    /// The colour `f` of the way along `ramp`: piecewise between its colours, each piece
    /// blended by `interpolator`, as d3's piecewise scale range.
    static func interpolate(_ ramp: [Color], _ f: Double, _ interpolator: ColorInterpolator = .rgb) -> Color {
        guard ramp.count > 1 else { return ramp.first ?? .black }
        let x = f * Double(ramp.count - 1)
        let i = min(ramp.count - 2, Int(x.rounded(.down)))
        let t = x - Double(i)
        let a = ramp[i], b = ramp[i + 1]
        if interpolator != .rgb { return interpolator.blend(a, b, t) }
        // d3's interpolateRgb, as Vega samples its schemes: each channel blended, then
        // rounded to a whole 0–255 step (its `rgb(r, g, b)` output).
        func mix(_ p: Double, _ q: Double) -> Double { (max(0, min(255, (p + (q - p) * t) * 255))).rounded(.toNearestOrAwayFromZero) / 255 }
        return Color(red: mix(a.red, b.red), green: mix(a.green, b.green), blue: mix(a.blue, b.blue))
    }
}


extension ColorScale {
    /// The ramp rects take by default, as Vega-Lite's `range: "heatmap"`: the style's or
    /// config's named scheme, else its list of colours; nil when neither is set.
    static func heatmapRamp(_ theme: Theme) throws -> [Color]? {
        if let s = theme.heatmapScheme { return try Schemes.colors(s) }
        return theme.heatmapPalette
    }

    /// A series value as its legend entry or direct label reads it: a time unit's format
    /// (`Q1`, `Jan`, `2004`), or Vega-Lite's default date format for a temporal field
    /// without one, else the value's text.
    func labelText(_ v: Value, locale: String) -> String {
        if let end = binEnds[v] { return "\(v.text) – \(end.text)" }
        if discretizer != nil, let i = values.firstIndex(of: v), i < rangeLabels.count { return rangeLabels[i] }
        if let unit = def.timeUnit, let f = try? Bridge.timeFormatter(TimeUnitFormat.specifier(unit), locale: locale) {
            return Coercion.date(v).map(f) ?? v.text
        }
        if case .date(let ms) = v, let f = try? Bridge.timeFormatter("%b %d, %Y", locale: locale) { return f(ms) }
        return v.text
    }
}

extension ChannelDef {
    /// A legend's title: its own, else every field's title once, joined by ", " (as
    /// Vega-Lite merges the titles of a scale shared by views of different fields).
    func legendTitle(merging fieldTitles: [String]) -> String? {
        guard let own = resolvedTitle(override: legend?.title) else { return nil }
        if legend?.title != nil || fieldTitles.isEmpty { return own }
        var seen: [String] = []
        for t in fieldTitles where !seen.contains(t) { seen.append(t) }
        return seen.joined(separator: ", ")
    }
}
