/// Decodes a facet's `header` object, and `config.header` (with `headerRow`,
/// `headerColumn` and `headerFacet`), which share its shape. The text (`title`, `labels`,
/// `format`/`labelFormat`, `formatType`, `labelExpr`) and where it goes (`orient`,
/// `labelOrient`/`titleOrient`, and each one's angle, align, anchor, baseline, padding and
/// limit) are honoured; the font sizes, weights and colours the house style sets raise a
/// located warning each.
enum HeaderDecoder {
    /// Styling of the header's label and title text, which the house style sets.
    static let styling = ["labelColor", "labelFontSize", "labelFontStyle", "labelFontWeight", "labelLineHeight",
                          "titleColor", "titleFontSize", "titleFontStyle", "titleFontWeight", "titleLineHeight"]

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
        let orient = try r.enumeration("orient", HeaderPlacement.Orient.self)
        h.labelPlace = try placement(&r, "label")
        h.titlePlace = try placement(&r, "title")
        // "orient" sets both; "labelOrient" and "titleOrient" are more specific.
        if h.labelPlace.orient == nil { h.labelPlace.orient = orient }
        if h.titlePlace.orient == nil { h.titlePlace.orient = orient }
        r.cosmetic(styling, reason: "the house style sets the headers' font sizes, weights and colours")
        try r.finish()
        return h
    }

    /// The `labelOrient`, `labelAngle`, `labelAlign`, `labelAnchor`, `labelBaseline`,
    /// `labelPadding` and `labelLimit` of a header (or the same with `title`).
    static func placement(_ r: inout ObjectReader, _ prefix: String) throws -> HeaderPlacement {
        var p = HeaderPlacement()
        p.orient = try r.enumeration(prefix + "Orient", HeaderPlacement.Orient.self)
        if let a = r.take(prefix + "Angle") {
            let v = try a.asNumber()
            guard v.isFinite, abs(v) <= 360 else { throw a.mismatch("an angle in degrees, from -360 to 360") }
            p.angle = v
        }
        p.align = try r.enumeration(prefix + "Align", HeaderPlacement.Align.self)
        p.anchor = try r.enumeration(prefix + "Anchor", HeaderPlacement.Anchor.self)
        p.baseline = try r.enumeration(prefix + "Baseline", HeaderPlacement.Baseline.self)
        if let n = r.take(prefix + "Padding") {
            let v = try n.asNumber()
            guard v.isFinite, abs(v) < 10_000 else { throw n.mismatch("a padding in points") }
            p.padding = v
        }
        if let n = r.take(prefix + "Limit") {
            let v = try n.asNumber()
            guard v.isFinite, v >= 0 else { throw n.mismatch("a length in points, 0 or more (0 for no limit)") }
            p.limit = v
        }
        return p
    }
}
