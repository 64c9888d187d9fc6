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
        (["ellipsis"], "text cut short by \"limit\" ends in \"…\""),
        (["dir"], "text is set in the direction of its script (Pango's bidi)"),
        (["url", "aspect"], "image marks are not drawn"),
    ]

    static func warnUndrawn(_ r: inout ObjectReader) {
        for (keys, reason) in undrawn {
            r.cosmetic(keys, reason: reason, drawn: ["strokeCap": "butt", "blend": "normal", "dir": "ltr", "ellipsis": "…"])
        }
    }
}
