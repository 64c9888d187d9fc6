// A channel's guides: its `axis` and its `legend`.

extension SpecDecoder {
    /// An axis object's own label, title, tick, grid and line settings (plain values;
    /// conditions are left for the caller to name).
    func decodeAxisOverrides(_ r: inout ObjectReader, into s: inout AxisSwitches) throws {
        try ConfigDecoder.decodeTickLooks(&r, into: &s.tickLooks)
        if r.hasPlain("labelAlign"), let n = r.take("labelAlign") { s.labelAlign = try ConfigDecoder.oneOf(n, ["left", "center", "right"]) }
        if r.hasPlain("labelBaseline"), let n = r.take("labelBaseline") { s.labelBaseline = try ConfigDecoder.oneOf(n, AxisTickLooks.baselines) }
        if r.hasPlain("labelOffset"), let n = r.take("labelOffset") { s.labelOffset = try ConfigDecoder.finite(n) }
        if r.hasPlain("labelPadding"), let n = r.take("labelPadding") { s.labelPadding = try ConfigDecoder.finite(n) }
        if r.hasPlain("tickSize") { s.tickSize = try ConfigDecoder.positive(&r, "tickSize", allowZero: true) }
        // Dashes may be conditional on the tick.
        if let d = r.take("tickDash") { s.tickDash = try ConfigDecoder.axisDash(d) }
        if let d = r.take("gridDash") { s.gridDash = try ConfigDecoder.axisDash(d) }
        try ConfigDecoder.decodeLabelFlush(&r, into: &s)
        try ConfigDecoder.decodeAxisLines(&r, into: &s)
        try ConfigDecoder.decodeAxisLook(&r, into: &s.look, text: true)
    }

    func decodeAxis(_ node: JSONNode) throws -> AxisSpec {
        var a = AxisSpec()
        if node.isNull { a.disabled = true; return a }
        var r = try ObjectReader(node, what: "axis", kind: "axis")
        if let t = r.take("title") {
            a.title = t.isNull ? .some(nil) : .some(try t.asLines().joined(separator: " "))
            if case .array = t.value { a.titleLines = try t.asLines() }
        }
        if let f = r.take("format") {
            if case .object = f.value { throw Diagnostic(location: f.location, path: f.path, message: "format objects are not supported by Chartsmith") }
            a.format = try f.asString()
        }
        a.formatType = try r.enumeration("formatType", FormatType.self)?.rawValue
        a.labelAngle = try r.number("labelAngle")
        if let tc = r.take("tickCount") {
            switch tc.value {
            case .number(let n): a.tickCount = n
            case .string(let s):
                let intervals = ["millisecond", "second", "minute", "hour", "day", "week", "month", "year"]
                guard intervals.contains(s) else { throw tc.mismatch("a number or a time interval") }
            case .object: break  // {interval, step}: Chartsmith picks its own count
            default: throw tc.mismatch("a number or a time interval")
            }
        }
        a.grid = try r.bool("grid")
        a.domain = try r.bool("domain")
        a.ticks = try r.bool("ticks")
        a.labels = try r.bool("labels")
        if var o = r.take("orient") {
            // `{"expr": "name"}` naming a variable parameter: its value (the initial state).
            if case .object(let eo) = o.value, case .string(let src)? = eo["expr"]?.value, let c = ParamScope.constantNode(for: src) { o = c }
            let s = try o.asString()
            let all = ["top", "bottom", "left", "right"]
            guard all.contains(s) else {
                throw Diagnostic(location: o.location, path: o.path, message: "\"\(s)\" is not an axis orient; expected one of top, bottom, left, right",
                                 suggestion: Suggest.closest(to: s, in: all))
            }
            a.orient = s
        }
        if let v = r.take("values") {
            a.values = try v.asArray().map { i in
                let iv = i.inlineValue()
                return DateTimeObject.milliseconds(iv).map(InlineValue.number) ?? iv
            }
        }
        a.labelLimit = try r.number("labelLimit")
        a.labelExpr = try r.string("labelExpr")
        if let o = r.take("labelOverlap") {
            switch o.value {
            case .bool(let b): a.labelOverlap = b ? .parity : LabelOverlap.none
            case .string("parity"): a.labelOverlap = .parity
            case .string("greedy"): a.labelOverlap = .greedy
            default: throw o.mismatch("true, false, \"parity\" or \"greedy\"")
            }
        }
        a.labelSeparation = try r.number("labelSeparation")
        a.tickMinStep = try r.number("tickMinStep")
        a.offset = try r.number("offset")
        try decodeAxisOverrides(&r, into: &a.overrides)
        a.labelFont = try ConfigDecoder.fontFamily(&r, "labelFont")
        a.titleFont = try ConfigDecoder.fontFamily(&r, "titleFont")
        // Non-visual properties.
        r.ignore("zindex", "aria", "description")
        // The looks above given as conditions or expressions, and styling the house style
        // decides: accepted, each one present named in a warning.
        r.cosmetic(AxisLookKeys.all, reason: "it is given as a condition or expression; Chartsmith draws plain values only")
        r.cosmetic([
            "labelAlign", "labelBaseline", "labelFontSize", "labelColor", "labelPadding",
            "labelFlush", "labelBound", "tickSize", "tickColor", "tickWidth", "titleFontSize",
            "titleColor", "titlePadding", "titleAngle", "titleAlign", "titleBaseline", "titleX", "titleY",
            "domainColor", "domainWidth", "gridColor", "gridDash", "gridOpacity", "gridWidth",
            "minExtent", "maxExtent", "tickBand", "tickOffset", "translate", "style", "labelFontWeight",
            "titleFontWeight", "domainDash", "tickDash", "tickRound", "titleLimit", "labelLineHeight",
            "tickExtra", "position", "bandPosition", "domainOpacity", "tickOpacity", "labelOpacity",
            "labelFontStyle", "titleFontStyle", "titleOpacity", "titleLineHeight", "labelOffset",
            "domainCap", "tickCap", "gridCap", "labelFlushOffset", "titleAnchor", "tickDashOffset",
            "gridDashOffset", "domainDashOffset"],
                   reason: "an axis takes its look from the house style (config.axis or a style file sets some of it)")
        try r.finish()
        return a
    }

    func decodeLegend(_ node: JSONNode) throws -> LegendSpec {
        var l = LegendSpec()
        if node.isNull { l.disabled = true; return l }
        var r = try ObjectReader(node, what: "legend", kind: "legend")
        if let t = r.take("title") { l.title = t.isNull ? .some(nil) : .some(try t.asLines().joined(separator: " ")) }
        if let o = r.take("orient") {
            let s = try o.asString()
            let all = ["none", "left", "right", "top", "bottom", "top-left", "top-right", "bottom-left", "bottom-right"]
            guard all.contains(s) else {
                throw Diagnostic(location: o.location, path: o.path, message: "\"\(s)\" is not a legend orient; expected one of " + all.joined(separator: ", "),
                                 suggestion: Suggest.closest(to: s, in: all))
            }
            l.orient = s
            // Vega-Lite draws a corner legend inside the plot, over the marks; Chartsmith
            // keeps every legend clear of them: named, so the move is not silent.
            if s.contains("-") {
                let side = s.hasPrefix("top") ? "above" : "below"
                DecodeWarnings.current?.add(Diagnostic(location: o.location, path: o.path,
                    message: "legend orient \"\(s)\" is not honoured: Vega-Lite draws this legend inside the plot's \(s) corner; Chartsmith sets it \(side) the plot, clear of the marks (use \"\(s.hasPrefix("top") ? "top" : "bottom")\" to say so)",
                    severity: .warning))
            }
        }
        if let d = r.take("direction") {
            let s = try d.asString()
            guard s == "horizontal" || s == "vertical" else {
                throw Diagnostic(location: d.location, path: d.path, message: "expected \"horizontal\" or \"vertical\", found \(d.describeValue())",
                                 suggestion: Suggest.closest(to: s, in: ["horizontal", "vertical"]))
            }
            l.direction = s
        }
        l.format = try r.string("format")
        l.formatType = try r.enumeration("formatType", FormatType.self)?.rawValue
        if let d = l.direction { l.look.direction = d }
        try ConfigDecoder.decodeLegendLook(&r, into: &l.look, text: true)
        l.labelFont = try ConfigDecoder.fontFamily(&r, "labelFont")
        l.titleFont = try ConfigDecoder.fontFamily(&r, "titleFont")
        // A gradient legend's bar (continuous colour): its length and thickness in points.
        l.gradientLength = try r.number("gradientLength")
        l.gradientThickness = try r.number("gradientThickness")
        if let v = r.take("values") {
            l.values = try v.asArray().map { i in
                let iv = i.inlineValue()
                return DateTimeObject.milliseconds(iv).map(InlineValue.number) ?? iv
            }
        }
        if r.hasPlain("labelExpr") { l.labelExpr = try r.string("labelExpr") }
        if r.hasPlain("tickCount"), let t = r.take("tickCount") {
            let n = try t.asNumber()
            guard n >= 1, n <= 1000 else { throw t.mismatch("a tick count from 1 to 1000") }
            l.tickCount = n
        }
        r.ignore("aria", "zindex", "description")
        // The looks above given as conditions or expressions, and what the house style
        // decides: accepted, each one present named in a warning.
        r.cosmetic(AxisLookKeys.legend, reason: "it is given as a condition or expression; Chartsmith draws plain values only")
        r.cosmetic([
            "labelFontSize", "titleFontSize", "symbolType", "symbolSize", "columns", "labelLimit",
            "titleOrient", "offset", "padding", "fillColor", "strokeColor", "cornerRadius",
            "labelColor", "titleColor", "symbolStrokeWidth",
            "rowPadding", "columnPadding", "legendX", "legendY", "titleAnchor",
            "titleLimit", "labelOffset", "type", "symbolFillColor", "symbolStrokeColor", "titlePadding",
            "labelOverlap", "tickCount", "titleFontWeight", "labelFontWeight", "symbolOpacity",
            "clipHeight", "gridAlign", "titleAlign", "titleBaseline", "symbolDash", "symbolLimit",
            "labelAlign", "labelBaseline", "labelExpr", "symbolOffset", "labelSeparation", "titleLineHeight",
            "labelFontStyle", "titleFontStyle", "titleOpacity", "labelOpacity", "gradientStrokeColor",
            "gradientStrokeWidth", "strokeWidth"],
                   reason: "a legend takes its look and entries from the house style and the data")
        try r.finish()
        return l
    }
}

/// The guide properties Chartsmith draws when they are plain values: named apart from the
/// rest when a spec gives them as conditions or expressions.
enum AxisLookKeys {
    static let all = [
        "labelColor", "labelFontSize", "labelFontWeight", "labelFontStyle", "labelOpacity", "labelLimit", "labelAlign",
        "labelOffset", "labelPadding", "titleColor", "titleFontSize", "titleFontWeight", "titleFontStyle", "titleOpacity",
        "titlePadding", "titleAnchor", "titleLimit", "tickColor", "tickWidth", "tickOpacity", "tickSize", "domainColor",
        "domainWidth", "domainDash", "domainOpacity", "gridColor", "gridWidth", "gridOpacity",
    ]
    static let legend = [
        "labelColor", "labelFontSize", "labelFontWeight", "titleColor", "titleFontSize", "titleFontWeight", "direction",
        "columns", "padding", "offset", "rowPadding", "columnPadding", "labelOpacity", "titleOpacity", "labelLimit",
        "labelOffset", "titlePadding", "titleOrient", "symbolSize", "symbolType", "symbolStrokeWidth", "symbolOpacity",
        "fillColor", "strokeColor", "strokeWidth", "cornerRadius",
    ]
}
