/// A multi-view figure: several views side by side, stacked or wrapped into rows
/// (`hconcat`, `vconcat`, `concat`, and `repeat` over rows and columns, which the decoder
/// writes out as a concat), or one view drawn once per group of the data (`facet`, and the
/// `row`/`column`/`facet` encoding channels).
///
/// The spec that holds it keeps what belongs to the whole figure: title, source, notes,
/// config, autosize, and for a facet the data and transforms the groups are split from.
public struct Composition: Sendable {
    /// Concatenated views (each its own cell), or a facet (one view, a cell per group).
    public enum Kind: String, Sendable, Hashable {
        case concat, facet
    }

    public var kind: Kind
    /// Concat: each view, a unit or layered spec with its data and transforms already
    /// inherited from the parent. Facet: the one view drawn in every cell.
    public var views: [ChartSpec]
    /// Cells per row; nil puts all cells in one row.
    public var columns: Int?
    /// `spacing` between cells, in points, between rows and between columns (a number in the
    /// spec sets both; `{"row": N, "column": N}` each); a side nil for the style's default.
    public var spacing = CompositionSpacing()
    /// The facet's fields, for a facet.
    public var facet: FacetSpec?
    /// `resolve` on the composition: which scales, axes and legends the cells share.
    public var resolve = ResolveSpec()
    /// Where the composition was written, for messages.
    public var source: SourcePosition?
    /// `align`, `center` and `bounds`: how a concat places its views.
    public var arrangement = CompositionArrangement()

    public init(kind: Kind, views: [ChartSpec], columns: Int? = nil, spacing: CompositionSpacing = CompositionSpacing(), facet: FacetSpec? = nil) {
        self.kind = kind
        self.views = views
        self.columns = columns
        self.spacing = spacing
        self.facet = facet
    }

    /// Whether the cells share a channel's scale: Vega-Lite's defaults (a facet shares
    /// every scale; a concat shares all but x and y), unless `resolve` says otherwise.
    public func sharesScale(_ ch: Channel) -> Bool {
        if let e = resolve.scale[ch] { return e.mode == .shared }
        return kind == .facet || !(ch == .x || ch == .y)
    }

    /// Whether the cells share a position channel's axis (drawn on the outer cells only):
    /// a facet's cells do when they share its scale and `resolve.axis` does not make it
    /// independent. A concat's (and a repeat's) never do: Vega-Lite draws every view's own
    /// axes, with its own title, even over a shared scale (its concat model parses each
    /// child's axes and never merges them).
    public func sharesAxis(_ ch: Channel) -> Bool {
        kind == .facet && sharesScale(ch) && resolve.axis[ch]?.mode != .independent
    }

    /// Whether the cells share one legend for a channel (they draw one legend when the
    /// scale is shared, as Vega-Lite does).
    public func sharesLegend(_ ch: Channel) -> Bool {
        sharesScale(ch) && resolve.legend[ch]?.mode != .independent
    }

    /// Whether a view of this composition is itself a composition (a concat inside a
    /// concat of another direction, a facet or a repeat inside a concat).
    public var isNested: Bool { views.contains { $0.composition != nil } }

    /// Whether a concat gives its views legends of their own (a legend channel's scale or
    /// legend resolved independent).
    public var splitsLegends: Bool {
        kind == .concat && ResolveSpec.legendChannels.contains { !sharesLegend($0) }
    }

    /// Whether a view of a concat is layered with a legend channel's scale or legend
    /// resolved independent between its layers: the layers' own legends go beside that view.
    public var hasLayerLegends: Bool {
        kind == .concat && views.contains { v in
            v.composition == nil && v.layers.count > 1
                && ResolveSpec.legendChannels.contains { v.resolve.scaleIsIndependent($0) || v.resolve.legend[$0]?.mode == .independent }
        }
    }

    /// Whether the figure is laid out as a tree of sub-grids rather than one grid of
    /// equal cells: a concat that nests compositions or gives its views (or a layered
    /// view's layers) their own legends.
    public var isTree: Bool { kind == .concat && (isNested || splitsLegends || hasLayerLegends) }

    /// Whether a concat sets nothing of its own beyond its views: no `resolve`, `align`,
    /// `center` or `bounds` (such a concat inside one of the same direction is merged into it).
    public var isPlain: Bool { resolve == ResolveSpec() && arrangement.isDefault }

    /// The unit and layered views at any depth (a facet's one view once).
    public var leaves: [ChartSpec] {
        views.flatMap { $0.composition?.leaves ?? [$0] }
    }

    /// Every composition at any depth under this one, this one first.
    public var all: [Composition] {
        [self] + views.flatMap { $0.composition?.all ?? [] }
    }
}

/// `spacing` of a facet or a concat: the gap between rows (`row`) and between columns
/// (`column`), in points; nil for the style's default.
public struct CompositionSpacing: Sendable, Hashable {
    public var row: Double?
    public var column: Double?

    public init(row: Double? = nil, column: Double? = nil) {
        self.row = row
        self.column = column
    }

    /// The same gap both ways (a number in the spec).
    public init(_ both: Double?) {
        self.init(row: both, column: both)
    }

    /// Each side, or the fallback where it is unset.
    public func resolved(_ fallback: Double) -> (row: Double, column: Double) {
        (row ?? fallback, column ?? fallback)
    }
}

/// The fields a facet splits its data by: rows, columns, or one field wrapped into
/// `columns`.
public struct FacetSpec: Sendable {
    public var row: FacetField?
    public var column: FacetField?
    /// `facet: {"field": …}` (or the `facet` channel): one field, its cells wrapped into rows.
    public var wrap: FacetField?

    public init(row: FacetField? = nil, column: FacetField? = nil, wrap: FacetField? = nil) {
        self.row = row
        self.column = column
        self.wrap = wrap
    }

    /// The fields in order: row, column, wrap.
    public var fields: [FacetField] { [row, column, wrap].compactMap { $0 } }
}

/// One facet field: the field, its header and how its groups are ordered.
public struct FacetField: Sendable {
    /// How a facet's groups are ordered.
    public enum Sort: Sendable, Hashable {
        /// By the values themselves (Vega-Lite's default, ascending).
        case ascending
        case descending
        /// By an aggregate of another field over each group (`{"field": …, "op": …}`); with
        /// no field (`{"op": "count"}`), by each group's count of rows.
        case byField(field: String?, op: String, descending: Bool)
        /// In the order of a list of values; values not in it follow, ascending.
        case values([String])
    }

    public var field: String
    /// `title` of the facet field: nil for the field's name, an empty list for none.
    public var title: [String]?
    public var sort: Sort = .ascending
    /// `header` of the facet field, over `config.header`.
    public var header = HeaderSpec()
    /// Date fields: `timeUnit` and type, so labels read as dates.
    public var type: FieldType?
    /// `timeUnit`: the groups are the unit's values of ``timeUnitInput``, which a
    /// `timeunit` transform the decoder adds writes to ``field``.
    public var timeUnit: TimeUnit?
    /// The field written in the spec when it has a `timeUnit`.
    public var timeUnitInput: String?

    /// The `timeunit` transform Vega-Lite compiles a `timeUnit` into, after the figure's
    /// own: the unit of ``timeUnitInput`` written to ``field``.
    public var timeUnitTransform: Transform? {
        guard let unit = timeUnit, let input = timeUnitInput else { return nil }
        return .timeUnit(unit, field: input, as: field)
    }
    /// Where the field was written, for messages.
    public var source: SourcePosition?

    public init(field: String) { self.field = field }

    /// The title Vega-Lite gives the field when neither it nor its header sets one: the
    /// same as a channel's (``ChannelDef/defaultTitle``) of the field as written, so a
    /// `timeUnit` field reads "date (year-month)", not the unit's field name.
    public var defaultTitle: String {
        var def = ChannelDef(field: timeUnitInput ?? field, type: type)
        def.timeUnit = timeUnit
        return def.defaultTitle ?? field
    }
}

/// `header` (and `config.header`): how a facet's header labels and title are written.
public struct HeaderSpec: Sendable, Hashable {
    /// `labelFormat`: a d3 number format (or time format for dates).
    public var labelFormat: String?
    /// `formatType`: `number`, `time` or `utc`; nil formats numbers as numbers and dates as dates.
    public var formatType: String?
    /// `labelExpr`: each label from `datum.label` (its text) and `datum.value`.
    public var labelExpr: String?
    /// `labels`: false hides the labels; nil leaves it to `config.header` (shown).
    public var labels: Bool?
    /// Whether the labels are written.
    public var showsLabels: Bool { labels ?? true }
    /// `title`: the header's title (over the facet field's `title`).
    public var title: [String]?
    /// `labelFont` and `titleFont`: the families (or CSS stacks) of the header labels and of
    /// the header title, over the style's axis title font.
    public var labelFont: Located<String>?
    public var titleFont: Located<String>?
    /// Where the labels and the title are set (`labelOrient`, `labelAngle`, … and
    /// `titleOrient`, `titleAngle`, …; `orient` sets both orients).
    public var labelPlace = HeaderPlacement()
    public var titlePlace = HeaderPlacement()

    public init() {}

    /// This header over a fallback (`config.header`): what this one sets wins.
    public func over(_ base: HeaderSpec) -> HeaderSpec {
        var h = base
        if let v = labelFormat { h.labelFormat = v }
        if let v = formatType { h.formatType = v }
        if let v = labelExpr { h.labelExpr = v }
        if let v = labels { h.labels = v }
        if let v = title { h.title = v }
        if let v = labelFont { h.labelFont = v }
        if let v = titleFont { h.titleFont = v }
        h.labelPlace = labelPlace.over(base.labelPlace)
        h.titlePlace = titlePlace.over(base.titlePlace)
        return h
    }
}
