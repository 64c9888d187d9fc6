import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// What the frame measured at one step-down level, before it places anything: the
/// canvas (when autosize fits the chart to it), the panels' area and the room they need
/// around it, the legend, and the header's and footer's heights.
struct FrameMetrics {
    var padding: Padding
    /// The canvas's width and height when the chart is fitted to them (`autosize: "fit"`).
    var canvasWidth: Double?
    var canvasHeight: Double?
    /// Width of everything between the paddings.
    var contentWidth = 0.0
    /// The size of the panels' area (the plot, for one panel).
    var plot = Size.zero
    /// The panels' own measurements: the room around the area and each panel's axes.
    var panels = PanelGrid.Measure()
    var showLegend = false
    /// A legend set beside the plot (left or right) rather than above or below it.
    var legendBeside = false
    var legendBox = LegendBox.empty
    var headerHeight = 0.0
    var footerHeight = 0.0
    /// The header's and footer's lines at the width last measured.
    var text: FrameTextLines?
    /// The plot's size along the sides fitted to the canvas, before any clamping (the
    /// frame steps down while it is too small); infinite along a side that grows freely.
    var fittedPlot = Size(width: .infinity, height: .infinity)
    /// How many times the panels were measured before the plot's size settled (at most 3).
    var passes = 0
}

extension Frame {
    /// Measures the blocks at a step-down level. The panels' insets depend on their plot
    /// size and the plot size on the insets (and the legend's and titles' wrapping), so the
    /// sizes are solved a few times: up to three passes, ending early when a pass ends at
    /// the plot size it began with (`stopWhenSettled`; a further pass would measure the same).
    func measure(_ degrade: Degrade, grid gridIn: PanelGrid, extraRight: Double,
                 stopWhenSettled: Bool = true) throws -> (FrameMetrics, PanelGrid) {
        let autosize = spec.autosize ?? theme.autosize
        var m = FrameMetrics(padding: spec.padding ?? theme.resolvedPadding)
        let pad = m.padding
        let sharedLegend = LegendPlan(shared, theme: theme).any
        m.showLegend = legend.shows(degrade) || (!degrade.dropLegend && !layerLegends.isEmpty)
        let opacityOnly = (legend.opacityShown || legend.opacityMerged) && !degrade.dropLegend
        let own = legend.wanted
        let sized = legend.sized && !degrade.dropLegend

        // 1. Plot size (pad) or canvas size (fit).
        let fitWidth = autosize == .fit && gridIn.stepLength(.x) == nil || (autosize == .fit && Self.points(spec.width) != nil)
        let fitHeight = autosize == .fit && gridIn.stepLength(.y) == nil || (autosize == .fit && Self.points(spec.height) != nil)
        var plotW = gridIn.naturalLength(.x)
        var plotH = gridIn.naturalLength(.y)
        var rawH = plotH
        m.canvasWidth = fitWidth ? (Self.points(spec.width) ?? theme.defaultCanvas.width) : nil
        m.canvasHeight = fitHeight ? (Self.points(spec.height) ?? theme.defaultCanvas.height) : nil
        let innerW0 = m.canvasWidth.map { $0 - pad.left - pad.right }

        // Direct labels replace the legend for lines.
        let grid = gridIn.planningDirectLabels(dropLegend: degrade.dropLegend, maxWidth: (innerW0 ?? 600) * 0.3)
        if grid.directLabelsReplaceLegend && legend.spec?.orient == nil && !legend.keysOtherFields && layerLegends.isEmpty { m.showLegend = false }

        // 2. Measure decorations.
        m.legendBeside = m.showLegend && legend.beside
        let beside = m.legendBeside
        for _ in 0..<3 {
            // Each pass is a function of the plot's size (and, on a fixed canvas, of the
            // height left to the panels) alone: once a pass ends where it began, a further
            // one would measure the same again.
            let (startW, startH) = (plotW, plotH)
            m.passes += 1
            // The height the panels may take on a fixed canvas, from the last round's measures.
            func panelsHeight() -> Double? {
                m.canvasHeight.map {
                    $0 - pad.top - pad.bottom - m.headerHeight - m.footerHeight
                        - (m.showLegend && !beside ? m.legendBox.size.height + legend.gap(legendGap) : 0)
                }
            }
            let innerH = panelsHeight()
            m.panels = try grid.measure(area: Size(width: plotW, height: plotH), availableWidth: innerW0, availableHeight: innerH,
                                        dropAxisTitles: degrade.dropAxisTitles)
            let insets = m.panels.insets
            if m.showLegend {
                let maxW = innerW0 ?? max(plotW + insets.left, 240)
                m.legendBox = LegendBox.measure(color: own ? legend.shown(shared).color : nil, dash: own ? legend.shown(shared).dash : nil,
                                                shapes: own ? legend.shown(shared).shapes : nil,
                                                opacity: opacityOnly ? shared.opacityLegend : nil, size: sized ? shared.sizeLegend : nil,
                                                strokeWidth: legend.widthShown && !degrade.dropLegend ? shared.widthLegend : nil,
                                                views: legendViews, theme: theme, kit: kit, look: legend.look,
                                                vertical: legend.vertical, maxWidth: beside ? 200 : maxW)
                if !layerLegends.isEmpty {
                    // Each layer's own legend after the shared one, as Vega sets legends of one side.
                    let own = layerLegends.compactMap { $0.measure(theme: theme, kit: kit, vertical: legend.vertical) }
                    m.legendBox = LegendBox.stacking((sharedLegend ? [m.legendBox] : []) + own, vertical: legend.vertical,
                                                     maxWidth: beside ? 200 : maxW)
                }
            }
            let legendW = beside ? m.legendBox.size.width + legend.gap(legendGap) : 0
            if let iw = innerW0 {
                plotW = iw - insets.left - legendW - insets.right - extraRight
                m.contentWidth = iw
            } else {
                m.contentWidth = insets.left + plotW + legendW + insets.right + extraRight
                // A legend above or below a narrow plot widens the canvas rather than lose
                // the entries that do not fit (as Vega-Lite's autosize "pad" grows for guides).
                if m.showLegend && !beside { m.contentWidth = max(m.contentWidth, m.legendBox.size.width) }
            }
            let text = textLines(width: max(m.contentWidth, 10), degrade: degrade, reusing: m.text)
            m.text = text
            m.headerHeight = headerHeight(text)
            m.footerHeight = footerHeight(text)
            if let ch = m.canvasHeight {
                let legendH = m.showLegend && !beside ? m.legendBox.size.height + legend.gap(legendGap) : 0
                let besideH = beside ? m.legendBox.size.height : 0
                rawH = ch - pad.top - pad.bottom - m.headerHeight - m.footerHeight - legendH - insets.titleAbove
                    - insets.bottom - insets.top
                plotH = max(besideH, rawH)
            }
            if stopWhenSettled && plotW.bitPattern == startW.bitPattern && plotH.bitPattern == startH.bitPattern
                && panelsHeight()?.bitPattern == innerH?.bitPattern { break }
        }
        m.fittedPlot = Size(width: fitWidth ? plotW : .infinity, height: fitHeight ? min(plotH, rawH) : .infinity)
        m.plot = Size(width: max(plotW, 10), height: max(plotH, 10))
        // In pad mode, long titles may widen the canvas up to a readable measure.
        if m.canvasWidth == nil {
            let natural = titleNaturalWidth(degrade: degrade)
            m.contentWidth = max(m.contentWidth, min(natural, max(m.contentWidth, 480)))
            let text = textLines(width: m.contentWidth, degrade: degrade, reusing: m.text)
            m.text = text
            m.headerHeight = headerHeight(text)
        }
        return (m, grid)
    }
}
