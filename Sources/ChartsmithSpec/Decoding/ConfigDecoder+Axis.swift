// `config.axis`, `config.axisX` and `config.axisY`: switches, details and dash patterns
// (the looks of labels, titles, ticks and lines are in ConfigDecoder+AxisLook).

extension ConfigDecoder {
    static let axisTextKeys: [String] = [
        "labelFont", "labelFontSize", "labelFontWeight", "labelColor",
        "titleFont", "titleFontSize", "titleFontWeight", "titleColor",
    ]

    /// Axis defaults that move lines by less than a point (pixel snapping): ignored.
    static let cosmeticAxisKeys: [String] = ["tickRound", "translate"]

    /// Axis defaults Chartsmith does not draw, each named in a located warning with what
    /// is drawn instead.
    static let undrawnAxisKeys: [(keys: [String], reason: String)] = [
        (["offset"], "axes sit against the plot"),
        (["minExtent", "maxExtent"], "an axis takes the room its labels need"),
        (["labelOverlap", "labelSeparation"], "as defaults, labels that would overlap are thinned with the style's spacing (set them on the axis)"),
        (["labelBound"], "labels are kept inside the canvas, not the plot's extent"),
        (["zindex"], "axes are drawn above the marks' gridlines and below their labels"),
        (["domainCap", "gridCap", "tickCap"], "axis lines end flat (\"butt\")"),
    ]

    /// Marks the undrawn axis defaults read, warning for each.
    static func warnUndrawnAxisKeys(_ q: inout ObjectReader) {
        q.ignore(cosmeticAxisKeys)
        for (keys, reason) in undrawnAxisKeys {
            q.cosmetic(keys, reason: reason, drawn: ["domainCap": "butt", "gridCap": "butt", "tickCap": "butt"])
        }
    }

    static let unsupportedAxisKeys: [String: String] = [
        "labelAngle": "turned axis labels (\"labelAngle\"; labels stay horizontal and wrap)",
        "shortTimeLabels": "\"shortTimeLabels\" (Vega-Lite 3; give the axis a \"format\" such as \"%b\")",
        "tickCount": "a default tick count",
        "labelOverlap": "label overlap strategies (Chartsmith drops every other label until none overlap)",
        "titleAngle": "axis title angles on config.axis (set axisY.titleAngle)", "titleAlign": "axis title alignment",
        "titleBaseline": "axis title baselines", "titleX": "axis title positions", "titleY": "axis title positions",
        "format": "a default axis format (set \"format\" on each axis)", "formatType": "a default axis format type",
        "orient": "axis sides (\"orient\")", "offset": "axis offsets", "minExtent": "axis extents", "maxExtent": "axis extents",
        "bandPosition": "tick band positions", "zindex": "axis drawing order", "labelBound": "label bounds",
        "labelAlign": "axis label alignment", "labelSeparation": "label separation",
        "labelLineHeight": "axis label line heights", "gridCap": "grid line caps", "domainCap": "axis line caps",
        "tickCap": "tick caps", "tickRound": "tick rounding", "tickBand": "tick band positions", "tickExtra": "extra ticks",
        "tickOffset": "tick offsets", "translate": "axis translation",
        "style": "named axis styles",
        "labelColor": "conditional label colours",
        "labelFontSize": "conditional label sizes", "labelFontWeight": "conditional label weights",
        "titleColor": "conditional title colours", "gridColor": "conditional grid colours", "gridWidth": "conditional grid widths",
        "gridOpacity": "conditional grid opacities", "tickColor": "conditional tick colours", "tickWidth": "conditional tick widths",
        "tickOpacity": "conditional tick opacities", "labelOpacity": "conditional label opacities",
        "domainColor": "conditional axis line colours", "domainWidth": "conditional axis line widths",
        "labelFontStyle": "conditional label font styles", "titleFontStyle": "conditional title font styles",
        "titleOpacity": "conditional title opacities", "labelLimit": "conditional label limits",
        "titleLimit": "conditional title limits", "titlePadding": "conditional title padding",
        "titleAnchor": "conditional title anchors", "domainDash": "conditional axis line dashes",
        "domainOpacity": "conditional axis line opacities",
    ]

    static func decodeAxis(_ a: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(a, what: "config.axis")
        try decodeTickLooks(&q, into: &c.axisBoth.tickLooks)
        c.axisLabel.font = try fontFamily(&q, "labelFont")
        c.axisLabel.fontSize = try positive(&q, "labelFontSize", allowZero: false)
        c.axisLabel.bold = try weight(&q, "labelFontWeight")
        c.axisLabel.color = try color(&q, "labelColor")
        c.axisTitle.font = try fontFamily(&q, "titleFont")
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
        try decodeAxisLook(&q, into: &c.axisBoth.look, text: false)
        q.ignore("aria", "description")
        Self.warnUndrawnAxisKeys(&q)
        // Ticks and grid lines at band edges (heatmaps' `tickBand: "extent"`): the band
        // scale's ticks stay at band centres; named in a warning.
        q.cosmetic(["tickBand"], reason: "ticks and grid lines of band axes stay at the band centres")
        try q.finish(unsupported: unsupportedAxisKeys)
    }

    /// The side- and type-specific axis blocks Vega-Lite reads beside `axis`, `axisX` and
    /// `axisY`: by side, by scale type, and by channel and scale type.
    public static let axisBlockKeys: [String] = {
        let types = ["Band", "Point", "Discrete", "Quantitative", "Temporal"]
        return ["axisLeft", "axisRight", "axisTop", "axisBottom"] + types.map { "axis" + $0 }
            + types.map { "axisX" + $0 } + types.map { "axisY" + $0 }
    }()

    static func decodeAxisSwitches(_ a: JSONNode, y: Bool, into c: inout Config) throws -> AxisSwitches {
        try decodeAxisSwitches(a, name: y ? "axisY" : "axisX", into: &c)
    }

    /// One per-axis block (`axisX`, `axisY`, `axisLeft`, `axisBand`, `axisYQuantitative`…).
    /// A block that names only x axes (`axisX…`, `axisTop`, `axisBottom`) or only y axes
    /// (`axisY…`, `axisLeft`, `axisRight`) is read for that channel; a type block
    /// (`axisBand`…) for both.
    static func decodeAxisSwitches(_ a: JSONNode, name: String, into c: inout Config) throws -> AxisSwitches {
        let y = name.hasPrefix("axisY") || name == "axisLeft" || name == "axisRight"
        let x = name.hasPrefix("axisX") || name == "axisTop" || name == "axisBottom"
        var q = try ObjectReader(a, what: "config.\(name)")
        var s = AxisSwitches()
        try decodeTickLooks(&q, into: &s.tickLooks)
        s.grid = try q.bool("grid")
        s.domain = try q.bool("domain")
        s.ticks = try q.bool("ticks")
        if let d = q.take("gridDash") { s.gridDash = try axisDash(d) }
        try decodeAxisDetails(&q, into: &s, what: "config.\(name)")
        try decodeAxisLines(&q, into: &s)
        try decodeAxisLook(&q, into: &s.look, text: true)
        if let a = q.take("labelAngle") {
            let angle = try a.asNumber()
            guard !y || angle.truncatingRemainder(dividingBy: 360) == 0 else {
                throw Diagnostic(location: a.location, path: a.path,
                                 message: "turned y-axis labels (\"labelAngle\") are not supported by Chartsmith; y labels stay horizontal and wrap")
            }
            s.labelAngle = angle
        }
        if y, name == "axisY", let t = q.take("titleAngle") {
            let angle = try t.asNumber()
            guard [0, 270, -90].contains(angle) else {
                throw Diagnostic(location: t.location, path: t.path,
                                 message: "axisY.titleAngle \(angle) is not supported by Chartsmith; use 0 (horizontal, above the axis) or 270 (up the side)")
            }
            c.yTitleAngle = angle
        }
        q.ignore("aria", "description")
        Self.warnUndrawnAxisKeys(&q)
        s.look.labelFont = try ConfigDecoder.fontFamily(&q, "labelFont")
        s.look.titleFont = try ConfigDecoder.fontFamily(&q, "titleFont")
        var unsupported = unsupportedAxisKeys
        if y && name == "axisY" { unsupported["titleAngle"] = nil } else if y {
            unsupported["titleAngle"] = "y-axis title angles outside axisY (set axisY.titleAngle)"
        } else {
            unsupported["titleAngle"] = "x-axis title angles (the x-axis title is always horizontal)"
        }
        try q.finish(unsupported: unsupported)
        return s
    }

    /// The axis settings that `config.axis`, `config.axisX` and `config.axisY` share:
    /// `labelExpr`, `labelAlign`, `labelBaseline`, `labelOffset`, `labelPadding`, `tickSize`, `tickDash`,
    /// `labelFlush`, `labelFlushOffset`.
    static func decodeAxisDetails(_ q: inout ObjectReader, into s: inout AxisSwitches, what: String) throws {
        s.labels = try q.bool("labels")
        // `title: null` turns the default (field) titles off; a title for every axis would
        // name them all alike, so only null is read.
        if let t = q.take("title") {
            guard t.isNull else {
                throw Diagnostic(location: t.location, path: t.path,
                                 message: "one title for every axis (a string in \(what).title) is not supported by Chartsmith; expected null (no default axis titles); set \"title\" on each channel instead")
            }
            s.defaultTitles = false
        }
        if let e = q.take("labelExpr") { s.labelExpr = try e.asString() }
        // Plain values only: conditions and expressions were read by ``decodeTickLooks``.
        if q.hasPlain("labelAlign"), let a = q.take("labelAlign") { s.labelAlign = try oneOf(a, ["left", "center", "right"]) }
        if q.hasPlain("labelBaseline"), let a = q.take("labelBaseline") { s.labelBaseline = try oneOf(a, AxisTickLooks.baselines) }
        if q.hasPlain("labelOffset"), let n = q.take("labelOffset") { s.labelOffset = try finite(n) }
        if q.hasPlain("labelPadding"), let n = q.take("labelPadding") { s.labelPadding = try finite(n) }
        s.tickSize = try positive(&q, "tickSize", allowZero: true)
        if let d = q.take("tickDash") { s.tickDash = try axisDash(d) }
        try decodeLabelFlush(&q, into: &s)
    }

    /// `labelFlush` (`true`, `false` or a threshold in points) and `labelFlushOffset`.
    static func decodeLabelFlush(_ q: inout ObjectReader, into s: inout AxisSwitches) throws {
        if q.hasPlain("labelFlush"), let n = q.take("labelFlush") {
            switch n.value {
            case .bool(let b): s.labelFlush = b ? .within(1) : .off
            case .number(let v) where v.isFinite && v >= 0: s.labelFlush = .within(v)
            default: throw n.mismatch("true, false or a distance in points (0 or more)")
            }
        }
        if q.hasPlain("labelFlushOffset"), let n = q.take("labelFlushOffset") { s.labelFlushOffset = try finite(n) }
    }

    /// A dash pattern, or `{"condition": {"test": ..., "value": [...]}, "value": [...]}`
    /// (conditions may be a list; the first whose test a tick passes wins).
    static func axisDash(_ n: JSONNode) throws -> AxisDash {
        guard case .object = n.value else { return AxisDash(value: try dash(n)) }
        let c = try tickConditional(n, what: "axis dashes", read: dash)
        return AxisDash(conditions: c.conditions.map { AxisDash.Condition(test: $0.test, value: $0.value) }, value: c.value ?? [])
    }

    /// A conditional axis property, `{"condition": {"test": ..., "value": ...} (or a list
    /// of them), "value": ...}`, each value read by `read`.
    static func tickConditional<T>(_ n: JSONNode, what: String, read: (JSONNode) throws -> T) throws -> TickConditional<T> {
        var q = try ObjectReader(n, what: "a conditional axis value", kind: "axisCondition")
        var out = TickConditional<T>()
        if let v = q.take("value") { out.value = try read(v) }
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
                out.conditions.append(TickConditional<T>.Condition(test: try TransformDecoder.decodePredicate(t), value: try read(v)))
            }
        }
        if let e = q.object["expr"] ?? q.object["signal"] {
            throw Diagnostic(location: e.location, path: e.path, message: "expressions for \(what) are not supported by Chartsmith; use a condition")
        }
        try q.finish()
        return out
    }

    /// The label and tick-size keys of ``AxisTickLooks`` given as conditions: each label's
    /// font size, weight, style and family, alignment, baseline, offset and padding, and each
    /// tick's size.
    static func decodeTickLabelLooks(_ q: inout ObjectReader, into l: inout AxisTickLooks) throws {
        func conditional(_ key: String) -> JSONNode? { conditionNode(&q, key) }
        func size(_ n: JSONNode) throws -> Double {
            let v = try n.asNumber()
            guard v.isFinite, v > 0 else { throw n.mismatch("a font size in points, above 0") }
            return v
        }
        func number(_ n: JSONNode) throws -> Double { try finite(n) }
        if let n = conditional("labelFontSize") { l.labelFontSize = try tickConditional(n, what: "labelFontSize", read: size) }
        if let n = conditional("labelFontWeight") { l.labelFontWeight = try tickConditional(n, what: "labelFontWeight", read: weightValue) }
        if let n = conditional("labelFontStyle") { l.labelFontStyle = try tickConditional(n, what: "labelFontStyle", read: italic) }
        if let n = conditional("labelFont") { l.labelFont = try tickConditional(n, what: "labelFont") { try $0.asString() } }
        if let n = conditional("labelAlign") {
            l.labelAlign = try tickConditional(n, what: "labelAlign") { try oneOf($0, ["left", "center", "right"]) }
        }
        // A baseline given as an expression is evaluated per label, as Vega's axis labels
        // encode it (``TickConditional/expression``).
        if case .object(let o)? = q.object["labelBaseline"]?.value, o["condition"] == nil, let e = o["expr"], o.entries.count == 1 {
            guard case .string(let src) = e.value else { throw e.mismatch("an expression string") }
            _ = q.take("labelBaseline")
            l.labelBaseline = TickConditional(expression: src)
        } else if let n = conditional("labelBaseline") {
            l.labelBaseline = try tickConditional(n, what: "labelBaseline") { try oneOf($0, AxisTickLooks.baselines) }
        }
        if let n = conditional("labelOffset") { l.labelOffset = try tickConditional(n, what: "labelOffset", read: number) }
        if let n = conditional("labelPadding") { l.labelPadding = try tickConditional(n, what: "labelPadding", read: number) }
        if let n = conditional("tickSize") { l.tickSize = try tickConditional(n, what: "tickSize", read: points) }
    }

    /// A length in points, 0 or more (a tick's size or width, a grid line's width).
    static func points(_ n: JSONNode) throws -> Double {
        let v = try n.asNumber()
        guard v.isFinite, v >= 0 else { throw n.mismatch("a number of points, 0 or more") }
        return v
    }

    /// `key`'s value when it is given as a condition (an object with a `condition`, not an
    /// expression), taken from `q`; nil (and left in `q`) otherwise.
    static func conditionNode(_ q: inout ObjectReader, _ key: String) -> JSONNode? {
        guard case .object(let o)? = q.object[key]?.value, o["condition"] != nil, o["expr"] == nil, o["signal"] == nil else { return nil }
        return q.take(key)
    }

    /// The ``AxisTickLooks`` keys of `q` given as conditions (objects with a `condition`);
    /// others (plain values, expressions) are left for the caller.
    static func decodeTickLooks(_ q: inout ObjectReader, into l: inout AxisTickLooks) throws {
        func conditional(_ key: String) -> JSONNode? { conditionNode(&q, key) }
        func colour(_ n: JSONNode) throws -> ConfigColor {
            if n.isNull { return Located("transparent", location: n.location, path: n.path) }
            guard case .string(let s) = n.value else { throw n.mismatch("a CSS colour string such as \"#12436D\", or null") }
            return Located(s, location: n.location, path: n.path)
        }
        func fraction(_ n: JSONNode) throws -> Double {
            let v = try n.asNumber()
            guard v >= 0, v <= 1 else { throw n.mismatch("a number from 0 to 1") }
            return v
        }
        if let n = conditional("labelColor") { l.labelColor = try tickConditional(n, what: "labelColor", read: colour) }
        if let n = conditional("labelOpacity") { l.labelOpacity = try tickConditional(n, what: "labelOpacity", read: fraction) }
        if let n = conditional("tickColor") { l.tickColor = try tickConditional(n, what: "tickColor", read: colour) }
        if let n = conditional("tickOpacity") { l.tickOpacity = try tickConditional(n, what: "tickOpacity", read: fraction) }
        if let n = conditional("tickWidth") { l.tickWidth = try tickConditional(n, what: "tickWidth", read: points) }
        if let n = conditional("gridColor") { l.gridColor = try tickConditional(n, what: "gridColor", read: colour) }
        if let n = conditional("gridOpacity") { l.gridOpacity = try tickConditional(n, what: "gridOpacity", read: fraction) }
        if let n = conditional("gridWidth") { l.gridWidth = try tickConditional(n, what: "gridWidth", read: points) }
        try decodeTickLabelLooks(&q, into: &l)
    }
}
