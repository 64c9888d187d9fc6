import ChartsmithFormat
import ChartsmithSpec

/// One cell of a multi-view figure, ready for layout: the view drawn there, its prepared
/// data and the header written above it. Cells come row by row; layout sets the columns.
public struct PreparedCell: Sendable {
    /// The view's spec (a unit or layered spec).
    public var spec: ChartSpec
    public var views: [PreparedView]
    /// The header above the cell: a concatenated view's title, or a wrapped facet group's label.
    public var header: [String]
    /// A row and column facet's labels of the cell's row and column group (nil for none),
    /// which layout writes once beside the row and once over the column.
    public var rowLabel: String?
    public var columnLabel: String?
    public init(spec: ChartSpec, views: [PreparedView], header: [String], rowLabel: String? = nil, columnLabel: String? = nil) {
        self.spec = spec
        self.views = views
        self.header = header
        self.rowLabel = rowLabel
        self.columnLabel = columnLabel
    }
}

/// The data stage for a composition: each concatenated view prepared on its own data, or a
/// facet's data loaded and transformed once, split into its groups (one pass over the rows)
/// and each group prepared for the facet's view.
public enum CellPreparation {
    /// The cells of a figure, row by row, and the number of columns of its grid.
    public static func prepare(_ spec: ChartSpec, loader: DataLoader) throws -> (cells: [PreparedCell], columns: Int) {
        guard let comp = spec.composition else {
            return ([PreparedCell(spec: spec, views: try ViewPreparation.prepare(spec, loader: loader), header: [])], 1)
        }
        if comp.kind == .concat {
            let columns = max(1, min(comp.columns ?? comp.views.count, comp.views.count))
            let cells = try comp.views.enumerated().map { i, v in
                PreparedCell(spec: v, views: try ViewPreparation.prepare(v, loader: loader), header: v.title?.text ?? [])
            }
            return (cells, columns)
        }
        return try prepareFacet(spec, comp, loader: loader)
    }

    static func prepareFacet(_ spec: ChartSpec, _ comp: Composition, loader: DataLoader) throws -> (cells: [PreparedCell], columns: Int) {
        guard let facet = comp.facet, let written = comp.views.first else { return ([], 1) }
        var inner = written
        guard let data = spec.data ?? inner.data else { throw DataError(message: "the facet has no data to split") }
        var table = try loader.load(data)
        let loadedRows = table.rowCount
        let keyFields = facet.fields.map(\.field)
        // The figure's transforms run once, before the data is split (then a facet field's
        // `timeUnit`, as Vega-Lite compiles it), and the faceted view's own after them, also
        // before the split (``FacetTransforms``): either may make the field to split by.
        var merged = inner.encoding
        if let first = inner.layers.first { merged = first.encoding.inheriting(from: inner.encoding) }
        let figure = spec.transforms + facet.fields.compactMap(\.timeUnitTransform)
        let own = try FacetTransforms.beforeSplit(inner, keys: keyFields)
        let fieldsAtSource = table.fields
        table = try ViewPreparation.parseAtSource(table, encoding: merged, transforms: figure + inner.transforms)
        table = try Transforms.apply(figure + own, to: table, lookups: try lookupTables(spec.transforms + inner.transforms, loader: loader))
        inner.transforms = []
        inner.transformSources = []
        for f in facet.fields where !(table.fields.isEmpty && table.isEmpty) && !table.fields.contains(f.timeUnitInput ?? f.field) {
            let list = fieldsAtSource.prefix(12).joined(separator: ", ") + (fieldsAtSource.count > 12 ? ", …" : "")
            throw Diagnostic(message: "no field \"\(f.timeUnitInput ?? f.field)\" in the data to facet by (fields: \(list)), nor made by its transforms",
                             location: f.source?.location, path: f.source?.path,
                             suggestion: Suggest.closest(to: f.timeUnitInput ?? f.field, in: fieldsAtSource))
        }
        inner = Self.sharingBins(inner, rows: table.rows)
        var groups = Aggregation.group(table.rows, by: keyFields)
        if groups.isEmpty, let f = facet.fields.first {
            // No group, no cell: Vega draws nothing to read (no cells, axes or headers).
            let names = facet.fields.map { "\"\($0.timeUnitInput ?? $0.field)\"" }.joined(separator: " and ")
            let sources = spec.transformSources + written.transformSources
            let why = loadedRows == 0 ? "its data has no rows"
                : "none of its data's \(loadedRows) rows is left after the transforms"
                    + (sources.isEmpty ? "" : " (" + sources.map(\.path.description).joined(separator: ", ") + ")")
            throw Diagnostic(message: "the facet by \(names) has no groups to draw: \(why) (Vega draws no cell, only the fields' titles); check that the filters match the data's values",
                             location: f.source?.location, path: f.source?.path)
        }
        // Vega-Lite moves a unit view's facet below its filter of invalid values (its
        // optimiser's `moveFacetDown`), so a group whose every row is dropped there (all
        // missing on a continuous x or y: `trellis_scatter`'s "NC-17" movies have no DVD
        // sales) is no cell and no header. A layered view forks before its layers' filters,
        // so each group keeps its cell.
        var prepared: [[Value]: [PreparedView]] = [:]
        for g in groups { prepared[g.key] = try prepareGroup(inner, rows: g.rows, fields: table.fields, loader: loader) }
        if inner.layers.isEmpty {
            groups = groups.filter { g in !(prepared[g.key] ?? []).allSatisfy { $0.table.rowCount == 0 && $0.transformedRowCount > 0 } }
        }
        // Vega-Lite imputes a stacked area's or line's missing values before its facet splits
        // the data (when the facet moves below the view's data flow), keyed on the whole
        // data's positions: each cell's series is 0 at the positions only other cells have.
        // A cell lacking some is prepared again with them.
        let positions = Self.facetMovesBelowView(inner) ? Self.stackPositions(inner, cells: groups.compactMap { prepared[$0.key] }) : [:]
        if !positions.isEmpty {
            for g in groups {
                guard let v = prepared[g.key], positions.contains(where: { i, all in
                    i < v.count && Self.positionCount(v[i]) < all.count
                }) else { continue }
                prepared[g.key] = try prepareGroup(inner, rows: g.rows, fields: table.fields, loader: loader, stackPositions: positions)
            }
        }
        var byKey: [[Value]: [Row]] = [:]
        for g in groups { byKey[g.key] = g.rows }
        func views(_ key: [Value]) throws -> [PreparedView] {
            if let v = prepared[key], byKey[key] != nil { return v }
            return try prepareGroup(inner, rows: byKey[key] ?? [], fields: table.fields, loader: loader)
        }
        func ordered(_ f: FacetField, at i: Int) -> [Value] {
            var seen = Set<Value>()
            var values: [Value] = []
            for g in groups where seen.insert(g.key[i]).inserted { values.append(g.key[i]) }
            if Self.sortFieldLost(f, inner: inner, keys: keyFields) { return values }
            return order(values, by: Self.sort(of: f), field: f.field, rows: table.rows)
        }
        var cells: [PreparedCell] = []
        let labelers = try Dictionary(facet.fields.map { ($0.field, try HeaderLabel($0.header)) }, uniquingKeysWith: { a, _ in a })
        let header = { (f: FacetField, v: Value) -> String in labelers[f.field]?.text(v) ?? v.text }
        if let wrap = facet.wrap {
            let values = ordered(wrap, at: 0)
            let columns = max(1, min(comp.columns ?? values.count, max(values.count, 1)))
            for (i, v) in values.enumerated() {
                cells.append(PreparedCell(spec: inner, views: try views([v]),
                                          header: wrap.header.showsLabels ? [header(wrap, v)] : []))
            }
            return (cells, columns)
        }
        let rowValues: [Value?] = facet.row.map { f in ordered(f, at: 0).map { Optional($0) } } ?? [nil]
        let colIndex = facet.row == nil ? 0 : 1
        let colValues: [Value?] = facet.column.map { f in ordered(f, at: colIndex).map { Optional($0) } } ?? [nil]
        for rv in rowValues {
            for cv in colValues {
                let key = [rv, cv].compactMap { $0 }
                let rowLabel = rv.flatMap { v in facet.row.flatMap { $0.header.showsLabels ? header($0, v) : nil } }
                let columnLabel = cv.flatMap { v in facet.column.flatMap { $0.header.showsLabels ? header($0, v) : nil } }
                cells.append(PreparedCell(spec: inner, views: try views(key),
                                          header: [], rowLabel: rowLabel, columnLabel: columnLabel))
            }
        }
        return (cells, colValues.count)
    }

    /// The facet's view with each binned field's extent set from all the groups' rows, so
    /// every cell bins alike (Vega-Lite bins before it splits the data).
    static func sharingBins(_ inner: ChartSpec, rows: [Row]) -> ChartSpec {
        func fix(_ enc: inout Encoding) {
            for (ch, defs) in enc.channels {
                enc.channels[ch] = defs.map { d in
                    guard var bin = d.bin, !bin.binned, bin.extent == nil, let f = d.field else { return d }
                    var lo = Double.infinity, hi = -Double.infinity
                    for r in rows { if let x = r[f].number, x.isFinite { lo = min(lo, x); hi = max(hi, x) } }
                    guard lo <= hi else { return d }
                    bin.extent = [lo, hi]
                    var c = d
                    c.bin = bin
                    return c
                }
            }
        }
        guard inner.transforms.isEmpty else { return inner }
        var v = inner
        fix(&v.encoding)
        for i in v.layers.indices where v.layers[i].data == nil && v.layers[i].transforms.isEmpty { fix(&v.layers[i].encoding) }
        return v
    }

    /// Whether a facet's `sort: {field, op}` reads a field Vega-Lite has aggregated away: its
    /// optimiser moves the facet below a unit view's encoding aggregate when nothing forks
    /// there (no channel sorted by a field or another channel), so the sort's aggregate
    /// reads the aggregated rows, where a field that is neither grouped by nor an output is
    /// undefined: every group ties and the groups keep their first-seen order.
    static func sortFieldLost(_ f: FacetField, inner: ChartSpec, keys: [String]) -> Bool {
        guard case .byField(let other?, _, _) = f.sort, facetMovesBelowView(inner) else { return false }
        let defs = inner.encoding.channels.values.flatMap { $0 }
        guard defs.contains(where: { $0.aggregate != nil }) else { return false }
        var kept = Set(keys)
        for d in defs {
            for name in [d.outputField, d.binEndField].compactMap({ $0 }) { kept.insert(name) }
        }
        return !kept.contains(other)
    }

    /// One group's rows prepared for the facet's view.
    static func prepareGroup(_ inner: ChartSpec, rows: [Row], fields: [String], loader: DataLoader,
                             stackPositions: [Int: [[Value]]] = [:]) throws -> [PreparedView] {
        var view = inner
        view.data = nil
        return try ViewPreparation.prepare(view, loader: loader, source: Table(fields: fields, rows: rows),
                                           stackPositions: stackPositions)
    }

    /// Whether Vega-Lite's optimiser moves the facet below the faceted view's data flow (its
    /// `moveFacetDown`, which stops at a fork): for a unit view none of whose channels is
    /// sorted by a field or another channel (each such sort forks a domain's data). A layered
    /// view forks into its layers, so its stack, impute and aggregate stay inside each cell.
    static func facetMovesBelowView(_ inner: ChartSpec) -> Bool {
        guard inner.mark != nil, inner.layers.isEmpty else { return false }
        for d in inner.encoding.channels.values.flatMap({ $0 }) {
            switch d.sort {
            case .byField?, .byChannel?: return false
            default: continue
            }
        }
        return true
    }

    /// By view index, the positions of every cell's stacked area or line of the facet's data
    /// (first-seen, cell by cell): the keys Vega-Lite's stack `impute` reads, when it runs
    /// before the facet splits the data (``facetMovesBelowView(_:)``).
    static func stackPositions(_ inner: ChartSpec, cells: [[PreparedView]]) -> [Int: [[Value]]] {
        guard let first = cells.first else { return [:] }
        var out: [Int: [[Value]]] = [:]
        for (i, view) in first.enumerated() {
            if inner.mark == nil, i >= inner.layers.count || inner.layers[i].data != nil { continue }
            guard let fields = EncodingPipeline.stackPositionFields(view.semantics) else { continue }
            var seen = Set<[Value]>(), all: [[Value]] = []
            for cell in cells where i < cell.count {
                let columns = fields.map { cell[i].table.column($0) }
                for r in 0..<cell[i].table.rowCount {
                    let p = columns.map { $0[r] }
                    if seen.insert(p).inserted { all.append(p) }
                }
            }
            if !all.isEmpty { out[i] = all }
        }
        return out
    }

    /// How many distinct stack positions a prepared stacked area or line has.
    static func positionCount(_ view: PreparedView) -> Int {
        guard let fields = EncodingPipeline.stackPositionFields(view.semantics) else { return 0 }
        let columns = fields.map { view.table.column($0) }
        return Set((0..<view.table.rowCount).map { r in columns.map { $0[r] } }).count
    }

    /// The secondary data of the figure's lookups.
    static func lookupTables(_ transforms: [Transform], loader: DataLoader) throws -> [DataSpec: Table] {
        var cache: [DataSpec: Table] = [:]
        return try ViewPreparation.lookupTables(transforms, loader: loader, cache: &cache)
    }

    /// A facet field's sort, a list on a `timeUnit` field read as the unit's numbers (6
    /// for 6 am under `hours`) and matched against the dates its groups are.
    static func sort(of f: FacetField) -> FacetField.Sort {
        guard let unit = f.timeUnit, unit.components.count == 1, let c = unit.components.first,
              case .values(let list) = f.sort else { return f.sort }
        return .values(list.map { s in
            guard let n = Double(s).map(Int.init) else { return s }
            var t = CivilTime(year: 2012)
            switch c {
            case .year: t.year = n
            case .quarter: t.month = (n - 1) * 3 + 1
            case .month: t.month = n
            case .date: t.day = n
            case .hours: t.hour = n
            case .minutes: t.minute = n
            case .seconds: t.second = n
            case .milliseconds: t.millisecond = n
            default: return s
            }
            return Value.date(unit.truncate(t.milliseconds)).text
        })
    }

    /// A facet's group values in the order its `sort` asks.
    static func order(_ values: [Value], by sort: FacetField.Sort, field: String, rows: [Row]) -> [Value] {
        switch sort {
        // Vega sorts the facet's groups with vega-util's comparator: null first when
        // ascending, last when descending (`trellis_scatter`'s unrated movies lead).
        case .ascending: return values.sorted(by: vegaAscending)
        case .descending: return values.sorted(by: vegaAscending).reversed()
        case .values(let list):
            let rank = Dictionary(list.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            return values.sorted { a, b in
                switch (rank[a.text], rank[b.text]) {
                case let (x?, y?): return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return valueLess(a, b)
                }
            }
        case .byField(let other, let op, let descending):
            // The facet's domain, aggregated by the sort's op as Vega-Lite's does (the
            // decoder checks the op's name).
            var byValue: [Value: [Value]] = [:]
            for r in rows {
                let v: Value = if let other { r[other] } else { .null }
                byValue[r[field], default: []].append(v)
            }
            let aggregate = AggregateOp(rawValue: op) ?? .min
            var scores: [Value: Double] = [:]
            for v in values { scores[v] = Aggregation.apply(aggregate, values: byValue[v] ?? []).number ?? 0 }
            let sorted = values.sorted { a, b in
                let x = scores[a] ?? 0, y = scores[b] ?? 0
                return x != y ? x < y : valueLess(a, b)
            }
            return descending ? sorted.reversed() : sorted
        }
    }
}
