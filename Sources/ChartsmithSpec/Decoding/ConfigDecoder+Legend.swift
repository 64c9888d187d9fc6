// `config.legend`, and the legend looks it shares with a channel's legend object.

extension ConfigDecoder {
    /// Legend properties Chartsmith does not draw, with what they are.
    static let unsupportedLegendKeys: [String: String] = [
        "gradientLength": "gradient legends", "gradientThickness": "gradient legends",
        "gradientStrokeColor": "gradient legends", "gradientStrokeWidth": "gradient legends",
        "labelFontStyle": "italic legend labels", "titleFontStyle": "italic legend titles",
        "layout": "legend layout", "symbolFillColor": "legend symbol fills (symbols take the scale's colours)",
        "symbolStrokeColor": "legend symbol strokes (symbols take the scale's colours)",
        "symbolDash": "legend symbol dashes", "symbolDashOffset": "legend symbol dashes", "symbolOffset": "legend symbol offsets",
        "symbolLimit": "legend symbol limits", "symbolBaseFillColor": "legend symbol fills",
        "symbolBaseStrokeColor": "legend symbol strokes", "symbolDirection": "legend symbol directions",
        "titleAlign": "legend title alignment", "titleAnchor": "legend title anchors", "titleBaseline": "legend title baselines",
        "titleLimit": "legend title limits", "titleLineHeight": "legend title line heights", "labelAlign": "legend label alignment",
        "labelBaseline": "legend label baselines", "labelSeparation": "legend label separation", "labelOverlap": "legend label overlap",
        "clipHeight": "legend clip heights", "gridAlign": "legend grid alignment", "legendX": "legend positions",
        "legendY": "legend positions", "tickCount": "legend tick counts", "labelExpr": "legend label expressions",
        "unselectedOpacity": "selections", "zindex": "legend drawing order", "values": "legend entry lists",
        "title": "default legend titles", "type": "legend types",
    ]

    static func decodeLegend(_ l: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(l, what: "config.legend")
        c.legendLabel.font = try fontFamily(&q, "labelFont")
        c.legendLabel.fontSize = try positive(&q, "labelFontSize", allowZero: false)
        c.legendLabel.bold = try weight(&q, "labelFontWeight")
        c.legendLabel.color = try color(&q, "labelColor")
        c.legendTitle.font = try fontFamily(&q, "titleFont")
        c.legendTitle.fontSize = try positive(&q, "titleFontSize", allowZero: false)
        c.legendTitle.bold = try weight(&q, "titleFontWeight")
        c.legendTitle.color = try color(&q, "titleColor")
        if let o = q.take("orient") {
            let s = try o.asString()
            let allowed = ["top", "bottom", "left", "right"]
            guard allowed.contains(s) else {
                throw Diagnostic(location: o.location, path: o.path,
                                 message: "legend orient \"\(s)\" is not supported by Chartsmith; expected one of \"top\", \"bottom\", \"left\", \"right\"",
                                 suggestion: Suggest.closest(to: s, in: allowed))
            }
            c.legendOrient = s
        }
        c.legendDisable = try q.bool("disable")
        try decodeLegendLook(&q, into: &c.legendLook, text: false)
        q.ignore("aria", "description")
        try q.finish(unsupported: unsupportedLegendKeys)
    }

    /// Reads the ``LegendLook`` keys present in `q`; with `text`, the label and title
    /// colours, sizes and weights too. A value given as an object (a condition or an
    /// expression) is left unread for the caller to name.
    static func decodeLegendLook(_ q: inout ObjectReader, into l: inout LegendLook, text: Bool) throws {
        if text { try decodeGuideText(&q, into: &l) }
        if q.hasPlain("direction"), let d = q.take("direction") { l.direction = try oneOf(d, ["horizontal", "vertical"]) }
        if q.hasPlain("columns"), let n = q.take("columns") {
            let v = try n.asNumber()
            guard v >= 0, v <= 1000, v == v.rounded() else { throw n.mismatch("a whole number of columns, 0 or more") }
            l.columns = Int(v)
        }
        if q.hasPlain("padding") { l.padding = try positive(&q, "padding", allowZero: true) }
        if q.hasPlain("offset"), let n = q.take("offset") { l.offset = try finite(n) }
        if q.hasPlain("rowPadding") { l.rowPadding = try positive(&q, "rowPadding", allowZero: true) }
        if q.hasPlain("columnPadding") { l.columnPadding = try positive(&q, "columnPadding", allowZero: true) }
        if q.hasPlain("labelOpacity") { l.labelOpacity = try fraction(&q, "labelOpacity") }
        if q.hasPlain("titleOpacity") { l.titleOpacity = try fraction(&q, "titleOpacity") }
        if q.hasPlain("labelLimit") { l.labelLimit = try positive(&q, "labelLimit", allowZero: true) }
        if q.hasPlain("labelOffset"), let n = q.take("labelOffset") { l.labelOffset = try finite(n) }
        if q.hasPlain("titlePadding"), let n = q.take("titlePadding") { l.titlePadding = try finite(n) }
        if q.hasPlain("titleOrient"), let n = q.take("titleOrient") { l.titleOrient = try oneOf(n, ["top", "left"]) }
        if q.hasPlain("symbolSize") { l.symbolSize = try positive(&q, "symbolSize", allowZero: true) }
        if q.hasPlain("symbolType"), let n = q.take("symbolType") {
            l.symbolType = try oneOf(n, ["circle", "square", "cross", "diamond", "triangle-up", "triangle-down", "triangle-right",
                                         "triangle-left", "stroke", "triangle", "arrow", "wedge"])
        }
        if q.hasPlain("symbolStrokeWidth") { l.symbolStrokeWidth = try positive(&q, "symbolStrokeWidth", allowZero: true) }
        if q.hasPlain("symbolOpacity") { l.symbolOpacity = try fraction(&q, "symbolOpacity") }
        if q.hasPlain("fillColor") { l.fillColor = try color(&q, "fillColor") }
        if q.hasPlain("strokeColor") { l.strokeColor = try color(&q, "strokeColor") }
        if q.hasPlain("strokeWidth") { l.strokeWidth = try positive(&q, "strokeWidth", allowZero: true) }
        if q.hasPlain("cornerRadius") { l.cornerRadius = try positive(&q, "cornerRadius", allowZero: true) }
    }
}
