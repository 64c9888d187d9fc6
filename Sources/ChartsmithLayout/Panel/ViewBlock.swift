import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// One block of a nested figure: a grid of panels (a view, or a facet's cells) or a concat
/// of blocks laid out as a sub-grid, with the title written above it and, when its views'
/// legends are resolved independent of their neighbours', its own legend beside it.
///
/// A concat places its blocks as Vega-Lite's grid layout places a concat's groups: each
/// block's box (its plots, axes, headers, title and legend; its plots alone with
/// `bounds: "flush"`) set in a grid of `columns`, every column as wide as its widest box and
/// every row as high as its highest (`align` `"all"` or `"each"`), or each box right after
/// the one before it (`"none"`), `spacing` apart, at the start of its cell or centred in it.
struct ViewBlock {
    indirect enum Content {
        case grid(PanelGrid)
        case concat([ViewBlock])
    }

    var content: Content
    /// A concat's blocks per row.
    var columns = 1
    /// The gaps between rows and between columns of blocks (`spacing`).
    var rowSpacing = Frame.defaultSpacing
    var columnSpacing = Frame.defaultSpacing
    var arrangement = CompositionArrangement()
    /// The block's title (a nested concat's or a facet's `title`), written above it.
    var title: [String] = []
    /// The block's own legend, when its views do not share their parent's.
    var legend: BlockLegend?
    /// The legends of a layered view's layers whose scales or legends are their own
    /// (``LayerScales``), set after the block's own legend, in layer order.
    var layerLegends: [BlockLegend] = []
    /// The step-down gave the legends up (direct labels or a cramped canvas).
    var dropsLegend = false

    /// Every panel at any depth, in drawing order.
    var panels: [Panel] {
        switch content {
        case .grid(let g): g.panels
        case .concat(let blocks): blocks.flatMap(\.panels)
        }
    }

    /// The sum of the plots' widths (`.x`) or heights (`.y`) along the widest row (highest
    /// column): the length autosize scales.
    func naturalLength(_ channel: Channel) -> Double {
        switch content {
        case .grid(let g):
            return g.naturalLength(channel)
        case .concat(let blocks):
            let cols = max(1, min(columns, blocks.count))
            let count = channel == .x ? cols : (blocks.count + cols - 1) / cols
            var w = [Double](repeating: 0, count: count)
            for (i, b) in blocks.enumerated() {
                let k = channel == .x ? i % cols : i / cols
                w[k] = max(w[k], b.naturalLength(channel))
            }
            return w.reduce(0, +)
        }
    }

    /// The block with each panel's direct labels planned; a block whose panels label their
    /// lines directly gives its own legend up, as the frame does.
    func planningDirectLabels(dropLegend: Bool, maxWidth: Double) -> ViewBlock {
        var b = self
        switch content {
        case .grid(let g):
            let planned = g.planningDirectLabels(dropLegend: dropLegend, maxWidth: maxWidth)
            b.content = .grid(planned)
            b.dropsLegend = dropLegend || (planned.directLabelsReplaceLegend && legend?.plan.spec?.orient == nil && legend?.plan.keysOtherFields != true
                                           && layerLegends.isEmpty)
        case .concat(let blocks):
            b.content = .concat(blocks.map { $0.planningDirectLabels(dropLegend: dropLegend, maxWidth: maxWidth) })
            b.dropsLegend = dropLegend
        }
        return b
    }
}

/// A block's own legend: the scales it shows, how (``LegendPlan``) and the views whose
/// marks its symbols take.
struct BlockLegend {
    var scales: SharedScales
    var plan: LegendPlan
    var views: [PreparedView]

    /// The legend of `scales` for `views`: titled by these views' fields alone (a scale
    /// shared with other views whose legends are their own).
    init(scales: SharedScales, views: [PreparedView], theme: Theme) throws {
        self.scales = scales.shown(by: views)
        self.plan = LegendPlan(self.scales, theme: theme)
        self.views = views
    }

    /// The side of the view it goes on: the legend's own `orient`, else the right, where
    /// Vega-Lite sets each view's legend (the style's side is the figure legend's).
    var orient: String { plan.spec?.orient == nil ? "right" : plan.orient }

    /// Its entries run in a column: `direction`, else a column beside the view.
    var vertical: Bool { plan.look.direction.map { $0 == "vertical" } ?? (orient == "left" || orient == "right") }

    /// The legend measured, or nil when there is nothing to show.
    func measure(theme: Theme, kit: TextKit, vertical: Bool? = nil) -> LegendBox? {
        guard plan.any else { return nil }
        let beside = vertical ?? (orient == "left" || orient == "right")
        let own = plan.wanted
        return LegendBox.measure(color: own ? plan.shown(scales).color : nil, dash: own ? plan.shown(scales).dash : nil, shapes: own ? plan.shown(scales).shapes : nil,
                                 opacity: plan.opacityShown || plan.opacityMerged ? scales.opacityLegend : nil,
                                 size: plan.sized ? scales.sizeLegend : nil,
                                 strokeWidth: plan.widthShown ? scales.widthLegend : nil, views: views, theme: theme, kit: kit,
                                 look: plan.look, vertical: plan.look.direction.map { $0 == "vertical" } ?? beside,
                                 maxWidth: beside ? 200 : 400)
    }
}

extension ViewBlock {
    /// The block's legends with something to show, in drawing order: its own, then its
    /// layers'. The first sets the side and the gap.
    var shownLegends: [BlockLegend] { ([legend].compactMap { $0 } + layerLegends).filter(\.plan.any) }

    /// The block's legends measured as one box, stacked as Vega stacks the legends of one
    /// side (``LegendBox/stacking(_:vertical:maxWidth:)``), or nil when none shows.
    func measureLegends(theme: Theme, kit: TextKit) -> LegendBox? {
        let all = shownLegends
        guard let lead = all.first else { return nil }
        guard all.count > 1 else { return lead.measure(theme: theme, kit: kit) }
        let boxes = all.compactMap { $0.measure(theme: theme, kit: kit, vertical: lead.vertical) }
        return LegendBox.stacking(boxes, vertical: lead.vertical, maxWidth: lead.vertical ? 200 : 400)
    }
}
