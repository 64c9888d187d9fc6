import Foundation
import ChartsmithData
import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec

/// The space an axis needs beside the plot.
struct AxisGeometry {
    /// Width left of the plot (y axis) or height below it (x axis).
    var thickness = 0.0
    /// Height of a horizontal axis title set above the plot (y axis).
    var titleAbove = 0.0
    /// How far the top label rises above the plot (y axis).
    var overhangTop = 0.0
    /// How far the last label runs past the plot's right edge (x axis).
    var overhangRight = 0.0
    /// Wrapped lines of each band label.
    var bandLines: [[String]] = []
    var labelWidth = 0.0
    /// Label angle in degrees for an x axis whose labels cannot stand level (0 = level).
    var labelAngle = 0.0
    /// Height of the label block below the ticks (x axis).
    var labelBlock = 0.0
    /// The axis title's lines: wrapped rather than cut short while the chart has room.
    var titleLines: [String] = []
    /// A y-axis title turned up the side: the style's choice, or where a horizontal one
    /// would have to be cut short.
    var titleTurned = false
}

/// The side of the plot an axis is drawn on.
enum AxisSide: String {
    case left, right, bottom, top

    var vertical: Bool { self == .left || self == .right }

    init?(orient: String) { self.init(rawValue: orient) }
}

extension ChartBuilder {
    var labelFont: FontDescriptor { theme.axisLabelFont }

    /// The label font of an axis: the style's, made smaller for a band axis whose bands
    /// are narrower than a line of it (a spec with `"height": {"step": 12}`), so every
    /// category keeps its label; never below 7 pt.
    func axisLabelFont(_ d: PositionDomain, step: Double?, vertical: Bool) -> FontDescriptor {
        var font = theme.axisLabelFont
        guard vertical, d.discrete, let step, step > 0 else { return font }
        let lh = kit.lineHeight(font)
        if lh > step { font.size = max(7, (font.size * step / lh * 10).rounded(.down) / 10) }
        return font
    }

    /// The tick count for an axis of this length: Vega-Lite's, or a denser one that ends
    /// the axis closer above the data, with labels no closer than they can be read.
    func tickCount(_ d: PositionDomain, length: Double, vertical: Bool) -> Int {
        let spacing = vertical ? kit.lineHeight(labelFont) * 1.4 : 64
        return AxisLabels.tickCount(for: d, length: length, minSpacing: spacing)
    }

    func showsTicks(_ d: PositionDomain, vertical: Bool) -> Bool {
        if let t = d.axis.ticks ?? (vertical ? theme.axisY.ticks : theme.axisX.ticks) { return t }
        if d.discrete { return false }
        return vertical ? theme.valueAxisLine : true
    }

    func showsTitle(_ d: PositionDomain, dropTitle: Bool = false) -> Bool { !dropTitle && d.title != nil && !(d.title ?? "").isEmpty }

    /// - Parameter titleShare: the share of the width above the plot a horizontal y-axis
    ///   title may take (a half when a second y axis sets its title on the right).
    func measureAxis(_ d: PositionDomain, length: Double, crossLength: Double, vertical: Bool,
                     availableWidth: Double, dropTitle: Bool, titleShare: Double = 1) throws -> AxisGeometry {
        var g = AxisGeometry()
        if d.axis.disabled { return g }
        let range = vertical ? (length, 0.0) : (0.0, length)
        let count = tickCount(d, length: length, vertical: vertical)
        let scale = PositionScale(d, range: d.discrete ? (0, length) : range, tickCount: count, niceToTicks: theme.niceToTicks)
        let labelFont = axisLabelFont(d, step: scale.band?.step, vertical: vertical)
        let sw = switches(vertical)
        let labelPad = sw.labelPadding ?? self.labelPad
        let ticks = d.axis.labels == false ? [] : try AxisLabels.ticks(scale, count: count, locale: theme.locale, defaultLabelExpr: sw.labelExpr)
        let lh = kit.lineHeight(labelFont)
        let tickSpace = showsTicks(d, vertical: vertical) ? (sw.tickSize ?? tickLength) : 0
        if vertical {
            var w = 0.0
            if d.discrete {
                // As many lines as a band has room for: wider lines (up to 55% of the width)
                // before the last line is shortened.
                let room = max(1, Int(((scale.band?.step ?? lh) + 0.01) / lh))
                var limit = max(40, min(d.axis.labelLimit ?? .infinity, availableWidth * 0.4))
                for share in [0.4, 0.475, 0.55] where d.axis.labelLimit == nil {
                    limit = max(40, availableWidth * share)
                    if ticks.allSatisfy({ kit.wrap($0.text, font: labelFont, maxWidth: limit).count <= room }) { break }
                }
                g.bandLines = ticks.map { t in
                    var lines = kit.wrap(t.text, font: labelFont, maxWidth: limit)
                    if lines.count > room {
                        let rest = lines[(room - 1)...].joined(separator: " ")
                        lines = Array(lines.prefix(room - 1)) + [kit.truncate(rest, font: labelFont, maxWidth: limit)]
                    }
                    return lines
                }
                for lines in g.bandLines { for l in lines { w = max(w, kit.width(l, labelFont)) } }
            } else {
                for t in ticks { for l in Self.lines(t.text) { w = max(w, kit.width(l, labelFont)) } }
                g.overhangTop = Double(ticks.map { Self.lines($0.text).count }.max() ?? 1) * lh / 2
            }
            g.labelWidth = w
            g.thickness = max(tickSpace, (ticks.isEmpty ? 0 : w + labelPad) + tickSpace)
            if showsTitle(d, dropTitle: dropTitle), let title = d.title {
                let font = theme.axisTitleFont, tlh = kit.lineHeight(font)
                if theme.horizontalAxisTitles {
                    // Above the plot, from the left of the labels to the plot's right edge:
                    // on one line, or two; else turned up the side as Vega-Lite sets it,
                    // where it fits; cut short only when neither fits.
                    let room = max(20, titleShare < 1 ? (g.thickness + crossLength) * titleShare - 6 : g.thickness + crossLength)
                    let lines = kit.wrap(title, font: font, maxWidth: room, truncateWords: false)
                    if lines.count <= 2 && lines.allSatisfy({ kit.width($0, font) <= room + 0.01 }) {
                        g.titleLines = lines
                    } else if kit.width(title, font) <= length {
                        g.titleLines = [title]
                        g.titleTurned = true
                    } else {
                        g.titleLines = Array(kit.wrap(title, font: font, maxWidth: room).prefix(3))
                    }
                    if g.titleTurned {
                        g.thickness += tlh + titlePad
                    } else {
                        g.titleAbove = Double(g.titleLines.count) * tlh + titlePad
                    }
                } else {
                    g.titleLines = [title]
                    g.titleTurned = true
                    g.thickness += tlh + titlePad
                }
            }
        } else {
            var block = Double(d.discrete ? 1 : (ticks.map { Self.lines($0.text).count }.max() ?? 1)) * lh
            if let a = d.axis.labelAngle ?? theme.axisX.labelAngle, a.isFinite, a.truncatingRemainder(dividingBy: 360) != 0 {
                // Any angle, as the equivalent one between -180 and 180 degrees.
                var angle = a.truncatingRemainder(dividingBy: 360)
                if angle > 180 { angle -= 360 } else if angle < -180 { angle += 360 }
                g.labelAngle = angle
            }
            if d.discrete, let b = scale.band, g.labelAngle == 0 {
                // Wrap first; only when a word would have to be cut short, turn the labels.
                let limit = max(24, b.step - 6)
                g.bandLines = ticks.map { kit.wrap($0.text, font: labelFont, maxWidth: limit) }
                if g.bandLines.contains(where: { $0.contains { $0.hasSuffix("…") } }) && d.axis.labelAngle == nil {
                    g.labelAngle = -90
                    g.bandLines = []
                } else {
                    block = Double(g.bandLines.map(\.count).max() ?? 1) * lh
                }
            }
            if g.labelAngle != 0 {
                let limit = Self.rotatedLabelLimit
                let widest = ticks.map { min(kit.width($0.text, labelFont), limit) }.max() ?? 0
                let r = abs(g.labelAngle) * Double.pi / 180
                block = widest * abs(sin(r)) + lh * abs(cos(r))
            }
            g.labelBlock = ticks.isEmpty ? 0 : block
            g.thickness = max(tickSpace, tickSpace + (ticks.isEmpty ? 0 : labelPad + block))
            if showsTitle(d, dropTitle: dropTitle), let title = d.title {
                // Under the plot, wrapped to its width (a word wider than the plot keeps its
                // line, which may reach left over the y axis); never cut short for lines.
                let font = theme.axisTitleFont
                g.titleLines = kit.wrap(title, font: font, maxWidth: max(20, length), truncateWords: false)
                g.thickness += titlePad + Double(g.titleLines.count) * kit.lineHeight(font)
            }
        }
        return g
    }

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

    /// The config's per-axis settings (`config.axis` under `config.axisX` or `axisY`).
    func switches(_ vertical: Bool) -> AxisSwitches { vertical ? theme.axisY : theme.axisX }

    /// A label's lines (a label expression may give several, joined with "\n").
    static func lines(_ text: String) -> [String] {
        text.contains("\n") ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [text]
    }

    /// The dash pattern of each tick under a conditional `gridDash` or `tickDash`, or nil
    /// when the config sets none. The tick is tested as a row with `value` (a date on a
    /// time axis) and `label`.
    func dashes(_ dash: AxisDash?, _ s: PositionScale, _ ticks: [AxisTick]) throws -> [[Double]]? {
        guard let dash else { return nil }
        let tests = try dash.conditions.map { c -> (RowPredicate, [Double]) in
            do { return (try RowPredicate(c.test), c.value) } catch { throw LayoutError("axis dash condition: \(error)") }
        }
        let isTime = s.continuous?.kind == .time
        return ticks.map { t in
            let value: Value = isTime ? t.value.number.map(Value.date) ?? t.value : t.value
            let row = Row(["value": value, "label": .string(t.text)])
            return tests.first { $0.0.matches(row) }?.1 ?? dash.value
        }
    }

    /// On a time axis, how coarse a boundary each tick lies on (for ``thin``).
    func timeRank(_ s: PositionScale, _ ticks: [AxisTick]) -> ((Int) -> Int)? {
        guard s.continuous?.kind == .time, s.domain.axis.values == nil else { return nil }
        return { i in ticks[i].value.number.map(TimeTicks.granularity) ?? 0 }
    }

    /// Longest a turned label may be before it is shortened with an ellipsis.
    static let rotatedLabelLimit = 140.0

    /// Vega's "parity" label overlap strategy: keep every other label until none overlap.
    ///
    /// `rank` (a time axis's boundaries: midnight over noon, a month over a day) picks
    /// which half to keep: the odd labels when they lie on coarser boundaries than the
    /// even ones, so 12-hourly ticks keep their dates rather than a row of "12 PM".
    static func thin(_ indices: [Int], rank: ((Int) -> Int)? = nil, overlaps: (Int, Int) -> Bool) -> [Int] {
        var kept = indices
        func clash(_ ks: [Int]) -> Bool {
            for i in 1..<max(1, ks.count) where overlaps(ks[i - 1], ks[i]) { return true }
            return false
        }
        while kept.count > 2 && clash(kept) {
            let even = kept.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            let odd = kept.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            if let rank, odd.count >= 2, (odd.map(rank).min() ?? 0) > (even.map(rank).min() ?? 0) {
                kept = odd
            } else {
                kept = even
            }
        }
        if kept.count == 2 && clash(kept) { kept = [kept[0]] }
        return kept
    }
}
