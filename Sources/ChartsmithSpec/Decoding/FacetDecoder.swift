/// Decodes a facet's fields: `{"row": …, "column": …}` or one field def (wrapped), each
/// with its `title`, `sort` and `header`.
extension SpecDecoder {
    /// The facet's fields, and the `columns` a wrapped field def gives.
    func decodeFacet(_ node: JSONNode) throws -> (FacetSpec, columns: Int?) {
        guard case .object(let o) = node.value else { throw node.mismatch("an object: {\"row\": …, \"column\": …} or {\"field\": …}") }
        if o["field"] != nil || (o["row"] == nil && o["column"] == nil) {
            let (f, columns) = try decodeFacetField(node, wrap: true, kind: "facet")
            return (FacetSpec(wrap: f), columns)
        }
        var r = try ObjectReader(node, what: "facet", kind: "facetMapping")
        var spec = FacetSpec()
        if let v = r.take("row") { spec.row = try decodeFacetField(v, wrap: false, kind: "row").0 }
        if let v = r.take("column") { spec.column = try decodeFacetField(v, wrap: false, kind: "column").0 }
        try r.finish()
        return (spec, nil)
    }

    /// One facet field def; `kind` is "row", "column" or "facet" (wrapped).
    func decodeFacetField(_ node: JSONNode, wrap: Bool, kind: String) throws -> (FacetField, columns: Int?) {
        var r = try ObjectReader(node, what: "a facet field", kind: "facetField")
        guard let fieldNode = r.take("field") else {
            throw Diagnostic(location: node.location, path: node.path, message: "the facet has no \"field\"; expected e.g. {\"field\": \"region\"}")
        }
        var f = FacetField(field: try fieldNode.asString())
        f.source = SourcePosition(fieldNode)
        f.type = try r.enumeration("type", FieldType.self)
        if let t = r.take("title") { f.title = t.isNull ? [] : try t.asLines() }
        if let t = r.take("timeUnit") {
            let unit = try decodeTimeUnit(t).0
            f.timeUnit = unit
            f.timeUnitInput = f.field
            // Vega-Lite's name for the unit's field ("hours_date").
            f.field = unit.rawValue + (unit.step > 1 ? "_step_\(unit.step)" : "") + "_" + f.field
        }
        if let s = r.take("sort") {
            f.sort = try decodeFacetSort(s)
            if let unit = f.timeUnit, case .array(let items) = s.value { try Self.checkTimeUnitSort(items, unit: unit) }
        }
        if let h = r.take("header") {
            f.header = h.isNull ? { var x = HeaderSpec(); x.labels = false; x.title = []; return x }() : try HeaderDecoder.decode(h)
            try Self.checkLabelOrient(f.header, node: h, kind: kind)
        }
        var columns: Int? = nil
        if wrap, let c = r.take("columns") {
            let v = try c.asNumber()
            guard v >= 1, v == v.rounded(), v < 100_000 else { throw c.mismatch("a whole number of columns, 1 or more") }
            columns = Int(v)
        }
        r.cosmetic(["spacing", "align", "center", "bounds"],
                   reason: "Chartsmith sets a facet's spacing, alignment and bounds from the composition's own settings and the style")
        try r.finish(unsupported: ["bin": "binned facets (\"bin\")", "aggregate": "aggregated facets (\"aggregate\")"])
        return (f, columns)
    }

    /// The calendar fields whose values a facet's sort list on a `timeUnit` field may give
    /// as numbers (6 for 6 am under `hours`, months from 1).
    static let sortableTimeUnitFields: Set<TimeUnit.Component> = [.year, .quarter, .month, .date, .hours, .minutes, .seconds, .milliseconds]

    /// A sort list on a `timeUnit` facet field: numbers of a one-field unit, as Vega-Lite
    /// reads them (`"sort": [6, 7, …]` with `"timeUnit": "hours"`).
    static func checkTimeUnitSort(_ items: [JSONNode], unit: TimeUnit) throws {
        for item in items {
            guard unit.components.count == 1, let c = unit.components.first, sortableTimeUnitFields.contains(c) else {
                throw Diagnostic(location: item.location, path: item.path,
                                 message: "a sort list on a facet field with \"timeUnit\": \"\(unit.rawValue)\" is not supported by Chartsmith; sort lists take the numbers of a one-field unit (year, quarter, month, date, hours, minutes, seconds)")
            }
            guard case .number(let n) = item.value, n == n.rounded() else {
                throw item.mismatch("a whole number of the unit's field (e.g. 6 for 6 am with \"hours\", 1 for January with \"month\")")
            }
        }
    }

    /// Refuses labels on a side Chartsmith does not set them for this kind of facet: a row
    /// field's beside the rows, a column (or wrapped) field's over or under the cells.
    static func checkLabelOrient(_ h: HeaderSpec, node: JSONNode, kind: String) throws {
        guard let o = h.labelPlace.orient, case .object(let obj) = node.value else { return }
        let side = kind == "row" ? (o == .left || o == .right) : (o == .top || o == .bottom)
        guard !side else { return }
        let key = obj["labelOrient"] != nil ? "labelOrient" : "orient"
        let at = obj[key] ?? node
        let allowed = kind == "row" ? "\"left\" or \"right\"" : "\"top\" or \"bottom\""
        throw Diagnostic(location: at.location, path: node.path.appending(key),
                         message: "\(kind == "facet" ? "a wrapped facet's" : "the \(kind) facet's") header labels on the \"\(o.rawValue)\" side are not supported by Chartsmith; use \(allowed)")
    }

    /// A facet's `sort`: `"ascending"`, `"descending"`, a list of values, or
    /// `{"field": …, "op": …, "order": …}`.
    func decodeFacetSort(_ node: JSONNode) throws -> FacetField.Sort {
        switch node.value {
        case .null: return .ascending
        case .string(let s):
            guard s == "ascending" || s == "descending" else {
                throw Diagnostic(location: node.location, path: node.path, message: "expected \"ascending\" or \"descending\", found \"\(s)\"",
                                 suggestion: Suggest.closest(to: s, in: ["ascending", "descending"]))
            }
            return s == "ascending" ? .ascending : .descending
        case .array(let items):
            return .values(items.map { item in
                switch item.value {
                case .string(let s): return s
                case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
                case .bool(let b): return String(b)
                default: return "null"
                }
            })
        default:
            var r = try ObjectReader(node, what: "a facet sort", kind: "facetSort")
            let order = try r.string("order") ?? "ascending"
            let opNode = r.take("op")
            let op = try opNode.map { try $0.asEnum(AggregateOp.self) }
            guard let field = try r.string("field").map(FieldPathBrackets.dotted) else {
                let desc = order == "descending"
                try r.finish()
                // `{"op": "count"}` sorts the groups by their count of rows, as Vega's
                // aggregate counts them; any other op needs a field to aggregate.
                if let op, let opNode {
                    guard op == .count else {
                        throw Diagnostic(location: opNode.location, path: opNode.path,
                                         message: "a facet sort by \"op\": \"\(op.rawValue)\" needs the \"field\" it aggregates over each group (e.g. {\"field\": \"yield\", \"op\": \"\(op.rawValue)\"}); only \"count\" (each group's rows) takes none")
                    }
                    return .byField(field: nil, op: op.rawValue, descending: desc)
                }
                return desc ? .descending : .ascending
            }
            // Vega-Lite aggregates the sort field by its `min` unless `op` says otherwise.
            try r.finish()
            return .byField(field: field, op: op?.rawValue ?? "min", descending: order == "descending")
        }
    }
}
