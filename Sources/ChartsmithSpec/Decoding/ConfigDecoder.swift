/// Decodes a `config` block, which is also the whole body of a house style file.
///
/// Every key either changes the picture as Vega-Lite would, or is rejected: a Vega-Lite key
/// Chartsmith does not draw is named as not supported, and anything else is an unknown
/// property with a "did you mean" suggestion. Keys that change nothing drawn (`aria`,
/// `customFormatTypes`, `$schema`) are accepted and ignored.
public enum ConfigDecoder {
    /// Decodes a style file's bytes: a `config` object, with `description` and `extends`.
    /// Errors carry line:column and the JSON path; `file` names the file in them.
    public static func decodeStyle(_ bytes: [UInt8], file: String? = nil) throws -> Config {
        do {
            let root = try JSONParser.parse(bytes)
            return try decode(root, what: "the style")
        } catch let d as Diagnostic {
            throw file.map { d.withFile($0) } ?? d
        }
    }

    /// Decodes a `config` object.
    public static func decode(_ node: JSONNode) throws -> Config {
        try decode(node, what: "config")
    }

    static let markKeys: [String: MarkType] = [
        "bar": .bar, "line": .line, "area": .area, "point": .point, "rule": .rule, "text": .text,
        "tick": .tick, "circle": .circle, "square": .square,
    ]

    /// Top-level config keys of Vega-Lite that Chartsmith does not draw.
    static let unsupportedTopLevel: [String: String] = [
        "header": "facet headers (\"header\")", "headerRow": "facet headers (\"headerRow\")",
        "headerColumn": "facet headers (\"headerColumn\")", "headerFacet": "facet headers (\"headerFacet\")",
        "facet": "facet config (\"facet\")", "concat": "concat config (\"concat\")",
        "numberFormat": "a default number format (\"numberFormat\"; set \"format\" on the axis or channel)",
        "timeFormat": "a default time format (\"timeFormat\"; set \"format\" on the axis or channel)",
        "fieldTitle": "field title styles (\"fieldTitle\")",
        "lineBreak": "line-break characters (\"lineBreak\")",
        "projection": "map projections (\"projection\")", "selection": "selections (\"selection\")",
        "arc": "the arc mark", "rect": "the rect mark", "geoshape": "the geoshape mark", "trail": "the trail mark",
        "image": "the image mark",
        "boxplot": "boxplot defaults in a style (set config.boxplot in the spec)",
        "errorband": "errorband defaults in a style (set config.errorband in the spec)",
        "errorbar": "errorbar defaults in a style (set config.errorbar in the spec)",
    ]

    static func decode(_ node: JSONNode, what: String) throws -> Config {
        var r = try ObjectReader(node, what: what)
        var c = Config()
        r.ignore("$schema", "aria", "customFormatTypes")
        c.description = try r.string("description")
        c.countTitle = try r.string("countTitle")
        if let e = r.take("extends") { c.extends = Located(try e.asString(), location: e.location, path: e.path) }

        c.fonts = try fontFiles(&r)
        c.font = try fontFamily(&r, "font")
        c.textColor = try color(&r, "textColor")
        c.mutedTextColor = try color(&r, "mutedTextColor")
        c.background = try color(&r, "background")
        if let p = r.take("padding") { c.padding = try padding(p) }
        if let a = r.take("autosize") { c.autosize = try autosize(a) }
        if let l = r.take("locale") { c.locale = try locale(l) }
        c.normalizedNumberFormat = try r.string("normalizedNumberFormat")
        if let s = r.take("size") { c.size = try size(s) }

        if let t = r.take("title") { try decodeTitle(t, into: &c) }
        if let a = r.take("axis") { try decodeAxis(a, into: &c) }
        if let a = r.take("axisX") { c.axisX = try decodeAxisSwitches(a, y: false, into: &c) }
        if let a = r.take("axisY") { c.axisY = try decodeAxisSwitches(a, y: true, into: &c) }
        for key in Self.axisBlockKeys {
            guard let a = r.take(key) else { continue }
            c.axisBlocks[key] = try decodeAxisSwitches(a, name: key, into: &c)
        }
        if let l = r.take("legend") { try decodeLegend(l, into: &c) }
        if let v = r.take("view") { try decodeView(v, into: &c) }
        if let g = r.take("range") { c.range = try decodeRange(g) }
        if let s = r.take("scale") {
            var q = try ObjectReader(s, what: "config.scale")
            c.bandPaddingInner = try fraction(&q, "bandPaddingInner")
            c.bandPaddingOuter = try fraction(&q, "bandPaddingOuter")
            try q.finish(unsupported: ["rangeStep": "\"rangeStep\" (Vega-Lite 3; use width or height {\"step\": N})"])
        }
        if let st = r.take("style") { c.styles = try decodeStyles(st, into: &c) }
        if let m = r.take("mark") {
            var q = try ObjectReader(m, what: "config.mark")
            c.markColor = try color(&q, "color")
            // Beneath the house style's config.<mark>, so only properties no style sets
            // per mark type: the others would silently lose to it.
            c.markAll = try decodeMarkProperties(&q, allowed: ["invalid", "cornerRadius", "cornerRadiusEnd", "binSpacing",
                                                               "align", "baseline", "dx", "dy", "font", "fontSize", "fontWeight",
                                                               "fontStyle", "lineBreak", "lineHeight", "order"],
                                                 what: "all marks (config.mark")

        }
        for key in markKeys.keys.sorted() {
            guard let m = r.take(key), let type = markKeys[key] else { continue }
            c.marks[type] = try decodeMark(m, type: type, key: key)
        }
        if let f = r.take("footer") { c.footer = try decodeTextStyle(f, what: "config.footer") }
        if let l = r.take("labels") { try decodeLabels(l, into: &c) }
        if let n = r.take("maxPieParts") {
            let v = try n.asNumber()
            guard v >= 1, v == v.rounded(), v < 1000 else { throw n.mismatch("a whole number of parts, 1 or more") }
            c.maxPieParts = Int(v)
        }
        if let d = r.take("seriesDashes") {
            c.seriesDashes = try d.asArray().map { try dash($0) }
        }
        if let s = r.take("separator") {
            if s.isNull {
                c.separator = .some(nil)
            } else {
                var q = try ObjectReader(s, what: "config.separator")
                var sep = SeparatorConfig()
                sep.color = try color(&q, "color")
                sep.width = try positive(&q, "width", allowZero: false) ?? 1
                try q.finish()
                c.separator = .some(sep)
            }
        }
        if what == "config" { c.composition = try decodeComposition(&r) }
        try r.finish(unsupported: unsupportedTopLevel)
        return c
    }
}
