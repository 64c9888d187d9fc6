import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

/// How a chart's views share the scale and axes of one position channel under
/// `resolve`: one scale and one axis (Vega-Lite's default for layers), or a scale per
/// top-level layer with its own axis (`"scale": {"y": "independent"}`), or one scale
/// drawn with an axis per layer (`"axis": {"y": "independent"}`).
struct PositionResolution {
    /// One axis to draw beside the plot.
    struct AxisPlan {
        var side: AxisSide
        /// The index of its scale in ``domains``.
        var scale: Int
        /// The domain as this axis shows it (its own layer's axis settings and title).
        var domain: PositionDomain
        /// The channel's first axis: it alone draws gridlines unless another asks.
        var primary: Bool

        /// "x" or "y", for an axis without a title.
        var channelName: String { domain.channel.rawValue }
    }

    let channel: Channel
    /// The scales' domains: one when shared; one per top-level layer that encodes the
    /// channel when independent, in layer order.
    var domains: [PositionDomain] = []
    /// Each view's scale, an index into ``domains`` (nil when it has none).
    var scaleOf: [Int?] = []
    var axes: [AxisPlan] = []

    /// The first scale: the one annotations, sizes and alt text read.
    var primary: PositionDomain? { domains.first }
    var independent: Bool { domains.count > 1 || axes.count > 1 }

    static func resolve(_ ch: Channel, spec: ChartSpec, views: [PreparedView], theme: Theme) throws -> PositionResolution {
        var r = PositionResolution(channel: ch)
        // Each view's top-level layer (views are the spec's layers, in order).
        let groups = views.indices.map { spec.layers.count == views.count ? spec.layers[$0].group : 0 }
        let scaleIndependent = spec.resolve.scaleIsIndependent(ch) && Set(groups).count > 1
        var groupScale: [Int: Int] = [:]
        if scaleIndependent {
            var order: [Int] = []
            for g in groups where !order.contains(g) { order.append(g) }
            for g in order {
                let own = views.indices.filter { groups[$0] == g }.map { views[$0] }
                guard let d = try PositionDomain.resolve(ch, views: own, theme: theme) else { continue }
                groupScale[g] = r.domains.count
                r.domains.append(d)
            }
            r.scaleOf = views.indices.map { i in views[i].encoding[ch] == nil ? nil : groupScale[groups[i]] }
        } else if let d = try PositionDomain.resolve(ch, views: views, theme: theme) {
            r.domains = [d]
            r.scaleOf = views.map { _ in 0 }
        } else {
            r.scaleOf = views.map { _ in nil }
        }
        guard let shared = r.domains.first else { return r }
        if spec.resolve.axisIsIndependent(ch) && Set(groups).count > 1 {
            let placements = ResolveSpec.axisPlacements(ch, views: views.indices.map { (groups[$0], views[$0].encoding) })
            for (k, p) in placements.enumerated() {
                let own = views.indices.filter { groups[$0] == p.group }.map { views[$0] }
                let scale = scaleIndependent ? groupScale[p.group] : 0
                guard let scale, let side = AxisSide(orient: p.orient) else { continue }
                let domain = scaleIndependent ? r.domains[scale] : shared.axis(for: own)
                r.axes.append(AxisPlan(side: side, scale: scale, domain: domain, primary: k == 0))
            }
        } else {
            // The axis's own orient moves it to the far side (an x axis on top).
            let allowed: [AxisSide] = ch == .x ? [.bottom, .top] : [.left, .right]
            let side = shared.axis.orient.flatMap(AxisSide.init(orient:)).flatMap { allowed.contains($0) ? $0 : nil }
            r.axes = [AxisPlan(side: side ?? (ch == .x ? .bottom : .left), scale: 0, domain: shared, primary: true)]
        }
        return r
    }

    /// The same scales, each axis taking its settings and title from `views` alone: a
    /// concat's view over a scale it shares with the other views still draws its own axis,
    /// titled for its own field, as Vega-Lite does.
    func ownAxes(for views: [PreparedView]) -> PositionResolution {
        var r = self
        for i in r.axes.indices { r.axes[i].domain = r.axes[i].domain.axis(for: views) }
        return r
    }
}
