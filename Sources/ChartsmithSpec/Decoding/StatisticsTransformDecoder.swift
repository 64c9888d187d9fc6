extension TransformDecoder {
    /// The most `poly` regression order accepted: beyond it the normal equations are too
    /// ill-conditioned for the fit to mean anything, and the work grows with its square.
    static let maxRegressionOrder = 20
    /// The most quantile probabilities one `quantile` transform may ask for.
    static let maxQuantiles = 10_000

    /// `{"regression": y, "on": x, "groupby", "method", "order", "extent", "params", "as"}`.
    static func decodeRegression(_ r: inout ObjectReader, node: JSONNode) throws -> RegressionSpec {
        let field = try r.take("regression")!.asString()
        guard let on = try r.string("on") else { throw missing("on", node) }
        var spec = RegressionSpec(field: field, on: on)
        spec.groupby = try r.take("groupby")?.asArray().map { try $0.asString() } ?? []
        if let m = r.take("method") {
            let s = try m.asString()
            guard let method = RegressionSpec.Method(rawValue: s) else {
                let names = RegressionSpec.Method.allCases.map(\.rawValue)
                throw Diagnostic(location: m.location, path: m.path,
                                 message: "\"\(s)\" is not a regression method; expected one of \(names.map { "\"\($0)\"" }.joined(separator: ", "))",
                                 suggestion: Suggest.closest(to: s, in: names))
            }
            spec.method = method
        }
        if let o = r.take("order") {
            let v = try o.asNumber()
            guard v >= 1, v <= Double(maxRegressionOrder), v == v.rounded() else {
                throw Diagnostic(location: o.location, path: o.path,
                                 message: "a regression \"order\" must be a whole number from 1 to \(maxRegressionOrder), found \(o.describeValue())")
            }
            spec.order = Int(v)
        }
        spec.extent = try extent(&r)
        spec.params = try r.bool("params") ?? false
        if let (x, y) = try pair(&r, what: "[x, y]") { spec.xAs = x; spec.yAs = y }
        return spec
    }

    /// `{"loess": y, "on": x, "groupby", "bandwidth", "as"}`.
    static func decodeLoess(_ r: inout ObjectReader, node: JSONNode) throws -> LoessSpec {
        let field = try r.take("loess")!.asString()
        guard let on = try r.string("on") else { throw missing("on", node) }
        var spec = LoessSpec(field: field, on: on)
        spec.groupby = try r.take("groupby")?.asArray().map { try $0.asString() } ?? []
        if let b = r.take("bandwidth") {
            let v = try b.asNumber()
            guard v >= 0, v <= 1 else {
                throw Diagnostic(location: b.location, path: b.path,
                                 message: "a loess \"bandwidth\" is a share of the points from 0 to 1, found \(b.describeValue())")
            }
            // Vega reads 0 as its default (`bandwidth || 0.3`).
            spec.bandwidth = v == 0 ? 0.3 : v
        }
        if let (x, y) = try pair(&r, what: "[x, y]") { spec.xAs = x; spec.yAs = y }
        return spec
    }

    /// `{"quantile": field, "groupby", "probs", "step", "as"}`.
    static func decodeQuantile(_ r: inout ObjectReader, node: JSONNode) throws -> QuantileSpec {
        var spec = QuantileSpec(field: try r.take("quantile")!.asString())
        spec.groupby = try r.take("groupby")?.asArray().map { try $0.asString() } ?? []
        if let p = r.take("probs") {
            let items = try p.asArray()
            guard items.count <= maxQuantiles else {
                throw Diagnostic(location: p.location, path: p.path, message: "at most \(maxQuantiles) quantile probabilities, found \(items.count)")
            }
            spec.probs = try items.map { n in
                let v = try n.asNumber()
                guard v >= 0, v <= 1 else { throw n.mismatch("a probability from 0 to 1") }
                return v
            }
        }
        if let s = r.take("step") {
            let v = try s.asNumber()
            guard v > 0, v < 1, 1 / v <= Double(maxQuantiles) else {
                throw Diagnostic(location: s.location, path: s.path,
                                 message: "a quantile \"step\" must be above 0 and below 1 and give at most \(maxQuantiles) probabilities, found \(s.describeValue())")
            }
            spec.step = v
        }
        if let (p, v) = try pair(&r, what: "[prob, value]") { spec.probAs = p; spec.valueAs = v }
        return spec
    }

    /// `{"flatten": [fields], "as": [names]}`: `as` defaults to the fields' own names.
    static func decodeFlatten(_ r: inout ObjectReader, node: JSONNode) throws -> Transform {
        let fields = try r.take("flatten")!.asArray().map { try $0.asString() }
        var names = fields
        if let a = r.take("as") {
            let given = try a.asArray().map { try $0.asString() }
            guard given.count <= fields.count else {
                throw Diagnostic(location: a.location, path: a.path, message: "expected at most \(fields.count) name\(fields.count == 1 ? "" : "s") in \"as\", one for each flattened field")
            }
            names.replaceSubrange(0..<given.count, with: given)
        }
        return .flatten(fields: fields, as: names)
    }

    /// `{"sample": N}`: a whole number of rows to keep.
    static func decodeSample(_ r: inout ObjectReader, node: JSONNode) throws -> Transform {
        let n = r.take("sample")!
        let v = try n.asNumber()
        guard v >= 0, v <= 1e9 else { throw n.mismatch("a number of rows from 0 to 1,000,000,000") }
        // Vega keeps rows while the reservoir is below the size: 2.5 keeps 3.
        return .sample(Int(v.rounded(.up)))
    }

    /// A two-number `extent` `[min, max]`.
    private static func extent(_ r: inout ObjectReader) throws -> [Double]? {
        guard let e = r.take("extent") else { return nil }
        let v = try e.asArray().map { try $0.asNumber() }
        guard v.count == 2, v.allSatisfy(\.isFinite) else { throw e.mismatch("an extent [min, max]") }
        return v
    }

    /// A two-name `as`.
    private static func pair(_ r: inout ObjectReader, what: String) throws -> (String, String)? {
        guard let a = r.take("as") else { return nil }
        let names = try a.asArray().map { try $0.asString() }
        guard names.count == 2 else { throw a.mismatch("two names, \(what)") }
        return (names[0], names[1])
    }
}
