/// The mark properties Chartsmith accepts but does not draw, each named in a located
/// warning with what is drawn instead (the brief: a cosmetic setting not honoured is
/// never dropped without a word).
enum MarkDecoder {
    /// Each undrawn property and what Chartsmith draws instead.
    static let undrawn: [(keys: [String], reason: String)] = [
        (["strokeCap"], "strokes end flat (\"butt\")"),
        (["strokeJoin", "strokeMiterLimit"], "the style's joins are drawn"),
        (["strokeOffset", "strokeDashOffset"], "strokes and dashes start at the mark's edge"),
        (["blend"], "marks are painted over one another (\"normal\")"),
        (["style"], "named mark styles are not applied; set the properties on the mark"),
        (["discreteBandSize", "continuousBandSize", "minBandSize"], "bars and ticks take the style's band size"),
        (["timeUnitBandPosition", "timeUnitBandSize"], "marks on a time unit keep Chartsmith's placement (set the channel's \"bandPosition\")"),
        (["order"], "a line or trail joins its points in the order of their x (or y) values"),
        (["lineBreak"], "text marks are not split into lines at it"),
        (["lineHeight"], "lines of text keep the font's own spacing"),
        (["fontStyle"], "text is drawn upright"),
        (["ellipsis"], "cut text ends with \"…\""),
        (["dir"], "text runs left to right"),
        (["url", "aspect"], "image marks are not drawn"),
    ]

    static func warnUndrawn(_ r: inout ObjectReader) {
        // `order: true` is Vega-Lite's default for lines: drawn as asked.
        if let o = r.object["order"], case .bool(true) = o.value { _ = r.take("order") }
        for (keys, reason) in undrawn {
            r.cosmetic(keys, reason: reason, drawn: ["strokeCap": "butt", "blend": "normal", "dir": "ltr", "ellipsis": "…"])
        }
    }
}
