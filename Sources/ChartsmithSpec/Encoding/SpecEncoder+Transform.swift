// The `transform` list, and filter predicates (also a condition's `test`).

extension VegaLiteEncoder {
    func transform(_ t: Transform) -> ChartValue {
        var o = ObjectMembers()
        switch t {
        case .filter(let p):
            o.add("filter", predicate(p))
        case .calculate(let expression, let name):
            o.add("calculate", expression)
            o.add("as", name)
        case .extent(let field, let param):
            o.add("extent", field)
            o.add("param", param)
        case .fold(let fields, let keyAs, let valueAs):
            o.add("fold", .array(fields.map(ChartValue.string)))
            o.add("as", .array([.string(keyAs), .string(valueAs)]))
        case .aggregate(let ops, let groupby), .joinaggregate(let ops, let groupby):
            let key: String
            if case .aggregate = t { key = "aggregate" } else { key = "joinaggregate" }
            o.add(key, .array(ops.map { a in
                var m = ObjectMembers()
                m.add("op", a.op.rawValue)
                m.add("field", a.field)
                m.add("as", a.outputName)
                return m.value
            }))
            o.add("groupby", strings: groupby)
        case .window(let ops, let sort, let groupby, let frame):
            if ops.count == 1, ops[0].op == "impute", let spec = ops[0].impute, let key = sort.first?.field {
                // The impute transform, which the decoder carries as a window.
                o.add("impute", ops[0].field)
                o.add("key", key)
                o.append(contentsOf: imputeMembers(spec))
                o.add("groupby", strings: spec.groupby)
                break
            }
            o.add("window", .array(ops.map { w in
                var m = ObjectMembers()
                m.add("op", w.op)
                m.add("field", w.field)
                m.add("as", w.outputName)
                return m.value
            }))
            if !sort.isEmpty { o.add("sort", .array(sort.map(sortField))) }
            o.add("groupby", strings: groupby)
            o.add("frame", frame.map { .array($0.map { $0.map(ChartValue.number) ?? .null }) })
        case .timeUnit(let unit, let field, let name):
            o.add("timeUnit", timeUnit(unit))
            o.add("field", field)
            o.add("as", name)
        case .bin(let spec, let field, let start, let end):
            var b = spec
            b.binned = false
            o.add("bin", bin(b))
            o.add("field", field)
            o.add("as", .array([.string(start), .string(end)]))
        case .stack(let field, let groupby, let offset, let sort, let start, let end):
            o.add("stack", field)
            o.add("groupby", .array(groupby.map(ChartValue.string)))
            if offset != .zero { o.add("offset", offset.rawValue) }
            if !sort.isEmpty { o.add("sort", .array(sort.map(sortField))) }
            o.add("as", .array([.string(start), .string(end)]))
        case .pivot(let p):
            o.add("pivot", p.pivot)
            o.add("value", p.value)
            o.add("groupby", strings: p.groupby)
            if p.limit != 0 { o.add("limit", p.limit) }
            if p.op != .sum { o.add("op", p.op.rawValue) }
        case .density(let d): o = density(d)
        case .lookup(let l): o = lookup(l)
        case .regression(let r): o = regression(r)
        case .loess(let l): o = loess(l)
        case .quantile(let q): o = quantile(q)
        case .flatten(let fields, let names):
            o.add("flatten", .array(fields.map(ChartValue.string)))
            if names != fields { o.add("as", .array(names.map(ChartValue.string))) }
        case .sample(let n):
            o.add("sample", n)
        }
        return o.value
    }

    func sortField(_ s: SortField) -> ChartValue {
        .object([("field", .string(s.field))] + (s.descending ? [("order", "descending")] : []))
    }

    /// A predicate: an expression string, a field predicate, or `and`/`or`/`not`.
    func predicate(_ p: FilterPredicate) -> ChartValue {
        if case .expression(let source) = p { return .string(source) }
        // A constant no parameter of the spec gives (a spec built in Swift): an expression
        // with the same result, which decodes as an expression.
        if case .constant(let b) = p, paramReference(giving: b) == nil { return .string(b ? "true" : "false") }
        return testMembers(p, asTest: false).value
    }

    /// The members that state a test: `{"test": …}` in a condition (`asTest`), or the
    /// predicate's own members. A test a parameter gave in the chart's initial state
    /// (``FilterPredicate/constant(_:)``) is written as a reference to a parameter that
    /// gives it.
    func testMembers(_ p: FilterPredicate, asTest: Bool = true) -> ObjectMembers {
        var o = ObjectMembers()
        if case .constant(let b) = p, let ref = paramReference(giving: b) {
            o.append(contentsOf: ref)
            return o
        }
        if asTest {
            o.add("test", predicate(p))
            return o
        }
        switch p {
        case .expression(let s): o.add("test", s)  // (not reached: predicate() writes a string)
        case .equal(let f, let v): o.add("field", f); o.add("equal", inline(v))
        case .oneOf(let f, let values): o.add("field", f); o.add("oneOf", .array(values.map(inline)))
        case .range(let f, let lo, let hi):
            o.add("field", f)
            o.add("range", .array([lo.map(inline) ?? .null, hi.map(inline) ?? .null]))
        case .lt(let f, let v): o.add("field", f); o.add("lt", inline(v))
        case .lte(let f, let v): o.add("field", f); o.add("lte", inline(v))
        case .gt(let f, let v): o.add("field", f); o.add("gt", inline(v))
        case .gte(let f, let v): o.add("field", f); o.add("gte", inline(v))
        case .valid(let f, let b): o.add("field", f); o.add("valid", b)
        case .timeUnit(let unit, let inner):
            o = testMembers(inner, asTest: false)
            o.add("timeUnit", timeUnit(unit))
        case .and(let list): o.add("and", .array(list.map(predicate)))
        case .or(let list): o.add("or", .array(list.map(predicate)))
        case .not(let inner): o.add("not", predicate(inner))
        case .constant: break  // (not reached: written above as a reference or by predicate())
        }
        return o
    }

    /// `{"param": name, "empty": b}` for an empty selection, or `{"param": name}` for a
    /// variable whose value is `b`'s truthiness; nil when the spec has neither.
    func paramReference(giving b: Bool) -> ObjectMembers? {
        var o = ObjectMembers()
        if let s = params.first(where: { $0.isEmptySelection }) {
            o.add("param", s.name)
            if !b { o.add("empty", false) }
            return o
        }
        if let v = params.first(where: { $0.selection == nil && $0.expr == nil && Self.truthy($0.value) == b }) {
            o.add("param", v.name)
            return o
        }
        return nil
    }

    static func truthy(_ v: InlineValue?) -> Bool {
        switch v {
        case nil, .null?: return false
        case .bool(let b)?: return b
        case .number(let n)?: return n != 0 && !n.isNaN
        case .string(let s)?: return !s.isEmpty
        default: return true
        }
    }
}
