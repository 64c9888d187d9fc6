import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

/// The scales of a layered view whose `resolve.scale` makes a legend channel (colour, dash,
/// shape, size, opacity, stroke width) independent between its top-level layers, as
/// Vega-Lite resolves them: each layer that encodes such a channel draws with a scale of
/// its own data, and has a legend of its own; the channels left shared keep one scale and
/// one legend for the view.
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

    /// The layers' scales of `spec`, or nil when no legend channel is independent between
    /// two or more of its layers.
    static func resolve(spec: ChartSpec, views: [PreparedView], theme: Theme, kit: TextKit) throws -> LayerScales? {
        let channels = independentChannels(spec: spec, views: views)
        guard !channels.isEmpty else { return nil }
        let groups = spec.layers.map(\.group)
        let all = try SharedScales.resolve(views: views, theme: theme, kit: kit)
        var order: [Int] = []
        for g in groups where !order.contains(g) { order.append(g) }
        var own: [Int: SharedScales] = [:]
        var legends: [BlockLegend] = []
        for g in order {
            let members = views.indices.filter { groups[$0] == g }.map { views[$0] }
            let scales = try SharedScales.resolve(views: members, theme: theme, kit: kit)
            own[g] = all.taking(channels, from: scales)
            let others = ResolveSpec.legendChannels.filter { !channels.contains($0) }
            let legend = try BlockLegend(scales: scales.removing(others), views: members, theme: theme)
            if legend.plan.any { legends.append(legend) }
        }
        return LayerScales(shared: all.removing(channels),
                           perView: groups.map { own[$0] ?? all }, groups: groups, legends: legends)
    }
}

extension LayerScales {
    /// The legend channels whose scales `spec` resolves independent between two or more of
    /// its top-level layers that encode them.
    static func independentChannels(spec: ChartSpec, views: [PreparedView]) -> [Channel] {
        guard spec.layers.count == views.count, views.count > 1 else { return [] }
        let groups = spec.layers.map(\.group)
        return ResolveSpec.legendChannels.filter { ch in
            spec.resolve.scaleIsIndependent(ch)
                && Set(views.indices.filter { views[$0].encoding[ch]?.hasScale ?? false }.map { groups[$0] }).count > 1
        }
    }
}

extension SharedScales {
    /// These scales without those of `channels` (their legends left out too).
    func removing(_ channels: [Channel]) -> SharedScales {
        var s = self
        if let c = color?.channel, channels.contains(c) { s.color = nil }
        if channels.contains(.strokeDash) { s.dash = nil }
        if channels.contains(.shape) { s.shapes = nil }
        if channels.contains(.size) { s.sizeLegend = nil }
        if let o = opacityLegend, channels.contains(o.scale.channel) { s.opacityLegend = nil }
        for ch in channels { s.magnitudes.scales[ch] = nil }
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
        for ch in channels { s.magnitudes.scales[ch] = other.magnitudes.scales[ch] }
        return s
    }
}
