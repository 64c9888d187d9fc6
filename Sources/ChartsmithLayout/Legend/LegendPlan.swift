import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

/// Which legend a frame shows and on which side: that of the colour, dash or shape scale,
/// and those of a quantitative opacity and size, each set after the first (``LegendBox/stacked``)
/// or, for a size of the colour's field, merged into it.
struct LegendPlan {
    /// The legend's settings: those of the first scale with a legend.
    let spec: LegendSpec?
    /// "top", "bottom", "left" or "right". Corner orients (Vega-Lite draws those legends
    /// inside the plot's corner) are set above or below the plot, clear of the marks;
    /// "none" (placed by legendX/legendY) takes the style's place. The legend is never
    /// silently left out.
    let orient: String
    /// A colour, dash or shape scale asks for a legend.
    let wanted: Bool
    /// A quantitative opacity has a legend (alone, or set after the other).
    let opacityShown: Bool
    /// An opacity of the colour's or the size's field: no legend of its own, its opacities
    /// mark that legend's symbols.
    let opacityMerged: Bool
    /// A field's stroke width has a legend: its own, or (of the colour's field) the colour
    /// legend's lines drawn at its widths.
    let widthShown: Bool
    /// A quantitative size on points has a legend (alone, merged or set after the other).
    let sized: Bool
    /// `config.legend`'s look with the legend object's on top.
    let look: LegendLook
    /// A dash or shape scale shows a field the colour scale does not: direct labels (which
    /// name the colours) cannot stand in for the legend then.
    let keysOtherFields: Bool

    /// The colour, dash and shape scales whose legends are drawn: each channel's `legend: null`
    /// (or `config.legend.disable` without a legend object) leaves out its own legend alone,
    /// as in Vega-Lite, not the others' (a shape legend beside a colour's `legend: null`).
    /// (Flags, not the scales: a plan is held in every block of a nested composition, and
    /// copies of the scales there deepen the layout's recursion past a thread's stack.)
    let colorShown: Bool
    let dashShown: Bool
    let shapesShown: Bool

    init(_ shared: SharedScales, theme: Theme) {
        func shown(_ legend: LegendSpec?) -> Bool { !(legend?.disabled ?? theme.legendDisabled) }
        // An identity colour (`scale: null`) has no legend either.
        let color = shared.color.flatMap { shown($0.def.legend) && !$0.identity ? $0 : nil }
        // A shape or dash of the field of a colour whose legend is null (and with no legend
        // object of its own) would merge into that legend, so Vega-Lite draws none.
        let hiddenColorField = shared.color.flatMap { shown($0.def.legend) ? nil : $0.def.outputField }
        func merged(_ def: ChannelDef) -> Bool { def.legend == nil && hiddenColorField != nil && def.outputField == hiddenColorField }
        let dash = shared.dash.flatMap { shown($0.def.legend) && !merged($0.def) ? $0 : nil }
        let shapes = shared.shapes.flatMap { shown($0.def.legend) && !merged($0.def) ? $0 : nil }
        (colorShown, dashShown, shapesShown) = (color != nil, dash != nil, shapes != nil)
        let opacityLegend = shared.opacityLegend
        let size = shared.sizeLegend
        let others = color != nil || dash != nil || shapes != nil
        let first = color?.def.legend ?? dash?.def.legend ?? shapes?.def.legend
        // The settings of the first legend drawn: the colour, dash or shape scale's, else
        // (none, or their legends null) the opacity's, else the size's.
        let firstShown = others
        let legendSpec = firstShown ? first : opacityLegend?.def.legend ?? size?.def.legend ?? first
        spec = legendSpec
        orient = switch legendSpec?.orient ?? theme.legendOrient {
        case "top-left", "top-right": "top"
        case "bottom-left", "bottom-right": "bottom"
        case "none": theme.legendOrient
        case let o: o
        }
        look = theme.legendLook.overlaid(with: legendSpec?.look ?? LegendLook())
        wanted = others
        // A quantitative opacity has its own legend, as in Vega-Lite: alone, or set after
        // the colour, dash or shape legend (the colour legend of its own field stands for it).
        let opacityOwn = !(opacityLegend?.def.legend?.disabled ?? theme.legendDisabled)
        let sameAsColor = wanted && color.map { $0.def.outputField == opacityLegend?.def.outputField } == true
        sized = size != nil && !(size?.def.legend?.disabled ?? theme.legendDisabled)
        let sameAsSize = sized && opacityLegend?.isOf(size?.def.outputField) == true
        opacityShown = opacityLegend != nil && opacityOwn && !sameAsColor && !sameAsSize
        opacityMerged = opacityLegend != nil && opacityOwn && (sameAsColor || sameAsSize)
        let width = shared.widthLegend
        widthShown = width != nil && !(width?.def.legend?.disabled ?? theme.legendDisabled)
        let colorField = color?.def.outputField
        keysOtherFields = color != nil && [dash?.def.outputField, shapes?.def.outputField].contains { f in f != nil && f != colorField }
    }

    /// The colour, dash and shape scales of `shared` whose legends are drawn.
    func shown(_ shared: SharedScales) -> (color: ColorScale?, dash: DashScale?, shapes: ShapeScale?) {
        (colorShown ? shared.color : nil, dashShown ? shared.dash : nil, shapesShown ? shared.shapes : nil)
    }

    /// Whether the legend is shown at a step-down level (before direct labels replace it).
    func shows(_ degrade: Frame.Degrade) -> Bool { !degrade.dropLegend && any }

    /// Some scale has a legend to show.
    var any: Bool { wanted || opacityShown || sized || widthShown }

    /// The legend is set beside the plot, in a column, rather than above or below it.
    var beside: Bool { orient == "right" || orient == "left" }

    /// The entries run in a column (`direction`, else a column beside the plot and rows
    /// above or below it).
    var vertical: Bool { look.direction.map { $0 == "vertical" } ?? beside }

    /// The gap between the legend and the plot: `offset`, else `fallback`.
    func gap(_ fallback: Double) -> Double { look.offset ?? fallback }
}
