// Multi-view figures: `hconcat`, `vconcat`, `concat` with `columns`, and `facet` with its
// `spec`.

extension VegaLiteEncoder {
    /// The members a composition adds to its figure.
    func composition(_ c: Composition, placement: inout ParamPlacement) -> ObjectMembers {
        var o = ObjectMembers()
        if c.spacing.row == c.spacing.column {
            o.add("spacing", c.spacing.row)
        } else {
            var sp = ObjectMembers()
            sp.add("row", c.spacing.row)
            sp.add("column", c.spacing.column)
            o.add("spacing", sp.nonEmpty)
        }
        if c.resolve != ResolveSpec() { o.add("resolve", resolve(c.resolve)) }
        arrangement(c.arrangement, into: &o)
        switch c.kind {
        case .concat:
            let views = ChartValue.array(c.views.map { view($0, placement: &placement, chain: []) })
            switch c.columns {
            case nil: o.add("hconcat", views)
            case 1?: o.add("vconcat", views)
            case let n?:
                o.add("columns", n)
                o.add("concat", views)
            }
        case .facet:
            let f = c.facet ?? FacetSpec()
            if let wrap = f.wrap {
                o.add("columns", c.columns)
                o.add("facet", facetField(wrap))
            } else {
                // A grid of rows and columns sets its own column count.
                var grid = ObjectMembers()
                grid.add("row", f.row.map(facetField))
                grid.add("column", f.column.map(facetField))
                o.add("facet", grid.value)
            }
            if let inner = c.views.first { o.add("spec", view(inner, placement: &placement, chain: [])) }
        }
        return o
    }

    /// `align`, `center` and `bounds`, when the spec set them.
    func arrangement(_ a: CompositionArrangement, into o: inout ObjectMembers) {
        if a.written["align"] != nil {
            if a.alignRows == a.alignColumns {
                o.add("align", a.alignRows?.rawValue)
            } else {
                var al = ObjectMembers()
                al.add("row", a.alignRows?.rawValue)
                al.add("column", a.alignColumns?.rawValue)
                o.add("align", al.value)
            }
        }
        if a.written["center"] != nil {
            if a.centerRows == a.centerColumns {
                o.add("center", a.centerRows)
            } else {
                o.add("center", ChartValue.object([("row", .bool(a.centerRows)), ("column", .bool(a.centerColumns))]))
            }
        }
        if a.written["bounds"] != nil { o.add("bounds", a.flush ? "flush" : "full") }
    }

    func facetField(_ f: FacetField) -> ChartValue {
        var o = ObjectMembers()
        o.add("field", f.timeUnitInput ?? f.field)
        if let u = f.timeUnit { o.add("timeUnit", timeUnit(u)) }
        o.add("type", f.type?.rawValue)
        if let t = f.title { o.add("title", t.isEmpty ? .null : .lines(t)) }
        switch f.sort {
        case .ascending: break
        case .descending: o.add("sort", "descending")
        case .values(let v):
            // A time unit's sort list names the unit's numbers.
            o.add("sort", .array(v.map { s in f.timeUnit != nil ? Double(s).map(ChartValue.number) ?? .string(s) : .string(s) }))
        case .byField(let field, let op, let descending):
            o.add("sort", .object((field.map { [("field", ChartValue.string($0))] } ?? [])
                + [("op", .string(op)), ("order", descending ? "descending" : "ascending")]))
        }
        if f.header != HeaderSpec() { o.add("header", header(f.header)) }
        return o.value
    }

    func header(_ h: HeaderSpec) -> ChartValue {
        var o = ObjectMembers()
        if let t = h.title { o.add("title", t.isEmpty ? .null : .lines(t)) }
        o.add("labelFormat", h.labelFormat)
        o.add("formatType", h.formatType)
        o.add("labelExpr", h.labelExpr)
        o.add("labels", h.labels)
        o.add("labelFont", h.labelFont?.value)
        o.add("titleFont", h.titleFont?.value)
        for (prefix, p) in [("label", h.labelPlace), ("title", h.titlePlace)] {
            o.add(prefix + "Orient", p.orient?.rawValue)
            o.add(prefix + "Angle", p.angle)
            o.add(prefix + "Align", p.align?.rawValue)
            o.add(prefix + "Anchor", p.anchor?.rawValue)
            o.add(prefix + "Baseline", p.baseline?.rawValue)
            o.add(prefix + "Padding", p.padding)
            o.add(prefix + "Limit", p.limit)
        }
        return o.value
    }
}
