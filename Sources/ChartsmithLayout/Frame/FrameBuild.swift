import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

extension Frame {
    /// Lays the chart out at one step-down level: measures the blocks, places them top to
    /// bottom, has each panel draw and label itself, and stacks the layers into a scene.
    ///
    /// - Parameter extraRight: room kept right of the plot for text marks that would
    ///   otherwise run past the canvas.
    /// - Returns: the scene, and its plot's unclamped size along the sides fitted to the
    ///   canvas (`autosize: "fit"`; infinite along a side that is not fitted).
    func build(_ degrade: Degrade, extraRight: Double = 0) throws -> (Scene, cramped: (plot: Size, fitted: Size)) {
        let (m, grid) = try measure(degrade, grid: self.grid, extraRight: extraRight)
        let pad = m.padding, insets = m.panels.insets
        let orient = legend.orient

        // Place blocks top to bottom.
        let canvasW = m.canvasWidth ?? (m.contentWidth + pad.left + pad.right)
        var y = pad.top
        let left = pad.left
        let text = textLines(width: m.contentWidth, degrade: degrade, reusing: m.text)
        let headerNodes = try header(at: left, top: &y, text)
        var legendOrigin: Point? = nil
        if m.showLegend && orient == "top" {
            legendOrigin = Point(x: left, y: y)
            y += m.legendBox.size.height + legend.gap(legendGap)
        }
        y += insets.titleAbove + insets.top
        let plotLeft = left + (orient == "left" && m.legendBeside ? m.legendBox.size.width + legend.gap(legendGap) : 0) + insets.left
        let area = Rect(x: plotLeft, y: y, width: m.plot.width, height: m.plot.height)
        y = area.maxY + insets.bottom
        if m.showLegend && orient == "bottom" {
            y += legend.gap(legendGap)
            legendOrigin = Point(x: left, y: y)
            y += m.legendBox.size.height
        }
        if m.legendBeside {
            legendOrigin = Point(x: orient == "left" ? left : area.maxX + legend.gap(legendGap) + insets.right + extraRight, y: area.minY)
            // A legend taller than the plot and its axis grows the canvas (Vega-Lite's
            // autosize "pad"), rather than run off its foot.
            if m.showLegend { y = max(y, area.minY + m.legendBox.size.height) }
        }
        if let ch = m.canvasHeight { y = max(y, ch - pad.bottom - m.footerHeight) }
        let footerNodes = footer(at: left, top: &y, text)
        let canvasH = m.canvasHeight ?? (y + pad.bottom)

        // The panels' scales, grid, marks and axes; the legend.
        var drawings = try grid.draw(in: area, measured: m.panels, contentLeft: left, dropAxisTitles: degrade.dropAxisTitles)
        let legendNodes = (legendOrigin.map { m.legendBox.draw(at: $0, kit: kit, theme: theme) } ?? []) + drawings.flatMap(\.legends)

        // Labels that must not collide with anything already placed, most important first.
        var occupancy = Occupancy(canvas: Rect(x: 0, y: 0, width: canvasW.rounded(.up), height: canvasH.rounded(.up)))
        occupancy.add(headerNodes + footerNodes + drawings.flatMap(\.axes) + legendNodes)
        occupancy.add(drawings.flatMap(\.marks).filter { $0.role == .markLabel })
        try grid.label(&drawings, occupancy: &occupancy)

        var scene = Scene(width: canvasW.rounded(.up), height: canvasH.rounded(.up), background: theme.background)
        if let bg = spec.background, let c = CSSColor.parse(bg) { scene.background = c }
        if let fill = theme.viewFill {
            scene.nodes.append(contentsOf: drawings.map { .rect(RectNode(rect: $0.plot, fill: fill, role: .background, name: "view")) })
        }
        scene.nodes.append(.group(GroupNode(children: drawings.flatMap { $0.grid + $0.annotationBack }, role: .grid)))
        if let frame = theme.viewFrame {
            // config.view.stroke: Vega draws the view's frame above the gridlines, under the marks.
            scene.nodes.append(contentsOf: drawings.map { .rect(RectNode(rect: $0.plot, stroke: frame, role: .background, name: "view")) })
        }
        // An interval selection's initial brush, under the marks of the view that defines it.
        let brushes = SelectionBrush.owners(spec.params, panels: grid.panels)
        for (i, d) in drawings.enumerated() where brushes[i] != nil {
            scene.nodes.append(contentsOf: SelectionBrush.nodes(brushes[i] ?? [], x: d.x, y: d.y, plot: d.plot))
        }
        scene.nodes.append(.group(GroupNode(children: drawings.flatMap(\.marks), role: .mark)))
        scene.nodes.append(.group(GroupNode(children: drawings.flatMap(\.axes), role: .axis)))
        scene.nodes.append(.group(GroupNode(children: drawings.flatMap(\.annotationFront), role: .annotation)))
        scene.nodes.append(.group(GroupNode(children: drawings.flatMap(\.labels), role: .markLabel)))
        if !legendNodes.isEmpty { scene.nodes.append(.group(GroupNode(children: legendNodes, role: .legend))) }
        scene.nodes.append(contentsOf: headerNodes)
        scene.nodes.append(contentsOf: footerNodes)
        scene.metadata = SceneMetadata(title: spec.title?.text.joined(separator: " "),
                                       description: spec.description ?? grid.summary(locale: theme.locale))
        if legendOrigin != nil { scene.metadata.warnings += m.legendBox.droppedLabelWarnings }
        return (scene, (m.fittedPlot, Size(width: m.canvasWidth ?? 0, height: m.canvasHeight ?? 0)))
    }
}
