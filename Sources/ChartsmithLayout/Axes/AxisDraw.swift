import Foundation
import ChartsmithData
import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec

/// Drawing an axis beside a placed plot: gridlines, domain and zero lines, ticks, labels
/// (thinned where they collide) and the title.
extension Panel {
    /// Draws an axis on `side` (by default left for y, bottom for x). Only the `primary`
    /// axis of a channel draws gridlines and the zero line unless its spec asks for a grid:
    /// a second (independent) axis beside it would draw a second, clashing set.
    func drawAxis(_ s: PositionScale, plot: Rect, vertical: Bool, geometry g: AxisGeometry,
                  contentLeft: Double, dropTitle: Bool, side: AxisSide? = nil, primary: Bool = true) throws -> (grid: [SceneNode], axis: [SceneNode]) {
        let d = s.domain
        let side = side ?? (vertical ? .left : .bottom)
        let far = side == .right || side == .top
        let labelFont = axisLabelFont(d, step: s.band?.step, vertical: vertical)
        let count = tickCount(d, length: vertical ? plot.height : plot.width, vertical: vertical)
        let sw = switches(vertical)
        let tickLength = sw.tickSize ?? self.tickLength
        let labelPad = sw.labelPadding ?? self.labelPad
        let ticks = d.axis.labels == false ? [] : try AxisLabels.ticks(s, count: count, locale: theme.locale, defaultLabelExpr: sw.labelExpr)
        let gridTicks = d.discrete ? [] : try AxisLabels.ticks(s, count: count, locale: theme.locale, defaultLabelExpr: sw.labelExpr)
        let gridDash = try dashes(sw.gridDash, s, gridTicks)
        let tickDash = try dashes(sw.tickDash, s, ticks)
        var grid: [SceneNode] = []
        var axis: [SceneNode] = []
        let gridStroke = Stroke(color: theme.gridColor, width: theme.gridWidth, dash: theme.gridDash)
        let axisStroke = Stroke(color: theme.axisColor, width: theme.axisWidth)
        let lh = kit.lineHeight(labelFont)
        let ticksOn = showsTicks(d, vertical: vertical)
        let otherDiscrete = vertical ? (views.first?.encoding[.x].map { !$0.isContinuous(for: .x) } ?? true)
                                     : (views.first?.encoding[.y].map { !$0.isContinuous(for: .y) } ?? true)
        let gridOn = d.axis.grid ?? (primary ? (vertical ? theme.axisY.grid : theme.axisX.grid) ?? (theme.grid && !d.discrete && (vertical || otherDiscrete)) : false)

        if gridOn {
            for (i, t) in gridTicks.enumerated() {
                var gridStroke = gridStroke
                if let dash = gridDash?[i] { gridStroke.dash = dash }
                let p = vertical
                    ? Path.polyline([Point(x: plot.minX, y: t.position), Point(x: plot.maxX, y: t.position)])
                    : Path.polyline([Point(x: t.position, y: plot.minY), Point(x: t.position, y: plot.maxY)])
                grid.append(.path(PathNode(path: p, stroke: gridStroke, role: .grid)))
            }
        }
        // Domain line: the x axis always (it is the baseline); the y axis when a band axis
        // (horizontal bars start on it) or when the style or spec asks.
        let domainOn = d.axis.domain ?? (vertical ? theme.axisY.domain : theme.axisX.domain) ?? (vertical ? (d.discrete || theme.valueAxisLine) : true)
        if domainOn {
            let edgeX = side == .right ? plot.maxX : plot.minX, edgeY = side == .top ? plot.minY : plot.maxY
            let p = vertical
                ? Path.polyline([Point(x: edgeX, y: plot.minY), Point(x: edgeX, y: plot.maxY)])
                : Path.polyline([Point(x: plot.minX, y: edgeY), Point(x: plot.maxX, y: edgeY)])
            axis.append(.path(PathNode(path: p, stroke: axisStroke, role: .axisDomain)))
        }
        // A zero line where the value domain crosses zero.
        if primary, let c = s.continuous, min(c.domain.0, c.domain.1) < 0, max(c.domain.0, c.domain.1) > 0, c.kind == .linear {
            let z = c.map(0)
            let p = vertical
                ? Path.polyline([Point(x: plot.minX, y: z), Point(x: plot.maxX, y: z)])
                : Path.polyline([Point(x: z, y: plot.minY), Point(x: z, y: plot.maxY)])
            axis.append(.path(PathNode(path: p, stroke: axisStroke, role: .axisDomain, name: "zero")))
        }

        if vertical {
            // A right axis mirrors a left one: ticks out to the right, labels after them.
            let labelX = far ? plot.maxX + (ticksOn ? tickLength : 0) + labelPad : plot.minX - (ticksOn ? tickLength : 0) - labelPad
            var kept = ticks.indices.map { $0 }
            if !d.discrete {
                kept = Self.thin(kept, rank: timeRank(s, ticks)) { a, b in abs(ticks[a].position - ticks[b].position) < lh + 1 }
            }
            // labelAlign: right-aligned to the ticks by default; left or centred in the
            // column of labels.
            // (On a right axis: left-aligned after the ticks by default.)
            let (yAlign, yLabelX): (TextNode.Align, Double) = switch (far, sw.labelAlign) {
            case (true, "right"): (.end, labelX + g.labelWidth)
            case (true, "center"): (.center, labelX + g.labelWidth / 2)
            case (true, _): (.start, labelX)
            case (false, "left"): (.start, labelX - g.labelWidth)
            case (false, "center"): (.center, labelX - g.labelWidth / 2)
            default: (.end, labelX)
            }
            for i in kept {
                let t = ticks[i]
                if ticksOn {
                    var stroke = axisStroke
                    if let dash = tickDash?[i] { stroke.dash = dash }
                    let edge = far ? plot.maxX : plot.minX
                    axis.append(.path(PathNode(path: .polyline([Point(x: far ? edge + tickLength : edge - tickLength, y: t.position),
                                                                 Point(x: edge, y: t.position)]),
                                               stroke: stroke, role: .axisTick)))
                }
                let lines = d.discrete && i < g.bandLines.count ? g.bandLines[i] : Self.lines(t.text)
                let top = t.position + (sw.labelOffset ?? 0) - Double(lines.count) * lh / 2
                for (k, l) in lines.enumerated() {
                    axis.append(.text(kit.node(l, at: Point(x: yLabelX, y: top + Double(k) * lh), font: labelFont,
                                               color: theme.axisLabelColor, align: yAlign, baseline: .top, role: .axisLabel)))
                }
            }
            if showsTitle(d, dropTitle: dropTitle), let title = d.title {
                if !g.titleTurned {
                    let font = theme.axisTitleFont, tlh = kit.lineHeight(font)
                    let lines = g.titleLines.isEmpty ? [title] : g.titleLines
                    let bottom = plot.minY - g.overhangTop - titlePad
                    // Left: from the chart's left edge; right: ending at the right axis's edge.
                    let rightEdge = plot.maxX + g.thickness
                    for (k, line) in lines.enumerated() {
                        let text = kit.truncate(line, font: font, maxWidth: max(20, far ? rightEdge - plot.minX : plot.maxX - contentLeft))
                        let y = bottom - Double(lines.count - 1 - k) * tlh
                        axis.append(.text(kit.node(text, at: Point(x: far ? rightEdge : contentLeft, y: y), font: font,
                                                   color: theme.axisTitleColor, align: far ? .end : .start, baseline: .bottom, role: .axisTitle)))
                    }
                } else if far {
                    // Turned down the right side, as Vega-Lite sets a right axis's title.
                    let x = labelX + g.labelWidth + titlePad
                    let text = kit.truncate(title, font: theme.axisTitleFont, maxWidth: plot.height)
                    axis.append(.text(kit.node(text, at: Point(x: x, y: plot.midY), font: theme.axisTitleFont,
                                               color: theme.axisTitleColor, align: .center, baseline: .bottom, angle: 90,
                                               role: .axisTitle)))
                } else {
                    let x = labelX - g.labelWidth - titlePad
                    let text = kit.truncate(title, font: theme.axisTitleFont, maxWidth: plot.height)
                    axis.append(.text(kit.node(text, at: Point(x: x, y: plot.midY), font: theme.axisTitleFont,
                                               color: theme.axisTitleColor, align: .center, baseline: .bottom, angle: -90,
                                               role: .axisTitle)))
                }
            }
        } else {
            let labelY = plot.maxY + (ticksOn ? tickLength : 0) + labelPad
            // Each tick's label lines, flush at the ends of a continuous axis, or turned.
            var labelNodes: [[TextNode]] = []
            for (i, t) in ticks.enumerated() {
                if g.labelAngle != 0 {
                    let text = kit.truncate(t.text, font: labelFont, maxWidth: Self.rotatedLabelLimit)
                    let turned = kit.node(text, at: Point(x: t.position, y: labelY), font: labelFont, color: theme.axisLabelColor,
                                          align: g.labelAngle < 0 ? .end : .start, baseline: g.labelAngle.magnitude >= 89 ? .middle : .top,
                                          angle: g.labelAngle, role: .axisLabel)
                    // Shift so the text's far end touches the axis rather than crossing it.
                    let shifted = TextNode(text: turned.text, anchor: Point(x: turned.anchor.x, y: turned.anchor.y + (labelY - turned.bounds.minY)),
                                           font: turned.font, color: turned.color, align: turned.align, baseline: turned.baseline,
                                           angle: turned.angle, metrics: turned.metrics, role: .axisLabel)
                    labelNodes.append([shifted])
                    continue
                }
                let lines = d.discrete && i < g.bandLines.count ? g.bandLines[i] : Self.lines(t.text)
                let w = lines.map { kit.width($0, labelFont) }.max() ?? 0
                var align = TextNode.Align.center
                var ax = t.position + (sw.labelOffset ?? 0)
                if let a = sw.labelAlign {
                    // As the config asks: beside the tick (left: starting at it) or centred.
                    align = a == "left" ? .start : a == "right" ? .end : .center
                } else if !d.discrete {
                    if t.position - w / 2 < plot.minX - 0.5 { align = .start; ax = max(t.position, plot.minX) }
                    else if t.position + w / 2 > plot.maxX + 0.5 { align = .end; ax = min(t.position, plot.maxX) }
                }
                labelNodes.append(lines.enumerated().map { n, l in
                    kit.node(l, at: Point(x: ax, y: labelY + Double(n) * lh), font: labelFont, color: theme.axisLabelColor,
                             align: align, baseline: .top, role: .axisLabel)
                })
            }
            let boxes = labelNodes.map { nodes in nodes.map(\.bounds).reduce(nodes.first?.bounds ?? Rect(x: 0, y: 0, width: 0, height: 0)) { $0.union($1) } }
            var kept = Self.thin(boxes.indices.map { $0 }, rank: timeRank(s, ticks)) { a, b in
                boxes[a].maxX + 3 > boxes[b].minX && boxes[b].maxX + 3 > boxes[a].minX
            }
            // Thinning by parity can drop the last label; the ends matter most to a reader,
            // so put it back, giving up the kept labels it would collide with. (On a time
            // axis, only when it lies on as coarse a boundary as those kept, and within the
            // data: a nice end beyond the data, "2011" after monthly data to 2010, is not
            // worth a date at an uneven step.)
            let rank = timeRank(s, ticks)
            let isTime = s.continuous?.kind == .time
            if let last = boxes.indices.last, !kept.contains(last), kept.count >= 2,
               rank.map({ r in kept.allSatisfy { r($0) <= r(last) } }) ?? true,
               !isTime || (ticks[last].value.number.map { $0 <= s.domain.hi + 1 } ?? false) {
                let clear = kept.filter { boxes[$0].maxX + 3 <= boxes[last].minX || boxes[last].maxX + 3 <= boxes[$0].minX }
                if clear.count >= 2 || (clear.count == kept.count) { kept = clear + [last] }
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
                for (i, t) in ticks.enumerated() {
                    var stroke = axisStroke
                    if let dash = tickDash?[i] { stroke.dash = dash }
                    let edge = far ? plot.minY : plot.maxY
                    axis.append(.path(PathNode(path: .polyline([Point(x: t.position, y: edge),
                                                                 Point(x: t.position, y: far ? edge - tickLength : edge + tickLength)]),
                                               stroke: stroke, role: .axisTick)))
                }
            }
            for k in kept { axis += mirrored(labelNodes[k]).map { .text($0) } }
            if showsTitle(d, dropTitle: dropTitle), let title = d.title {
                var titleNodes: [TextNode] = []
                // Centred under the plot; a line wider than the plot moves left to stay
                // within the chart (over the y axis), and is cut short only beyond that.
                let font = theme.axisTitleFont, tlh = kit.lineHeight(font)
                let lines = g.titleLines.isEmpty ? [title] : g.titleLines
                let room = max(plot.width, plot.maxX - contentLeft)
                for (k, line) in lines.enumerated() {
                    let text = kit.truncate(line, font: font, maxWidth: room)
                    let w = kit.width(text, font)
                    let x = min(plot.midX, plot.maxX - w / 2)
                    // (With no labels, the title follows the ticks, as measured.)
                    let top = ticks.isEmpty ? plot.maxY + (ticksOn ? tickLength : 0) : labelY + g.labelBlock
                    titleNodes.append(kit.node(text, at: Point(x: max(x, contentLeft + w / 2), y: top + titlePad + Double(k) * tlh),
                                               font: font, color: theme.axisTitleColor, align: .center, baseline: .top, role: .axisTitle))
                }
                axis += mirrored(titleNodes).map { .text($0) }
            }
        }
        return (grid, axis)
    }
}
