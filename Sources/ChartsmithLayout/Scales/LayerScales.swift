import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

/// The scales of a layered view whose `resolve.scale` makes a legend channel (colour, dash,
/// shape, size, opacity, stroke width) independent between its top-level layers, as
/// Vega-Lite resolves them: each layer that encodes such a channel draws with a scale of
/// its own data, and has a legend of its own; the channels left shared keep one scale and
/// one legend for the view. A channel whose `resolve.legend` alone is independent keeps
/// the view's one scale, and each layer that encodes it has a legend of that scale (all its
/// values, titled by the layer's own field), as Vega draws them.
struct LayerScales {
    /// The scales every layer draws with for the channels left shared (their legend is the
    /// view's), with the independent channels taken out.
    var shared: SharedScales
    /// Each view's scales (by index in the view list): its layer's own for the independent
    /// channels, the shared ones for the others.
    var perView: [SharedScales]
    /// Each view's top-level layer, in view order.
    var groups: [Int]
    /// One legend per layer with an independent channel, in layer order (Vega-Lite sets a
    /// layer's own legends after the view's shared ones).
    var legends: [BlockLegend]

    /// The layers' scales of `spec`, or nil when no legend channel's scale or legend is
    /// independent between two or more of its layers (inside a composition, one or more).
    /// `outer` are the scales of a composition around the view, which the view's shared
    /// channels draw with (nil: the view is drawn alone).
    static func resolve(spec: ChartSpec, views: [PreparedView], outer: SharedScales? = nil,
                        theme: Theme, kit: TextKit) throws -> LayerScales? {
        let inside = outer != nil
        let channels = independentChannels(spec: spec, views: views, inComposition: inside)
        let legendOnly = independentChannels(spec: spec, views: views, legendsOnly: true, inComposition: inside)
        guard !channels.isEmpty || !legendOnly.isEmpty else { return nil }
        let groups = spec.layers.map(\.group)
        let all = try outer ?? SharedScales.resolve(views: views, theme: theme, kit: kit)
        var order: [Int] = []
        for g in groups where !order.contains(g) { order.append(g) }
        var own: [Int: SharedScales] = [:]
        var legends: [BlockLegend] = []
        for g in order {
            let members = views.indices.filter { groups[$0] == g }.map { views[$0] }
            let scales = try SharedScales.resolve(views: members, theme: theme, kit: kit)
            own[g] = all.taking(channels, from: scales)
            // The layer's legend: its own scales', and the view's scale of the channels it
            // encodes whose legends alone are independent.
            let used = legendOnly.filter { ch in members.contains { $0.encoding[ch]?.hasScale ?? false } }
            let others = ResolveSpec.legendChannels.filter { !channels.contains($0) && !used.contains($0) }
            let legend = try BlockLegend(scales: scales.taking(used, from: all.withLegendLook(of: scales, for: used)).removing(others),
                                         views: members, theme: theme)
            if legend.plan.any { legends.append(legend) }
        }
        return LayerScales(shared: all.removing(channels + legendOnly),
                           perView: groups.map { own[$0] ?? all }, groups: groups, legends: legends)
    }
}

extension LayerScales {
    /// The legend channels whose scales (`legendsOnly`: whose legends, of a scale left
    /// shared) `spec` resolves independent between two or more of its top-level layers
    /// that encode them. Inside a composition one such layer is enough: Vega-Lite keeps
    /// that layer's scale and legend its own rather than merge them into the composition's.
    static func independentChannels(spec: ChartSpec, views: [PreparedView], legendsOnly: Bool = false,
                                    inComposition: Bool = false) -> [Channel] {
        guard spec.layers.count == views.count, views.count > 1 else { return [] }
        let groups = spec.layers.map(\.group)
        return ResolveSpec.legendChannels.filter { ch in
            let r = spec.resolve
            let independent = legendsOnly ? r.legend[ch]?.mode == .independent && !r.scaleIsIndependent(ch) : r.scaleIsIndependent(ch)
            return independent && Set(views.indices.filter { views[$0].encoding[ch]?.hasScale ?? false }.map { groups[$0] }).count > (inComposition ? 0 : 1)
        }
    }

    /// A layered view's views as a composition around it sees them when it resolves the
    /// scales it shares (`legends`: the legend it draws): without the channels whose
    /// scales (`legends`: scales or legends) the view's layers keep their own.
    static func outerViews(_ cells: [PreparedCell], legends: Bool = false) -> [PreparedView] {
        cells.flatMap { c in
            var own = independentChannels(spec: c.spec, views: c.views, inComposition: true)
            if legends { own += independentChannels(spec: c.spec, views: c.views, legendsOnly: true, inComposition: true) }
            return own.isEmpty ? c.views : c.views.map { v in
                var v = v
                for ch in own { v.semantics.encoding[ch] = nil }
                return v
            }
        }
    }
}

extension SharedScales {
    /// These scales as a legend of `views` shows them: without those of the legend
    /// channels none of the views encodes, the colour, shape and dash titled by their
    /// fields alone (a scale shared with other views whose legends are their own).
    func shown(by views: [PreparedView]) -> SharedScales {
        var s = removing(ResolveSpec.legendChannels.filter { ch in !views.contains { $0.encoding[ch]?.hasScale ?? false } })
        if let c = s.color { s.color?.fieldTitles = ColorScale.fieldTitles(c.channel, views: views) }
        if s.shapes != nil { s.shapes?.fieldTitles = ColorScale.fieldTitles(.shape, views: views) }
        if s.dash != nil { s.dash?.fieldTitles = ColorScale.fieldTitles(.strokeDash, views: views) }
        return s
    }

    /// These scales without those of `channels` (their legends left out too).
    func removing(_ channels: [Channel]) -> SharedScales {
        var s = self
        if let c = color?.channel, channels.contains(c) { s.color = nil }
        if channels.contains(.strokeDash) { s.dash = nil }
        if channels.contains(.shape) { s.shapes = nil }
        if channels.contains(.size) { s.sizeLegend = nil }
        if let o = opacityLegend, channels.contains(o.scale.channel) { s.opacityLegend = nil }
        if let w = widthLegend, channels.contains(w.channel) { s.widthLegend = nil }
        for ch in channels { s.magnitudes.scales[ch] = nil }
        return s
    }

    /// These (a view's shared) scales with the legends of `channels` drawn as a layer's own
    /// scales `own` draw them: the values and sizes of the shared scale, the layer's own
    /// channel definition (its `legend.title` and settings) and its symbols' colour,
    /// opacity and mark, as Vega draws each layer's legend of a scale whose legend alone is
    /// resolved independent.
    func withLegendLook(of own: SharedScales, for channels: [Channel]) -> SharedScales {
        var s = self
        if channels.contains(.size), let a = sizeLegend, let o = own.sizeLegend {
            var scale = a.scale
            scale.def = o.def
            s.sizeLegend = SizeLegendScale(scale: scale, color: o.color, markType: o.markType, hollow: o.hollow)
        }
        if let a = opacityLegend, let o = own.opacityLegend, channels.contains(a.scale.channel) {
            var scale = a.scale
            scale.def = o.def
            s.opacityLegend = OpacityLegendScale(scale: scale, color: o.color)
        }
        if let a = widthLegend, let o = own.widthLegend, channels.contains(a.channel) {
            s.widthLegend = a
            s.widthLegend?.def = o.def
        }
        return s
    }

    /// These scales with `other`'s for `channels`.
    func taking(_ channels: [Channel], from other: SharedScales) -> SharedScales {
        var s = removing(channels)
        if let c = other.color?.channel, channels.contains(c) { s.color = other.color }
        if channels.contains(.strokeDash) { s.dash = other.dash }
        if channels.contains(.shape) { s.shapes = other.shapes }
        if channels.contains(.size) { s.sizeLegend = other.sizeLegend }
        if let o = other.opacityLegend, channels.contains(o.scale.channel) { s.opacityLegend = o }
        if let w = other.widthLegend, channels.contains(w.channel) { s.widthLegend = w }
        for ch in channels { s.magnitudes.scales[ch] = other.magnitudes.scales[ch] }
        return s
    }
}
