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
        "axisBand": "type-specific axis config (\"axisBand\"; use axis, axisX or axisY)",
        "axisDiscrete": "type-specific axis config (\"axisDiscrete\"; use axis, axisX or axisY)",
        "axisPoint": "type-specific axis config (\"axisPoint\"; use axis, axisX or axisY)",
        "axisQuantitative": "type-specific axis config (\"axisQuantitative\"; use axis, axisX or axisY)",
        "axisTemporal": "type-specific axis config (\"axisTemporal\"; use axis, axisX or axisY)",
        "axisXBand": "type-specific axis config (\"axisXBand\"; use axisX)",
        "axisYBand": "type-specific axis config (\"axisYBand\"; use axisY)",
        "axisXDiscrete": "type-specific axis config (\"axisXDiscrete\"; use axisX)",
        "axisYDiscrete": "type-specific axis config (\"axisYDiscrete\"; use axisY)",
        "axisXPoint": "type-specific axis config (\"axisXPoint\"; use axisX)",
        "axisYPoint": "type-specific axis config (\"axisYPoint\"; use axisY)",
        "axisXQuantitative": "type-specific axis config (\"axisXQuantitative\"; use axisX)",
        "axisYQuantitative": "type-specific axis config (\"axisYQuantitative\"; use axisY)",
        "axisXTemporal": "type-specific axis config (\"axisXTemporal\"; use axisX)",
        "axisYTemporal": "type-specific axis config (\"axisYTemporal\"; use axisY)",
        "axisLeft": "side-specific axis config (\"axisLeft\"; use axisY)",
        "axisRight": "side-specific axis config (\"axisRight\"; use axisY)",
        "axisTop": "side-specific axis config (\"axisTop\"; use axisX)",
        "axisBottom": "side-specific axis config (\"axisBottom\"; use axisX)",
        "header": "facet headers (\"header\")", "headerRow": "facet headers (\"headerRow\")",
        "headerColumn": "facet headers (\"headerColumn\")", "headerFacet": "facet headers (\"headerFacet\")",
        "facet": "facet config (\"facet\")", "concat": "concat config (\"concat\")",
        "numberFormat": "a default number format (\"numberFormat\"; set \"format\" on the axis or channel)",
        "timeFormat": "a default time format (\"timeFormat\"; set \"format\" on the axis or channel)",
        "countTitle": "a default count title (\"countTitle\")",
        "fieldTitle": "field title styles (\"fieldTitle\")",
        "lineBreak": "line-break characters (\"lineBreak\")",
        "projection": "map projections (\"projection\")", "selection": "selections (\"selection\")",
        "arc": "the arc mark", "rect": "the rect mark", "geoshape": "the geoshape mark", "trail": "the trail mark",
        "image": "the image mark", "boxplot": "the boxplot mark", "errorband": "the errorband mark",
        "errorbar": "the errorbar mark",
    ]

    static func decode(_ node: JSONNode, what: String) throws -> Config {
        var r = try ObjectReader(node, what: what)
        var c = Config()
        r.ignore("$schema", "aria", "customFormatTypes")
        c.description = try r.string("description")
        if let e = r.take("extends") { c.extends = Located(try e.asString(), location: e.location, path: e.path) }

        c.font = try r.string("font")
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
                                                               "align", "baseline", "dx", "dy", "fontSize", "fontWeight"],
                                                 what: "all marks (config.mark")

        }
        for key in markKeys.keys.sorted() {
            guard let m = r.take(key), let type = markKeys[key] else { continue }
            c.marks[type] = try decodeMark(m, type: type, key: key)
        }
        if let f = r.take("footer") { c.footer = try decodeTextStyle(f, what: "config.footer") }
        if let l = r.take("labels") { try decodeLabels(l, into: &c) }
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
        try r.finish(unsupported: unsupportedTopLevel)
        return c
    }

    // MARK: Sections

    static func decodeTitle(_ t: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(t, what: "config.title")
        c.title.font = try q.string("font")
        c.title.fontSize = try positive(&q, "fontSize", allowZero: false)
        c.title.bold = try weight(&q, "fontWeight")
        c.title.color = try color(&q, "color")
        c.subtitle.font = try q.string("subtitleFont")
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

    static let axisTextKeys: [String] = [
        "labelFont", "labelFontSize", "labelFontWeight", "labelColor",
        "titleFont", "titleFontSize", "titleFontWeight", "titleColor",
    ]

    /// Spacing and overlap settings Chartsmith's own layout decides; accepted so that
    /// Vega-Lite configs render, and ignored (they move labels by a point or two, or name
    /// what Chartsmith always does: labels never overlap and sit flush at the ends).
    static let cosmeticAxisKeys: [String] = [
        "labelPadding", "titlePadding", "minExtent", "maxExtent", "offset", "labelFlush", "labelOverlap",
        "labelBound", "labelSeparation", "zindex", "tickRound", "translate", "domainCap", "gridCap", "tickCap",
    ]

    static let unsupportedAxisKeys: [String: String] = [
        "labelAngle": "turned axis labels (\"labelAngle\"; labels stay horizontal and wrap)",
        "labelPadding": "axis label padding (\"labelPadding\")", "titlePadding": "axis title padding (\"titlePadding\")",
        "shortTimeLabels": "\"shortTimeLabels\" (Vega-Lite 3; give the axis a \"format\" such as \"%b\")",
        "tickSize": "tick lengths (\"tickSize\")", "tickWidth": "tick widths (\"tickWidth\"; ticks take domainWidth)",
        "tickColor": "tick colours different from the axis line (\"tickColor\"; ticks take domainColor)",
        "tickDash": "dashed ticks (\"tickDash\")", "tickOpacity": "tick opacity", "tickCount": "a default tick count",
        "domainDash": "dashed axis lines (\"domainDash\")", "domainOpacity": "axis line opacity (\"domainOpacity\")",
        "labelOpacity": "label opacity", "titleOpacity": "title opacity", "labelLimit": "a default label limit",
        "labelOverlap": "label overlap strategies (Chartsmith drops every other label until none overlap)",
        "labelFlush": "label flush settings", "labelFontStyle": "italic axis labels", "titleFontStyle": "italic axis titles",
        "titleAngle": "axis title angles on config.axis (set axisY.titleAngle)", "titleAlign": "axis title alignment",
        "titleBaseline": "axis title baselines", "titleX": "axis title positions", "titleY": "axis title positions",
        "format": "a default axis format (set \"format\" on each axis)", "formatType": "a default axis format type",
        "orient": "axis sides (\"orient\")", "offset": "axis offsets", "minExtent": "axis extents", "maxExtent": "axis extents",
        "bandPosition": "tick band positions", "zindex": "axis drawing order", "labelBound": "label bounds",
        "labelAlign": "axis label alignment", "labelBaseline": "axis label baselines", "labelSeparation": "label separation",
        "labelLineHeight": "axis label line heights", "gridCap": "grid line caps", "domainCap": "axis line caps",
        "tickCap": "tick caps", "tickRound": "tick rounding", "tickBand": "tick band positions", "tickExtra": "extra ticks",
        "tickOffset": "tick offsets", "translate": "axis translation", "labels": "turning all axis labels off",
        "title": "default axis titles", "style": "named axis styles",
    ]

    static func decodeAxis(_ a: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(a, what: "config.axis")
        c.axisLabel.font = try q.string("labelFont")
        c.axisLabel.fontSize = try positive(&q, "labelFontSize", allowZero: false)
        c.axisLabel.bold = try weight(&q, "labelFontWeight")
        c.axisLabel.color = try color(&q, "labelColor")
        c.axisTitle.font = try q.string("titleFont")
        c.axisTitle.fontSize = try positive(&q, "titleFontSize", allowZero: false)
        c.axisTitle.bold = try weight(&q, "titleFontWeight")
        c.axisTitle.color = try color(&q, "titleColor")
        c.axis.grid = try q.bool("grid")
        c.axis.gridColor = try color(&q, "gridColor")
        c.axis.gridWidth = try positive(&q, "gridWidth", allowZero: true)
        if let d = q.take("gridDash") {
            let ad = try axisDash(d)
            if ad.conditions.isEmpty { c.axis.gridDash = ad.value } else { c.axisBoth.gridDash = ad }
        }
        try decodeAxisDetails(&q, into: &c.axisBoth, what: "config.axis")
        c.axis.gridOpacity = try fraction(&q, "gridOpacity")
        c.axis.domain = try q.bool("domain")
        c.axis.domainColor = try color(&q, "domainColor")
        c.axis.domainWidth = try positive(&q, "domainWidth", allowZero: true)
        c.axis.ticks = try q.bool("ticks")
        // Ticks are drawn in the axis-line colour: accept tickColor when it says the same.
        if let t = q.object["tickColor"], case .string(let s) = t.value, s == c.axis.domainColor?.value {
            _ = q.take("tickColor")
        }
        q.ignore("aria", "description")
        q.ignore(Self.cosmeticAxisKeys)
        try q.finish(unsupported: unsupportedAxisKeys)
    }

    static func decodeAxisSwitches(_ a: JSONNode, y: Bool, into c: inout Config) throws -> AxisSwitches {
        let name = y ? "axisY" : "axisX"
        var q = try ObjectReader(a, what: "config.\(name)")
        var s = AxisSwitches()
        s.grid = try q.bool("grid")
        s.domain = try q.bool("domain")
        s.ticks = try q.bool("ticks")
        if let d = q.take("gridDash") { s.gridDash = try axisDash(d) }
        try decodeAxisDetails(&q, into: &s, what: "config.\(name)")
        if let a = q.take("labelAngle") {
            let angle = try a.asNumber()
            guard !y || angle.truncatingRemainder(dividingBy: 360) == 0 else {
                throw Diagnostic(location: a.location, path: a.path,
                                 message: "turned y-axis labels (\"labelAngle\") are not supported by Chartsmith; y labels stay horizontal and wrap")
            }
            s.labelAngle = angle
        }
        if y, let t = q.take("titleAngle") {
            let angle = try t.asNumber()
            guard [0, 270, -90].contains(angle) else {
                throw Diagnostic(location: t.location, path: t.path,
                                 message: "axisY.titleAngle \(angle) is not supported by Chartsmith; use 0 (horizontal, above the axis) or 270 (up the side)")
            }
            c.yTitleAngle = angle
        }
        q.ignore("aria", "description")
        q.ignore(Self.cosmeticAxisKeys)
        var unsupported = unsupportedAxisKeys
        for key in axisTextKeys + ["gridColor", "gridWidth", "gridOpacity", "domainColor", "domainWidth"] {
            unsupported[key] = "per-axis \"\(key)\" (set it in config.axis, for both axes)"
        }
        if y { unsupported["titleAngle"] = nil } else {
            unsupported["titleAngle"] = "x-axis title angles (the x-axis title is always horizontal)"
        }
        try q.finish(unsupported: unsupported)
        return s
    }

    /// The axis settings that `config.axis`, `config.axisX` and `config.axisY` share:
    /// `labelExpr`, `labelAlign`, `labelOffset`, `labelPadding`, `tickSize`, `tickDash`.
    static func decodeAxisDetails(_ q: inout ObjectReader, into s: inout AxisSwitches, what: String) throws {
        if let e = q.take("labelExpr") { s.labelExpr = try e.asString() }
        if let a = q.take("labelAlign") { s.labelAlign = try oneOf(a, ["left", "center", "right"]) }
        if let n = q.take("labelOffset") { s.labelOffset = try finite(n) }
        if let n = q.take("labelPadding") { s.labelPadding = try finite(n) }
        s.tickSize = try positive(&q, "tickSize", allowZero: true)
        if let d = q.take("tickDash") { s.tickDash = try axisDash(d) }
    }

    /// A dash pattern, or `{"condition": {"test": ..., "value": [...]}, "value": [...]}`
    /// (conditions may be a list; the first whose test a tick passes wins).
    static func axisDash(_ n: JSONNode) throws -> AxisDash {
        guard case .object = n.value else { return AxisDash(value: try dash(n)) }
        var q = try ObjectReader(n, what: "a conditional axis value", kind: "axisCondition")
        var out = AxisDash()
        if let v = q.take("value") { out.value = try dash(v) }
        if let c = q.take("condition") {
            let items: [JSONNode]
            if case .array(let a) = c.value { items = a } else { items = [c] }
            for item in items {
                var r = try ObjectReader(item, what: "a condition", kind: "axisConditionTest")
                guard let t = r.take("test") else {
                    if let p = r.object["param"] {
                        throw Diagnostic(location: p.location, path: p.path, message: "axis conditions on parameters (\"param\") are not supported by Chartsmith; use \"test\"")
                    }
                    throw Diagnostic(location: item.location, path: item.path, message: "the condition has no \"test\"")
                }
                guard let v = r.take("value") else {
                    throw Diagnostic(location: item.location, path: item.path, message: "the condition has no \"value\"")
                }
                try r.finish(unsupported: ["param": "axis conditions on parameters (\"param\")"])
                out.conditions.append(AxisDash.Condition(test: try TransformDecoder.decodePredicate(t), value: try dash(v)))
            }
        }
        if let e = q.object["expr"] ?? q.object["signal"] {
            throw Diagnostic(location: e.location, path: e.path, message: "expressions for axis dashes are not supported by Chartsmith; use a condition")
        }
        try q.finish()
        return out
    }

    static func decodeLegend(_ l: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(l, what: "config.legend")
        c.legendLabel.font = try q.string("labelFont")
        c.legendLabel.fontSize = try positive(&q, "labelFontSize", allowZero: false)
        c.legendLabel.bold = try weight(&q, "labelFontWeight")
        c.legendLabel.color = try color(&q, "labelColor")
        c.legendTitle.font = try q.string("titleFont")
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
        q.ignore("aria", "description")
        try q.finish(unsupported: [
            "symbolType": "legend symbol shapes", "symbolSize": "legend symbol sizes", "direction": "legend directions",
            "titleOrient": "legend title positions", "padding": "legend padding", "offset": "legend offsets",
            "columns": "legend columns", "labelLimit": "legend label limits", "disable": "turning all legends off",
            "symbolStrokeWidth": "legend symbol strokes", "labelFontStyle": "italic legend labels",
            "titleFontStyle": "italic legend titles", "labelOpacity": "legend label opacity",
            "gradientLength": "gradient legends", "gradientThickness": "gradient legends", "fillColor": "legend backgrounds",
            "strokeColor": "legend borders", "cornerRadius": "legend borders", "rowPadding": "legend spacing",
            "columnPadding": "legend spacing", "titlePadding": "legend title padding", "labelOffset": "legend label offsets",
            "layout": "legend layout", "zindex": "legend drawing order", "unselectedOpacity": "selections",
        ])
    }

    static func decodeView(_ v: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(v, what: "config.view")
        if let s = q.take("stroke") {
            // Chartsmith draws no frame around the plot, which is what null and transparent ask for.
            if !s.isNull {
                let text = try s.asString()
                guard text.lowercased() == "transparent" else {
                    throw Diagnostic(location: s.location, path: s.path,
                                     message: "frames around the plot (\"view.stroke\") are not supported by Chartsmith; use null or \"transparent\"")
                }
            }
        }
        c.viewContinuousWidth = try positive(&q, "continuousWidth", allowZero: false)
        c.viewContinuousHeight = try positive(&q, "continuousHeight", allowZero: false)
        c.viewStep = try positive(&q, "step", allowZero: false)
        for key in ["discreteWidth", "discreteHeight"] {
            guard let d = q.take(key) else { continue }
            var s = try ObjectReader(d, what: "config.view.\(key)")
            guard let step = try positive(&s, "step", allowZero: false) else {
                throw Diagnostic(location: d.location, path: d.path, message: "expected {\"step\": N}")
            }
            try s.finish()
            if let other = c.viewStep, other != step {
                throw Diagnostic(location: d.location, path: d.path,
                                 message: "different steps for width and height are not supported by Chartsmith; give one \"step\"")
            }
            c.viewStep = step
        }
        try q.finish(unsupported: [
            "fill": "plot backgrounds (\"view.fill\"; set \"background\")", "strokeWidth": "plot frames",
            "strokeOpacity": "plot frames", "strokeDash": "plot frames", "cornerRadius": "plot frames",
            "opacity": "plot opacity", "fillOpacity": "plot backgrounds", "clip": "clipping",
        ])
    }

    static func decodeRange(_ g: JSONNode) throws -> RangeConfig {
        var q = try ObjectReader(g, what: "config.range")
        var range = RangeConfig()
        func palette(_ key: String) throws -> [ConfigColor]? {
            guard let n = q.take(key) else { return nil }
            if case .object = n.value {
                throw Diagnostic(location: n.location, path: n.path,
                                 message: "scheme objects in config.range are not supported by Chartsmith; give a list of colours")
            }
            let items = try n.asArray()
            guard !items.isEmpty else { throw n.mismatch("a non-empty list of colours") }
            return try items.map { Located(try $0.asString(), location: $0.location, path: $0.path) }
        }
        range.category = try palette("category")
        range.ordinal = try palette("ordinal")
        range.ramp = try palette("ramp")
        range.diverging = try palette("diverging")
        try q.finish(unsupported: [
            "heatmap": "heatmap ranges (\"heatmap\"; use ramp)", "symbol": "symbol shape ranges",
        ])
        return range
    }

    /// Which mark properties each mark type draws, so a default that would change nothing
    /// is reported rather than ignored. These are the properties the mark itself takes.
    static let markProperties: [MarkType: Set<String>] = [
        .bar: ["color", "fill", "stroke", "opacity", "strokeWidth", "cornerRadius", "cornerRadiusEnd", "cornerRadiusTopLeft",
               "cornerRadiusTopRight", "cornerRadiusBottomLeft", "cornerRadiusBottomRight", "binSpacing", "invalid"],
        .line: ["color", "opacity", "strokeWidth", "strokeDash", "interpolate", "invalid", "point"],
        .area: ["color", "fill", "opacity", "fillOpacity", "strokeOpacity", "interpolate", "invalid", "point"],
        .point: ["color", "fill", "opacity", "size", "filled", "invalid"],
        .circle: ["color", "fill", "opacity", "size", "filled", "invalid"],
        .square: ["color", "fill", "opacity", "size", "filled", "invalid"],
        .rule: ["color", "opacity", "strokeWidth", "strokeDash", "invalid"],
        .tick: ["color", "opacity", "thickness", "invalid"],
        .text: ["color", "opacity", "fontSize", "fontWeight", "align", "baseline", "dx", "dy", "invalid"],
    ]

    /// Every mark property a default can set, in reading order.
    static let allMarkProperties: [String] = [
        "color", "fill", "stroke", "opacity", "fillOpacity", "strokeOpacity", "strokeWidth", "strokeDash", "interpolate",
        "cornerRadius", "cornerRadiusEnd", "cornerRadiusTopLeft", "cornerRadiusTopRight", "cornerRadiusBottomLeft",
        "cornerRadiusBottomRight", "binSpacing", "size", "filled", "fontSize", "fontWeight", "thickness", "align",
        "baseline", "dx", "dy", "invalid", "point",
    ]

    /// Mark properties that change nothing Chartsmith draws (or that the mark itself
    /// accepts and ignores): accepted as defaults too.
    static let ignoredMarkProperties: [String] = [
        "tooltip", "aria", "ariaRole", "ariaRoleDescription", "description", "cursor", "href", "font", "strokeCap",
        "strokeJoin", "strokeMiterLimit", "tension", "smooth",
    ]

    /// Vega-Lite mark properties Chartsmith does not take as defaults.
    static let otherMarkProperties: [String] = [
        "angle", "line", "continuousBandSize", "discreteBandSize", "width", "height", "orient", "shape", "limit",
        "radius", "blend", "order", "clip", "style", "lineBreak", "lineHeight", "ellipsis", "fontStyle", "text",
        "timeUnitBandPosition", "timeUnitBandSize", "x", "y", "x2", "y2", "xOffset", "yOffset", "x2Offset", "y2Offset",
        "strokeOffset", "strokeDashOffset", "theta", "minBandSize", "dir", "url", "aspect",
    ]

    static func decodeMark(_ m: JSONNode, type: MarkType, key: String) throws -> MarkConfig {
        var q = try ObjectReader(m, what: "config.\(key)")
        return try decodeMarkProperties(&q, allowed: markProperties[type] ?? [], what: "\(key) marks (config.\(key)")
    }

    /// Reads the mark properties in `allowed` from `q` and finishes it: the others are
    /// named as not supported as defaults for `what`.
    static func decodeMarkProperties(_ q: inout ObjectReader, allowed: Set<String>, what: String) throws -> MarkConfig {
        var out = MarkConfig()
        func allow(_ name: String) -> Bool { allowed.contains(name) }
        if allow("color") { out.color = try color(&q, "color") }
        if allow("fill") { out.fill = try color(&q, "fill") }
        if allow("stroke") { out.stroke = try color(&q, "stroke") }
        if allow("opacity") { out.opacity = try fraction(&q, "opacity") }
        if allow("fillOpacity") { out.fillOpacity = try fraction(&q, "fillOpacity") }
        if allow("strokeOpacity") { out.strokeOpacity = try fraction(&q, "strokeOpacity") }
        if allow("strokeWidth") { out.strokeWidth = try positive(&q, "strokeWidth", allowZero: true) }
        if allow("strokeDash"), let d = q.take("strokeDash") { out.strokeDash = try dash(d) }
        if allow("interpolate") { out.interpolate = try q.enumeration("interpolate", Interpolate.self) }
        if allow("cornerRadius") { out.cornerRadius = try positive(&q, "cornerRadius", allowZero: true) }
        if allow("cornerRadiusEnd") { out.cornerRadiusEnd = try positive(&q, "cornerRadiusEnd", allowZero: true) }
        if allow("cornerRadiusTopLeft") { out.cornerRadiusTopLeft = try positive(&q, "cornerRadiusTopLeft", allowZero: true) }
        if allow("cornerRadiusTopRight") { out.cornerRadiusTopRight = try positive(&q, "cornerRadiusTopRight", allowZero: true) }
        if allow("cornerRadiusBottomLeft") { out.cornerRadiusBottomLeft = try positive(&q, "cornerRadiusBottomLeft", allowZero: true) }
        if allow("cornerRadiusBottomRight") { out.cornerRadiusBottomRight = try positive(&q, "cornerRadiusBottomRight", allowZero: true) }
        if allow("binSpacing") { out.binSpacing = try positive(&q, "binSpacing", allowZero: true) }
        if allow("size") { out.size = try positive(&q, "size", allowZero: false) }
        if allow("filled") { out.filled = try q.bool("filled") }
        if allow("fontSize") { out.fontSize = try positive(&q, "fontSize", allowZero: false) }
        if allow("fontWeight"), let w = q.take("fontWeight") { out.fontWeight = try weightValue(w) ? "bold" : "normal" }
        if allow("thickness") { out.thickness = try positive(&q, "thickness", allowZero: false) }
        if allow("align"), let a = q.take("align") { out.align = try oneOf(a, ["left", "center", "right"]) }
        if allow("baseline"), let b = q.take("baseline") {
            out.baseline = try oneOf(b, ["top", "middle", "bottom", "alphabetic", "line-top", "line-bottom"])
        }
        if allow("dx"), let n = q.take("dx") { out.dx = try finite(n) }
        if allow("dy"), let n = q.take("dy") { out.dy = try finite(n) }
        if allow("invalid"), let inv = q.take("invalid") { out.invalidFilter = .some(try invalid(inv)) }
        if allow("point"), let p = q.take("point") {
            switch p.value {
            case .bool(let b): out.point = b
            case .string(let s) where s == "transparent": out.point = false
            case .object:
                throw Diagnostic(location: p.location, path: p.path,
                                 message: "overlay point properties as a default (\"point\" with an object) are not supported by Chartsmith; give true, or set them on the mark")
            default: throw p.mismatch("true, false or \"transparent\"")
            }
        }
        q.ignore(Self.ignoredMarkProperties)
        var unsupported: [String: String] = [:]
        for name in Self.allMarkProperties + Self.otherMarkProperties where !allowed.contains(name) {
            unsupported[name] = "\"\(name)\" as a default for \(what).\(name))"
        }
        try q.finish(unsupported: unsupported)
        return out
    }

    /// `invalid`: `"filter"` is true, null or `"show"` false, the `"break-paths-…"` modes
    /// (Vega-Lite's default) nil.
    static func invalid(_ n: JSONNode) throws -> Bool? {
        if n.isNull { return false }
        let s = try n.asString()
        switch s {
        case "filter": return true
        case "show": return false
        case "break-paths-filter-domains", "break-paths-show-domains": return nil
        default:
            throw Diagnostic(location: n.location, path: n.path,
                             message: "expected \"filter\", \"show\", \"break-paths-filter-domains\", \"break-paths-show-domains\" or null for invalid, found \(n.describeValue())",
                             suggestion: Suggest.closest(to: s, in: ["filter", "show"]))
        }
    }

    static func oneOf(_ n: JSONNode, _ allowed: [String]) throws -> String {
        let s = try n.asString()
        guard allowed.contains(s) else {
            throw Diagnostic(location: n.location, path: n.path,
                             message: "expected one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ") + ", found \"\(s)\"",
                             suggestion: Suggest.closest(to: s, in: allowed))
        }
        return s
    }

    static func finite(_ n: JSONNode) throws -> Double {
        let v = try n.asNumber()
        guard v.isFinite else { throw n.mismatch("a finite number") }
        return v
    }

    /// `config.style`: named mark styles. A style may set any mark property Chartsmith
    /// draws (applied to whichever mark names it). The guide styles Vega uses for text
    /// (`guide-label`, `guide-title`, `group-title`, `group-subtitle`) set fonts and colours
    /// of axis and legend labels and titles, and of the chart title and subtitle, beneath
    /// `config.axis`, `config.legend` and `config.title`.
    static func decodeStyles(_ n: JSONNode, into c: inout Config) throws -> [String: MarkConfig] {
        guard case .object(let o) = n.value else { throw n.mismatch("an object of named styles") }
        var out: [String: MarkConfig] = [:]
        for e in o.entries {
            let node = e.value
            switch e.key {
            case "guide-label", "guide-title", "group-title", "group-subtitle":
                var q = try ObjectReader(node, what: "config.style.guide")
                var t = TextStyle()
                t.font = try q.string("font")
                t.fontSize = try positive(&q, "fontSize", allowZero: false)
                t.bold = try weight(&q, "fontWeight")
                let fill = try color(&q, "fill")
                t.color = try color(&q, "color") ?? fill
                q.ignore("aria", "description", "tooltip", "cursor")
                try q.finish(unsupported: [
                    "fontStyle": "italic text (\"fontStyle\")", "opacity": "text opacity", "fillOpacity": "text opacity",
                    "angle": "turned text (\"angle\")", "align": "guide text alignment", "baseline": "guide text baselines",
                    "dx": "guide text offsets", "dy": "guide text offsets", "limit": "guide text limits",
                    "lineHeight": "guide line heights", "stroke": "outlined text", "strokeWidth": "outlined text",
                ])
                func under(_ s: inout TextStyle) {
                    s.font = s.font ?? t.font
                    s.fontSize = s.fontSize ?? t.fontSize
                    s.bold = s.bold ?? t.bold
                    s.color = s.color ?? t.color
                }
                switch e.key {
                case "guide-label": under(&c.axisLabel); under(&c.legendLabel)
                case "guide-title": under(&c.axisTitle); under(&c.legendTitle)
                case "group-title": under(&c.title)
                default: under(&c.subtitle)
                }
            case "cell", "view":
                // The plot's frame and background: Chartsmith draws none, which is what a
                // transparent fill and no stroke ask for.
                var q = try ObjectReader(node, what: "config.style.cell")
                for key in ["fill", "stroke"] {
                    guard let v = q.take(key), !v.isNull else { continue }
                    let text = try v.asString().lowercased()
                    guard text == "transparent" || text == "none" else {
                        throw Diagnostic(location: v.location, path: v.path,
                                         message: "a plot \(key == "fill" ? "background" : "frame") (config.style.\(e.key).\(key)) is not supported by Chartsmith; use \"transparent\" or null")
                    }
                }
                q.ignore("aria", "description", "cursor")
                try q.finish(unsupported: ["strokeWidth": "plot frames", "strokeDash": "plot frames", "strokeOpacity": "plot frames",
                                           "cornerRadius": "plot frames", "opacity": "plot opacity", "fillOpacity": "plot backgrounds"])
            default:
                var q = try ObjectReader(node, what: "config.style.name")
                let allowed = Set(markProperties.values.joined())
                out[e.key] = try decodeMarkProperties(&q, allowed: allowed, what: "named styles (config.style.\(e.key)")
            }
        }
        return out
    }

    static func decodeTextStyle(_ n: JSONNode, what: String) throws -> TextStyle {
        var q = try ObjectReader(n, what: what)
        var s = TextStyle()
        s.font = try q.string("font")
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
        c.valueLabel.font = try q.string("font")
        c.valueLabel.fontSize = try positive(&q, "fontSize", allowZero: false)
        c.valueLabel.bold = try weight(&q, "fontWeight")
        try q.finish(unsupported: ["color": "a fixed value-label colour (\"labels.color\"; labels take the text colour, or white on dark bars)"])
    }

    // MARK: Values

    static func color(_ q: inout ObjectReader, _ key: String) throws -> ConfigColor? {
        guard let n = q.take(key) else { return nil }
        guard case .string(let s) = n.value else { throw n.mismatch("a CSS colour string such as \"#12436D\"") }
        return Located(s, location: n.location, path: n.path)
    }

    static func positive(_ q: inout ObjectReader, _ key: String, allowZero: Bool) throws -> Double? {
        guard let n = q.take(key) else { return nil }
        let v = try n.asNumber()
        guard v.isFinite, allowZero ? v >= 0 : v > 0 else {
            throw n.mismatch(allowZero ? "a number of points, 0 or more" : "a positive number")
        }
        return v
    }

    static func fraction(_ q: inout ObjectReader, _ key: String) throws -> Double? {
        guard let n = q.take(key) else { return nil }
        let v = try n.asNumber()
        guard v >= 0, v <= 1 else { throw n.mismatch("a number from 0 to 1") }
        return v
    }

    static func dash(_ n: JSONNode) throws -> [Double] {
        let items = try n.asArray()
        return try items.map { item in
            let v = try item.asNumber()
            guard v.isFinite, v >= 0 else { throw item.mismatch("a dash or gap length, 0 or more") }
            return v
        }
    }

    static func weight(_ q: inout ObjectReader, _ key: String) throws -> Bool? {
        guard let n = q.take(key) else { return nil }
        return try weightValue(n)
    }

    /// `"bold"`/`"bolder"`/600+ is bold; `"normal"`/`"lighter"`/below 600 is regular.
    static func weightValue(_ n: JSONNode) throws -> Bool {
        switch n.value {
        case .number(let w):
            guard w >= 100, w <= 900 else { throw n.mismatch("a font weight from 100 to 900, \"normal\" or \"bold\"") }
            return w >= 600
        case .string(let s):
            switch s {
            case "bold", "bolder": return true
            case "normal", "lighter": return false
            default:
                throw Diagnostic(location: n.location, path: n.path,
                                 message: "expected a font weight (\"normal\", \"bold\" or 100–900), found \"\(s)\"",
                                 suggestion: Suggest.closest(to: s, in: ["normal", "bold"]))
            }
        default:
            throw n.mismatch("a font weight (\"normal\", \"bold\" or 100–900)")
        }
    }

    static func padding(_ node: JSONNode) throws -> Padding {
        if case .number(let n) = node.value {
            guard n >= 0, n.isFinite else { throw node.mismatch("a padding of 0 or more points") }
            return Padding(all: n)
        }
        var r = try ObjectReader(node, what: "config.padding")
        var p = Padding(all: 0)
        p.top = try positive(&r, "top", allowZero: true) ?? 0
        p.right = try positive(&r, "right", allowZero: true) ?? 0
        p.bottom = try positive(&r, "bottom", allowZero: true) ?? 0
        p.left = try positive(&r, "left", allowZero: true) ?? 0
        try r.finish()
        return p
    }

    static func autosize(_ node: JSONNode) throws -> Autosize {
        if case .object = node.value {
            var r = try ObjectReader(node, what: "config.autosize")
            let type = try r.enumeration("type", Autosize.self) ?? .pad
            r.ignore("contains", "resize")
            try r.finish()
            return type
        }
        let s = try node.asString()
        if s == "fit-x" || s == "fit-y" {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "autosize \"\(s)\" is not supported by Chartsmith in config; use \"fit\"", suggestion: "fit")
        }
        return try node.asEnum(Autosize.self)
    }

    static func locale(_ node: JSONNode) throws -> String {
        if case .object = node.value {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "locale definitions are not supported by Chartsmith; give a locale name, one of "
                                 + Config.knownLocales.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        let s = try node.asString()
        let wanted = s.replacingOccurrences(of: "_", with: "-").lowercased()
        if let known = Config.knownLocales.first(where: { $0.lowercased() == wanted }) { return known }
        throw Diagnostic(location: node.location, path: node.path,
                         message: "unknown locale \"\(s)\"; expected one of "
                             + Config.knownLocales.map { "\"\($0)\"" }.joined(separator: ", "),
                         suggestion: Suggest.closest(to: s, in: Config.knownLocales))
    }

    static func size(_ node: JSONNode) throws -> SizePreset {
        let names = SizePreset.all.compactMap(\.name)
        switch node.value {
        case .string(let s):
            if let p = SizePreset.named(s) { return p }
            throw Diagnostic(location: node.location, path: node.path,
                             message: "unknown size preset \"\(s)\"; expected one of " + names.map { "\"\($0)\"" }.joined(separator: ", ")
                                 + " or {\"width\": W, \"height\": H}",
                             suggestion: Suggest.closest(to: s, in: names))
        case .object:
            var r = try ObjectReader(node, what: "config.size")
            guard let w = try positive(&r, "width", allowZero: false), let h = try positive(&r, "height", allowZero: false) else {
                throw Diagnostic(location: node.location, path: node.path, message: "a size needs \"width\" and \"height\" in points")
            }
            let scale = try positive(&r, "scale", allowZero: false) ?? 1
            try r.finish()
            return SizePreset(width: w, height: h, pixelScale: scale, summary: "\(w) × \(h) pt")
        default:
            throw node.mismatch("a size preset name (" + names.joined(separator: ", ") + ") or {\"width\": W, \"height\": H}")
        }
    }
}
