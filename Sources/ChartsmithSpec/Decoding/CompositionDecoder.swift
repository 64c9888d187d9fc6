/// Decodes multi-view specs (``Composition``): `hconcat`, `vconcat` and `concat` (with
/// `columns`), and the `facet` operator with its inner `spec`. The `row`, `column` and
/// `facet` channels of a unit spec are first written as the facet operator
/// (``facetChannelsAsOperator(_:)``), and `repeat` is written out as a concat or a layer
/// (``RepeatExpansion``) before this runs.
extension SpecDecoder {
    /// The keys of a faceted unit that belong to the whole figure (its `params` go into
    /// the faceted view, as Vega-Lite's normaliser moves them).
    static let figureKeys: Set<String> = ["$schema", "name", "description", "title", "data", "transform", "config",
                                          "datasets", "autosize", "background", "padding", "source", "notes", "style",
                                          "usermeta", "resolve", "spacing", "bounds", "align", "center"]

    /// Whether a spec object is a composition.
    static func isComposition(_ node: JSONNode) -> Bool {
        guard case .object(let o) = node.value else { return false }
        return ["hconcat", "vconcat", "concat", "facet"].contains { o[$0] != nil }
    }

    /// A unit or layered spec whose encoding has `row`, `column` or `facet`, written as the
    /// facet operator: the figure's keys stay outside, the rest goes into its `spec`.
    static func facetChannelsAsOperator(_ node: JSONNode) -> JSONNode {
        guard case .object(let o) = node.value, o["facet"] == nil, let encNode = o["encoding"],
              case .object(let enc) = encNode.value else { return node }
        let facetKeys = ["row", "column", "facet"]
        var channels = enc.entries.filter { facetKeys.contains($0.key) && !$0.value.isNull }
        guard !channels.isEmpty else { return node }
        var outer = JSONObject(entries: o.entries.filter { figureKeys.contains($0.key) })
        // A `spacing` on the row or column channel is the facet's gap between rows (columns),
        // as Vega-Lite's normaliser moves it: it replaces the spec's own `spacing`; one on the
        // `facet` channel (not 0) is the gap both ways.
        var moved: [JSONObject.Entry] = []
        let grid = channels.contains { $0.key != "facet" }
        for i in channels.indices {
            guard case .object(var def) = channels[i].value.value, let s = def["spacing"] else { continue }
            def.entries.removeAll { $0.key == "spacing" }
            channels[i].value.value = .object(def)
            if channels[i].key == "facet" {
                guard !grid else { continue }
                if case .number(let n) = s.value, n == 0 { continue }
                moved = [(key: "spacing", keyLocation: s.location, value: s)]
            } else {
                moved.append((key: channels[i].key, keyLocation: s.location, value: s))
            }
        }
        if !moved.isEmpty {
            outer.entries.removeAll { $0.key == "spacing" }
            let value: JSONNode = moved.count == 1 && moved[0].key == "spacing" ? moved[0].value
                : JSONNode(value: .object(JSONObject(entries: moved)), location: moved[0].keyLocation, path: moved[0].value.path)
            outer.entries.append((key: "spacing", keyLocation: moved[0].keyLocation, value: value))
        }
        var inner = JSONObject(entries: o.entries.filter { !figureKeys.contains($0.key) })
        for i in inner.entries.indices where inner.entries[i].key == "encoding" {
            inner.entries[i].value.value = .object(JSONObject(entries: enc.entries.filter { !facetKeys.contains($0.key) }))
        }
        let facetValue: JSONNode
        if let wrap = channels.first(where: { $0.key == "facet" }) {
            facetValue = wrap.value
        } else {
            facetValue = JSONNode(value: .object(JSONObject(entries: channels)), location: encNode.location, path: encNode.path)
        }
        outer.entries.append(("facet", channels[0].keyLocation, facetValue))
        outer.entries.append(("spec", node.location, JSONNode(value: .object(inner), location: node.location, path: node.path)))
        return JSONNode(value: .object(outer), location: node.location, path: node.path)
    }

    /// A spec with `hconcat`, `vconcat`, `concat` or `facet`: the figure's own properties
    /// and its views.
    func decodeComposition(_ root: JSONNode) throws -> ChartSpec {
        var r = try ObjectReader(root, what: "the spec", kind: "spec")
        var spec = ChartSpec()
        r.ignore("$schema", "name", "view")
        let arrangement = try decodeArrangement(&r)
        let usermetaTheme = try decodeFigure(&r, into: &spec)
        if let c = r.take("config") { spec.config = try ConfigDecoder.decode(c) }
        // A nested composition takes its defaults from the figure's `config` (Vega-Lite
        // reads `config` on the top-level spec only).
        var nested = self
        if nested.figureConfig == nil { nested.figureConfig = spec.config }
        let config = nested.figureConfig ?? spec.config
        spec.source = try r.string("source")
        spec.notes = try r.lines("notes") ?? []
        spec.style = try r.string("style") ?? usermetaTheme
        let spacing = try r.take("spacing").map { try decodeSpacing($0) }
        let columnsNode = r.take("columns")
        let columns = try columnsNode.map { n -> Int in
            let v = try n.asNumber()
            guard v >= 1, v == v.rounded(), v < 100_000 else { throw n.mismatch("a whole number of columns, 1 or more") }
            return Int(v)
        }
        let resolve = try r.take("resolve").map { try decodeResolve($0) }
        var comp: Composition
        if let f = r.take("facet") {
            guard let inner = r.take("spec") else {
                throw Diagnostic(location: f.location, path: root.path.appending("facet"),
                                 message: "a facet needs a \"spec\": the view drawn for each group")
            }
            var (facet, wrapColumns) = try decodeFacet(f)
            let defaults = config.composition
            if let h = facet.row?.header { facet.row?.header = h.over(defaults.header(for: "row")) }
            if let h = facet.column?.header { facet.column?.header = h.over(defaults.header(for: "column")) }
            if let h = facet.wrap?.header { facet.wrap?.header = h.over(defaults.header(for: "facet")) }
            Self.addTimeUnits(&facet, to: &spec)
            if let c = columnsNode, facet.row != nil || facet.column != nil {
                throw Diagnostic(location: c.location, path: c.path,
                                 message: "\"columns\" wraps a facet of one field (\"facet\": {\"field\": …}); a facet by \"row\" or \"column\" sets its own grid; remove \"columns\" or facet by one field")
            }
            comp = Composition(kind: .facet, views: [try nested.decodeView(inner, inFacet: true)],
                               columns: columns ?? wrapColumns ?? (facet.column == nil && facet.wrap == nil ? 1 : facet.wrap != nil ? defaults.facetColumns : nil),
                               spacing: spacing.map { $0(defaults.facetSpacing) } ?? CompositionSpacing(defaults.facetSpacing), facet: facet)
        } else {
            var views: [ChartSpec] = []
            var cols = columns
            var found = false
            for key in ["hconcat", "vconcat", "concat"] {
                guard let list = r.take(key) else { continue }
                if found {
                    throw Diagnostic(location: list.location, path: list.path, message: "a spec has one of \"hconcat\", \"vconcat\" and \"concat\", not several")
                }
                found = true
                let items = try list.asArray()
                guard !items.isEmpty else {
                    throw Diagnostic(location: list.location, path: list.path, message: "\"\(key)\" is empty; expected at least one view")
                }
                if key != "concat", let c = columnsNode {
                    throw Diagnostic(location: c.location, path: c.path, message: "\"columns\" wraps \"concat\"; \"\(key)\" sets its own direction; use \"concat\" to wrap")
                }
                for item in items {
                    let v = try nested.decodeView(item, inFacet: false)
                    // A concat of the same direction inside, with nothing of its own to
                    // resolve or space, is flattened into this one; any other composition
                    // is a sub-grid of its own (Vega-Lite lays each concat out as a group).
                    if let inner = v.composition, inner.kind == .concat, inner.isPlain, v.title == nil,
                       (key == "hconcat" && inner.columns == nil) || (key == "vconcat" && inner.columns == 1) {
                        views += inner.views.map { inheriting(spec, into: $0) }
                    } else {
                        views.append(inheriting(spec, into: v))
                    }
                }
                if key == "vconcat" { cols = 1 }
                if key == "concat", cols == nil { cols = config.composition.concatColumns }
            }
            comp = Composition(kind: .concat, views: views, columns: cols, spacing: spacing.map { $0(config.composition.concatSpacing) } ?? CompositionSpacing(config.composition.concatSpacing))
        }
        comp.arrangement = arrangement
        if figureConfig == nil {
            // The whole figure decoded: a flat grid, and a facet at any depth, lay their cells
            // out on one grid of equal cells: say what they did not honour.
            for c in comp.all where c.kind == .facet || !comp.isTree { c.arrangement.warnFlat() }
        }
        comp.source = SourcePosition(root)
        if let resolve { comp.resolve = resolve }
        spec.composition = comp
        try r.finish()
        return spec
    }

    /// A facet field's `timeUnit`: the unit's label format for its headers unless a header
    /// sets one (the data stage adds the `timeunit` transform, ``FacetField/timeUnitTransform``).
    static func addTimeUnits(_ facet: inout FacetSpec, to spec: inout ChartSpec) {
        func add(_ f: inout FacetField?) {
            guard var field = f, let unit = field.timeUnit else { return }
            if field.header.labelFormat == nil {
                field.header.labelFormat = TimeUnitFormat.specifier(unit)
                field.header.formatType = unit.utc ? "utc" : "time"
            }
            f = field
        }
        add(&facet.row)
        add(&facet.column)
        add(&facet.wrap)
    }

    /// A concat's view with the figure's data and transforms, when it has no data of its own;
    /// a nested concat without data passes them on to its own views.
    func inheriting(_ parent: ChartSpec, into view: ChartSpec) -> ChartSpec {
        var v = view
        if v.data == nil, let d = parent.data {
            v.data = d
            v.transforms = parent.transforms + v.transforms
            v.transformSources = parent.transformSources + v.transformSources
            if var comp = v.composition, comp.kind == .concat {
                let outer = v
                comp.views = comp.views.map { inheriting(outer, into: $0) }
                v.composition = comp
                v.data = nil
                v.transforms = []
                v.transformSources = []
            }
        }
        return v
    }

    /// One view of a composition: a unit or layered spec that may take its data from the
    /// figure, or (inside a concat) another composition.
    func decodeView(_ node: JSONNode, inFacet: Bool) throws -> ChartSpec {
        let node = Self.facetChannelsAsOperator(node)
        if Self.isComposition(node) {
            if inFacet {
                // Vega-Lite v5's schema has a facet's spec a unit or layered view, but its
                // compiler draws a facet (or concat) nested in one, group by group.
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "a facet or concat inside a facet's \"spec\" is not supported by Chartsmith (Vega-Lite's schema takes a unit or layered view there, though its compiler draws the nested groups); facet by two fields at once ({\"row\": {\"field\": …}, \"column\": {\"field\": …}}), join the two fields into one with a \"calculate\" transform and facet by it, or concat facets ({\"hconcat\": [{\"facet\": …, \"spec\": …}, …]})")
            }
            return try decodeComposition(node)
        }
        var d = self
        d.dataInherited = true
        return try d.decodeSpec(node)
    }

    /// `spacing`: a number (both ways), or `{"row": N, "column": N}`, the gap between rows
    /// and between columns. A side left out takes `config.facet.spacing` (or
    /// `config.concat.spacing`), as Vega-Lite's `extractCompositionLayout` does: the result
    /// takes that config value.
    func decodeSpacing(_ node: JSONNode) throws -> (Double?) -> CompositionSpacing {
        func gap(_ n: JSONNode) throws -> Double {
            let v = try n.asNumber()
            guard v >= 0, v.isFinite else { throw n.mismatch("a spacing in points, 0 or more") }
            return v
        }
        if case .number = node.value {
            let v = try gap(node)
            return { _ in CompositionSpacing(v) }
        }
        var r = try ObjectReader(node, what: "spacing", kind: "spacing")
        let row = try r.take("row").map(gap), column = try r.take("column").map(gap)
        try r.finish()
        return { config in CompositionSpacing(row: row ?? config, column: column ?? config) }
    }
}
