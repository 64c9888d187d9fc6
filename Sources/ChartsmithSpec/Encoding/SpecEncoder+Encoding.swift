// `encoding`: each channel's definition, with its scale, axis, legend, sort, bin,
// time unit, impute and conditions.

extension VegaLiteEncoder {
    /// The channels in ``Channel`` order; `detail` and `order` lists stay lists.
    func encoding(_ e: Encoding) -> ChartValue {
        .object(Channel.allCases.compactMap { ch in
            guard let defs = e.channels[ch] else { return nil }
            if defs.count == 1 { return (ch.rawValue, channel(defs[0])) }
            return (ch.rawValue, .array(defs.map(channel)))
        })
    }

    /// One channel definition. A conditional field (``ChannelDef/fieldTest``) is written
    /// as Vega-Lite writes it: the field inside `condition`, the other rows' `value` outside.
    func channel(_ d: ChannelDef) -> ChartValue {
        if let test = d.fieldTest {
            var inner = testMembers(test)
            var field = d
            field.fieldTest = nil
            field.value = nil
            field.conditions = []
            inner.append(contentsOf: definition(field))
            var o = ObjectMembers()
            o.add("condition", inner.value)
            o.add("value", d.value.map(inline))
            return o.value
        }
        return definition(d).value
    }

    func definition(_ d: ChannelDef) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("field", d.field.map(Self.escapeField))
        o.add("type", d.type?.rawValue)
        if let a = d.aggregate {
            if let f = d.argField { o.add("aggregate", .object([(a.rawValue, .string(f))])) } else { o.add("aggregate", a.rawValue) }
        }
        if let u = d.timeUnit { o.add("timeUnit", timeUnit(u, binned: d.timeUnitBinned)) }
        if let lines = d.titleLines { o.add("title", .lines(lines)) } else if let t = d.title { o.add("title", t.map(ChartValue.string) ?? .null) }
        o.add("sort", d.sort.map(sort))
        if let s = d.stack { o.add("stack", s == StackMode.none ? .null : .string(s.rawValue)) }
        if d.scaleDisabled { o.add("scale", .null) } else { o.add("scale", d.scale.map(scale)) }
        o.add("axis", d.axis.map(axis))
        o.add("legend", d.legend.map(legend))
        o.add("format", d.format)
        o.add("formatType", d.formatType)
        o.add("value", d.value.map(inline))
        o.add("datum", d.datum.map(inline))
        o.add("bin", d.bin.map(bin))
        if !d.conditions.isEmpty {
            let items = d.conditions.map { c -> ChartValue in
                var m = testMembers(c.test)
                m.add("value", inline(c.value))
                return m.value
            }
            o.add("condition", items.count == 1 ? items[0] : .array(items))
        }
        o.add("impute", d.impute.map(impute))
        o.add("bandPosition", d.bandPosition)
        return o
    }

    /// A field name as the decoder reads it back: it drops one level of backslashes.
    static func escapeField(_ f: String) -> String {
        f.contains("\\") ? f.replacingOccurrences(of: "\\", with: "\\\\") : f
    }

    /// A `timeUnit`: its name (`"binnedyearmonth"`), or an object when it has a step.
    func timeUnit(_ u: TimeUnit, binned: Bool = false) -> ChartValue {
        if u.step == 1 { return .string((binned ? "binned" : "") + u.rawValue) }
        var o = ObjectMembers()
        o.add("unit", u.rawValue)
        o.add("step", u.step)
        if binned { o.add("binned", true) }
        return o.value
    }

    func sort(_ s: SortSpec) -> ChartValue {
        switch s {
        case .ascending: return "ascending"
        case .descending: return "descending"
        case .none: return .null
        case .values(let v): return .array(v.map(inline))
        case .byChannel(let ch, let descending):
            return .object([("encoding", .string(ch))] + (descending ? [("order", "descending")] : []))
        case .byField(let field, let op, let descending):
            var o = ObjectMembers()
            o.add("field", field)
            o.add("op", op?.rawValue)
            o.add("order", descending ? "descending" : "ascending")
            return o.value
        }
    }

    func scale(_ s: ScaleSpec) -> ChartValue {
        var o = ObjectMembers()
        o.add("type", s.type?.rawValue)
        o.add("domain", s.domain.map { .array($0.map(inline)) })
        o.add("domain", s.domainUnion.map { .object([("unionWith", .array($0.map(inline)))]) })
        o.add("domainMin", s.domainMin)
        o.add("domainMax", s.domainMax)
        o.add("domainMid", s.domainMid)
        o.add("range", s.range.map { .array($0.map(inline)) })
        if let name = s.scheme {
            if s.schemeExtent == nil && s.schemeCount == nil {
                o.add("scheme", name)
            } else {
                var sc = ObjectMembers()
                sc.add("name", name)
                sc.add("extent", numbers: s.schemeExtent)
                sc.add("count", s.schemeCount)
                o.add("scheme", sc.value)
            }
        }
        o.add("zero", s.zero)
        if let interval = s.niceInterval { o.add("nice", interval) } else if let n = s.niceCount { o.add("nice", n) } else { o.add("nice", s.nice) }
        o.add("padding", s.padding)
        o.add("paddingInner", s.paddingInner)
        o.add("paddingOuter", s.paddingOuter)
        o.add("reverse", s.reverse)
        o.add("exponent", s.exponent)
        o.add("base", s.base)
        o.add("constant", s.constant)
        o.add("rangeMin", s.rangeMin)
        o.add("rangeMax", s.rangeMax)
        return o.value
    }

    /// `bin`: `true`, `"binned"`, or its parameters.
    func bin(_ b: BinSpec) -> ChartValue {
        var o = ObjectMembers()
        o.add("maxbins", b.maxbins)
        o.add("step", b.step)
        o.add("extent", numbers: b.extent)
        o.add("anchor", b.anchor)
        o.add("base", b.base)
        o.add("divide", numbers: b.divide)
        o.add("minstep", b.minstep)
        o.add("nice", b.nice)
        o.add("steps", numbers: b.steps)
        if o.isEmpty { return b.binned ? "binned" : true }
        if b.binned { o.add("binned", true) }
        return o.value
    }

    /// `impute` on a channel (the transform adds its field, key and groupby).
    func impute(_ s: ImputeSpec) -> ChartValue { imputeMembers(s).value }

    func imputeMembers(_ s: ImputeSpec) -> ObjectMembers {
        var o = ObjectMembers()
        if s.method != .value { o.add("method", s.method.rawValue) }
        o.add("value", s.value.map(inline))
        if let q = s.sequence {
            o.add("keyvals", .object([("start", .number(q.start)), ("stop", .number(q.stop)), ("step", .number(q.step))]))
        } else if !s.keyvals.isEmpty {
            o.add("keyvals", .array(s.keyvals.map(inline)))
        }
        if s.frame != [nil, nil] { o.add("frame", .array(s.frame.map { $0.map(ChartValue.number) ?? .null })) }
        return o
    }
}
