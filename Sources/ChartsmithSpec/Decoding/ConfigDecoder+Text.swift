// The text sections of a config: `config.title` (and subtitle), the guide text styles and
// `config.labels` (value labels).

extension ConfigDecoder {
    static func decodeTitle(_ t: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(t, what: "config.title")
        c.title.font = try fontFamily(&q, "font")
        c.title.fontSize = try positive(&q, "fontSize", allowZero: false)
        c.title.bold = try weight(&q, "fontWeight")
        c.title.color = try color(&q, "color")
        c.subtitle.font = try fontFamily(&q, "subtitleFont")
        c.subtitle.fontSize = try positive(&q, "subtitleFontSize", allowZero: false)
        c.subtitle.bold = try weight(&q, "subtitleFontWeight")
        c.subtitle.color = try color(&q, "subtitleColor")
        if let a = q.take("anchor"), !a.isNull { c.titleAnchor = try oneOf(a, ["start", "middle", "end"]) }
        try q.finish(unsupported: [
            "offset": "title offsets (\"offset\")", "subtitlePadding": "subtitle padding (\"subtitlePadding\")",
            "align": "title alignment (\"align\"; set \"anchor\")", "frame": "title frames (\"frame\")",
            "orient": "title positions (\"orient\"; titles are at the top)", "fontStyle": "italic titles (\"fontStyle\")",
            "baseline": "title baselines", "dx": "title offsets (\"dx\")", "dy": "title offsets (\"dy\")",
            "limit": "title length limits (\"limit\"; long titles wrap)", "lineHeight": "title line heights",
            "subtitleLineHeight": "subtitle line heights", "subtitleFontStyle": "italic subtitles",
            "angle": "turned titles (\"angle\")",
        ])
    }

    /// A title object's own colours, sizes, weights and anchor (plain values; an
    /// expression is left unread for the caller to name).
    static func decodeTitleLook(_ q: inout ObjectReader) throws -> TitleLook {
        var l = TitleLook()
        if q.hasPlain("color") { l.title.color = try color(&q, "color") }
        if q.hasPlain("fontSize") { l.title.fontSize = try positive(&q, "fontSize", allowZero: false) }
        if q.hasPlain("fontWeight") { l.title.bold = try weight(&q, "fontWeight") }
        if q.hasPlain("subtitleColor") { l.subtitle.color = try color(&q, "subtitleColor") }
        if q.hasPlain("subtitleFontSize") { l.subtitle.fontSize = try positive(&q, "subtitleFontSize", allowZero: false) }
        if q.hasPlain("subtitleFontWeight") { l.subtitle.bold = try weight(&q, "subtitleFontWeight") }
        if q.hasPlain("anchor"), let a = q.take("anchor") { l.anchor = a.isNull ? nil : try oneOf(a, ["start", "middle", "end"]) }
        return l
    }

    static func decodeTextStyle(_ n: JSONNode, what: String) throws -> TextStyle {
        var q = try ObjectReader(n, what: what)
        var s = TextStyle()
        s.font = try fontFamily(&q, "font")
        s.fontSize = try positive(&q, "fontSize", allowZero: false)
        s.bold = try weight(&q, "fontWeight")
        s.color = try color(&q, "color")
        try q.finish()
        return s
    }

    static func decodeLabels(_ n: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(n, what: "config.labels")
        c.directLabels = try q.bool("direct")
        c.valueLabels = try q.bool("values")
        c.stackTotals = try q.bool("totals")
        c.valueLabel.font = try fontFamily(&q, "font")
        c.valueLabel.fontSize = try positive(&q, "fontSize", allowZero: false)
        c.valueLabel.bold = try weight(&q, "fontWeight")
        try q.finish(unsupported: ["color": "a fixed value-label colour (\"labels.color\"; labels take the text colour, or white on dark bars)"])
    }
}
