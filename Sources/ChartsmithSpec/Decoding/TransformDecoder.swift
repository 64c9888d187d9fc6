/// Decodes the `transform` list.
enum TransformDecoder {
    static let kinds = ["filter", "calculate", "fold", "aggregate", "joinaggregate", "window", "timeUnit", "bin", "stack", "impute",
                        "pivot", "density", "lookup", "regression", "loess", "quantile", "flatten", "sample", "extent"]
    /// Transforms refused by name (none at present; kept for the message and suggestions).
    static let unsupportedKinds: [String: String] = [:]
    static let windowOps = ["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
                            "first_value", "last_value", "nth_value", "count", "valid", "missing", "distinct", "sum",
                            "mean", "average", "median", "min", "max", "q1", "q3", "stdev", "variance"]
    static let supportedWindowOps: Set<String> = ["row_number", "rank", "dense_rank", "percent_rank", "cume_dist",
                                                  "lag", "lead", "first_value", "last_value", "count", "valid",
                                                  "missing", "distinct", "sum", "mean", "average", "median", "min",
                                                  "max", "q1", "q3", "stdev", "variance"]

    /// The list in order; each transform sees the parameters the `extent` transforms
    /// before it set (``ParamScope/dataStage``).
    static func decodeList(_ node: JSONNode) throws -> [Transform] {
        var out: [Transform] = [], set: Set<String> = []
        for item in try node.asArray() {
            let t = try ParamScope.$dataStage.withValue(set) { try decode(item) }
            if case .extent(_, let p) = t { set.insert(p) }
            out.append(t)
        }
        return out
    }

    static func decode(_ node: JSONNode) throws -> Transform {
        guard case .object(let o) = node.value else { throw node.mismatch("a transform object") }
        guard let kind = o.keys.first(where: { kinds.contains($0) }) else {
            if let k = o.keys.first(where: { unsupportedKinds[$0] != nil }) {
                throw Diagnostic(location: o.entries.first { $0.key == k }?.keyLocation, path: node.path.appending(k),
                                 message: "\(unsupportedKinds[k]!) is not supported by Chartsmith")
            }
            let first = o.keys.first ?? ""
            throw Diagnostic(location: o.entries.first?.keyLocation ?? node.location,
                             path: node.path.appending(first),
                             message: "unknown transform \"\(first)\"",
                             suggestion: Suggest.closest(to: first, in: kinds + unsupportedKinds.keys.sorted()))
        }
        var r = try ObjectReader(node, what: "a \(kind) transform", kind: "\(kind)Transform")
        let t: Transform
        switch kind {
        case "filter":
            t = .filter(try decodePredicate(r.take("filter")!))
        case "calculate":
            let exprNode = r.take("calculate")!
            let expr = try ParamScope.substitute(try exprNode.asString(), at: exprNode)
            guard let name = try r.string("as") else { throw missing("as", node) }
            t = .calculate(expression: expr, as: name)
        case "fold":
            let fields = try r.take("fold")!.asArray().map { try $0.asString() }
            let names = try r.take("as")?.asArray().map { try $0.asString() } ?? ["key", "value"]
            guard names.count == 2 else { throw Diagnostic(location: node.location, path: node.path.appending("as"), message: "fold \"as\" takes two names") }
            t = .fold(fields: fields, keyAs: names[0], valueAs: names[1])
        case "aggregate", "joinaggregate":
            let ops = try r.take(kind)!.asArray().map { n -> AggregateField in
                var q = try ObjectReader(n, what: "an aggregate operation", kind: "aggregateOp")
                guard let opNode = q.take("op") else { throw missing("op", n) }
                let op = try opNode.asEnum(AggregateOp.self)
                let field = try q.string("field").map(FieldPathBrackets.dotted)
                guard let name = try q.string("as") else { throw missing("as", n) }
                try q.finish()
                return AggregateField(op: op, field: field, as: name)
            }
            let groupby = try r.take("groupby")?.asArray().map { FieldPathBrackets.dotted(try $0.asString()) } ?? []
            t = kind == "aggregate" ? .aggregate(ops: ops, groupby: groupby) : .joinaggregate(ops: ops, groupby: groupby)
        case "window":
            let ops = try r.take("window")!.asArray().map { n -> WindowField in
                var q = try ObjectReader(n, what: "a window operation", kind: "windowOp")
                guard let opNode = q.take("op") else { throw missing("op", n) }
                let op = try opNode.asString()
                guard windowOps.contains(op) else {
                    throw Diagnostic(location: opNode.location, path: opNode.path, message: "\"\(op)\" is not a window operation",
                                     suggestion: Suggest.closest(to: op, in: windowOps))
                }
                guard supportedWindowOps.contains(op) else {
                    throw Diagnostic(location: opNode.location, path: opNode.path, message: "the \"\(op)\" window operation is not supported by Chartsmith")
                }
                let field = try q.string("field").map(FieldPathBrackets.dotted)
                guard let name = try q.string("as") else { throw missing("as", n) }
                q.ignore("param")
                try q.finish()
                return WindowField(op: op, field: field, as: name)
            }
            let sort = try r.take("sort")?.asArray().map(decodeSortField) ?? []
            let groupby = try r.take("groupby")?.asArray().map { FieldPathBrackets.dotted(try $0.asString()) } ?? []
            let frame = try r.take("frame")?.asArray().map { n -> Double? in n.isNull ? nil : try n.asNumber() }
            if let frame, frame.count != 2 {
                throw Diagnostic(location: node.location, path: node.path.appending("frame"), message: "expected a frame of two entries, [before, after]")
            }
            if let ip = r.take("ignorePeers"), try ip.asBool() {
                throw Diagnostic(location: ip.location, path: ip.path,
                                 message: "window frames that ignore peers (\"ignorePeers\": true) are not supported by Chartsmith")
            }
            t = .window(ops: ops, sort: sort, groupby: groupby, frame: frame)
        case "bin":
            let binNode = r.take("bin")!
            var spec: BinSpec
            switch binNode.value {
            case .bool(true): spec = BinSpec()
            case .object: spec = try SpecDecoder().decodeBin(binNode)
            default: throw binNode.mismatch("true or an object of bin parameters")
            }
            spec.binned = false
            guard let field = try r.string("field").map(FieldPathBrackets.dotted) else { throw missing("field", node) }
            guard let asNode = r.take("as") else { throw missing("as", node) }
            let names: [String]
            if case .array = asNode.value { names = try asNode.asArray().map { try $0.asString() } } else { names = [try asNode.asString()] }
            guard names.count == 1 || names.count == 2 else { throw asNode.mismatch("a name or [start, end] names") }
            t = .bin(spec, field: field, as: names[0], end: names.count == 2 ? names[1] : names[0] + "_end")
        case "pivot":
            t = .pivot(try decodePivot(&r, node: node))
        case "density":
            t = .density(try decodeDensity(&r, node: node))
        case "lookup":
            t = .lookup(try decodeLookup(&r, node: node))
        case "regression":
            t = .regression(try decodeRegression(&r, node: node))
        case "loess":
            t = .loess(try decodeLoess(&r, node: node))
        case "quantile":
            t = .quantile(try decodeQuantile(&r, node: node))
        case "flatten":
            t = try decodeFlatten(&r, node: node)
        case "sample":
            t = try decodeSample(&r, node: node)
        case "extent":
            t = try decodeExtentTransform(&r, node: node)
        case "impute":
            var spec = try SpecDecoder().decodeImpute(node, reader: &r)
            guard let field = spec.field else { throw missing("impute", node) }
            guard let key = spec.key else { throw missing("key", node) }
            spec.groupby = try r.take("groupby")?.asArray().map { FieldPathBrackets.dotted(try $0.asString()) } ?? []
            var op = WindowField(op: "impute", field: field, as: field)
            op.impute = spec
            t = .window(ops: [op], sort: [SortField(field: key, descending: false)], groupby: spec.groupby, frame: spec.frame)
        case "stack":
            let field = try r.string("stack")!
            let groupby = try r.take("groupby")?.asArray().map { FieldPathBrackets.dotted(try $0.asString()) } ?? []
            let offset: StackMode
            if let o = r.take("offset") {
                let s = try o.asString()
                guard let m = StackMode(rawValue: s), m != .none else {
                    throw Diagnostic(location: o.location, path: o.path, message: "\"\(s)\" is not a stack offset; expected \"zero\", \"center\" or \"normalize\"",
                                     suggestion: Suggest.closest(to: s, in: ["zero", "center", "normalize"]))
                }
                offset = m
            } else {
                offset = .zero
            }
            let sort = try r.take("sort")?.asArray().map(decodeSortField) ?? []
            guard let asNode = r.take("as") else { throw missing("as", node) }
            let names: [String]
            if case .array = asNode.value { names = try asNode.asArray().map { try $0.asString() } } else { names = [try asNode.asString()] }
            guard names.count == 1 || names.count == 2 else { throw asNode.mismatch("a name or [start, end] names") }
            t = .stack(field: field, groupby: groupby, offset: offset, sort: sort, start: names[0],
                       end: names.count == 2 ? names[1] : names[0] + "_end")
        default: // timeUnit
            let (unit, _) = try SpecDecoder().decodeTimeUnit(r.take("timeUnit")!)
            guard let field = try r.string("field").map(FieldPathBrackets.dotted) else { throw missing("field", node) }
            guard let name = try r.string("as") else { throw missing("as", node) }
            t = .timeUnit(unit, field: field, as: name)
        }
        try r.finish()
        return t
    }

    static func decodeSortField(_ n: JSONNode) throws -> SortField {
        var q = try ObjectReader(n, what: "a sort field", kind: "sortField")
        guard let f = try q.string("field").map(FieldPathBrackets.dotted) else { throw missing("field", n) }
        var descending = false
        if let o = q.take("order") {
            let s = try o.asString()
            guard s == "ascending" || s == "descending" else {
                throw Diagnostic(location: o.location, path: o.path, message: "expected \"ascending\" or \"descending\", found \(o.describeValue())",
                                 suggestion: Suggest.closest(to: s, in: ["ascending", "descending"]))
            }
            descending = s == "descending"
        }
        try q.finish()
        return SortField(field: f, descending: descending)
    }

    static func missing(_ key: String, _ node: JSONNode) -> Diagnostic {
        Diagnostic(location: node.location, path: node.path, message: "missing \"\(key)\"")
    }

    /// A predicate value: a number, string, boolean or date-time object.
    static func predicateValue(_ n: JSONNode) throws -> InlineValue {
        let v = n.inlineValue()
        switch v {
        case .number, .string, .bool, .null: return v
        case .object:
            guard DateTimeObject.isDateTime(v) else {
                throw Diagnostic(location: n.location, path: n.path,
                                 message: "expected a number, a string or a date-time object such as {\"year\": 2005, \"month\": 1}, found \(n.describeValue())")
            }
            return v
        case .array: throw n.mismatch("a single value")
        }
    }

    static func decodePredicate(_ node: JSONNode) throws -> FilterPredicate {
        if case .string(let s) = node.value { return .expression(try ParamScope.substitute(s, at: node)) }
        var r = try ObjectReader(node, what: "a filter predicate", kind: "predicate")
        if let p = r.take("param") {
            let empty = try r.bool("empty")
            try r.finish()
            return try ParamScope.predicate(p, empty: empty)
        }
        if let e = r.take("empty") {
            throw Diagnostic(location: e.location, path: e.path, message: "\"empty\" applies only to a predicate on a \"param\"")
        }
        if let a = r.take("and") { try r.finish(); return .and(try a.asArray().map(decodePredicate)) }
        if let o = r.take("or") { try r.finish(); return .or(try o.asArray().map(decodePredicate)) }
        if let n = r.take("not") { try r.finish(); return .not(try decodePredicate(n)) }
        guard let field = try r.string("field").map(FieldPathBrackets.dotted) else {
            try r.finish(unsupported: ["selection": "selection filters (\"selection\")"])
            throw Diagnostic(location: node.location, path: node.path,
                             message: "expected an expression string, a field predicate ({\"field\": ..., \"equal\": ...}) or and/or/not")
        }
        let unit = try r.take("timeUnit").map { try SpecDecoder().decodeTimeUnit($0).0 }
        let p: FilterPredicate
        if let v = r.take("equal") { p = .equal(field: field, value: try predicateValue(v)) }
        else if let v = r.take("oneOf") { p = .oneOf(field: field, values: try v.asArray().map(predicateValue)) }
        else if let v = r.take("range") {
            if case .object = v.value { throw Diagnostic(location: v.location, path: v.path, message: "ranges from parameters are not supported by Chartsmith") }
            let items = try v.asArray()
            guard items.count == 2 else { throw v.mismatch("[min, max]") }
            p = .range(field: field, min: items[0].isNull ? nil : try predicateValue(items[0]),
                       max: items[1].isNull ? nil : try predicateValue(items[1]))
        }
        else if let v = r.take("lt") { p = .lt(field: field, try predicateValue(v)) }
        else if let v = r.take("lte") { p = .lte(field: field, try predicateValue(v)) }
        else if let v = r.take("gt") { p = .gt(field: field, try predicateValue(v)) }
        else if let v = r.take("gte") { p = .gte(field: field, try predicateValue(v)) }
        else if let v = try r.bool("valid") { p = .valid(field: field, v) }
        else {
            try r.finish()
            throw Diagnostic(location: node.location, path: node.path,
                             message: "a field predicate needs one of equal, oneOf, range, lt, lte, gt, gte or valid")
        }
        try r.finish()
        return unit.map { .timeUnit($0, p) } ?? p
    }
}
