extension TransformDecoder {
    /// `{"pivot": field, "value": field, "groupby": [...], "limit": n, "op": "sum"}`.
    static func decodePivot(_ r: inout ObjectReader, node: JSONNode) throws -> PivotSpec {
        let pivot = try r.take("pivot")!.asString()
        guard let value = try r.string("value") else {
            throw Diagnostic(location: node.location, path: node.path, message: "the pivot transform has no \"value\" field")
        }
        var spec = PivotSpec(pivot: pivot, value: value)
        spec.groupby = try r.take("groupby")?.asArray().map { try $0.asString() } ?? []
        if let l = r.take("limit") {
            let n = try l.asNumber()
            guard n >= 0, n.isFinite, n == n.rounded() else { throw l.mismatch("a whole number, 0 (no limit) or more") }
            spec.limit = Int(min(n, 1_000_000))
        }
        if let o = r.take("op") {
            let name = try o.asString()
            guard let op = AggregateOp(rawValue: name), op != .argmin, op != .argmax else {
                let all = AggregateOp.allCases.filter { $0 != .argmin && $0 != .argmax }.map(\.rawValue)
                throw Diagnostic(location: o.location, path: o.path,
                                 message: "\"\(name)\" is not an aggregate operation Chartsmith pivots with; expected one of " + all.joined(separator: ", "),
                                 suggestion: Suggest.closest(to: name, in: all))
            }
            spec.op = op
        }
        return spec
    }
}
