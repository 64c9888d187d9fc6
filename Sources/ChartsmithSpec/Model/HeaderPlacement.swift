/// Where a facet header's labels, or its title, are set: Vega-Lite's `labelOrient`,
/// `labelAngle`, `labelAlign`, `labelAnchor`, `labelBaseline`, `labelPadding` and
/// `labelLimit` (and the same `title…` properties). Nil leaves each to Vega-Lite's
/// default for the kind of header (row, column or wrapped facet) and to the style.
public struct HeaderPlacement: Sendable, Hashable {
    /// The side of the grid (or of each cell, for a wrapped facet) the text sits on.
    public enum Orient: String, Sendable, Hashable, CaseIterable { case top, bottom, left, right }
    /// Where along that side: the cell's (or grid's) start, middle or end.
    public enum Anchor: String, Sendable, Hashable, CaseIterable { case start, middle, end }
    /// How the text sits on its anchor point, in the text's own direction.
    public enum Align: String, Sendable, Hashable, CaseIterable { case left, center, right }
    /// How the text sits on its anchor point, across the text's own direction.
    public enum Baseline: String, Sendable, Hashable, CaseIterable {
        case top, middle, bottom, alphabetic
        case lineTop = "line-top", lineBottom = "line-bottom"
    }

    public var orient: Orient?
    /// Degrees, clockwise; Vega-Lite's default is 0 on the top and bottom, -90 on the
    /// left and 90 on the right.
    public var angle: Double?
    public var align: Align?
    public var anchor: Anchor?
    public var baseline: Baseline?
    /// Points between the text and what it labels (Vega-Lite's default 10).
    public var padding: Double?
    /// The most points of text; longer text ends in an ellipsis. 0 or nil: no limit.
    public var limit: Double?

    public init() {}

    /// This placement over a fallback: what this one sets wins.
    public func over(_ base: HeaderPlacement) -> HeaderPlacement {
        var p = base
        if let v = orient { p.orient = v }
        if let v = angle { p.angle = v }
        if let v = align { p.align = v }
        if let v = anchor { p.anchor = v }
        if let v = baseline { p.baseline = v }
        if let v = padding { p.padding = v }
        if let v = limit { p.limit = v }
        return p
    }

    /// Whether nothing is set.
    public var isEmpty: Bool { self == HeaderPlacement() }
}
