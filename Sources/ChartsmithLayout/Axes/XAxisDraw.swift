import Foundation
import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

extension Panel {
    /// An x axis's ticks, labels (wrapped, turned, or thinned at a regular step where they
    /// collide) and title, below the plot or, on a top axis, mirrored above it.
    func horizontalAxis(_ pen: AxisPen) -> [SceneNode] {
        let (s, d, plot, g, far, labelFont, sw) = (pen.scale, pen.scale.domain, pen.plot, pen.geometry, pen.far, pen.labelFont, pen.switches)
        let (tickLength, labelPad, ticks, tickDash, axisStroke) = (pen.tickLength, pen.labelPad, pen.ticks, pen.tickDash, pen.stroke)
        let (lh, ticksOn, contentLeft, dropTitle) = (pen.lineHeight, pen.ticksOn, pen.contentLeft, pen.dropTitle)
        var axis: [SceneNode] = []
        let labelY = plot.maxY + (ticksOn ? tickLength : 0) + labelPad
        // Each tick's label lines, flush at the ends of a continuous axis, or turned.
        var labelNodes: [[TextNode]] = []
        for (i, t) in ticks.enumerated() {
            // (A label's own font, gap, offset and alignment under conditional looks.)
            let tf = t.font ?? labelFont, tlh = t.font.map(kit.lineHeight) ?? lh
            let ty = labelY + (t.padding.map { $0 - labelPad } ?? 0)
            var tsw = sw
            if let a = t.align { tsw.labelAlign = a }
            if g.labelAngle != 0 {
                let text = kit.truncate(t.text, font: tf, maxWidth: Self.rotatedLabelLimit)
                let turned = kit.node(text, at: Point(x: t.position, y: ty), font: tf, color: pen.labelColors?[i] ?? pen.ink.labelColor,
                                      align: g.labelAngle < 0 ? .end : .start, baseline: g.labelAngle.magnitude >= 89 ? .middle : .top,
                                      angle: g.labelAngle, role: .axisLabel)
                // Shift so the text's far end touches the axis rather than crossing it.
                let shifted = TextNode(text: turned.text, anchor: Point(x: turned.anchor.x, y: turned.anchor.y + (ty - turned.bounds.minY)),
                                       font: turned.font, color: turned.color, align: turned.align, baseline: turned.baseline,
                                       angle: turned.angle, metrics: turned.metrics, role: .axisLabel)
                labelNodes.append([shifted])
                continue
            }
            let lines = d.discrete && i < g.bandLines.count ? g.bandLines[i] : Self.lines(t.text)
            let w = lines.map { kit.width($0, tf) }.max() ?? 0
            let (align, ax) = LabelPlacement.horizontal(t.position + (t.offset ?? sw.labelOffset ?? 0), tick: t.position, width: w,
                                                        lo: plot.minX, hi: plot.maxX, switches: tsw, discrete: d.discrete)
            // (A label's own `labelBaseline` sets that line of it at its place.)
            let b = (t.baseline ?? sw.labelBaseline).flatMap { LabelBaseline($0, lines: lines.count, lineHeight: tlh, fontSize: tf.size) }
                ?? LabelBaseline("top", lines: 1, lineHeight: tlh, fontSize: tf.size)!
            labelNodes.append(lines.enumerated().map { n, l in
                kit.node(l, at: Point(x: ax, y: ty + b.firstLine + Double(n) * tlh), font: tf, color: pen.labelColors?[i] ?? pen.ink.labelColor,
                         align: align, baseline: b.baseline, role: .axisLabel)
            })
        }
        // Thinned at one regular step where labels collide: turned labels by their turned
        // boxes, level ones by their bounds, `labelSeparation` apart (3 points level, 0
        // turned, by default). No end label is put back out of step.
        let boxes = labelNodes.map { nodes in nodes.map(\.bounds).reduce(nodes.first?.bounds ?? Rect(x: 0, y: 0, width: 0, height: 0)) { $0.union($1) } }
        let sep = Self.labelSeparation(d, fallback: g.labelAngle != 0 ? 0 : 3)
        let kept = Self.thin(boxes.indices.map { $0 }, strategy: Self.overlapStrategy(d), rank: timeRank(s, ticks)) { a, b in
            if g.labelAngle != 0, let na = labelNodes[a].first, let nb = labelNodes[b].first {
                return na.overlaps(nb, separation: sep)
            }
            // (Labels exactly `sep` apart are clear: a rounding error does not thin them.)
            let tol = Self.labelTolerance
            return boxes[a].maxX + sep > boxes[b].minX + tol && boxes[b].maxX + sep > boxes[a].minX + tol
        }
        // A top axis is a bottom one mirrored about the plot: each label (and the
        // title) moves above the plot as a block, its lines in reading order.
        func mirrored(_ nodes: [TextNode]) -> [TextNode] {
            guard far, let first = nodes.first else { return nodes }
            let box = nodes.map(\.bounds).reduce(first.bounds) { $0.union($1) }
            // (Above any text marks set over the plot: `overhangTop` on a top axis.)
            let dy = (plot.minY - (box.maxY - plot.maxY)) - box.minY - g.overhangTop
            return nodes.map { n in
                TextNode(text: n.text, anchor: Point(x: n.anchor.x, y: n.anchor.y + dy), font: n.font, color: n.color,
                         align: n.align, baseline: n.baseline, angle: n.angle, metrics: n.metrics, role: n.role)
            }
        }
        if ticksOn {
            for (i, t) in pen.marks.enumerated() {
                var stroke = pen.markStrokes?[i] ?? axisStroke
                if let dash = tickDash?[i] { stroke.dash = dash }
                let edge = far ? plot.minY : plot.maxY, size = pen.markSizes?[i] ?? tickLength
                axis.append(.path(PathNode(path: .polyline([Point(x: t.position, y: edge),
                                                             Point(x: t.position, y: far ? edge - size : edge + size)]),
                                           stroke: stroke, role: .axisTick)))
            }
        }
        for k in kept { axis += mirrored(labelNodes[k]).map { .text($0) } }
        if d.discrete, let marker = AxisOmissions.marker(channel: d.channel.rawValue, ticks: ticks, kept: kept,
                                                          drawn: labelNodes.map { $0.map(\.text) }, angleGiven: d.axis.labelAngle != nil) {
            axis.append(marker)
        }
        if showsTitle(d, dropTitle: dropTitle), let title = d.title {
            var titleNodes: [TextNode] = []
            // Centred under the plot; a line wider than the plot moves left to stay
            // within the chart (over the y axis), and is cut short only beyond that.
            let font = pen.ink.titleFont, tlh = kit.lineHeight(font)
            let lines = g.titleLines.isEmpty ? [title] : g.titleLines
            let room = max(plot.width, plot.maxX - contentLeft)
            for (k, line) in lines.enumerated() {
                let text = kit.truncate(line, font: font, maxWidth: room)
                let w = kit.width(text, font)
                // titleAnchor: from the plot's left edge, or ending at its right edge.
                let (x, align): (Double, TextNode.Align) = switch pen.ink.titleAnchor {
                case "start": (max(plot.minX, contentLeft), .start)
                case "end": (max(plot.maxX, contentLeft + w), .end)
                default: (max(min(plot.midX, plot.maxX - w / 2), contentLeft + w / 2), .center)
                }
                // (With no labels, the title follows the ticks, as measured.)
                let top = ticks.isEmpty ? plot.maxY + (ticksOn ? tickLength : 0) : labelY + g.labelBlock
                titleNodes.append(kit.node(text, at: Point(x: x, y: top + pen.ink.titlePad + Double(k) * tlh),
                                           font: font, color: pen.ink.titleColor, align: align, baseline: .top, role: .axisTitle))
            }
            axis += mirrored(titleNodes).map { .text($0) }
    }
        return axis
    }
}
