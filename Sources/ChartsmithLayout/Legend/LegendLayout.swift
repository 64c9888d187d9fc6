import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// A legend's resolved look: the style's legend fonts and colours with `config.legend`'s
/// and the legend object's ``LegendLook`` on top.
struct LegendInk {
    var labelFont = FontDescriptor(size: 12)
    var titleFont = FontDescriptor(size: 12, weight: .bold)
    var labelColor = Color.black
    var titleColor = Color.black
    /// `symbolSize`: a symbol's area in square points, or nil for the swatch's own size.
    var symbolSize: Double?
    /// `symbolType`: the shape every entry takes, or nil for the marks' swatch.
    var symbolType: String?
    var symbolStrokeWidth: Double?
    var symbolOpacity: Double?
    /// The gap between a symbol and its label.
    var labelOffset = LegendBox.swatchGap
    /// The room inside the legend's box.
    var padding = 0.0
    /// The legend's box: `fillColor`, `strokeColor` (with `strokeWidth`), `cornerRadius`.
    var fill: Color?
    var stroke: Stroke?
    var cornerRadius = 0.0
    /// The title sits above the entries (else before them, on their first row).
    var titleAbove = false
    var titlePadding = 0.0

    init() {}

    init(_ l: LegendLook, theme: Theme, vertical: Bool) {
        labelFont = theme.legendFont
        titleFont = theme.legendTitleFont
        if let v = l.labelFontSize { labelFont.size = v }
        if let v = l.labelBold { labelFont.weight = v ? .bold : .regular }
        if let v = l.titleFontSize { titleFont.size = v }
        if let v = l.titleBold { titleFont.weight = v ? .bold : .regular }
        // (Colours were checked where they were decoded or applied; a bad one keeps the style's.)
        labelColor = l.labelColor.flatMap { try? Theme.color($0) } ?? theme.legendLabelColor
        if let o = l.labelOpacity { labelColor = labelColor.withOpacity(o) }
        titleColor = l.titleColor.flatMap { try? Theme.color($0) } ?? theme.legendTitleColor
        if let o = l.titleOpacity { titleColor = titleColor.withOpacity(o) }
        symbolSize = l.symbolSize
        symbolType = l.symbolType
        symbolStrokeWidth = l.symbolStrokeWidth
        symbolOpacity = l.symbolOpacity
        labelOffset = l.labelOffset ?? LegendBox.swatchGap
        padding = l.padding ?? 0
        fill = l.fillColor.flatMap { try? Theme.color($0) }
        if let c = l.strokeColor.flatMap({ try? Theme.color($0) }), (l.strokeWidth ?? 1) > 0 {
            stroke = Stroke(color: c, width: l.strokeWidth ?? 1)
        }
        cornerRadius = l.cornerRadius ?? 0
        titleAbove = l.titleOrient.map { $0 == "top" } ?? vertical
        titlePadding = l.titlePadding ?? (titleAbove ? 4 : LegendBox.itemGap)
    }
}

extension LegendBox {
    /// The legend's ink: its look over the style's, in its own label and title families.
    func textInk(_ look: LegendLook, theme: Theme, vertical: Bool) -> LegendInk {
        var ink = LegendInk(look, theme: theme, vertical: vertical)
        ink.labelFont.family = theme.family(labelFamily, or: ink.labelFont.family)
        ink.titleFont.family = theme.family(titleFamily, or: ink.titleFont.family)
        return ink
    }

    /// Lays the entries out: in a column (`vertical`), in rows wrapped at `maxWidth`, or,
    /// with `columns`, in a grid whose columns are as wide as their widest entry; the title
    /// above the entries or before them; all inside the box's `padding`.
    mutating func layout(_ entries: [(String, Color, [Double], String?)], look: LegendLook, theme: Theme, kit: TextKit,
                         vertical: Bool, maxWidth: Double) {
        ink = textInk(look, theme: theme, vertical: vertical)
        if let t = ink.symbolType, symbol != .shape, symbol != .sized, !(t == "stroke" && symbol == .line) {
            // Outlined when the marks are (unfilled points), as Vega-Lite's legend symbols.
            symbol = .shape; filledShapes = filledShapes && t != "stroke"
        }
        let font = ink.labelFont
        let lh = kit.lineHeight(font)
        labelHeight = lh
        let sw = swatchWidth
        rowHeight = ink.symbolSize == nil || symbol == .line ? lh : max(lh, symbolSide)
        // A size legend's rows are each as tall as their symbol (with its outline), or a label.
        let outline = filledShapes ? 0 : (ink.symbolStrokeWidth ?? Self.sizedStroke)
        let heights = symbol == .sized && areas.count == entries.count
            ? areas.map { max(lh, Self.diameter($0) + outline) } : entries.map { _ in rowHeight }
        rowHeight = heights.max() ?? rowHeight
        let rowGap = look.rowPadding ?? (vertical ? 4 : 6)
        let colGap = look.columnPadding ?? Self.itemGap
        let columns = look.columns ?? (vertical ? 1 : 0)
        let pad = ink.padding
        var x0 = 0.0, y0 = 0.0, titleW = 0.0
        if let t = title {
            titleW = kit.width(t, ink.titleFont)
            titleSize = Size(width: titleW, height: kit.lineHeight(ink.titleFont))
            if ink.titleAbove { y0 = titleSize.height + ink.titlePadding } else { x0 = titleW + ink.titlePadding }
        }
        let labelLimit = min(look.labelLimit.flatMap { $0 > 0 ? $0 : nil } ?? .infinity, max(40, maxWidth - sw - ink.labelOffset))
        let measured = entries.map { e -> (String, Double) in
            let lw = kit.width(e.0, font)
            return (lw > labelLimit ? kit.truncate(e.0, font: font, maxWidth: labelLimit) : e.0, min(lw, labelLimit))
        }
        let widths = measured.map { sw + ink.labelOffset + $0.1 }
        var origins: [Point] = []
        var entriesW = 0.0, entriesH = 0.0
        // A grid row's entries share its height; rows wrapped at the width share the tallest.
        var itemH = entries.map { _ in rowHeight }
        if columns > 0 {
            // A grid, row by row, each column as wide as its widest entry.
            let cols = max(1, min(columns, entries.count))
            var colW = [Double](repeating: 0, count: cols)
            for (i, w) in widths.enumerated() { colW[i % cols] = max(colW[i % cols], w) }
            let rows = (entries.count + cols - 1) / cols
            // Each grid row as tall as its tallest entry.
            var rowH = [Double](repeating: 0, count: rows)
            for (i, h) in heights.enumerated() { rowH[i / cols] = max(rowH[i / cols], h) }
            for i in widths.indices {
                let c = i % cols, r = i / cols
                let x = colW[..<c].reduce(0, +) + Double(c) * colGap
                origins.append(Point(x: x, y: rowH[..<r].reduce(0, +) + Double(r) * rowGap))
                itemH[i] = rowH[r]
            }
            entriesW = colW.reduce(0, +) + Double(cols - 1) * colGap
            entriesH = rows == 0 ? 0 : rowH.reduce(0, +) + Double(rows - 1) * rowGap
            origins = origins.map { Point(x: x0 + $0.x, y: $0.y) }
            entriesW += x0
        } else {
            // Rows wrapped at the width; a title before the entries takes the first row's
            // start, and the rows below start under it.
            var x = x0, y = 0.0
            for w in widths {
                if x > 0 && x + w > maxWidth - 2 * pad {
                    x = 0
                    y += rowHeight + rowGap
                }
                origins.append(Point(x: x, y: y))
                entriesW = max(entriesW, x + w)
                x += w + colGap
            }
            entriesH = entries.isEmpty ? 0 : y + rowHeight
        }
        items = zip(entries, zip(measured, origins)).enumerated().map { i, emo in
            let (e, mo) = emo
            let sized = symbol == .sized && i < areas.count
            return Item(label: mo.0.0, color: e.1, dash: e.2, origin: Point(x: pad + mo.1.x, y: pad + y0 + mo.1.y), labelWidth: mo.0.1,
                        shape: ink.symbolType.flatMap { t in (symbol == .shape || symbol == .sized) && e.3 == nil ? t : nil } ?? e.3,
                        area: sized ? areas[i] : nil, rowHeight: itemH[i], lineWidth: i < lineWidths.count ? lineWidths[i] : nil)
        }
        let contentW = ink.titleAbove ? max(titleW, entriesW) : max(x0 - ink.titlePadding, entriesW)
        let contentH = ink.titleAbove ? y0 + entriesH : max(titleSize.height, entriesH)
        size = Size(width: contentW + 2 * pad, height: contentH + 2 * pad)
    }

    /// The side of a square or dot symbol: `symbolSize`'s square root, or the swatch.
    var symbolSide: Double { ink.symbolSize.map { $0.squareRoot() } ?? Self.swatch }

    /// The width a symbol takes before its label.
    var swatchWidth: Double {
        symbol == .sized ? sizeColumn : symbol == .line ? Self.lineSwatch : (ink.symbolSize == nil ? Self.swatch : symbolSide)
    }

    func draw(at o: Point, kit: TextKit, theme: Theme) -> [SceneNode] {
        if let g = gradient { return g.draw(at: o, kit: kit, theme: theme) }
        if !stacked.isEmpty {
            return stacked.flatMap { $0.box.draw(at: Point(x: o.x + $0.offset.x, y: o.y + $0.offset.y), kit: kit, theme: theme) }
        }
        var out: [SceneNode] = []
        if ink.fill != nil || ink.stroke != nil {
            out.append(.rect(RectNode(rect: Rect(x: o.x, y: o.y, width: size.width, height: size.height), fill: ink.fill,
                                      stroke: ink.stroke, cornerRadius: ink.cornerRadius, role: .legend, name: "legend box")))
        }
        if let t = title {
            let p = Point(x: o.x + ink.padding, y: o.y + ink.padding + (ink.titleAbove ? 0 : (rowHeight - labelHeight) / 2))
            out.append(.text(kit.node(t, at: p, font: ink.titleFont, color: ink.titleColor, role: .legendTitle)))
        }
        let sw = swatchWidth
        let style = LegendSymbol.Style(side: ink.symbolSize == nil ? nil : symbolSide, size: ink.symbolSize,
                                       strokeWidth: ink.symbolStrokeWidth, opacity: ink.symbolOpacity ?? markOpacity, sizedMark: sizedMark)
        for item in items {
            let p = Point(x: o.x + item.origin.x, y: o.y + item.origin.y)
            let midY = p.y + item.rowHeight / 2
            out.append(symbol.swatch(item, x: p.x, midY: midY, width: sw, hollowShapes: !filledShapes, theme: theme, style: style))
            out.append(.text(kit.node(item.label, at: Point(x: p.x + sw + ink.labelOffset, y: p.y + (item.rowHeight - labelHeight) / 2),
                                      font: ink.labelFont, color: ink.labelColor, role: .legendLabel)))
        }
        return out
    }
}
