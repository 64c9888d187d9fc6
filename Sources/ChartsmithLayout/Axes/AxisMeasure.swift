import Foundation
import ChartsmithData
import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec

/// Measuring an axis: its fonts, tick count and the room its labels and title need.
extension Panel {
    /// The label font of an axis: `base` (the style's, with the axis's looks), made smaller for a band axis whose bands
    /// are narrower than a line of it (a spec with `"height": {"step": 12}`), so every
    /// category keeps its label; never below 7 pt.
    func axisLabelFont(_ d: PositionDomain, step: Double?, vertical: Bool, base: FontDescriptor) -> FontDescriptor {
        var font = base
        guard vertical, d.discrete, let step, step > 0 else { return font }
        let lh = kit.lineHeight(font)
        if lh > step { font.size = max(7, (font.size * step / lh * 10).rounded(.down) / 10) }
        return font
    }

    /// How an axis of this length is ticked: Vega-Lite's count, or a ladder step that ends
    /// the axis close above the data, with labels at least 1.5 lines apart (y) or clear of
    /// each other (x).
    func tickPlan(_ d: PositionDomain, length: Double, vertical: Bool) -> TickPlan {
        let sw = switches(vertical, d)
        let font = axisFonts(sw, d).label, locale = theme.locale
        let spacing = vertical ? kit.lineHeight(font) * 1.5 : 64
        let format = d.axis.format ?? d.def.format
        let width: ((Double, LadderTicks.Choice) -> Double)? = vertical ? nil : { [kit] v, c in
            let text = (try? Bridge.tickFormatter(step: c.step, value: max(abs(c.lo), abs(c.hi)), specifier: format, locale: locale))?(v)
            return text.map { kit.width($0, font) } ?? 0
        }
        let labelled = !d.axis.disabled && (d.axis.labels ?? sw.labels) != false
        return AxisLabels.tickPlan(for: d, length: length, minSpacing: spacing, niceToTicks: theme.niceToTicks, labelled: labelled,
                                   labelWidth: width)
    }

    func showsTicks(_ d: PositionDomain, vertical: Bool) -> Bool {
        if let t = d.axis.ticks ?? (vertical ? theme.axisY.ticks : theme.axisX.ticks) { return t }
        if d.discrete { return false }
        return vertical ? theme.valueAxisLine : true
    }

    /// Whether the axis draws its title: one it has, not dropped for room, and not a
    /// default (field) title under `config.axis.title: null`.
    func showsTitle(_ d: PositionDomain, dropTitle: Bool = false) -> Bool {
        guard !dropTitle, let t = d.title, !t.isEmpty else { return false }
        return d.explicitTitle != nil || switches(d.channel == .y, d).defaultTitles != false
    }

    /// - Parameter titleShare: the share of the width above the plot a horizontal y-axis
    ///   title may take (a half when a second y axis sets its title on the right).
    func measureAxis(_ d: PositionDomain, length: Double, crossLength: Double, vertical: Bool,
                     availableWidth: Double, dropTitle: Bool, titleShare: Double = 1) throws -> AxisGeometry {
        if d.axis.disabled { return AxisGeometry() }
        let range = vertical ? (length, 0.0) : (0.0, length)
        let plan = tickPlan(d, length: length, vertical: vertical)
        let count = plan.count
        let scale = PositionScale(d, range: d.discrete ? (0, length) : range, ticks: plan, niceToTicks: theme.niceToTicks)
        let sw = switches(vertical, d)
        let ink = try ink(sw, d)
        let labelFont = axisLabelFont(d, step: scale.band?.step, vertical: vertical, base: ink.labelFont)
        let labelPad = sw.labelPadding ?? self.labelPad
        let allTicks = (d.axis.labels ?? sw.labels) == false || d.emptyTime ? [] : limited(try AxisLabels.ticks(scale, count: count, locale: theme.locale, defaultLabelExpr: sw.labelExpr,
                                                                                  normalizedFormat: theme.normalizedNumberFormat),
                                                          ink, font: labelFont, wraps: vertical && d.discrete)
        let looks = try tickLooks(sw, ink, scale, allTicks), ticks = looks.labels
        let lh = kit.lineHeight(labelFont)
        // (Each tick's own length under a conditional `tickSize`: the longest takes its room.)
        let tickSpace = showsTicks(d, vertical: vertical) ? ((looks.markSizes ?? []) + [sw.tickSize ?? tickLength]).max() ?? 0 : 0
        let m = AxisMeasuring(domain: d, scale: scale, length: length, labelFont: labelFont, labelPad: labelPad, ticks: ticks,
                              lineHeight: lh, tickSpace: tickSpace, dropTitle: dropTitle, ink: ink, switches: sw)
        return vertical ? measureVertical(m, crossLength: crossLength, availableWidth: availableWidth, titleShare: titleShare)
                        : measureHorizontal(m)
    }

    /// A y axis's width beside the plot: its labels (band labels wrapped to a share of the
    /// available width), ticks, and its title, set level above the plot or turned up the side.
    func measureVertical(_ m: AxisMeasuring, crossLength: Double, availableWidth: Double, titleShare: Double) -> AxisGeometry {
        let (d, scale, length, labelFont, labelPad, ticks) = (m.domain, m.scale, m.length, m.labelFont, m.labelPad, m.ticks)
        let (lh, tickSpace, dropTitle) = (m.lineHeight, m.tickSpace, m.dropTitle)
        var g = AxisGeometry()
        var w = 0.0
        if d.discrete {
            // As many lines as a band has room for: wider lines (up to 55% of the width)
            // before the last line is shortened.
            let room = max(1, Int(((scale.band?.step ?? lh) + 0.01) / lh))
            var limit = max(40, min(m.ink.labelLimit ?? .infinity, availableWidth * 0.4))
            for share in [0.4, 0.475, 0.55] where m.ink.labelLimit == nil {
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
            // (Each label in its own font, beyond its own gap, under conditional looks.)
            for t in ticks {
                let extra = t.padding.map { $0 - labelPad } ?? 0
                for l in Self.lines(t.text) { w = max(w, kit.width(l, t.font ?? labelFont) + extra) }
            }
            g.overhangTop = ticks.map { Double(Self.lines($0.text).count) * ($0.font.map(kit.lineHeight) ?? lh) / 2 }.max() ?? lh / 2
            if m.switches.labelFlush != nil {
                // Flush labels: the top one hangs below its tick, inside the plot.
                g.overhangTop = ticks.map { t in
                    LabelPlacement.rise(tick: t.position, height: Double(Self.lines(t.text).count) * lh, lo: 0, hi: length,
                                        switches: m.switches) - t.position
                }.max().map { max(0, $0) } ?? 0
            }
        }
        if let angle = Self.yLabelAngle(d) {
            // Turned labels (the axis's `labelAngle`): as wide as they reach away from the
            // plot, and above and below it as their turned boxes rise and hang.
            g.labelAngle = angle
            g.bandLines = []
            w = 0
            g.overhangTop = 0
            let far = d.axis.orient == "right"
            for t in ticks {
                let b = turnedYLabel(t, at: Point(x: 0, y: t.position), font: t.font ?? labelFont, angle: angle, far: far,
                                     switches: m.switches).bounds
                w = max(w, far ? b.maxX : -b.minX)
                g.overhangTop = max(g.overhangTop, -b.minY)
                g.overhangBottom = max(g.overhangBottom, b.maxY - length)
            }
        }
        g.labelWidth = w
        g.thickness = max(tickSpace, (ticks.isEmpty ? 0 : w + labelPad) + tickSpace)
        if showsTitle(d, dropTitle: dropTitle), d.title != nil, let given = givenTitleLines(d, m.ink) {
            // A title given as lines (`["Month", "of 2021"]`): one a line, as Vega sets them;
            // level above the plot where the style sets titles level and they fit, else
            // turned up the side.
            let font = m.ink.titleFont, tlh = kit.lineHeight(font), titlePad = m.ink.titlePad
            let room = max(20, titleShare < 1 ? (g.thickness + crossLength) * titleShare - 6 : g.thickness + crossLength)
            g.titleLines = given
            g.titleTurned = !(theme.horizontalAxisTitles && given.allSatisfy { kit.width($0, font) <= room + 0.01 })
            if g.titleTurned {
                g.thickness += Double(given.count) * tlh + titlePad
            } else {
                g.titleAbove = Double(given.count) * tlh + titlePad
            }
        } else if showsTitle(d, dropTitle: dropTitle), let title = d.title {
            let font = m.ink.titleFont, tlh = kit.lineHeight(font), titlePad = m.ink.titlePad
            if let limited = limitedTitle(title, m.ink) {
                // titleLimit: one line, cut short; turned up the side unless the style sets it level.
                g.titleLines = limited
                g.titleTurned = !theme.horizontalAxisTitles
                if g.titleTurned { g.thickness += tlh + titlePad } else { g.titleAbove = tlh + titlePad }
            } else if theme.horizontalAxisTitles {
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
        // `offset`: the axis stands that far off the plot.
        g.thickness += max(0, d.axis.offset ?? 0)
        return g
    }

    /// An x axis's height below the plot: its labels (wrapped, or turned where a word would
    /// be cut short), ticks and title.
    func measureHorizontal(_ m: AxisMeasuring) -> AxisGeometry {
        let (d, scale, length, labelFont, labelPad, ticks) = (m.domain, m.scale, m.length, m.labelFont, m.labelPad, m.ticks)
        let (lh, tickSpace, dropTitle) = (m.lineHeight, m.tickSpace, m.dropTitle)
        var g = AxisGeometry()
        // (A label in its own font, beyond its own gap, under conditional looks.)
        var block = ticks.map { t in Double(d.discrete ? 1 : Self.lines(t.text).count) * (t.font.map(kit.lineHeight) ?? lh)
            + (t.padding.map { $0 - labelPad } ?? 0) }.max() ?? lh
        if let a = d.axis.labelAngle ?? theme.axisX.labelAngle, a.isFinite, a.truncatingRemainder(dividingBy: 360) != 0 {
            // Any angle, as the equivalent one between -180 and 180 degrees.
            var angle = a.truncatingRemainder(dividingBy: 360)
            if angle > 180 { angle -= 360 } else if angle < -180 { angle += 360 }
            g.labelAngle = angle
        }
        if d.discrete, let b = scale.band, g.labelAngle == 0 {
            // Wrap first; only when a word would have to be cut short, turn the labels.
            // Labels a conditional look leaves out give their room to the ones drawn: those
            // are not confined to their band, nor cut short (thinning keeps them apart).
            let gap = zip(ticks, ticks.dropFirst()).map { abs($1.position - $0.position) }.min() ?? b.step
            let limit = gap > 1.5 * b.step ? Double.greatestFiniteMagnitude : max(24, b.step - 6)
            g.bandLines = ticks.map { kit.wrap($0.text, font: $0.font ?? labelFont, maxWidth: limit) }
            // Turned too when wrapped neighbours would still collide (a fixed width too narrow).
            let cut = g.bandLines.contains(where: { $0.contains { $0.hasSuffix("…") } })
            if (cut || levelLabelsCollide(g.bandLines, ticks, font: labelFont, separation: Self.labelSeparation(d, fallback: 3)))
                && d.axis.labelAngle == nil {
                g.labelAngle = -90
                g.bandLines = []
            } else {
                // (Each label in its own font, beyond its own gap, under conditional looks.)
                block = zip(g.bandLines, ticks).map { lines, t in
                    Double(max(1, lines.count)) * (t.font.map(kit.lineHeight) ?? lh) + (t.padding.map { $0 - labelPad } ?? 0)
                }.max() ?? lh
            }
        }
        if g.labelAngle != 0 {
            let limit = Self.rotatedLabelLimit
            let widest = ticks.map { min(kit.width($0.text, $0.font ?? labelFont), limit) }.max() ?? 0
            let r = abs(g.labelAngle) * Double.pi / 180
            block = widest * abs(sin(r)) + lh * abs(cos(r))
            // Turned labels reach sideways from their ticks: left of the plot at negative
            // angles, right of it at positive ones; the panel keeps that room.
            for t in ticks {
                let (lo, hi) = Self.turnedReach(width: min(kit.width(t.text, t.font ?? labelFont), limit), lineHeight: lh, angle: g.labelAngle)
                g.overhangLeft = max(g.overhangLeft, -(t.position + lo))
                g.overhangRight = max(g.overhangRight, t.position + hi - length)
            }
        }
        if g.labelAngle == 0, m.switches.labelFlush != nil {
            // Labels set as `labelFlush` places them: centred ones at the ends reach past the plot.
            for (i, t) in ticks.enumerated() {
                let lines = d.discrete && i < g.bandLines.count ? g.bandLines[i] : Self.lines(t.text)
                let w = lines.map { kit.width($0, t.font ?? labelFont) }.max() ?? 0
                let p = t.position + (t.offset ?? m.switches.labelOffset ?? 0)
                var sw = m.switches
                if let a = t.align { sw.labelAlign = a }
                let (align, x) = LabelPlacement.horizontal(p, tick: t.position, width: w, lo: 0, hi: length,
                                                           switches: sw, discrete: d.discrete)
                let left = x - (align == .start ? 0 : align == .center ? w / 2 : w)
                g.overhangLeft = max(g.overhangLeft, -left)
                g.overhangRight = max(g.overhangRight, left + w - length)
            }
        }
        g.labelBlock = ticks.isEmpty ? 0 : block
        g.thickness = max(tickSpace, tickSpace + (ticks.isEmpty ? 0 : labelPad + block))
        if showsTitle(d, dropTitle: dropTitle), let title = d.title {
            // Under the plot, wrapped to its width (a word wider than the plot keeps its
            // line, which may reach left over the y axis); never cut short for lines.
            let font = m.ink.titleFont
            g.titleLines = givenTitleLines(d, m.ink)?.flatMap { kit.wrap($0, font: font, maxWidth: max(20, length), truncateWords: false) }
                ?? limitedTitle(title, m.ink) ?? kit.wrap(title, font: font, maxWidth: max(20, length), truncateWords: false)
            g.thickness += m.ink.titlePad + Double(g.titleLines.count) * kit.lineHeight(font)
        }
        g.thickness += max(0, d.axis.offset ?? 0)
        return g
    }

    /// Whether two neighbouring level labels (their lines centred on their ticks) come
    /// closer than `separation`, as the x axis's thinning would find them.
    func levelLabelsCollide(_ lines: [[String]], _ ticks: [AxisTick], font: FontDescriptor, separation: Double) -> Bool {
        let widths = lines.map { $0.map { kit.width($0, font) }.max() ?? 0 }
        guard widths.count == ticks.count, ticks.count >= 2 else { return false }
        for i in 1..<ticks.count where abs(ticks[i].position - ticks[i - 1].position) + Self.labelTolerance < (widths[i] + widths[i - 1]) / 2 + separation {
            return true
        }
        return false
    }

    /// A y axis's own `labelAngle` as an angle between -180 and 180 degrees, clockwise;
    /// nil when it has none or it is level.
    static func yLabelAngle(_ d: PositionDomain) -> Double? {
        guard let a = d.axis.labelAngle, a.isFinite, a.truncatingRemainder(dividingBy: 360) != 0 else { return nil }
        var angle = a.truncatingRemainder(dividingBy: 360)
        if angle > 180 { angle -= 360 } else if angle < -180 { angle += 360 }
        return angle
    }

    /// A turned y-axis label anchored at `p` (the label's end of its padding, on its tick):
    /// one line (cut short at ``rotatedLabelLimit``) turned `angle` degrees clockwise,
    /// aligned and set on its baseline as Vega-Lite derives them for the angle
    /// (compile/axis/properties.ts): centred at ±90°, else the end nearer the axis; the
    /// middle line within 45° of level, else its top or bottom edge. The axis's own
    /// `labelAlign` and `labelBaseline` (or a label's, under conditional looks) win.
    func turnedYLabel(_ t: AxisTick, at p: Point, font: FontDescriptor, angle: Double, far: Bool, switches sw: AxisSwitches,
                      color: Color = .black) -> TextNode {
        let a = (angle.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        var align: TextNode.Align = a == 90 || a == 270 ? .center : (a > 90 && a < 270) != far ? .start : .end
        switch t.align ?? sw.labelAlign {
        case "left"?: align = .start
        case "right"?: align = .end
        case "center"?: align = .center
        default: break
        }
        var baseline: TextNode.Baseline = a <= 45 || a >= 315 || (a >= 135 && a <= 225) ? .middle : (a < 135) != far ? .top : .bottom
        switch t.baseline ?? sw.labelBaseline {
        case "top"?: baseline = .top
        case "bottom"?: baseline = .bottom
        case "middle"?: baseline = .middle
        case "alphabetic"?: baseline = .alphabetic
        default: break
        }
        let text = kit.truncate(t.text, font: font, maxWidth: Self.rotatedLabelLimit)
        return kit.node(text, at: p, font: font, color: color, align: align, baseline: baseline, angle: angle, role: .axisLabel)
    }

    /// How far a turned axis label reaches left (negative) and right of its tick: the label
    /// is set as ``horizontalAxis(_:)`` sets it, ending at the tick at negative angles and
    /// starting there at positive ones.
    static func turnedReach(width w: Double, lineHeight lh: Double, angle: Double) -> (Double, Double) {
        let x0 = angle < 0 ? -w : 0.0
        let y0 = abs(angle) >= 89 ? -lh / 2 : 0.0
        let r = angle * Double.pi / 180
        let xs = [(x0, y0), (x0 + w, y0), (x0, y0 + lh), (x0 + w, y0 + lh)].map { $0.0 * cos(r) - $0.1 * sin(r) }
        return (xs.min() ?? 0, xs.max() ?? 0)
    }
}
