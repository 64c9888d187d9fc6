import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
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
    /// Data values are colours already (`scale: null`).
    var identity = false

    var title: String? { def.resolvedTitle(override: def.legend?.title) }

    func color(for v: Value) -> Color? {
        if identity { return CSSColor.parse(v.text) }
        if let c = continuous {
            guard let n = v.number else { return nil }
            let f = c.hi == c.lo ? 0.5 : max(0, min(1, (n - c.lo) / (c.hi - c.lo)))
            return Self.interpolate(c.ramp, f)
        }
        guard let i = values.firstIndex(of: v), !colors.isEmpty else { return nil }
        return colors[i % colors.count]
    }

    static func resolve(views: [PreparedView], theme: Theme) throws -> ColorScale? {
        for ch in [Channel.color, .fill, .stroke] {
            guard let def = views.lazy.compactMap({ $0.encoding[ch] }).first(where: { $0.field != nil || $0.aggregate == .count }),
                  let field = def.outputField else { continue }
            var s = ColorScale(channel: ch, def: def)
            if def.scaleDisabled { s.identity = true; return s }
            let type = def.effectiveType(for: ch)
            if type == .quantitative || (type == .temporal && def.timeUnit == nil) {
                var lo = Double.infinity, hi = -Double.infinity
                for v in views {
                    for r in v.table.rows { if let n = r[field].number { lo = min(lo, n); hi = max(hi, n) } }
                }
                if !lo.isFinite { lo = 0; hi = 1 }
                let ramp = try def.scale?.scheme.map { try Schemes.colors($0) } ?? Schemes.sequential
                s.continuous = (lo, hi, ramp)
                return s
            }
            var seen = Set<Value>()
            var vals: [Value] = []
            for v in views {
                guard v.encoding[ch]?.outputField == field else { continue }
                for r in v.table.rows where !r[field].isNull {
                    if seen.insert(r[field]).inserted { vals.append(r[field]) }
                }
            }
            if let dom = def.scale?.domain {
                let explicit = dom.map { Value.from($0) }
                vals = explicit + vals.filter { v in !explicit.contains { $0.text == v.text } }
                vals = vals.map { v in explicit.first { $0.text == v.text } ?? v }
            } else {
                vals = DiscreteOrder.sort(vals, channel: ch, def: def, views: views)
            }
            s.values = vals
            if let range = def.scale?.range {
                s.colors = range.compactMap { if case .string(let c) = $0 { return CSSColor.parse(c) } else { return nil } }
            } else if let scheme = def.scale?.scheme {
                s.colors = try Schemes.colors(scheme)
            } else {
                s.colors = theme.categoryPalette
            }
            if s.colors.isEmpty { s.colors = theme.categoryPalette }
            if type == .ordinal && def.scale?.range == nil && def.scale?.scheme == nil && vals.count > 1 {
                s.colors = (0..<vals.count).map { interpolate(Schemes.sequential, 0.25 + 0.75 * Double($0) / Double(vals.count - 1)) }
            }
            return s
        }
        return nil
    }

    static func interpolate(_ ramp: [Color], _ f: Double) -> Color {
        guard ramp.count > 1 else { return ramp.first ?? .black }
        let x = f * Double(ramp.count - 1)
        let i = min(ramp.count - 2, Int(x.rounded(.down)))
        let t = x - Double(i)
        let a = ramp[i], b = ramp[i + 1]
        return Color(red: a.red + (b.red - a.red) * t, green: a.green + (b.green - a.green) * t,
                     blue: a.blue + (b.blue - a.blue) * t)
    }
}

/// Named colour schemes (the common Vega ones).
enum Schemes {
    static let sequential = ["#deebf7", "#9ecae1", "#6BACE6", "#2073BC", "#12436D"].map { Color(hex: $0)! }

    static let named: [String: [String]] = [
        "category10": ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"],
        "tableau10": ["#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"],
        "set1": ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999"],
        "set2": ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"],
        "dark2": ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"],
        "paired": ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"],
        "accent": ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"],
        "pastel1": ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec", "#f2f2f2"],
        "okabeito": ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"],
        "blues": ["#cfe1f2", "#93c4de", "#4a98c9", "#1764ab", "#08306b"],
        "greens": ["#d3eecd", "#98d594", "#4bb062", "#157f3b", "#00441b"],
        "reds": ["#fdcab5", "#fc8a6a", "#f14432", "#bc141a", "#67000d"],
        "oranges": ["#fdd8b3", "#fdae6b", "#f3701b", "#c54102", "#7f2704"],
        "purples": ["#e2e1ef", "#b6b5d8", "#8683bd", "#61409b", "#3f007d"],
        "greys": ["#e2e2e2", "#b5b5b5", "#7a7a7a", "#404040", "#000000"],
        "viridis": ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"],
        "inferno": ["#000004", "#57106e", "#bc3754", "#f98e09", "#fcffa4"],
        "magma": ["#000004", "#51127c", "#b73779", "#fc8961", "#fcfdbf"],
        "plasma": ["#0d0887", "#7e03a8", "#cc4778", "#f89540", "#f0f921"],
        "redblue": ["#67001f", "#d6604d", "#f7f7f7", "#4393c3", "#053061"],
        "blueorange": ["#134b85", "#7eb0d5", "#f7f7f7", "#f6a35c", "#8c3a00"],
        "redyellowgreen": ["#a50026", "#f46d43", "#ffffbf", "#66bd63", "#006837"],
        "yellowgreenblue": ["#eff9bd", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
        "goldgreen": ["#f4d166", "#b8c765", "#7fb36c", "#4a9978", "#146c7a"],
        "purplered": ["#f1eef6", "#d4b9da", "#c994c7", "#df65b0", "#980043"],
        "bluegreen": ["#d5efed", "#97d6cb", "#56b89e", "#23875a", "#00441b"],
        "analysisfunction": ["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"],
    ]

    static func colors(_ name: String) throws -> [Color] {
        guard let list = named[name.lowercased()] else {
            let suggestion = Suggest.closest(to: name, in: Array(named.keys).sorted())
            throw LayoutError("unknown colour scheme \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""))
        }
        return list.map { Color(hex: $0)! }
    }
}
