// `config.mark` and the per-mark blocks (`config.bar`, `config.line`, …): which mark
// properties a config may set, and reading them.

extension ConfigDecoder {
    /// Which mark properties each mark type draws, so a default that would change nothing
    /// is reported rather than ignored. These are the properties the mark itself takes.
    static let markProperties: [MarkType: Set<String>] = [
        .bar: ["color", "fill", "stroke", "opacity", "strokeWidth", "cornerRadius", "cornerRadiusEnd", "cornerRadiusTopLeft",
               "cornerRadiusTopRight", "cornerRadiusBottomLeft", "cornerRadiusBottomRight", "binSpacing", "invalid"],
        .line: ["color", "opacity", "strokeWidth", "strokeDash", "interpolate", "invalid", "point", "order"],
        .area: ["color", "fill", "opacity", "fillOpacity", "strokeOpacity", "interpolate", "invalid", "point", "order"],
        .point: ["color", "fill", "opacity", "size", "filled", "invalid"],
        .circle: ["color", "fill", "opacity", "size", "filled", "invalid"],
        .square: ["color", "fill", "opacity", "size", "filled", "invalid"],
        .rule: ["color", "opacity", "strokeWidth", "strokeDash", "invalid"],
        .tick: ["color", "opacity", "thickness", "invalid"],
        .text: ["color", "opacity", "font", "fontSize", "fontWeight", "fontStyle", "align", "baseline", "dx", "dy", "invalid",
                "lineBreak", "lineHeight"],
    ]

    /// Every mark property a default can set, in reading order.
    static let allMarkProperties: [String] = [
        "color", "fill", "stroke", "opacity", "fillOpacity", "strokeOpacity", "strokeWidth", "strokeDash", "interpolate",
        "cornerRadius", "cornerRadiusEnd", "cornerRadiusTopLeft", "cornerRadiusTopRight", "cornerRadiusBottomLeft",
        "cornerRadiusBottomRight", "binSpacing", "size", "filled", "font", "fontSize", "fontWeight", "thickness", "align",
        "baseline", "dx", "dy", "invalid", "point", "fontStyle", "lineBreak", "lineHeight", "order",
    ]

    /// Mark properties that change nothing Chartsmith draws (or that the mark itself
    /// accepts and ignores): accepted as defaults too. (`font` is read for text marks and
    /// `config.mark` before these are dropped; on other mark types it draws nothing.)
    static let ignoredMarkProperties: [String] = [
        "tooltip", "aria", "ariaRole", "ariaRoleDescription", "description", "cursor", "href", "font", "strokeCap",
        "strokeJoin", "strokeMiterLimit", "tension", "smooth",
    ]

    /// Vega-Lite mark properties Chartsmith does not take as defaults.
    static let otherMarkProperties: [String] = [
        "angle", "line", "continuousBandSize", "discreteBandSize", "width", "height", "orient", "shape", "limit",
        "radius", "blend", "clip", "style", "ellipsis", "text",
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
        if allow("fill") { out.fill = try colorOrNone(&q, "fill") }
        if allow("stroke") { out.stroke = try colorOrNone(&q, "stroke") }
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
        if allow("font") { out.font = try fontFamily(&q, "font") }
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
        if allow("fontStyle"), let s = q.take("fontStyle") { out.italic = try italic(s) }
        if allow("lineBreak"), let b = q.take("lineBreak") { out.lineBreak = try b.asString() }
        if allow("lineHeight") { out.lineHeight = try positive(&q, "lineHeight", allowZero: false) }
        if allow("order"), let o = q.take("order") {
            switch o.value {
            case .null: out.order = false
            case .bool(let b): out.order = b
            default: throw o.mismatch("false or null (points in data order), or true")
            }
        }
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
}
