import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation

/// Text: each row's text (the `text` channel formatted, or the mark's own) at its
/// position, aligned, turned and offset as Vega draws it.
struct TextMark: MarkKind {
    var types: [MarkType] { [.text] }

    /// A text layer alone in its chart gets a band scale, as Vega-Lite; beside other layers
    /// it takes theirs.
    func asksForBands(_ v: PreparedView, channel: Channel, layers: Int) -> Bool { v.encoding[channel] != nil && layers == 1 }
    var labelsItself: Bool { true }

    static func align(_ s: String?) -> TextNode.Align { s == "left" ? .start : s == "right" ? .end : .center }

    static func baseline(_ s: String?) -> TextNode.Baseline {
        switch s {
        case "top", "line-top": return .top
        case "bottom", "line-bottom": return .bottom
        case "alphabetic": return .alphabetic
        default: return .middle
        }
    }

    /// A text's lines: its own (an array's items) each split at `lineBreak`, as Vega
    /// splits a string with it.
    static func lines(_ text: String, lineBreak: String?) -> [String] {
        let lines = text.utf8.contains(UInt8(ascii: "\n"))
            ? text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [text]
        guard let lineBreak, lineBreak != "\n" else { return lines }
        return lines.flatMap { $0.components(separatedBy: lineBreak) }
    }

    /// Vega-Lite's font size for a text mark that sets none: the size the spec's steps and
    /// positions were laid out for (a heatmap's 20-point cells hold three digits).
    static let vegaFontSize = 11.0

    /// A text mark's font: its own (or its style's `config.text`) `fontSize`, else
    /// Vega-Lite's 11 points, or the style's label size where that is smaller (print's 9);
    /// in the mark's `font`, weight and style.
    static func font(_ v: PreparedView, theme: Theme) -> FontDescriptor {
        var font = theme.valueLabelFont
        font.family = theme.family(v.mark.font, or: font.family)
        font.size = v.mark.fontSize ?? min(font.size, vegaFontSize)
        if v.mark.fontWeight == "bold" { font.weight = .bold }
        if let italic = v.mark.italic { font.italic = italic }
        return font
    }

    /// The layer's texts, set smaller where at its font size they would overlap one another
    /// (``TextMarkFit``).
    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) throws -> [SceneNode] {
        let font = Self.font(v, theme: e.theme)
        let out = try set(v, e, kit: kit, font: font)
        if PieLabels.arc(labelledBy: v, e) != nil { return out }
        return try TextMarkFit.fitted(out, font: font, asked: v.mark.fontSize) { try set(v, e, kit: kit, font: $0) }
    }

    /// The layer's texts in `font`.
    func set(_ v: PreparedView, _ e: RowEncoder, kit: TextKit, font markFont: FontDescriptor) throws -> [SceneNode] {
        var out: [SceneNode] = []
        var font = markFont
        let lineHeight = v.mark.lineHeight ?? font.size + 2
        let td = v.encoding[.text]
        let fmt: ((Value) -> String)
        // A field with a time unit prints as a time whatever its type, as Vega-Lite's
        // `isFieldOrDatumDefForTimeFormat` (``TimeFormatChoice``).
        let unitTime = td.map { $0.timeUnit != nil && $0.formatType == nil } ?? false
        if let td, let f = td.format, td.formatType != "time", td.effectiveType(for: .text) != .temporal, !unitTime {
            let nf = try Bridge.numberFormatter(f, locale: e.theme.locale)
            fmt = { $0.number.map(nf) ?? $0.text }
        } else if let td, td.effectiveType(for: .text) == .temporal || td.formatType == "time" || unitTime {
            let tf = try Bridge.timeFormatter(td.format ?? td.timeUnit.map(TimeUnitFormat.specifier) ?? "%b %d, %Y", locale: e.theme.locale)
            fmt = { Coercion.date($0).map(tf) ?? $0.text }
        } else if let td, td.effectiveType(for: .text) == .quantitative || td.datum.map({ Value.from($0).number != nil }) == true {
            // Numbers in full, grouped as the locale groups them (9,310,714), where Vega
            // prints them plain; d3's `,` keeps up to 12 significant digits.
            let nf = try Bridge.numberFormatter(",", locale: e.theme.locale)
            fmt = { $0.number.map(nf) ?? $0.text }
        } else {
            fmt = { $0.text }
        }
        // Identical texts at one spot (a `datum` or `value` text repeated on every row)
        // are drawn once: one is what the reader sees, and the final overlap check would
        // otherwise drop every copy.
        var drawn = Set<TextNode>()
        // Polar text: placed by its slice; labels outside a pie go in columns beside it.
        let polar = v.encoding[.theta] != nil || v.encoding[.radius] != nil ? PolarGeometry(v, e, kit: kit) : nil
        let outside = PieLabels.arc(labelledBy: v, e) != nil
        var angles: [Double] = []
        for r in v.table.rows {
            var text: String
            if let td {
                if case .some(let c) = e.conditional(v, .text, r) { text = Value.from(c).text }
                // A bin prints as its range, "start – end", as Vega-Lite's `binFormatExpression`.
                else if let f = td.outputField, let e = td.binEndField { text = "\(fmt(r[f])) – \(fmt(r[e]))" }
                else if let f = td.outputField { text = fmt(r[f]) }
                else if let c = td.datum { text = fmt(Value.from(c)) }
                else if let c = td.value { text = Value.from(c).text } else { continue }
            } else if let expr = e.markExpression(v, "text", r) { text = expr.text
            } else if let t = v.mark.text { text = t } else { continue }
            if text.isEmpty { continue }
            var px = v.encoding[.x] == nil ? e.markPosition(v, .x) ?? e.plot.midX : e.position(v, .x, r)
            var py = v.encoding[.y] == nil ? e.markPosition(v, .y) ?? e.plot.midY : e.position(v, .y, r)
            // Polar text (beside arcs): at its slice's middle angle and its radius; a row with
            // no place there (a null or invalid angle or radius, the null bin of a radial
            // histogram) is left out, as Vega-Lite filters it, not set at the centre.
            if v.encoding[.theta] != nil || v.encoding[.radius] != nil, let polar {
                guard let p = polar.textPosition(v, r) else { continue }
                (px, py) = (p.x, p.y)
                if outside, let (a, b) = polar.angles(v, r) { angles.append((a + b) / 2) }
            }
            guard var px, var py, px.isFinite, py.isFinite else { continue }
            // Grouped bars: a label sits in the centre of its sub-band.
            guard let centre = e.offsetCentre(v, r, px, py) else { continue }
            (px, py) = centre
            // `angle`: degrees clockwise, per row when given as an expression. As in Vega, the
            // offsets dx and dy run along the turned text.
            var angle = (e.angle(v, r) ?? 0).truncatingRemainder(dividingBy: 360)
            if !angle.isFinite { angle = 0 }
            let dx = e.markExpression(v, "dx", r)?.number ?? v.mark.dx ?? 0
            let dy = e.markExpression(v, "dy", r)?.number ?? v.mark.dy ?? 0
            let theta = angle * .pi / 180
            px += dx * cos(theta) - dy * sin(theta)
            py += dx * sin(theta) + dy * cos(theta)
            let align = Self.align(e.markExpression(v, "align", r)?.text ?? v.mark.align)
            let baseline = Self.baseline(e.markExpression(v, "baseline", r)?.text ?? v.mark.baseline)
            let explicitColor = v.encoding[.color] != nil || v.encoding[.fill] != nil || v.mark.color != nil || v.mark.fill != nil
            // Over a heatmap's cell, black or white by contrast with the cell.
            var c = explicitColor ? e.color(v, r) : RectMark.labelColor(at: Point(x: px, y: py), e, theme: e.theme.textColor) ?? e.theme.textColor
            // Text in a series colour the style's palette chose reads as that colour's text
            // variant (hue kept, darkened until it meets 4.5:1 on the background).
            if e.seriesColorFromStylePalette(v, r) { c = c.textVariant(on: e.theme.background) }
            // A mark's text given as an array, or split at `lineBreak`: one line each, a line
            // height (`lineHeight`, by default the font size + 2, as Vega) apart, the block
            // set on the baseline as Vega sets it.
            // The `size` channel is the font size (its condition, value or field).
            font.size = e.fontSize(v, r) ?? markFont.size
            let lineHeight = v.mark.lineHeight ?? font.size + 2
            let lines = Self.lines(text, lineBreak: v.mark.lineBreak)
            let first: Double = switch baseline {
            case .top: 0
            case .middle: -Double(lines.count - 1) / 2
            case .alphabetic, .bottom: -Double(lines.count - 1)
            }
            for (i, whole) in lines.enumerated() where !whole.isEmpty {
                // `limit`: a longer line is cut short with an ellipsis, as Vega does.
                let line = v.mark.limit.map { kit.truncate(whole, font: font, maxWidth: $0) } ?? whole
                let k = (first + Double(i)) * lineHeight
                var node = kit.node(line, at: Point(x: px - sin(theta) * k, y: py + cos(theta) * k), font: font,
                                    color: c.withOpacity(e.opacity(v, r)), align: align, baseline: baseline, angle: angle, role: .markLabel)
                if lines.count > 1 { node = node.asBlockLine(lineHeight: lineHeight) }
                if drawn.insert(node).inserted { out.append(.text(node)) } else if outside, !angles.isEmpty { angles.removeLast() }
            }
        }
        if outside, angles.count == out.count {
            // At their radius, as Vega sets them, when there they stand clear of one another
            // inside the plot; otherwise in columns beside the pie with leader lines.
            let inside = out.allSatisfy { n in
                guard case .text(let t) = n else { return true }
                return e.plot.contains(t.bounds, tolerance: 0.5)
            }
            if inside, !TextMarkFit.overlapping(out) { return out }
            let items = zip(out, angles).compactMap { n, a -> PieLabels.Item? in
                guard case .text(let t) = n else { return nil }
                return PieLabels.Item(node: t, angle: a)
            }
            return PieLabels.place(items, v, e, kit: kit)
        }
        return out
    }
}
