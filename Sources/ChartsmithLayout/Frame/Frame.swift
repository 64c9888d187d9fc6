import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Lays out what surrounds the panels: the title and subtitle, the legend, the source and
/// notes, the padding and autosize, and the step-down (``Degrade``) for cramped canvases.
///
/// It asks its ``PanelGrid`` how much room the panels need around their plots, gives
/// them what is left of the canvas, places them, and stacks what each draws into the
/// scene's layers (grid, marks, axes, annotations, labels), so the layers of a grid of
/// panels stay in the same order as those of one.
struct Frame {
    let spec: ChartSpec
    /// Every view of the chart (the checks read them all).
    let views: [PreparedView]
    /// The views the frame's legend shows (its symbols and titles): all of them, but in a
    /// nested figure only those sharing the figure's legend (``LayerScales/outerViews(_:legends:)``).
    var legendViews: [PreparedView]
    let theme: Theme
    let kit: TextKit
    /// The encodings the legend shows, shared by every panel.
    let shared: SharedScales
    /// Which legend is shown, and on which side.
    var legend: LegendPlan
    /// The legends of a layered view's layers whose scales are their own (``LayerScales``),
    /// set after the view's shared legend, in layer order.
    var layerLegends: [BlockLegend] = []
    /// The panels, in rows and columns.
    let grid: PanelGrid

    // Spacing constants, in points.
    let headerGap = 14.0
    let legendGap = 12.0
    let footerGap = 14.0

    /// Resolves the scales: each position channel's (the panel's), then those the panels
    /// share, then the legend that shows them.
    init(spec: ChartSpec, views: [PreparedView], theme: Theme, kit: TextKit) throws {
        let xr = try PositionResolution.resolve(.x, spec: spec, views: views, theme: theme)
        let yr = try PositionResolution.resolve(.y, spec: spec, views: views, theme: theme)
        let layers = try LayerScales.resolve(spec: spec, views: views, theme: theme, kit: kit)
        let shared = try layers?.shared ?? SharedScales.resolve(views: views, theme: theme, kit: kit)
        var panel = try Panel(spec: spec, views: views, xr: xr, yr: yr, shared: shared, theme: theme, kit: kit)
        panel.layerScales = layers
        try self.init(spec: spec, views: views, shared: shared, theme: theme, kit: kit, grid: PanelGrid(panel))
        layerLegends = layers?.legends ?? []
        // The side and look of the first legend drawn: the shared one's, else the first layer's.
        if !legend.any, let first = layerLegends.first { legend = first.plan }
    }

    /// A frame of its parts: the figure, all its views, the scales its panels share (and
    /// the legend that shows them), and its panels.
    init(spec: ChartSpec, views: [PreparedView], shared: SharedScales, theme: Theme, kit: TextKit, grid: PanelGrid) throws {
        self.spec = spec
        self.views = views
        self.legendViews = views
        self.theme = theme
        self.kit = kit
        self.shared = shared
        self.legend = LegendPlan(shared, theme: theme)
        self.grid = grid
    }

    /// Lays the chart out at the first step-down level where its plot has room, then gives
    /// back, most important first, each part that still fits, and warns of what stays out.
    func layout() throws -> Scene { try laidOut().scene }

    /// ``layout()``'s scene, and how many of its text marks' texts the final overlap check
    /// left out (off the canvas) or found overlapping other text (``TextMarkRoom`` lays such
    /// a chart out again at Vega-Lite's default size).
    func laidOut() throws -> (scene: Scene, lostMarkTexts: Int) {
        var degrade = Degrade()
        let full = try attempt(degrade)
        var best = full
        while !best.fits && degrade.dropped.count < Degrade.max {
            degrade = Degrade(level: degrade.dropped.count + 1)
            best = try attempt(degrade)
        }
        if best.fits, let last = degrade.dropped.max() {
            let minimum = degrade.minimumPlot
            for part in degrade.dropped.sorted(by: >) where part != last {
                var trial = degrade
                trial.dropped.remove(part)
                let t = try attempt(trial, minimum: minimum)
                if t.fits { degrade = trial; best = t }
            }
        }
        var scene = best.scene
        if !degrade.dropped.isEmpty {
            scene.metadata.warnings += DegradeReport.warnings(full: full.scene, drawn: scene, plot: full.plot, fitted: full.fitted)
        }
        let (triaged, overlapping) = TextTriage.triage(scene)
        // Text-mark texts left out (off the canvas) or drawn overlapping other text.
        let lost = TextMarkRoom.markTexts(scene) - TextMarkRoom.markTexts(triaged) + overlapping.count
        var out = AxisOmissions.report(EmptyLayers.report(triaged, drawn: scene, views: views, panels: grid.panels), drawn: scene)
        if let warning = TextMarkRoom.overlapWarning(overlapping) { out.metadata.warnings.append(warning) }
        out.metadata.warnings += PieCheck.warnings(views, theme: theme) + SizeLegendCheck.warnings(views)
            + DomainOverflow.warnings(views, offCanvas: Self.marksOffCanvas(out)) + paletteWarnings
        out.metadata.warnings = Self.collapsed(out.metadata.warnings, panels: grid.panels)
        return (out, lost)
    }

    /// The warnings with each one raised alike by several cells (or views, or layers) given
    /// once, saying how many times: a grid of 24 cells thinning the same axis alike says so
    /// once, not 24 times.
    static func collapsed(_ warnings: [String], panels: [Panel]) -> [String] {
        var counts: [String: Int] = [:]
        for w in warnings { counts[w, default: 0] += 1 }
        var seen = Set<String>()
        let unit = panels.count > 1 ? (panels.contains(where: \.inFacet) ? "cells" : "views") : nil
        return warnings.compactMap { w in
            guard seen.insert(w).inserted else { return nil }
            let n = counts[w] ?? 1
            guard n > 1 else { return w }
            return w + (unit.map { " (the same in \(n) \($0))" } ?? " (\(n) times)")
        }
    }

    /// Colour scales whose colours repeat: the figure's, and each panel's own (a facet's
    /// cells or a concat's views with independent colour scales), each warned of once.
    var paletteWarnings: [String] {
        var seen = Set<String>()
        // A panel drawing with the figure's shared scale is warned of with the figure's
        // (naming every field that shares it), not again for its own field.
        let figure = shared.color
        let own = grid.panels.filter { p in
            guard let c = p.shared.color, let f = figure else { return true }
            return !(c.values == f.values && c.colors == f.colors)
        }
        return (PaletteCheck.warnings(shared.color, views: views)
                + own.flatMap { PaletteCheck.warnings($0.shared.color, views: $0.views) }).filter { seen.insert($0).inserted }
    }

    /// The chart laid out with `degrade`'s parts given up, and whether its plot has room
    /// (at least `minimum`, by default the step-down's own minimum, along fitted sides).
    func attempt(_ degrade: Degrade, minimum: Double? = nil) throws -> (scene: Scene, fits: Bool, plot: Size, fitted: Size) {
        var (scene, cramped) = try build(degrade)
        // Text marks past the right edge (labels at the ends of lines), and marks placed
        // past it (data beyond an explicit, unclamped x domain): widen the chart for them,
        // as Vega-Lite's autosize "pad" does, rather than lose them.
        let over = Self.markTextOverflow(scene)
        if over > 0 { (scene, cramped) = try build(degrade, extraRight: over.rounded(.up) + 1) }
        let least = minimum ?? degrade.minimumPlot
        return (scene, cramped.plot.width >= least && cramped.plot.height >= least, cramped.plot, cramped.fitted)
    }

    /// How far text marks, and marks not clipped (shapes and rectangles with the mark
    /// role, their outline included), reach past the right edge of the canvas. The room for
    /// marks is at most the canvas's own width: a value far past an explicit domain (1e6 on
    /// a domain of 0–10) would otherwise widen the chart past the canvas limit and fail it;
    /// marks still past the edge are counted in ``marksOffCanvas(_:)``'s warning.
    static func markTextOverflow(_ scene: Scene) -> Double {
        var textRight = 0.0, markRight = 0.0
        func visit(_ nodes: [SceneNode], clipped: Bool) {
            for n in nodes {
                switch n {
                case .text(let t) where t.role == .markLabel: textRight = max(textRight, t.bounds.maxX)
                case .path(let p) where p.role == .mark && !clipped:
                    if let b = p.path.bounds { markRight = max(markRight, b.maxX + (p.stroke?.width ?? 0) / 2) }
                case .rect(let r) where r.role == .mark && !clipped:
                    markRight = max(markRight, r.rect.maxX + (r.stroke?.width ?? 0) / 2)
                case .group(let g) where g.role == .mark: visit(g.children, clipped: clipped || g.clip != nil)
                default: break
                }
            }
        }
        visit(scene.nodes, clipped: false)
        return max(0, textRight - scene.width, min(markRight - scene.width, scene.width))
    }

    /// How many marks (shapes and rectangles with the mark role, outside clipped groups)
    /// lie wholly off the canvas: past its left, top or bottom edge, where no room is made,
    /// or past its right edge beyond the room ``markTextOverflow(_:)`` makes.
    static func marksOffCanvas(_ scene: Scene) -> Int {
        var count = 0
        func visit(_ nodes: [SceneNode]) {
            for n in nodes {
                var box: Rect?
                switch n {
                case .path(let p) where p.role == .mark: box = p.path.bounds
                case .rect(let r) where r.role == .mark: box = r.rect
                case .group(let g) where g.role == .mark && g.clip == nil: visit(g.children)
                default: break
                }
                if let b = box, b.maxX < 0 || b.maxY < 0 || b.minY > scene.height || b.minX > scene.width { count += 1 }
            }
        }
        visit(scene.nodes)
        return count
    }

    /// A size given in points (not a step, nor "container").
    static func points(_ s: SizeSpec?) -> Double? { if case .points(let p) = s { return p } else { return nil } }
}
