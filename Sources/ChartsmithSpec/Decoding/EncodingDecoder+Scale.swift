// A channel's `scale`: type, domain, range, scheme, zero, nice and their checks.

extension SpecDecoder {
    func decodeScale(_ node: JSONNode, channel: Channel? = nil) throws -> ScaleSpec {
        var r = try ObjectReader(node, what: "scale", kind: "scale")
        var s = ScaleSpec()
        if let t = r.take("type") {
            let name = try t.asString()
            if name == "bin-ordinal" {
                throw Diagnostic(location: t.location, path: t.path, message: "\"bin-ordinal\" scales are not supported by Chartsmith",
                                 suggestion: "a binned quantitative field (\"bin\": true) draws Vega-Lite's bin-ordinal scale by default")
            }
            s.type = try t.asEnum(ScaleSpec.ScaleType.self)
            if let type = s.type, type.isDiscretizing, let channel, !Self.discretizingChannels.contains(channel) {
                throw Diagnostic(location: t.location, path: t.path,
                                 message: "a \"\(name)\" scale on \"\(channel.rawValue)\" is not supported: Vega-Lite draws discretizing scales for "
                                     + Self.discretizingChannels.map { "\"\($0.rawValue)\"" }.joined(separator: ", "),
                                 suggestion: "use \"linear\", or bin the field (\"bin\": true)")
            }
        }
        if let d = r.take("domain") {
            switch d.value {
            case .array(let items):
                s.domain = items.map { i in
                    let v = i.inlineValue()
                    return DateTimeObject.milliseconds(v).map(InlineValue.number) ?? v
                }
            case .string(let str) where str == "unaggregated": break
            case .object(let o) where o["param"] != nil:
                // A domain from a selection: an empty selection leaves the default domain;
                // an interval's initial extent is the domain.
                var q = try ObjectReader(d, what: "a selection domain", kind: "domainParam")
                let p = try ParamScope.lookup(q.take("param")!)
                let enc = try q.string("encoding")
                q.ignore("field")
                try q.finish()
                guard p.selection != nil else {
                    throw Diagnostic(location: d.location, path: d.path.appending("param"), message: "\"\(p.name)\" is a variable; a domain takes a selection's extent")
                }
                if let key = enc ?? channel?.rawValue, let extent = p.intervals[key] ?? (p.intervals.count == 1 ? p.intervals.values.first : nil) {
                    s.domain = extent
                }
            case .object(let o) where o["unionWith"] != nil:
                // The data's own domain joined with these values (Vega-Lite's `unionWith`).
                var q = try ObjectReader(d, what: "a union domain", kind: "domainUnionWith")
                let u = q.take("unionWith")!
                s.domainUnion = try u.asArray().map { i in
                    let v = i.inlineValue()
                    return DateTimeObject.milliseconds(v).map(InlineValue.number) ?? v
                }
                try q.finish()
            case .object(let o) where o["selection"] != nil:
                throw Diagnostic(location: d.location, path: d.path, message: "scale domains from selections (\"selection\", Vega-Lite 4) are not supported by Chartsmith; use \"param\"")
            default:
                throw d.mismatch("an array of values, \"unaggregated\" or {\"unionWith\": [...]}")
            }
        }
        s.domainMin = try dateOrNumber(r.take("domainMin"))
        s.domainMax = try dateOrNumber(r.take("domainMax"))
        s.domainMid = try r.number("domainMid")
        var positionRange: JSONNode?
        if let rg = r.take("range") {
            switch rg.value {
            case .array(let items):
                if items.contains(where: { if case .object = $0.value { return true } else { return false } }) {
                    throw Diagnostic(location: rg.location, path: rg.path, message: "expression ranges are not supported by Chartsmith")
                }
                // A range Chartsmith cannot draw is refused, never replaced by its own:
                // an explicit pixel range on x or y (Vega draws marks past the plot with
                // it, a ridgeline's overlap) and a shape that is not a house symbol (an
                // SVG path).
                if channel == .x || channel == .y { positionRange = rg }
                if channel == .shape { for item in items { _ = try decodeShapeName(item) } }
                s.range = items.map { $0.inlineValue() }
            case .string(let str) where ["category", "ordinal", "ramp", "diverging", "heatmap", "symbol"].contains(str): break
            case .object:
                throw Diagnostic(location: rg.location, path: rg.path, message: "step ranges ({\"step\": ...}) are not supported by Chartsmith; set width or height to {\"step\": N}")
            default: throw rg.mismatch("an array of values")
            }
        }
        if let sc = r.take("scheme") {
            func check(_ n: JSONNode) throws -> String {
                let name = try n.asString()
                guard ColorSchemeNames.all.contains(name.lowercased()) else {
                    throw Diagnostic(location: n.location, path: n.path, message: "unknown colour scheme \"\(name)\"",
                                     suggestion: Suggest.closest(to: name.lowercased(), in: ColorSchemeNames.all))
                }
                return name
            }
            if case .object = sc.value {
                var q = try ObjectReader(sc, what: "scheme", kind: "scheme")
                guard let nameNode = q.take("name") else {
                    throw Diagnostic(location: sc.location, path: sc.path, message: "the scheme object has no \"name\"")
                }
                s.scheme = try check(nameNode)
                if let e = q.take("extent") {
                    s.schemeExtent = try e.asNumbers()
                    if s.schemeExtent?.count != 2 { throw e.mismatch("[start, end]") }
                }
                s.schemeCount = try q.number("count").map { Int($0) }
                try q.finish()
            } else {
                s.scheme = try check(sc)
            }
        }
        s.zero = try r.bool("zero")
        if let n = r.take("nice") {
            switch n.value {
            case .bool(let b): s.nice = b
            case .number(let c): s.nice = true; s.niceCount = c
            case .string(let u):
                let intervals = ["millisecond", "second", "minute", "hour", "day", "week", "month", "year"]
                guard intervals.contains(u) else {
                    throw Diagnostic(location: n.location, path: n.path, message: "\"\(u)\" is not a nice interval; expected one of " + intervals.joined(separator: ", "),
                                     suggestion: Suggest.closest(to: u, in: intervals))
                }
                s.nice = true
                s.niceInterval = u
            case .object: throw Diagnostic(location: n.location, path: n.path, message: "nice interval objects are not supported by Chartsmith")
            default: throw n.mismatch("true, false, a tick count or a time interval")
            }
        }
        s.padding = try r.number("padding")
        s.paddingInner = try r.number("paddingInner")
        s.paddingOuter = try r.number("paddingOuter")
        s.reverse = try r.bool("reverse")
        s.exponent = try r.number("exponent")
        s.base = try r.number("base")
        s.constant = try r.number("constant")
        s.clamp = try r.bool("clamp")
        try decodeInterpolate(&r, into: &s)
        r.ignore("round", "align")
        // `rangeMin`/`rangeMax`: drawn for the radius of arcs (a radial plot's inner ring).
        if channel == .radius {
            s.rangeMin = try r.number("rangeMin")
            s.rangeMax = try r.number("rangeMax")
        }
        if s.type == .threshold, s.domain?.isEmpty ?? true {
            throw Diagnostic(location: node.location, path: node.path, message: "a \"threshold\" scale needs its thresholds as \"domain\"",
                             suggestion: "\"domain\": [30, 70]")
        }
        try r.finish(unsupported: ["rangeMin": "\"rangeMin\" (except on \"radius\")", "rangeMax": "\"rangeMax\" (except on \"radius\")", "bins": "scale \"bins\"",
                                   "rangeStep": "\"rangeStep\" (Vega-Lite 3; use width or height {\"step\": N})",
                                   "domainRaw": "\"domainRaw\""])
        if let rg = positionRange, let ch = channel {
            throw Diagnostic(location: rg.location, path: rg.path,
                             message: "an explicit pixel range on \(ch.rawValue) is not supported by Chartsmith: the scale always spans the plot (remove \"range\" and set \(ch == .x ? "width" : "height") instead)")
        }
        return s
    }

    /// A number, or a date-time object read as milliseconds.
    func dateOrNumber(_ node: JSONNode?) throws -> Double? {
        guard let node else { return nil }
        if case .object = node.value {
            guard let ms = DateTimeObject.milliseconds(node.inlineValue()) else { throw node.mismatch("a number or a date-time object") }
            return ms
        }
        return try node.asNumber()
    }
}

extension SpecDecoder {
    /// The channels a discretizing scale (`quantize`, `quantile`, `threshold`) may map:
    /// colour and the magnitudes Chartsmith draws through ``ScaleSpec/ScaleType/isDiscretizing``.
    static let discretizingChannels: [Channel] = [.color, .fill, .stroke, .size, .opacity, .fillOpacity, .strokeOpacity, .strokeWidth]

    /// d3's colour interpolators a Vega scale's `interpolate` names.
    static let colorInterpolators = ["rgb", "hsl", "hsl-long", "lab", "hcl", "hcl-long", "cubehelix", "cubehelix-long"]

    /// `scale.interpolate`: a colour space's name, or `{"type": name, "gamma": g}`.
    func decodeInterpolate(_ r: inout ObjectReader, into s: inout ScaleSpec) throws {
        guard let node = r.take("interpolate") else { return }
        var typeNode = node
        if case .object = node.value {
            var q = try ObjectReader(node, what: "a scale's interpolate", kind: "scaleInterpolate")
            guard let t = q.take("type") else {
                throw Diagnostic(location: node.location, path: node.path, message: "interpolate needs a \"type\", one of "
                                 + SpecDecoder.colorInterpolators.joined(separator: ", "))
            }
            typeNode = t
            s.interpolateGamma = try q.number("gamma")
            try q.finish()
        }
        let name = try typeNode.asString()
        guard SpecDecoder.colorInterpolators.contains(name) else {
            throw Diagnostic(location: typeNode.location, path: typeNode.path,
                             message: "\"\(name)\" is not a colour interpolation; expected one of " + SpecDecoder.colorInterpolators.joined(separator: ", "),
                             suggestion: Suggest.closest(to: name, in: SpecDecoder.colorInterpolators))
        }
        s.interpolate = name
    }
}
