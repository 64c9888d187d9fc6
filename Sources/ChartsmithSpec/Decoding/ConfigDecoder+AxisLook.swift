// The axis looks shared by `config.axis`, the per-axis config blocks and an axis object:
// label and title text, ticks, grid and axis line.

extension ConfigDecoder {
    /// The label and title text keys an axis reads into its ``AxisLook`` (per-axis blocks
    /// and axis objects; `config.axis` reads them as the theme's text styles).
    static let axisLookTextKeys = ["labelColor", "labelFontSize", "labelFontWeight", "titleColor", "titleFontSize", "titleFontWeight"]

    /// Reads the ``AxisLook`` keys present in `q`. With `text`, the label and title
    /// colours, sizes and weights too. A value given as an object (a condition or an
    /// expression) is left unread for the caller to name.
    static func decodeAxisLook(_ q: inout ObjectReader, into l: inout AxisLook, text: Bool) throws {
        if text { try decodeGuideText(&q, into: &l) }
        if q.hasPlain("labelFontStyle"), let n = q.take("labelFontStyle") { l.labelItalic = try italic(n) }
        if q.hasPlain("titleFontStyle"), let n = q.take("titleFontStyle") { l.titleItalic = try italic(n) }
        if q.hasPlain("labelOpacity") { l.labelOpacity = try fraction(&q, "labelOpacity") }
        if q.hasPlain("titleOpacity") { l.titleOpacity = try fraction(&q, "titleOpacity") }
        if q.hasPlain("labelLimit") { l.labelLimit = try positive(&q, "labelLimit", allowZero: true) }
        if q.hasPlain("titleLimit") { l.titleLimit = try positive(&q, "titleLimit", allowZero: true) }
        if q.hasPlain("titlePadding"), let n = q.take("titlePadding") { l.titlePadding = try finite(n) }
        if q.hasPlain("titleAnchor"), let n = q.take("titleAnchor") {
            l.titleAnchor = n.isNull ? nil : try oneOf(n, ["start", "middle", "end"])
        }
        if q.hasPlain("tickColor") { l.tickColor = try color(&q, "tickColor") }
        if q.hasPlain("tickWidth") { l.tickWidth = try positive(&q, "tickWidth", allowZero: true) }
        if q.hasPlain("tickOpacity") { l.tickOpacity = try fraction(&q, "tickOpacity") }
        if q.hasPlain("domainDash"), let d = q.take("domainDash") { l.domainDash = try dash(d) }
        if q.hasPlain("domainOpacity") { l.domainOpacity = try fraction(&q, "domainOpacity") }
    }

    /// `gridColor`, `gridWidth`, `gridOpacity`, `domainColor` and `domainWidth` of one axis
    /// (per-axis blocks and axis objects), leaving values given as objects unread.
    static func decodeAxisLines(_ q: inout ObjectReader, into s: inout AxisSwitches) throws {
        if q.hasPlain("gridColor") { s.gridColor = try color(&q, "gridColor") }
        if q.hasPlain("gridWidth") { s.gridWidth = try positive(&q, "gridWidth", allowZero: true) }
        if q.hasPlain("gridOpacity") { s.gridOpacity = try fraction(&q, "gridOpacity") }
        if q.hasPlain("domainColor") { s.domainColor = try color(&q, "domainColor") }
        if q.hasPlain("domainWidth") { s.domainWidth = try positive(&q, "domainWidth", allowZero: true) }
    }

    /// A font style: `"italic"` or `"oblique"` is italic, `"normal"` upright.
    static func italic(_ n: JSONNode) throws -> Bool {
        let s = try oneOf(n, ["normal", "italic", "oblique"])
        return s != "normal"
    }
}
