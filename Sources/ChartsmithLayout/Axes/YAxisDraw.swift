import Foundation
import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

extension Panel {
    /// A y axis's ticks, labels (thinned where they collide) and title, left of the plot or,
    /// on a right axis, mirrored right of it.
    func verticalAxis(_ pen: AxisPen) -> [SceneNode] {
        let (s, d, plot, g, far, labelFont, sw) = (pen.scale, pen.scale.domain, pen.plot, pen.geometry, pen.far, pen.labelFont, pen.switches)
        let (tickLength, labelPad, ticks, tickDash, axisStroke) = (pen.tickLength, pen.labelPad, pen.ticks, pen.tickDash, pen.stroke)
        let (lh, ticksOn, contentLeft, dropTitle) = (pen.lineHeight, pen.ticksOn, pen.contentLeft, pen.dropTitle)
        var axis: [SceneNode] = []
        // A right axis mirrors a left one: ticks out to the right, labels after them.
        let labelX = far ? plot.maxX + (ticksOn ? tickLength : 0) + labelPad : plot.minX - (ticksOn ? tickLength : 0) - labelPad
        var kept = ticks.indices.map { $0 }
        // Turned labels (the axis's `labelAngle`), one line each, thinned by their turned boxes.
        let turned: [TextNode]? = g.labelAngle == 0 ? nil : ticks.enumerated().map { i, t in
            let x = labelX + (t.padding.map { ($0 - labelPad) * (far ? 1 : -1) } ?? 0)
            return turnedYLabel(t, at: Point(x: x, y: t.position + (t.offset ?? sw.labelOffset ?? 0)), font: t.font ?? labelFont,
                                angle: g.labelAngle, far: far, switches: sw, color: pen.labelColors?[i] ?? pen.ink.labelColor)
        }
        if let turned {
            // (A discrete axis keeps every label, as level.)
            let sep = Self.labelSeparation(d, fallback: 0)
            if !d.discrete {
                kept = Self.thin(kept, strategy: Self.overlapStrategy(d), rank: timeRank(s, ticks)) { a, b in
                    turned[a].overlaps(turned[b], separation: sep)
                }
            }
        } else if !d.discrete {
            let sep = Self.labelSeparation(d, fallback: 1)
            kept = Self.thin(kept, strategy: Self.overlapStrategy(d), rank: timeRank(s, ticks)) { a, b in
                let ha = ticks[a].font.map(kit.lineHeight) ?? lh, hb = ticks[b].font.map(kit.lineHeight) ?? lh
                return abs(ticks[a].position - ticks[b].position) < (ha + hb) / 2 + sep
            }
        }
        // labelAlign: right-aligned to the ticks by default; left or centred in the
        // column of labels.
        // (On a right axis: left-aligned after the ticks by default.)
        // (A label's own `labelAlign` and `labelPadding` under conditional looks.)
        func placement(_ t: AxisTick) -> (TextNode.Align, Double) {
            let x = labelX + (t.padding.map { ($0 - labelPad) * (far ? 1 : -1) } ?? 0)
            return switch (far, t.align ?? sw.labelAlign) {
            case (true, "right"): (.end, x + g.labelWidth)
            case (true, "center"): (.center, x + g.labelWidth / 2)
            case (true, _): (.start, x)
            case (false, "left"): (.start, x - g.labelWidth)
            case (false, "center"): (.center, x - g.labelWidth / 2)
            default: (.end, x)
            }
        }
        // Conditional looks: every tick mark drawn, whether or not its label is; else a
        // tick beside each label kept.
        let conditional = pen.markStrokes != nil || pen.labelColors != nil || pen.markSizes != nil
        func tickMark(_ t: AxisTick, _ stroke: Stroke, length: Double? = nil) {
            let size = length ?? tickLength, edge = far ? plot.maxX : plot.minX
            axis.append(.path(PathNode(path: .polyline([Point(x: far ? edge + size : edge - size, y: t.position),
                                                         Point(x: edge, y: t.position)]),
                                       stroke: stroke, role: .axisTick)))
        }
        if ticksOn && conditional {
            for (i, t) in pen.marks.enumerated() {
                var stroke = pen.markStrokes?[i] ?? axisStroke
                if let dash = tickDash?[i] { stroke.dash = dash }
                tickMark(t, stroke, length: pen.markSizes?[i] ?? tickLength)
            }
        }
        for i in kept {
            let t = ticks[i]
            if ticksOn && !conditional {
                var stroke = axisStroke
                if let dash = tickDash?[i] { stroke.dash = dash }
                tickMark(t, stroke)
            }
            if let turned {
                axis.append(.text(turned[i]))
                continue
            }
            let lines = d.discrete && i < g.bandLines.count ? g.bandLines[i] : Self.lines(t.text)
            let tf = t.font ?? labelFont, tlh = t.font.map(kit.lineHeight) ?? lh
            let (yAlign, yLabelX) = placement(t)
            let place = t.position + (t.offset ?? sw.labelOffset ?? 0)
            // Centred on the tick (or flush), or, under a label's own `labelBaseline`, with
            // that line of it at the tick.
            let own = (t.baseline ?? sw.labelBaseline).flatMap { LabelBaseline($0, lines: lines.count, lineHeight: tlh, fontSize: tf.size) }
            let rise = LabelPlacement.rise(tick: t.position, height: Double(lines.count) * tlh, lo: plot.minY, hi: plot.maxY, switches: sw)
            let first = own.map { place + $0.firstLine } ?? place - rise
            for (k, l) in lines.enumerated() {
                axis.append(.text(kit.node(l, at: Point(x: yLabelX, y: first + Double(k) * tlh), font: tf,
                                           color: pen.labelColors?[i] ?? pen.ink.labelColor, align: yAlign,
                                           baseline: own?.baseline ?? .top, role: .axisLabel)))
            }
        }
        if showsTitle(d, dropTitle: dropTitle), let title = d.title {
            let ink = pen.ink, font = ink.titleFont
            if !g.titleTurned {
                let tlh = kit.lineHeight(font)
                let lines = g.titleLines.isEmpty ? [title] : g.titleLines
                let bottom = plot.minY - g.overhangTop - ink.titlePad
                // Left: from the chart's left edge; right: ending at the right axis's edge;
                // or as titleAnchor asks, over the plot.
                let rightEdge = plot.maxX + g.thickness
                for (k, line) in lines.enumerated() {
                    let text = kit.truncate(line, font: font, maxWidth: max(20, far ? rightEdge - plot.minX : plot.maxX - contentLeft))
                    let y = bottom - Double(lines.count - 1 - k) * tlh
                    let (x, align): (Double, TextNode.Align) = switch (ink.titleAnchor, far) {
                    case ("middle", _): (plot.midX, .center)
                    case ("end", false): (plot.maxX, .end)
                    case ("start", true): (plot.minX, .start)
                    case (_, true): (rightEdge, .end)
                    case (_, false): (contentLeft, .start)
                    }
                    axis.append(.text(kit.node(text, at: Point(x: x, y: y), font: font,
                                               color: ink.titleColor, align: align, baseline: .bottom, role: .axisTitle)))
                }
            } else {
                // Turned up the left side, or down the right side as Vega-Lite sets a right
                // axis's title; titleAnchor "start" at the bottom, "end" at the top.
                let x = far ? labelX + g.labelWidth + ink.titlePad : labelX - g.labelWidth - ink.titlePad
                let (y, align): (Double, TextNode.Align) = switch (ink.titleAnchor, far) {
                case ("start", false): (plot.maxY, .start)
                case ("end", false): (plot.minY, .end)
                case ("start", true): (plot.maxY, .end)
                case ("end", true): (plot.minY, .start)
                default: (plot.midY, .center)
                }
                // A title given as lines: the last beside the labels, the ones before it
                // farther out, as Vega stacks a turned title's lines above its baseline.
                let lines = g.titleLines.count > 1 && d.explicitTitleLines != nil ? g.titleLines : [g.titleLines.first ?? title]
                let tlh = kit.lineHeight(font)
                for (k, line) in lines.enumerated() {
                    let text = kit.truncate(line, font: font, maxWidth: plot.height)
                    let out = Double(lines.count - 1 - k) * tlh * (far ? 1 : -1)
                    axis.append(.text(kit.node(text, at: Point(x: x + out, y: y), font: font, color: ink.titleColor, align: align,
                                               baseline: .bottom, angle: far ? 90 : -90, role: .axisTitle)))
                }
            }
        }
        return axis
    }
}
