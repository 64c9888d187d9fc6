extension TransformDecoder {
    /// `{"density": field, "groupby", "cumulative", "counts", "bandwidth", "extent",
    /// "minsteps", "maxsteps", "steps", "resolve", "as"}`.
    static func decodeDensity(_ r: inout ObjectReader, node: JSONNode) throws -> DensitySpec {
        var spec = DensitySpec(field: try r.take("density")!.asString())
        spec.groupby = try r.take("groupby")?.asArray().map { try $0.asString() } ?? []
        spec.cumulative = try r.bool("cumulative") ?? false
        spec.counts = try r.bool("counts") ?? false
        if let b = r.take("bandwidth") {
            let v = try b.asNumber()
            guard v >= 0, v.isFinite else { throw b.mismatch("a bandwidth of 0 (estimated) or more") }
            spec.bandwidth = v
        }
        if let e = r.take("extent") {
            let v = try e.asArray().map { try $0.asNumber() }
            guard v.count == 2, v.allSatisfy(\.isFinite), v[0] <= v[1] else { throw e.mismatch("an extent [min, max]") }
            spec.extent = v
        }
        // Vega samples each curve at these steps: bounded so a spec cannot ask for billions.
        func steps(_ key: String) throws -> Double? {
            guard let n = r.take(key) else { return nil }
            let v = try n.asNumber()
            guard v >= 1, v <= 10_000, v == v.rounded() else {
                throw Diagnostic(location: n.location, path: n.path, message: "expected a whole number of steps from 1 to 10,000, found \(n.describeValue())")
            }
            return v
        }
        spec.minsteps = try steps("minsteps") ?? 25
        spec.maxsteps = try steps("maxsteps") ?? 200
        spec.steps = try steps("steps")
        if let res = r.take("resolve") {
            let v = try res.asString()
            guard v == "shared" || v == "independent" else {
                throw Diagnostic(location: res.location, path: res.path, message: "\"\(v)\" is not a resolve mode; expected \"shared\" or \"independent\"",
                                 suggestion: Suggest.closest(to: v, in: ["shared", "independent"]))
            }
            spec.resolveShared = v == "shared"
        }
        if let a = r.take("as") {
            let names = try a.asArray().map { try $0.asString() }
            guard names.count == 2 else { throw a.mismatch("two names, [value, density]") }
            spec.valueAs = names[0]
            spec.densityAs = names[1]
        }
        return spec
    }

    /// `{"lookup": field, "from": {"data": ..., "key": field, "fields": [...]}, "as", "default"}`.
    static func decodeLookup(_ r: inout ObjectReader, node: JSONNode) throws -> LookupSpec {
        let lookup = try r.take("lookup")!.asString()
        guard let fromNode = r.take("from") else { throw missing("from", node) }
        if case .object(let o) = fromNode.value, o["param"] != nil {
            throw Diagnostic(location: fromNode.location, path: fromNode.path.appending("param"),
                             message: "lookups from a selection (\"param\") are not supported by Chartsmith")
        }
        var f = try ObjectReader(fromNode, what: "lookup \"from\"", kind: "lookupData")
        guard let dataNode = f.take("data") else { throw missing("data", fromNode) }
        let data = try SpecDecoder().decodeData(dataNode)
        guard let key = try f.string("key") else { throw missing("key", fromNode) }
        guard let fieldsNode = f.take("fields") else {
            throw Diagnostic(location: fromNode.location, path: fromNode.path,
                             message: "lookups that copy whole rows (no \"fields\") are not supported by Chartsmith; list the fields to copy in \"fields\"")
        }
        let fields = try fieldsNode.asArray().map { try $0.asString() }
        try f.finish()
        var spec = LookupSpec(lookup: lookup, from: data, key: key, fields: fields)
        if let a = r.take("as") {
            let names: [String]
            if case .array = a.value { names = try a.asArray().map { try $0.asString() } } else { names = [try a.asString()] }
            guard names.count == fields.count else {
                throw Diagnostic(location: a.location, path: a.path, message: "expected \(fields.count) name\(fields.count == 1 ? "" : "s") in \"as\", one for each of \"fields\"")
            }
            spec.names = names
        }
        if let d = r.take("default") { spec.defaultValue = d.inlineValue() }
        return spec
    }
}
