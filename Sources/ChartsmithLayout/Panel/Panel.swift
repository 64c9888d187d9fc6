import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Lays out one plot rectangle: its position scales and axes, gridlines, marks (through
/// ``MarkBuilder``), value labels, direct labels and annotations.
///
/// The frame uses it in three steps: ``measure(plot:availableWidth:dropAxisTitles:)``
/// reports the room the panel needs around a plot of a given size (``PanelInsets``);
/// ``draw(in:geometry:contentLeft:dropAxisTitles:)`` draws it once placed; and
/// ``label(_:occupancy:)`` sets its labels clear of everything already on the canvas.
struct Panel {
    /// What the panel is made of once its scales are resolved, which never changes after:
    /// kept in one shared box, so that copying a panel (the grid hands panels around by
    /// value, many times per layout) copies one reference rather than the whole spec, style
    /// and scales field by field.
    final class Parts {
        let spec: ChartSpec
        let views: [PreparedView]
        let theme: Theme
        let kit: TextKit
        let shared: SharedScales
        let xr: PositionResolution
        let yr: PositionResolution
        let reserves: PanelReserves
        let polar: Bool

        init(spec: ChartSpec, views: [PreparedView], theme: Theme, kit: TextKit, shared: SharedScales,
             xr: PositionResolution, yr: PositionResolution, reserves: PanelReserves) {
            self.spec = spec
            self.views = views
            self.theme = theme
            self.kit = kit
            self.shared = shared
            self.xr = xr
            self.yr = yr
            self.reserves = reserves
            polar = views.contains { $0.mark.type == .arc || $0.encoding[.theta] != nil || $0.encoding[.radius] != nil }
        }
    }

    let parts: Parts
    // Each reads its part in place (`_read`), so `spec.width` or `theme.locale` borrows the
    // field rather than copying the whole spec or style out of the box first.
    var spec: ChartSpec { _read { yield parts.spec } }
    /// The views drawn in this panel.
    var views: [PreparedView] { _read { yield parts.views } }
    var theme: Theme { _read { yield parts.theme } }
    var kit: TextKit { _read { yield parts.kit } }
    /// The colour, dash and shape scales the frame shares among its panels.
    var shared: SharedScales { _read { yield parts.shared } }
    /// Each position channel's scales and axes.
    var xr: PositionResolution { _read { yield parts.xr } }
    var yr: PositionResolution { _read { yield parts.yr } }
    /// Room the panel's labels and text marks need beyond the plot.
    var reserves: PanelReserves { _read { yield parts.reserves } }
    /// Whether a view draws around a centre (arcs, or a theta or radius channel): such a
    /// panel fills the style's default plot.
    var polar: Bool { parts.polar }
    /// Series names at the ends of lines, when they stand in for the legend (planned by
    /// ``planningDirectLabels(dropLegend:maxWidth:)``).
    var direct: DirectLabels? = nil
    /// The lines written above the panel in a grid: a concatenated view's title, or its
    /// facet group.
    var header: [String] = []
    /// The facet header's own `labelFont` and `titleFont` families, when set.
    var headerFamilies: (label: Located<String>?, title: Located<String>?) = (nil, nil)
    /// A layered view's scales per layer, when a legend channel's scale is independent
    /// between its layers (``LayerScales``); nil draws every view with ``shared``.
    var layerScales: LayerScales? {
        get { layerScalesBox?.value }
        set { layerScalesBox = newValue.map(Boxed.init) }
    }
    /// ``layerScales`` behind one reference: a panel is copied often, these scales are
    /// large and rarely set.
    private var layerScalesBox: Boxed<LayerScales>? = nil
    /// Whether the panel is a cell of a facet (Vega draws no initial brush there).
    var inFacet = false

    // Spacing constants, in points.
    let tickLength = 5.0
    let labelPad = 4.0
    let titlePad = 6.0

    init(spec: ChartSpec, views: [PreparedView], xr: PositionResolution, yr: PositionResolution,
         shared: SharedScales, theme: Theme, kit: TextKit) throws {
        func step(_ s: SizeSpec?) -> Double? { if case .step(let n)? = s { return n } else { return nil } }
        let reserves = try PanelReserves(views: views, theme: theme, kit: kit, heightStep: step(spec.height))
        parts = Parts(spec: spec, views: views, theme: theme, kit: kit, shared: shared, xr: xr, yr: yr, reserves: reserves)
    }

    /// Whether a view draws with a scale that a legend shows (colour, dash, shape, …).
    var usesLegendScale: Bool {
        views.contains { v in ResolveSpec.legendChannels.contains { v.encoding[$0]?.hasScale ?? false } }
    }

    /// Whether a position channel has a scale per layer or an axis per layer.
    var independent: Bool { xr.independent || yr.independent }

    var leftAxis: PositionResolution.AxisPlan? { yr.axes.first { $0.side == .left } }
    var rightAxis: PositionResolution.AxisPlan? { yr.axes.first { $0.side == .right } }
    var bottomAxis: PositionResolution.AxisPlan? { xr.axes.first { $0.side == .bottom } }
    var topAxis: PositionResolution.AxisPlan? { xr.axes.first { $0.side == .top } }

    /// The plot's width (`.x`) or height (`.y`) as a band or point scale's step sets it
    /// (the style's default step, or the spec's `{"step": …}`), or nil when no step does.
    func stepLength(_ channel: Channel) -> Double? {
        let (d, s) = channel == .x ? (xr.primary, spec.width) : (yr.primary, spec.height)
        guard let d, d.discrete else { return nil }
        var step = theme.defaultStep
        // The default step, and a step "for": "offset", apply to each grouped (offset) band.
        var perOffset = true
        if case .step(let st) = s {
            step = st
            perOffset = d.channel == .x ? spec.widthStepForOffset : spec.heightStepForOffset
        } else if s != nil { return nil }
        step = d.positionStep(step, perOffset: perOffset)
        if channel == .x { step = labelStep(d, step: step) }
        let n = Double(d.values.count)
        return d.band ? step * max(1, n - d.paddingInner + 2 * d.paddingOuter) : step * max(1, n - 1 + 2 * d.paddingOuter)
    }

    /// The plot's width or height before autosize fits it: a step's, the spec's points, or
    /// the style's default (a step's worth without a scale on that channel).
    func naturalLength(_ channel: Channel) -> Double {
        let (d, s, plot) = channel == .x ? (xr.primary, spec.width, theme.defaultPlot.width)
                                         : (yr.primary, spec.height, theme.defaultPlot.height)
        // Polar views (arcs) fill the style's default plot, as Vega-Lite's 200 × 200.
        return stepLength(channel) ?? Frame.points(s) ?? (d == nil && !polar ? theme.defaultStep : plot)
    }

    /// The panel with its series labelled at the ends of its lines, when they can stand in
    /// for the legend. Not beside independent axes: a line's end label would not say which
    /// axis it reads on.
    func planningDirectLabels(dropLegend: Bool, maxWidth: Double) -> Panel {
        var p = self
        // A view whose layers have scales or legends of their own shows those legends: its
        // lines' colours may not be the shared scale's that direct labels would name.
        p.direct = dropLegend || independent || layerScales != nil ? nil
            : DirectLabels.plan(views: views, color: shared.color, theme: theme, kit: kit, maxWidth: maxWidth)
        return p
    }

    /// The font of the header above a panel in a grid: the style's axis title font, bold,
    /// in the header's own `labelFont` family when set.
    var headerFont: FontDescriptor {
        var f = theme.axisTitleFont
        f.family = theme.family(headerFamilies.label, or: f.family)
        f.weight = .bold
        return f
    }

    /// A nested block's title lines (a concat's or a facet's `title` inside a figure),
    /// left-aligned from `p` down in the header font.
    func headerNodes(_ lines: [String], at p: Point) -> [SceneNode] {
        lines.enumerated().map { i, l in
            var node = kit.node(l, at: Point(x: p.x, y: p.y + Double(i) * kit.lineHeight(headerFont) * 1.2), font: headerFont,
                                color: theme.titleColor, role: .axisTitle)
            node.isHeader = true
            return .text(node)
        }
    }

    /// A sentence describing the panel's chart, for the scene's alternative text.
    func summary(locale: String) -> String? {
        AltText.summary(spec: spec, views: views, x: xr.primary, y: yr.primary, color: shared.color, locale: locale,
                        secondAxes: (yr.axes + xr.axes).filter { !$0.primary && !$0.domain.axis.disabled }.map {
                            "\($0.domain.title ?? $0.channelName) on a second axis, at the \($0.side.rawValue)"
                        })
    }
}
