import ChartsmithSpec

/// The axis and legend looks of a style, written back in `config` keys.
extension StylePrinter {
    static func axisLook(_ l: AxisLook) -> [(String, JSON)] {
        var out: [(String, JSON)] = []
        if let v = l.labelColor { out.append(("labelColor", .string(v.value))) }
        if let v = l.labelFontSize { out.append(("labelFontSize", .number(v))) }
        if let v = l.labelBold { out.append(("labelFontWeight", .string(v ? "bold" : "normal"))) }
        if let v = l.labelItalic { out.append(("labelFontStyle", .string(v ? "italic" : "normal"))) }
        if let v = l.labelOpacity { out.append(("labelOpacity", .number(v))) }
        if let v = l.labelLimit { out.append(("labelLimit", .number(v))) }
        if let v = l.titleColor { out.append(("titleColor", .string(v.value))) }
        if let v = l.titleFontSize { out.append(("titleFontSize", .number(v))) }
        if let v = l.titleBold { out.append(("titleFontWeight", .string(v ? "bold" : "normal"))) }
        if let v = l.titleItalic { out.append(("titleFontStyle", .string(v ? "italic" : "normal"))) }
        if let v = l.titleOpacity { out.append(("titleOpacity", .number(v))) }
        if let v = l.titlePadding { out.append(("titlePadding", .number(v))) }
        if let v = l.titleAnchor { out.append(("titleAnchor", .string(v))) }
        if let v = l.titleLimit { out.append(("titleLimit", .number(v))) }
        if let v = l.tickColor { out.append(("tickColor", .string(v.value))) }
        if let v = l.tickWidth { out.append(("tickWidth", .number(v))) }
        if let v = l.tickOpacity { out.append(("tickOpacity", .number(v))) }
        if let v = l.domainDash { out.append(("domainDash", .array(v.map(JSON.number)))) }
        if let v = l.domainOpacity { out.append(("domainOpacity", .number(v))) }
        return out
    }

    static func legendLook(_ l: LegendLook) -> [(String, JSON)] {
        var out: [(String, JSON)] = []
        if let v = l.direction { out.append(("direction", .string(v))) }
        if let v = l.columns { out.append(("columns", .number(Double(v)))) }
        if let v = l.padding { out.append(("padding", .number(v))) }
        if let v = l.offset { out.append(("offset", .number(v))) }
        if let v = l.rowPadding { out.append(("rowPadding", .number(v))) }
        if let v = l.columnPadding { out.append(("columnPadding", .number(v))) }
        if let v = l.labelOpacity { out.append(("labelOpacity", .number(v))) }
        if let v = l.labelLimit { out.append(("labelLimit", .number(v))) }
        if let v = l.labelOffset { out.append(("labelOffset", .number(v))) }
        if let v = l.titleOpacity { out.append(("titleOpacity", .number(v))) }
        if let v = l.titlePadding { out.append(("titlePadding", .number(v))) }
        if let v = l.titleOrient { out.append(("titleOrient", .string(v))) }
        if let v = l.symbolSize { out.append(("symbolSize", .number(v))) }
        if let v = l.symbolType { out.append(("symbolType", .string(v))) }
        if let v = l.symbolStrokeWidth { out.append(("symbolStrokeWidth", .number(v))) }
        if let v = l.symbolOpacity { out.append(("symbolOpacity", .number(v))) }
        if let v = l.fillColor { out.append(("fillColor", .string(v.value))) }
        if let v = l.strokeColor { out.append(("strokeColor", .string(v.value))) }
        if let v = l.strokeWidth { out.append(("strokeWidth", .number(v))) }
        if let v = l.cornerRadius { out.append(("cornerRadius", .number(v))) }
        return out
    }
}
