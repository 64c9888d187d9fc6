// The label and title text of a guide, read the same for an axis and a legend.

extension ConfigDecoder {
    /// Reads `labelColor`, `labelFontSize`, `labelFontWeight`, `titleColor`, `titleFontSize`
    /// and `titleFontWeight` when present in `q` as plain values; a value given as an object
    /// (a condition or an expression) is left unread for the caller to name.
    static func decodeGuideText<L: GuideTextLook>(_ q: inout ObjectReader, into l: inout L) throws {
        if q.hasPlain("labelColor") { l.labelColor = try color(&q, "labelColor") }
        if q.hasPlain("labelFontSize") { l.labelFontSize = try positive(&q, "labelFontSize", allowZero: false) }
        if q.hasPlain("labelFontWeight") { l.labelBold = try weight(&q, "labelFontWeight") }
        if q.hasPlain("titleColor") { l.titleColor = try color(&q, "titleColor") }
        if q.hasPlain("titleFontSize") { l.titleFontSize = try positive(&q, "titleFontSize", allowZero: false) }
        if q.hasPlain("titleFontWeight") { l.titleBold = try weight(&q, "titleFontWeight") }
    }
}
