// The statistical transforms: `density`, `lookup`, `regression`, `loess`, `quantile`.
// Defaults are left out, so the JSON reads as a person would write it.

extension VegaLiteEncoder {
    func density(_ d: DensitySpec) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("density", d.field)
        o.add("groupby", strings: d.groupby)
        if d.cumulative { o.add("cumulative", true) }
        if d.counts { o.add("counts", true) }
        if d.bandwidth != 0 { o.add("bandwidth", d.bandwidth) }
        o.add("extent", numbers: d.extent)
        if d.minsteps != 25 { o.add("minsteps", d.minsteps) }
        if d.maxsteps != 200 { o.add("maxsteps", d.maxsteps) }
        o.add("steps", d.steps)
        if !d.resolveShared { o.add("resolve", "independent") }
        if d.valueAs != "value" || d.densityAs != "density" { o.add("as", .array([.string(d.valueAs), .string(d.densityAs)])) }
        return o
    }

    func lookup(_ l: LookupSpec) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("lookup", l.lookup)
        o.add("from", .object([("data", data(l.from)), ("key", .string(l.key)), ("fields", .array(l.fields.map(ChartValue.string)))]))
        o.add("as", l.names.map { .array($0.map(ChartValue.string)) })
        if l.defaultValue != .null { o.add("default", inline(l.defaultValue)) }
        return o
    }

    func regression(_ r: RegressionSpec) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("regression", r.field)
        o.add("on", r.on)
        o.add("groupby", strings: r.groupby)
        if r.method != .linear { o.add("method", r.method.rawValue) }
        if r.order != 3 { o.add("order", r.order) }
        o.add("extent", numbers: r.extent)
        if r.params { o.add("params", true) }
        if r.xAs != r.on || r.yAs != r.field { o.add("as", .array([.string(r.xAs), .string(r.yAs)])) }
        return o
    }

    func loess(_ l: LoessSpec) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("loess", l.field)
        o.add("on", l.on)
        o.add("groupby", strings: l.groupby)
        if l.bandwidth != 0.3 { o.add("bandwidth", l.bandwidth) }
        if l.xAs != l.on || l.yAs != l.field { o.add("as", .array([.string(l.xAs), .string(l.yAs)])) }
        return o
    }

    func quantile(_ q: QuantileSpec) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("quantile", q.field)
        o.add("groupby", strings: q.groupby)
        o.add("probs", numbers: q.probs)
        if q.step != 0.01 { o.add("step", q.step) }
        if q.probAs != "prob" || q.valueAs != "value" { o.add("as", .array([.string(q.probAs), .string(q.valueAs)])) }
        return o
    }
}
