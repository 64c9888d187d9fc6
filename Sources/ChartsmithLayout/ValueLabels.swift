import ChartsmithData
import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Value labels on bars and stack segments, stack totals, and values on line points.
///
/// A label goes inside its bar when it fits, in whichever of the dark text colour or white
/// contrasts more with the bar (WCAG); a single bar's label that does not fit goes just
/// beyond the bar's end; a segment's label that does not fit is left out, since the
/// stack's total carries the figure, but plain bars are labelled all or none. Normalized
/// stacks label each part with its share.
///
/// Stack totals are labelled all or none, as plain bars (per view of each panel).
///
/// No label sits on a mark but the one it labels (another series' line, point, rule or
/// bar, ``MarkObstacles``): a label that would is left out, and with it the rest of its
/// series (plain bars, and a line's points, are labelled all or none). Each label is drawn
/// in a group named after the mark it labels (``MarkObstacles/owner(layer:name:)``), so
/// ``Scene/textMarkCollisions(roles:tolerance:)`` can tell.
struct ValueLabeller {
    let builder: MarkBuilder
    let theme: Theme
    let kit: TextKit
    let locale: String
    /// The chart's marks, which labels keep off (collected when a label first asks).
    var obstacles = LazyObstacles(layers: [])
    /// At most this many bars are labelled; beyond it labels would clutter.
    static let maxBars = 24
    static let maxPoints = 12

    var font: FontDescriptor { theme.valueLabelFont }
    var totalFont: FontDescriptor { var f = theme.valueLabelFont; f.weight = .bold; return f }

    /// The formatter for one view's values: a normalized stack's shares in
    /// `config.normalizedNumberFormat`; else the value axis's format if it has one (a
    /// percent format without a precision at one decimal, ``labelFormat(_:)``); else whole
    /// numbers with thousands separators, with up to 2 decimals when needed below 100 and
    /// up to 1 below 1,000 (a mean of hundreds of millions reads 937,984,385, not
    /// 937,984,384.5: the label's figure is as precise as the axis beside it).
    func formatter(_ v: PreparedView) throws -> (Double) -> String {
        let def = v.encoding[v.semantics.valueChannel]
        if v.semantics.stack?.offset == .normalize {
            return try Bridge.numberFormatter(theme.normalizedNumberFormat, locale: locale)
        }
        if let f = def?.axis?.format ?? def?.format, def?.formatType != "time" {
            return try Bridge.numberFormatter(Self.labelFormat(f), locale: locale)
        }
        var largest = 0.0
        if let f = def?.outputField {
            v.table.forEachValue(of: f) { x in if let n = x.number, n.isFinite { largest = max(largest, abs(n)) } }
        }
        return try Bridge.numberFormatter(largest >= 1000 ? ",.0f" : largest >= 100 ? ",.1~f" : ",.2~f", locale: locale)
    }

    /// A format borrowed from an axis, made fit for a value label: a percent format that
    /// gives no precision (`%`, d3's six decimals: 57.870370%) shows one decimal, trailing
    /// zeros trimmed (57.9%, 50%). Any other format is used as written.
    static func labelFormat(_ f: String) -> String {
        guard var spec = try? FormatSpecifier(f), spec.precision == nil, spec.type == "%" || spec.type == "p" else { return f }
        spec.precision = 1
        spec.trim = true
        return spec.description
    }

    /// The name of the view's layer group (``MarkBuilder``'s), or nil for a view not drawn
    /// by this builder.
    func layerName(_ index: Int, _ v: PreparedView) -> String { "layer \(builder.firstLayer + index) \(v.mark.type.rawValue)" }

    /// Whether a label keeps off every mark but the one it labels.
    func clearOfMarks(_ t: TextNode, owner: String?) -> Bool { !obstacles.obstacles.hit(t.bounds, except: owner) }

    /// A label in a group named after the mark it labels.
    static func labelled(_ nodes: [TextNode], owner: String) -> SceneNode {
        .group(GroupNode(children: nodes.map { .text($0) }, role: .markLabel, name: owner))
    }

    /// Labels for every bar view, and totals for stacked ones.
    func barLabels(occupancy: inout Occupancy) throws -> [SceneNode] {
        var out: [SceneNode] = []
        var totals: [SceneNode] = []
        // A spec that labels its bars itself (a text layer) gets no automatic labels.
        if builder.views.contains(where: { MarkKinds.kind(of: $0).labelsItself }) { return [] }
        // Bars of several layers overlap (a bullet chart, bars behind bars): whose value a
        // label gave would be a guess, so there are none.
        let barViews = builder.views.enumerated().filter { MarkKinds.kind(of: $0.element).valueLabels($0.element) == .bars }
        if barViews.count > 1 { return [] }
        let e = builder.encoder
        for (index, v) in barViews {
            let layer = layerName(index, v)
            guard v.table.rows.count <= Self.maxBars, let vf = v.encoding[v.semantics.valueChannel]?.outputField else { continue }
            // Ranged bars (x/x2, y/y2) show spans, not values.
            if v.encoding[v.semantics.valueChannel == .x ? .x2 : .y2] != nil { continue }
            let format = try formatter(v)
            let vertical = v.semantics.valueChannel == .y
            let normalized = v.semantics.stack?.offset == .normalize
            let groupField = v.encoding[v.semantics.groupChannel]?.outputField
            // A stack of one segment a bar (Vega-Lite stacks by any colour field, even a
            // quantitative one) is labelled as plain bars: all or none, at the bar's end.
            let stacked = v.semantics.stack != nil
                && (normalized || Set(v.table.rows.compactMap { r in groupField.map { r[$0] } }).count < v.table.rows.count)
            let unparted = v.semantics.stack?.stackBy.isEmpty ?? false
            var stackEnds: [StackEnd.Key: StackEnd] = [:]
            // Plain bars are labelled all or none: a reader would take a bar without its
            // label for one without a value. (A stack's total carries its figure, so its
            // segments may go unlabelled one by one.)
            var scratch = occupancy
            var pending: [SceneNode] = []
            var complete = true
            for r in v.table.rows {
                let group: Channel = vertical ? .x : .y
                guard case .bar(let band, let span)? = MarkKinds.kind(of: v).labelAnchor(v, r, e), let value = r[vf].number else { continue }
                let lo = min(span.0, span.1), hi = max(span.0, span.1)
                let rect = vertical ? Rect(x: band.0, y: lo, width: band.1, height: hi - lo)
                                    : Rect(x: lo, y: band.0, width: hi - lo, height: band.1)
                // Whether the bar's value end is its top (vertical) or right end (horizontal):
                // where the label goes, also on a reversed scale (a pyramid's mirrored half).
                let endsHigh = vertical ? span.1 <= span.0 : span.1 >= span.0
                let shown = normalized ? ((r[vf + "_end"].number ?? 0) - (r[vf + "_start"].number ?? 0)) : value
                let text = format(shown)
                let owner = MarkObstacles.owner(layer: layer, name: e.datumName(v, r))
                let m = kit.measure(text, font)
                let fill = e.color(v, r)
                let fitsInside = vertical ? (m.width + 6 <= rect.width && m.height + 4 <= rect.height)
                                          : (m.width + 8 <= rect.width && m.height + 2 <= rect.height)
                if stacked, let gf = groupField {
                    StackEnd.add(value, span: span, band: band, group: r[gf], vertical: vertical, to: &stackEnds)
                }
                // Raw rows stacked with no part channel (no colour or detail) are not told
                // apart: only the stack's total is labelled, not each row.
                if stacked && unparted { continue }
                if fitsInside {
                    let textColor = Self.contrastingText(on: fill, theme: theme)
                    let node: TextNode
                    if stacked {
                        node = kit.node(text, at: Point(x: rect.midX, y: rect.midY), font: font, color: textColor,
                                        align: .center, baseline: .middle, role: .markLabel)
                    } else if vertical {
                        let atTop = endsHigh
                        node = kit.node(text, at: Point(x: rect.midX, y: atTop ? rect.minY + 3 : rect.maxY - 3), font: font,
                                        color: textColor, align: .center, baseline: atTop ? .top : .bottom, role: .markLabel)
                    } else {
                        let atRight = endsHigh
                        node = kit.node(text, at: Point(x: atRight ? rect.maxX - 4 : rect.minX + 4, y: rect.midY), font: font,
                                        color: textColor, align: atRight ? .end : .start, baseline: .middle, role: .markLabel)
                    }
                    if stacked {
                        if clearOfMarks(node, owner: owner), occupancy.place(node) { out.append(Self.labelled([node], owner: owner)) }
                    } else if clearOfMarks(node, owner: owner), scratch.place(node) {
                        pending.append(Self.labelled([node], owner: owner))
                    } else { complete = false }
                } else if stacked && vertical {
                    // Beside the segment, in the gap between bars, when that is clear.
                    let sides = [
                        kit.node(text, at: Point(x: rect.maxX + 4, y: rect.midY), font: font, color: theme.valueLabelColor,
                                 align: .start, baseline: .middle, role: .markLabel),
                        kit.node(text, at: Point(x: rect.minX - 4, y: rect.midY), font: font, color: theme.valueLabelColor,
                                 align: .end, baseline: .middle, role: .markLabel),
                    ]
                    if let step = e.scale(group)?.step, m.width + 8 <= (step - band.1) / 2 + 0.01 {
                        for c in sides where clearOfMarks(c, owner: owner) && occupancy.place(c) {
                            out.append(Self.labelled([c], owner: owner))
                            break
                        }
                    }
                } else if !stacked {
                    let node: TextNode
                    if vertical {
                        node = endsHigh
                            ? kit.node(text, at: Point(x: rect.midX, y: rect.minY - 3), font: font, color: theme.valueLabelColor,
                                       align: .center, baseline: .bottom, role: .markLabel)
                            : kit.node(text, at: Point(x: rect.midX, y: rect.maxY + 3), font: font, color: theme.valueLabelColor,
                                       align: .center, baseline: .top, role: .markLabel)
                    } else {
                        node = endsHigh
                            ? kit.node(text, at: Point(x: rect.maxX + 4, y: rect.midY), font: font, color: theme.valueLabelColor,
                                       align: .start, baseline: .middle, role: .markLabel)
                            : kit.node(text, at: Point(x: rect.minX - 4, y: rect.midY), font: font, color: theme.valueLabelColor,
                                       align: .end, baseline: .middle, role: .markLabel)
                    }
                    if clearOfMarks(node, owner: owner), scratch.place(node) {
                        pending.append(Self.labelled([node], owner: owner))
                    } else { complete = false }
                }
            }
            if !stacked && complete {
                occupancy = scratch
                out += pending
            }
            // Stack totals beyond each stack (not for normalized stacks, which all total 100%).
            if stacked && !normalized && theme.stackTotals {
                let multi = Set(v.table.rows.compactMap { r in groupField.map { r[$0] } }).count < v.table.rows.count
                guard multi else { continue }
                // A stack with parts below zero (a diverging stack) has a total on each side,
                // the positive one signed, so neither reads as the stack's net total.
                let diverging = stackEnds.keys.contains { $0.negative }
                // All or none, as plain bars: a stack without its total would read as one
                // whose total is not worth a figure (or as a missing value).
                var scratch = occupancy
                var placed: [SceneNode] = []
                var complete = true
                for (key, s) in stackEnds.sorted(by: { $0.key < $1.key }) {
                    let text = (diverging && !key.negative ? "+" : "") + format(s.total)
                    let mid = s.band.0 + s.band.1 / 2
                    let node: TextNode = switch (vertical, key.negative) {
                    case (true, false): kit.node(text, at: Point(x: mid, y: s.end - 3), font: totalFont,
                                                 color: theme.valueLabelColor, align: .center, baseline: .bottom, role: .total)
                    case (true, true): kit.node(text, at: Point(x: mid, y: s.end + 3), font: totalFont,
                                                color: theme.valueLabelColor, align: .center, baseline: .top, role: .total)
                    case (false, false): kit.node(text, at: Point(x: s.end + 5, y: mid), font: totalFont,
                                                  color: theme.valueLabelColor, align: .start, baseline: .middle, role: .total)
                    case (false, true): kit.node(text, at: Point(x: s.end - 5, y: mid), font: totalFont,
                                                 color: theme.valueLabelColor, align: .end, baseline: .middle, role: .total)
                    }
                    guard clearOfMarks(node, owner: nil), scratch.place(node) else {
                        complete = false
                        break
                    }
                    placed.append(.text(node))
                }
                if complete {
                    occupancy = scratch
                    totals += placed
                }
            }
        }
        return out + totals
    }

    /// Values beside the points of lines drawn with `point: true`, when there are few: each
    /// series labelled all or none.
    func pointLabels(occupancy: inout Occupancy) throws -> [SceneNode] {
        var out: [SceneNode] = []
        let e = builder.encoder
        for (index, v) in builder.views.enumerated() where MarkKinds.kind(of: v).valueLabels(v) == .points {
            let across = v.semantics.valueChannel
            guard let vf = v.encoding[across]?.outputField else { continue }
            let series = e.series(v)
            guard series.allSatisfy({ $0.rows.count <= Self.maxPoints }) else { continue }
            let format = try formatter(v)
            for s in series {
                // The series' line and points are named after its first row (``SeriesDrawing``).
                guard let first = s.rows.first else { continue }
                let owner = MarkObstacles.owner(layer: layerName(index, v), name: e.datumName(v, first))
                var scratch = occupancy
                var placed: [TextNode] = []
                var complete = true
                for r in s.rows {
                    guard let n = r[vf].number, case .point(let p)? = MarkKinds.kind(of: v).labelAnchor(v, r, e) else { continue }
                    let (px, py) = (p.x, p.y)
                    let text = format(n)
                    let candidates = [
                        kit.node(text, at: Point(x: px, y: py - 7), font: font, color: theme.valueLabelColor, align: .center, baseline: .bottom, role: .markLabel),
                        kit.node(text, at: Point(x: px, y: py + 7), font: font, color: theme.valueLabelColor, align: .center, baseline: .top, role: .markLabel),
                        kit.node(text, at: Point(x: px + 7, y: py), font: font, color: theme.valueLabelColor, align: .start, baseline: .middle, role: .markLabel),
                        kit.node(text, at: Point(x: px - 7, y: py), font: font, color: theme.valueLabelColor, align: .end, baseline: .middle, role: .markLabel),
                    ]
                    guard let c = candidates.first(where: { clearOfMarks($0, owner: owner) && scratch.isFree($0.bounds) }) else {
                        complete = false
                        break
                    }
                    scratch.add(c.bounds)
                    placed.append(c)
                }
                if complete && !placed.isEmpty {
                    occupancy = scratch
                    out.append(Self.labelled(placed, owner: owner))
                }
            }
        }
        return out
    }

    /// The text colour for a label inside a bar: of the style's value-label colour, its
    /// background, white and black, the first that meets WCAG's 4.5:1 against `fill`, else
    /// whichever contrasts most.
    static func contrastingText(on fill: Color, theme: Theme) -> Color {
        let candidates = [theme.valueLabelColor, theme.background, .white, .black]
        if let good = candidates.first(where: { fill.contrastRatio(with: $0) >= 4.5 }) { return good }
        return candidates.max { fill.contrastRatio(with: $0) < fill.contrastRatio(with: $1) }!
    }
}
