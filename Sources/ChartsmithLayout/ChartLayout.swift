import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Lays a chart out and builds its scene: header (title and subtitle), legend, axes with
/// measured labels, marks and footer (source and notes).
///
/// With `autosize: "fit"` the spec's width and height are the whole canvas and the plot
/// takes what is left; with `"pad"` (Vega-Lite's default) they are the plot's size and
/// the canvas grows around it.
public struct ChartLayout: Sendable {
    public var theme: Theme
    public var measurer: TextMeasurer

    public init(theme: Theme = .briefing, measurer: TextMeasurer) {
        self.theme = theme
        self.measurer = measurer
    }

    /// Builds the scene for a spec whose views have been prepared by the data stage.
    public func layout(_ spec: ChartSpec, views: [PreparedView]) throws -> Scene {
        try ChartBuilder(spec: spec, views: views, theme: theme.applying(spec.config), kit: TextKit(measurer: measurer)).build()
    }
}

/// One chart being laid out.
struct ChartBuilder {
    let spec: ChartSpec
    let views: [PreparedView]
    let theme: Theme
    let kit: TextKit

    // Spacing constants, in points.
    let headerGap = 14.0
    let legendGap = 12.0
    let tickLength = 5.0
    let labelPad = 4.0
    let titlePad = 6.0
    let footerGap = 14.0

    /// What a cramped canvas gives up, in order, so what remains never overlaps.
    struct Degrade: Comparable {
        var level = 0
        static func < (a: Degrade, b: Degrade) -> Bool { a.level < b.level }
        var dropNotes: Bool { level >= 1 }
        var dropSubtitle: Bool { level >= 2 }
        var dropLegend: Bool { level >= 3 }
        var dropAxisTitles: Bool { level >= 3 }
        var dropSource: Bool { level >= 4 }
        var dropTitle: Bool { level >= 5 }
        static let max = 5
    }

    func build() throws -> Scene {
        var degrade = Degrade()
        while true {
            var (scene, cramped) = try build(degrade)
            // Text marks past the right edge (labels at the ends of lines): widen the chart
            // for them, as Vega-Lite's autosize does, rather than lose them.
            let over = Self.markTextOverflow(scene)
            if over > 0 { (scene, cramped) = try build(degrade, extraRight: over.rounded(.up) + 1) }
            if !cramped || degrade.level >= Degrade.max { return EmptyLayers.report(finish(scene), drawn: scene, views: views) }
            degrade.level += 1
        }
    }

    /// Smallest plot side, in points, before decorations are given up.
    var minimumPlot: Double { 40 }

    /// How far text marks reach past the right edge of the canvas.
    static func markTextOverflow(_ scene: Scene) -> Double {
        var right = 0.0
        func visit(_ nodes: [SceneNode]) {
            for n in nodes {
                switch n {
                case .text(let t) where t.role == .markLabel: right = max(right, t.bounds.maxX)
                case .group(let g) where g.role == .mark: visit(g.children)
                default: break
                }
            }
        }
        visit(scene.nodes)
        return max(0, right - scene.width)
    }

    func build(_ degrade: Degrade, extraRight: Double = 0) throws -> (Scene, cramped: Bool) {
        // Each position channel's scales and axes, as `resolve` shares them; the first
        // scale sizes the plot and places annotations.
        let xr = try PositionResolution.resolve(.x, spec: spec, views: views, theme: theme)
        let yr = try PositionResolution.resolve(.y, spec: spec, views: views, theme: theme)
        let xd = xr.primary, yd = yr.primary
        let independent = xr.independent || yr.independent
        let color = try ColorScale.resolve(views: views, theme: theme)
        let dash = DashScale.resolve(views: views)
        let shapes = ShapeScale.resolve(views: views)
        let autosize = spec.autosize ?? theme.autosize
        let pad = spec.padding ?? theme.resolvedPadding
        let opacityLegend = OpacityLegendScale.resolve(views: views, builder: MarkBuilder(
            views: views, x: nil, y: nil, color: color, dash: dash, theme: theme, kit: kit, plot: Rect(x: 0, y: 0, width: 0, height: 0)))
        let legendSpec = color?.def.legend ?? dash?.def.legend ?? shapes?.def.legend ?? opacityLegend?.def.legend
        // Corner orients (Vega-Lite draws those legends inside the plot's corner) are set
        // above or below the plot, clear of the marks; "none" (placed by legendX/legendY)
        // takes the style's place. The legend is never silently left out.
        let legendOrient: String = {
            switch legendSpec?.orient ?? theme.legendOrient {
            case "top-left", "top-right": return "top"
            case "bottom-left", "bottom-right": return "bottom"
            case "none": return theme.legendOrient
            case let o: return o
            }
        }()
        var showLegend = (color != nil || dash != nil || shapes != nil) && !(legendSpec?.disabled ?? false)
            && !(color?.identity ?? false) && !degrade.dropLegend
        // A quantitative opacity has its own legend, as in Vega-Lite; Chartsmith draws one
        // legend, so beside another it is an error rather than an unexplained encoding.
        if opacityLegend != nil && (color != nil || dash != nil || shapes != nil) && !(legendSpec?.disabled ?? false) && !(color?.identity ?? false) {
            throw LayoutError("a legend for a quantitative opacity beside another legend (two legends) is not supported by Chartsmith; "
                              + "set the opacity's \"legend\" to null to draw it without one")
        }
        let opacityOnly = opacityLegend != nil && !showLegend && !degrade.dropLegend && color == nil && dash == nil && shapes == nil
        if opacityOnly { showLegend = true }

        // 1. Plot size (pad) or canvas size (fit).
        func discreteSize(_ d: PositionDomain?, _ s: SizeSpec?) -> Double? {
            guard let d, d.discrete else { return nil }
            var step = theme.defaultStep
            // The default step, and a step "for": "offset", apply to each grouped (offset) band.
            var perOffset = true
            if case .step(let st) = s {
                step = st
                perOffset = d.channel == .x ? spec.widthStepForOffset : spec.heightStepForOffset
            } else if s != nil { return nil }
            step = d.positionStep(step, perOffset: perOffset)
            let n = Double(d.values.count)
            return d.band ? step * max(1, n - d.paddingInner + 2 * d.paddingOuter) : step * max(1, n - 1 + 2 * d.paddingOuter)
        }
        func points(_ s: SizeSpec?) -> Double? { if case .points(let p) = s { return p } else { return nil } }
        let fitWidth = autosize == .fit && discreteSize(xd, spec.width) == nil || (autosize == .fit && points(spec.width) != nil)
        let fitHeight = autosize == .fit && discreteSize(yd, spec.height) == nil || (autosize == .fit && points(spec.height) != nil)

        var plotW = discreteSize(xd, spec.width) ?? points(spec.width) ?? (xd == nil ? theme.defaultStep : theme.defaultPlot.width)
        var plotH = discreteSize(yd, spec.height) ?? points(spec.height) ?? (yd == nil ? theme.defaultStep : theme.defaultPlot.height)
        let canvasW0 = fitWidth ? (points(spec.width) ?? theme.defaultCanvas.width) : nil
        let canvasH0 = fitHeight ? (points(spec.height) ?? theme.defaultCanvas.height) : nil
        let innerW0 = canvasW0.map { $0 - pad.left - pad.right }

        // Direct labels replace the legend for lines; value labels may need room beyond bars.
        // (Not beside independent axes: a line's end label would not say which axis it reads on.)
        let direct = degrade.dropLegend || independent ? nil
            : DirectLabels.plan(views: views, color: color, theme: theme, kit: kit, maxWidth: (innerW0 ?? 600) * 0.3)
        if direct != nil && legendSpec?.orient == nil { showLegend = false }
        let rightReserve = max(direct?.reserve ?? 0, try barLabelReserve(horizontal: true))
        let topReserve = try barLabelReserve(horizontal: false)
        let textOverhang = textMarkOverhang()

        // 2. Measure decorations. Axis sizes depend on the plot size and vice versa, so solve
        //    a few times.
        var yAxis = AxisGeometry(), xAxis = AxisGeometry(), yRight = AxisGeometry(), xTop = AxisGeometry()
        let leftAxis = yr.axes.first { $0.side == .left }, rightAxis = yr.axes.first { $0.side == .right }
        let bottomAxis = xr.axes.first { $0.side == .bottom }, topAxis = xr.axes.first { $0.side == .top }
        // Two y axes set their titles above the plot side by side, each in half the width.
        let titleShare = leftAxis != nil && rightAxis != nil ? 0.5 : 1
        // Beside the plot: right of it (a right axis, labels past the bars' ends), and above
        // it (the top labels' overhang, a top axis, labels above the bars), under the
        // y-axis titles set above the plot.
        var rightSpace = 0.0, titleAbove = 0.0, overTop = 0.0, topSpace = 0.0
        let rightLegend = showLegend && (legendOrient == "right" || legendOrient == "left")
        var legendBox = LegendBox.empty
        var contentW = 0.0
        var headerH = 0.0, footerH = 0.0
        for _ in 0..<3 {
            if let a = leftAxis { yAxis = try measureAxis(a.domain, length: plotH, crossLength: plotW, vertical: true, availableWidth: innerW0 ?? (plotW + 400), dropTitle: degrade.dropAxisTitles, titleShare: titleShare) }
            if let a = rightAxis { yRight = try measureAxis(a.domain, length: plotH, crossLength: plotW, vertical: true, availableWidth: innerW0 ?? (plotW + 400), dropTitle: degrade.dropAxisTitles, titleShare: titleShare) }
            if let a = bottomAxis { xAxis = try measureAxis(a.domain, length: plotW, crossLength: plotH, vertical: false, availableWidth: 0, dropTitle: degrade.dropAxisTitles) }
            if let a = topAxis { xTop = try measureAxis(a.domain, length: plotW, crossLength: plotH, vertical: false, availableWidth: 0, dropTitle: degrade.dropAxisTitles) }
            rightSpace = max(xAxis.overhangRight, xTop.overhangRight, yRight.thickness + rightReserve)
            titleAbove = max(yAxis.titleAbove, yRight.titleAbove)
            // Text marks set above the plot sit between it and a top axis.
            overTop = max(yAxis.overhangTop, yRight.overhangTop, xTop.thickness + textOverhang)
            topSpace = max(overTop, topReserve + xTop.thickness + (topAxis != nil ? textOverhang : 0))
            if showLegend {
                let maxW = innerW0 ?? max(plotW + yAxis.thickness, 240)
                legendBox = LegendBox.measure(color: color, dash: dash, shapes: shapes, opacity: opacityOnly ? opacityLegend : nil,
                                              views: views, theme: theme, kit: kit,
                                              vertical: rightLegend, maxWidth: rightLegend ? 200 : maxW)
            }
            let legendW = rightLegend ? legendBox.size.width + legendGap : 0
            if let iw = innerW0 {
                plotW = iw - yAxis.thickness - legendW - rightSpace - extraRight
                contentW = iw
            } else {
                contentW = yAxis.thickness + plotW + legendW + rightSpace + extraRight
                // A legend above or below a narrow plot widens the canvas rather than lose
                // the entries that do not fit (as Vega-Lite's autosize "pad" grows for guides).
                if showLegend && !rightLegend { contentW = max(contentW, legendBox.size.width) }
            }
            headerH = headerHeight(width: max(contentW, 10), degrade: degrade)
            footerH = footerHeight(width: max(contentW, 10), degrade: degrade)
            if let ch = canvasH0 {
                let legendH = showLegend && !rightLegend ? legendBox.size.height + legendGap : 0
                let rightH = rightLegend ? legendBox.size.height : 0
                plotH = max(rightH, ch - pad.top - pad.bottom - headerH - footerH - legendH - titleAbove
                            - xAxis.thickness - topSpace)
            }
        }
        let cramped = (fitWidth && plotW < minimumPlot) || (fitHeight && plotH < minimumPlot)
        plotW = max(plotW, 10)
        plotH = max(plotH, 10)
        // In pad mode, long titles may widen the canvas up to a readable measure.
        if canvasW0 == nil {
            let natural = titleNaturalWidth(degrade: degrade)
            contentW = max(contentW, min(natural, max(contentW, 480)))
            headerH = headerHeight(width: contentW, degrade: degrade)
        }

        // 3. Place blocks top to bottom.
        let canvasW = canvasW0 ?? (contentW + pad.left + pad.right)
        var y = pad.top
        let left = pad.left
        let headerNodes = header(at: left, top: &y, width: contentW, degrade: degrade)
        var legendOrigin: Point? = nil
        if showLegend && legendOrient == "top" {
            legendOrigin = Point(x: left, y: y)
            y += legendBox.size.height + legendGap
        }
        y += titleAbove + topSpace
        let plotLeft = left + (legendOrient == "left" && rightLegend ? legendBox.size.width + legendGap : 0) + yAxis.thickness
        let plot = Rect(x: plotLeft, y: y, width: plotW, height: plotH)
        y = plot.maxY + xAxis.thickness
        if showLegend && legendOrient == "bottom" {
            y += legendGap
            legendOrigin = Point(x: left, y: y)
            y += legendBox.size.height
        }
        if rightLegend {
            legendOrigin = Point(x: legendOrient == "left" ? left : plot.maxX + legendGap + rightSpace + extraRight, y: plot.minY)
        }
        if let ch = canvasH0 { y = max(y, ch - pad.bottom - footerH) }
        let footerNodes = footer(at: left, top: &y, width: contentW, degrade: degrade)
        let canvasH = canvasH0 ?? (y + pad.bottom)

        // 4. Scales, grid, marks, axes.
        let xScales = xr.domains.map { PositionScale($0, range: (plot.minX, plot.maxX), tickCount: tickCount($0, length: plot.width, vertical: false), niceToTicks: theme.niceToTicks) }
        let yScales = yr.domains.map { d -> PositionScale in
            let range = d.discrete ? (plot.minY, plot.maxY) : (plot.maxY, plot.minY)
            return PositionScale(d, range: range, tickCount: tickCount(d, length: plot.height, vertical: true), niceToTicks: theme.niceToTicks)
        }
        let xs = xScales.first, ys = yScales.first
        var grid: [SceneNode] = []
        var axes: [SceneNode] = []
        for (r, vertical) in [(yr, true), (xr, false)] {
            for a in r.axes where !a.domain.axis.disabled {
                // The marks' own scale, shown with this axis's settings and title.
                var s = (vertical ? yScales : xScales)[a.scale]
                s.domain = a.domain
                var g = switch a.side { case .left: yAxis; case .right: yRight; case .bottom: xAxis; case .top: xTop }
                if vertical { g.overhangTop = overTop }
                if a.side == .top { g.overhangTop = textOverhang }
                let (gr, ax) = try drawAxis(s, plot: plot, vertical: vertical, geometry: g, contentLeft: left, dropTitle: degrade.dropAxisTitles,
                                            side: a.side, primary: a.primary)
                grid += gr
                axes += ax
            }
        }
        // One mark builder per run of views on the same scales (one, unless a channel is
        // resolved independently).
        var builders: [MarkBuilder] = []
        if !independent {
            builders = [MarkBuilder(views: views, x: xs, y: ys, color: color, dash: dash, theme: theme, kit: kit, plot: plot, shapes: shapes)]
        } else {
            var start = 0
            for i in views.indices where i + 1 == views.count || xr.scaleOf[i + 1] != xr.scaleOf[i] || yr.scaleOf[i + 1] != yr.scaleOf[i] {
                var b = MarkBuilder(views: Array(views[start...i]), x: xr.scaleOf[i].map { xScales[$0] }, y: yr.scaleOf[i].map { yScales[$0] },
                                    color: color, dash: dash, theme: theme, kit: kit, plot: plot, shapes: shapes)
                b.firstLayer = start
                builders.append(b)
                start = i + 1
            }
        }
        let builder = builders[0]
        let marks = try builders.flatMap { try $0.build() }
        let legendNodes = legendOrigin.map { legendBox.draw(at: $0, kit: kit, theme: theme) } ?? []

        // 5. Labels that must not collide with anything already placed, most important first.
        var occupancy = Occupancy(canvas: Rect(x: 0, y: 0, width: canvasW.rounded(.up), height: canvasH.rounded(.up)))
        occupancy.add(headerNodes + footerNodes + axes + legendNodes)
        occupancy.add(marks.filter { $0.role == .markLabel })
        let annotationLayer = AnnotationLayer(annotations: spec.annotations, x: xs, y: ys, plot: plot, theme: theme, kit: kit)
        let annotationBack = try annotationLayer.background()
        var labels: [SceneNode] = []
        if let direct { labels += direct.place(builder: builder, plot: plot, kit: kit, theme: theme, occupancy: &occupancy) }
        let annotationFront = try annotationLayer.foreground(occupancy: &occupancy)
        if theme.valueLabels {
            // Each run of views labelled on its own scales; bars carry no value labels
            // beside a text layer anywhere in the chart.
            let textLayer = views.contains { $0.mark.type == .text }
            let obstacles = MarkObstacles(layers: marks)
            for b in builders where !textLayer {
                labels += try ValueLabeller(builder: b, theme: theme, kit: kit, locale: theme.locale, obstacles: obstacles).barLabels(occupancy: &occupancy)
            }
            // A line's point values stay off the bars of another layer (bar and line charts),
            // where they would be hard to read.
            if views.contains(where: { $0.mark.type == .line && $0.mark.point }) {
                for r in Self.barRects(marks) { occupancy.add(r) }
            }
            for b in builders {
                labels += try ValueLabeller(builder: b, theme: theme, kit: kit, locale: theme.locale, obstacles: obstacles).pointLabels(occupancy: &occupancy)
            }
        }
        if views.allSatisfy({ $0.table.rows.isEmpty }) {
            let note = kit.node("No data", at: Point(x: plot.midX, y: plot.midY), font: theme.axisLabelFont,
                                color: theme.mutedTextColor, align: .center, baseline: .middle, role: .notes)
            if occupancy.place(note) { labels.append(.text(note)) }
        }

        var scene = Scene(width: canvasW.rounded(.up), height: canvasH.rounded(.up), background: theme.background)
        if let bg = spec.background, let c = CSSColor.parse(bg) { scene.background = c }
        scene.nodes.append(.group(GroupNode(children: grid + annotationBack, role: .grid)))
        scene.nodes.append(.group(GroupNode(children: marks, role: .mark)))
        scene.nodes.append(.group(GroupNode(children: axes, role: .axis)))
        scene.nodes.append(.group(GroupNode(children: annotationFront, role: .annotation)))
        scene.nodes.append(.group(GroupNode(children: labels, role: .markLabel)))
        if !legendNodes.isEmpty { scene.nodes.append(.group(GroupNode(children: legendNodes, role: .legend))) }
        scene.nodes.append(contentsOf: headerNodes)
        scene.nodes.append(contentsOf: footerNodes)
        scene.metadata = SceneMetadata(title: spec.title?.text.joined(separator: " "),
                                       description: spec.description ?? AltText.summary(
                                           spec: spec, views: views, x: xd, y: yd, color: color, locale: theme.locale,
                                           secondAxes: (yr.axes + xr.axes).filter { !$0.primary && !$0.domain.axis.disabled }.map {
                                               "\($0.domain.title ?? $0.channelName) on a second axis, at the \($0.side.rawValue)"
                                           }))
        return (scene, cramped)
    }

    /// The boxes of the bars among the marks (layers named "layer N bar").
    static func barRects(_ marks: [SceneNode]) -> [Rect] {
        var out: [Rect] = []
        func visit(_ nodes: [SceneNode]) {
            for n in nodes {
                switch n {
                case .rect(let r): out.append(r.rect)
                case .group(let g): visit(g.children)
                default: break
                }
            }
        }
        for case .group(let g) in marks where g.name?.hasSuffix(" bar") == true { visit(g.children) }
        return out
    }

    /// Room above the plot that text marks placed there by a mark position (`"y": -5`,
    /// as Vega-Lite's layered weather chart labels its columns) need, so the y-axis title
    /// set above the plot goes above them rather than over them.
    func textMarkOverhang() -> Double {
        var reserve = 0.0
        for v in views where v.mark.type == .text {
            guard case .points(let y)? = v.mark.y, y < 0 else { continue }
            var font = theme.valueLabelFont
            if let s = v.mark.fontSize { font.size = s }
            let below = MarkBuilder.baseline(v.mark.baseline) == .bottom ? 0.0 : kit.lineHeight(font)
            reserve = max(reserve, -y - (v.mark.dy ?? 0) + kit.lineHeight(font) - below + 2)
        }
        return reserve
    }

    /// Room the bar labels need beyond the plot: to the right of horizontal bars
    /// (`horizontal`), or above vertical ones.
    func barLabelReserve(horizontal: Bool) throws -> Double {
        guard theme.valueLabels else { return 0 }
        var reserve = 0.0
        for v in views where v.mark.type == .bar && v.table.rows.count <= ValueLabeller.maxBars {
            let isHorizontal = v.semantics.valueChannel == .x
            guard isHorizontal == horizontal, let f = v.encoding[v.semantics.valueChannel]?.outputField else { continue }
            if v.semantics.stack?.offset == .normalize { continue }
            let format = try ValueLabeller(builder: MarkBuilder(views: [], x: nil, y: nil, color: nil, dash: nil, theme: theme, kit: kit, plot: .init(x: 0, y: 0, width: 0, height: 0)),
                                           theme: theme, kit: kit, locale: theme.locale).formatter(v)
            var font = theme.valueLabelFont
            font.weight = .bold
            var biggest = 0.0
            if v.semantics.stack != nil, let gf = v.encoding[v.semantics.groupChannel]?.outputField {
                for g in Aggregation.group(v.table.rows, by: [gf]) {
                    biggest = max(biggest, g.rows.reduce(0) { $0 + max(0, $1[f].number ?? 0) })
                }
            } else {
                biggest = v.table.rows.compactMap { $0[f].number }.max() ?? 0
            }
            let m = kit.measure(format(biggest), font)
            reserve = max(reserve, horizontal ? m.width + 8 : m.height + 4)
        }
        return reserve
    }

    /// The last line of defence: drops any text that overlaps more important text or
    /// leaves the canvas. Layout tries never to need it.
    func finish(_ scene: Scene) -> Scene {
        let priority: [Role: Int] = [
            .title: 0, .subtitle: 1, .source: 2, .axisLabel: 3, .legendLabel: 4, .legendTitle: 4, .directLabel: 4,
            .axisTitle: 5, .notes: 6, .annotation: 7, .total: 8, .markLabel: 9,
        ]
        let texts = scene.texts.sorted { (priority[$0.role] ?? 10) < (priority[$1.role] ?? 10) }
        var keep = Occupancy(canvas: scene.bounds)
        keep.gap = 0
        var dropped = Set<TextNode>()
        for t in texts where !keep.place(t) { dropped.insert(t) }
        guard !dropped.isEmpty else { return scene }
        var out = scene
        func filter(_ nodes: [SceneNode]) -> [SceneNode] {
            nodes.compactMap { n in
                switch n {
                case .text(let t): return dropped.contains(t) ? nil : n
                case .group(var g): g.children = filter(g.children); return .group(g)
                default: return n
                }
            }
        }
        out.nodes = filter(out.nodes)
        return out
    }

    // MARK: Header and footer

    func titleNaturalWidth(degrade: Degrade) -> Double {
        var w = 0.0
        if !degrade.dropTitle { for l in spec.title?.text ?? [] { w = max(w, kit.width(l, theme.titleFont)) } }
        if !degrade.dropSubtitle { for l in spec.title?.subtitle ?? [] { w = max(w, kit.width(l, theme.subtitleFont)) } }
        return w
    }

    func headerLines(width: Double, degrade: Degrade) -> [(String, FontDescriptor, Role)] {
        var out: [(String, FontDescriptor, Role)] = []
        if !degrade.dropTitle {
            for l in spec.title?.text ?? [] {
                for w in kit.wrap(l, font: theme.titleFont, maxWidth: width) { out.append((w, theme.titleFont, .title)) }
            }
        }
        if !degrade.dropSubtitle {
            for l in spec.title?.subtitle ?? [] {
                for w in kit.wrap(l, font: theme.subtitleFont, maxWidth: width) { out.append((w, theme.subtitleFont, .subtitle)) }
            }
        }
        return out
    }

    func headerHeight(width: Double, degrade: Degrade) -> Double {
        let lines = headerLines(width: width, degrade: degrade)
        guard !lines.isEmpty else { return 0 }
        return lines.reduce(0) { $0 + kit.lineHeight($1.1) * lineSpacing($1.2) } + headerGap
    }

    func lineSpacing(_ role: Role) -> Double { role == .title ? 1.15 : 1.2 }

    func header(at x: Double, top y: inout Double, width: Double, degrade: Degrade) -> [SceneNode] {
        let lines = headerLines(width: width, degrade: degrade)
        guard !lines.isEmpty else { return [] }
        var out: [SceneNode] = []
        var prevRole: Role? = nil
        for (text, font, role) in lines {
            if prevRole == .title && role == .subtitle { y += 2 }
            let color = role == .title ? theme.titleColor : theme.subtitleColor
            out.append(.text(kit.node(text, at: Point(x: x, y: y), font: font, color: color, role: role)))
            y += kit.lineHeight(font) * lineSpacing(role)
            prevRole = role
        }
        y += headerGap
        return out
    }

    func footerLines(width: Double, degrade: Degrade) -> [(String, Role)] {
        var out: [(String, Role)] = []
        if let s = spec.source, !degrade.dropSource {
            for w in kit.wrap(s, font: theme.footerFont, maxWidth: width) { out.append((w, .source)) }
        }
        if !degrade.dropNotes {
            for n in spec.notes {
                for w in kit.wrap(n, font: theme.footerFont, maxWidth: width) { out.append((w, .notes)) }
            }
        }
        return out
    }

    func footerHeight(width: Double, degrade: Degrade) -> Double {
        let lines = footerLines(width: width, degrade: degrade)
        guard !lines.isEmpty else { return 0 }
        return footerGap + Double(lines.count) * kit.lineHeight(theme.footerFont) * 1.2
    }

    func footer(at x: Double, top y: inout Double, width: Double, degrade: Degrade) -> [SceneNode] {
        let lines = footerLines(width: width, degrade: degrade)
        guard !lines.isEmpty else { return [] }
        y += footerGap
        var out: [SceneNode] = []
        for (text, role) in lines {
            out.append(.text(kit.node(text, at: Point(x: x, y: y), font: theme.footerFont, color: theme.footerColor, role: role)))
            y += kit.lineHeight(theme.footerFont) * 1.2
        }
        return out
    }
}
