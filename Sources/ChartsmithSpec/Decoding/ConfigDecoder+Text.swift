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
        if let a = q.take("anchor") {
            let s = try a.asString()
            guard s == "start" else {
                throw Diagnostic(location: a.location, path: a.path,
                                 message: "title anchor \"\(s)\" is not supported by Chartsmith; titles are left-aligned (\"start\")",
                                 suggestion: "start")
            }
            c.titleAnchor = s
        }
        try q.finish(unsupported: [
            "offset": "title offsets (\"offset\")", "subtitlePadding": "subtitle padding (\"subtitlePadding\")",
            "align": "title alignment (\"align\"; titles are left-aligned)", "frame": "title frames (\"frame\")",
            "orient": "title positions (\"orient\"; titles are at the top)", "fontStyle": "italic titles (\"fontStyle\")",
            "baseline": "title baselines", "dx": "title offsets (\"dx\")", "dy": "title offsets (\"dy\")",
            "limit": "title length limits (\"limit\"; long titles wrap)", "lineHeight": "title line heights",
            "subtitleLineHeight": "subtitle line heights", "subtitleFontStyle": "italic subtitles",
            "angle": "turned titles (\"angle\")",
        ])
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
