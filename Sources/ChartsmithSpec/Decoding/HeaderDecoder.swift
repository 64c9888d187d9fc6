/// Decodes a facet's `header` object, and `config.header` (with `headerRow`,
/// `headerColumn` and `headerFacet`), which share its shape. What changes the text is
/// honoured (`title`, `labels`, `format`/`labelFormat`, `formatType`, `labelExpr`); the
/// placement and styling the house style decides raise a located warning each.
enum HeaderDecoder {
    /// Styling of the header's label and title text, which the house style sets.
    static let styling = ["labelAnchor", "labelBaseline", "labelColor", "labelFontSize", "labelFontStyle",
                          "labelFontWeight", "labelLimit", "labelLineHeight", "titleAlign", "titleAnchor", "titleAngle",
                          "titleBaseline", "titleColor", "titleFontSize", "titleFontStyle", "titleFontWeight",
                          "titleLimit", "titleLineHeight"]
    /// Where the header and its title go, and their spacing: Chartsmith writes the labels
    /// level and left-aligned above each cell, the title above the grid.
    static let placement = ["labelAlign", "labelPadding", "titlePadding"]

    static func decode(_ node: JSONNode, what: String = "a header") throws -> HeaderSpec {
        var r = try ObjectReader(node, what: what, kind: "header")
        var h = HeaderSpec()
        if let t = r.take("title") { h.title = t.isNull ? [] : try t.asLines() }
        let labelFormat = try r.string("labelFormat"), format = try r.string("format")
        h.labelFormat = labelFormat ?? format
        if let t = r.take("formatType") {
            let s = try t.asString()
            guard ["number", "time", "utc"].contains(s) else {
                throw Diagnostic(location: t.location, path: t.path, message: "expected \"number\", \"time\" or \"utc\", found \"\(s)\"",
                                 suggestion: Suggest.closest(to: s, in: ["number", "time", "utc"]))
            }
            h.formatType = s
        }
        h.labelExpr = try r.string("labelExpr")
        if let l = try r.bool("labels") { h.labels = l }
        h.labelFont = try ConfigDecoder.fontFamily(&r, "labelFont")
        h.titleFont = try ConfigDecoder.fontFamily(&r, "titleFont")
        let level = "Chartsmith writes facet headers level, left-aligned above each cell, in the house style"
        if let a = r.take("labelAngle"), try a.asNumber() != 0 {
            DecodeWarnings.current?.add(Diagnostic(location: a.location, path: a.path,
                                                   message: "\"labelAngle\" is not honoured: \(level)", severity: .warning))
        }
        r.cosmetic(["orient", "labelOrient", "titleOrient"], reason: level,
                   drawn: ["orient": "top", "labelOrient": "top", "titleOrient": "top"])
        r.cosmetic(placement, reason: level)
        r.cosmetic(styling, reason: "the house style sets the headers' font sizes, weights and colours")
        try r.finish()
        return h
    }
}
