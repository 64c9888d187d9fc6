extension SpecDecoder {
    /// Channels whose content is accepted and ignored (interactive only).
    static let ignoredChannels: Set<Channel> = [.tooltip, .href, .description, .url, .key]
    static let unsupportedChannels: [Channel: String] = [
        .theta: "the \"theta\" channel (arc marks)", .radius: "the \"radius\" channel (arc marks)",
        .latitude: "geographic channels (\"latitude\")", .longitude: "geographic channels (\"longitude\")",
        .row: "faceting (\"row\")", .column: "faceting (\"column\")", .facet: "faceting (\"facet\")",
        .angle: "the \"angle\" channel",
        .xError: "error bars (\"xError\")", .yError: "error bars (\"yError\")",
    ]
    /// Vega-Lite channels outside Chartsmith's list, named when used.
    static let otherVegaLiteChannels: [String: String] = [
        "latitude2": "geographic channels (\"latitude2\")", "longitude2": "geographic channels (\"longitude2\")",
        "theta2": "the \"theta2\" channel (arc marks)", "radius2": "the \"radius2\" channel (arc marks)",
        "xError2": "error bars (\"xError2\")", "yError2": "error bars (\"yError2\")",
    ]

    func decodeEncoding(_ node: JSONNode) throws -> Encoding {
        guard case .object(let o) = node.value else { throw node.mismatch("an object of channels") }
        var enc = Encoding()
        let names = Channel.allCases.map(\.rawValue)
        for e in o.entries {
            let path = node.path.appending(e.key)
            guard let ch = Channel(rawValue: e.key) else {
                if let why = Self.otherVegaLiteChannels[e.key] {
                    throw Diagnostic(location: e.keyLocation, path: path, message: "\(why) is not supported by Chartsmith")
                }
                throw Diagnostic(location: e.keyLocation, path: path, message: "unknown channel \"\(e.key)\"",
                                 suggestion: Suggest.closest(to: e.key, in: names))
            }
            if Self.ignoredChannels.contains(ch) { continue }
            if let why = Self.unsupportedChannels[ch] {
                throw Diagnostic(location: e.keyLocation, path: path, message: "\(why) is not supported by Chartsmith")
            }
            switch e.value.value {
            case .array(let items) where ch == .detail || ch == .order:
                enc.channels[ch] = try items.map { try decodeChannel($0, channel: ch) }
            case .null:
                continue
            default:
                enc.channels[ch] = [try decodeChannel(e.value, channel: ch)]
            }
        }
        return enc
    }

    /// A channel definition; with `conditional`, the field definition inside a `condition`
    /// (which also has the condition's `param`, `empty` or `test`, read by the caller).
    func decodeChannel(_ node: JSONNode, channel: Channel, conditional: Bool = false) throws -> ChannelDef {
        var r = try ObjectReader(node, what: conditional ? "a condition" : "the \(channel.rawValue) channel",
                                 kind: conditional ? "conditionalField" : "channel")
        if conditional { r.ignore("param", "empty", "test") }
        var d = ChannelDef()
        if let f = r.take("field") {
            if case .object = f.value {
                throw Diagnostic(location: f.location, path: f.path, message: "repeated fields ({\"repeat\": ...}) are not supported by Chartsmith")
            }
            d.field = Self.unescapeFieldPath(try f.asString())
        }
        d.type = try r.enumeration("type", FieldType.self)
        if let a = r.take("aggregate") {
            if case .object(let o) = a.value {
                var q = try ObjectReader(a, what: "aggregate", kind: "argAggregate")
                let maxNode = q.take("argmax"), minNode = q.take("argmin")
                if let f = maxNode { d.aggregate = .argmax; d.argField = try f.asString() }
                else if let f = minNode { d.aggregate = .argmin; d.argField = try f.asString() }
                try q.finish()
                if o.entries.isEmpty { throw a.mismatch("{\"argmax\": field} or {\"argmin\": field}") }
            } else {
                d.aggregate = try a.asEnum(AggregateOp.self)
            }
        }
        if let t = r.take("timeUnit") { (d.timeUnit, d.timeUnitBinned) = try decodeTimeUnit(t) }
        if let t = r.take("title") { d.title = t.isNull ? .some(nil) : .some(try t.asLines().joined(separator: " ")) }
        if let s = r.take("sort") { d.sort = try decodeSort(s) }
        if let s = r.take("stack") {
            switch s.value {
            case .null: d.stack = StackMode.none
            case .bool(let b): d.stack = b ? .zero : StackMode.none
            default: d.stack = try s.asEnum(StackMode.self)
            }
        }
        if let s = r.take("scale") {
            if s.isNull { d.scaleDisabled = true } else { d.scale = try decodeScale(s, channel: channel) }
        }
        if let a = r.take("axis") { d.axis = try decodeAxis(a) }
        if let l = r.take("legend") { d.legend = try decodeLegend(l) }
        if let f = r.take("format") {
            if case .object = f.value { throw Diagnostic(location: f.location, path: f.path, message: "format objects are not supported by Chartsmith") }
            d.format = try f.asString()
        }
        d.formatType = try r.enumeration("formatType", FormatType.self)?.rawValue
        if !conditional, var v = r.take("value") {
            if case .object(let o) = v.value, case .string(let src)? = o["expr"]?.value, let c = ParamScope.constantNode(for: src) {
                v = JSONNode(value: c.value, location: v.location, path: v.path)
            }
            if case .object(let o) = v.value {
                if o["expr"] != nil {
                    throw Diagnostic(location: v.location, path: v.path, message: "expression values ({\"expr\": ...}) other than a parameter's name are not supported by Chartsmith")
                }
                throw Diagnostic(location: v.location, path: v.path, message: "gradient values are not supported by Chartsmith")
            }
            if channel == .shape, case .string = v.value { _ = try decodeShapeName(v) }
            d.value = v.inlineValue()
        }
        if let v = r.take("datum") {
            if case .object = v.value {
                guard DateTimeObject.isDateTime(v.inlineValue()), let ms = DateTimeObject.milliseconds(v.inlineValue()) else {
                    throw Diagnostic(location: v.location, path: v.path, message: "expression datums are not supported by Chartsmith")
                }
                d.datum = .number(ms)
                if d.type == nil { d.type = .temporal }
            } else {
                d.datum = v.inlineValue()
            }
        }
        if let b = r.take("bin") {
            switch b.value {
            case .bool(let on): d.bin = on ? BinSpec() : nil
            case .null: d.bin = nil
            case .string(let s) where s == "binned": var bs = BinSpec(); bs.binned = true; d.bin = bs
            case .object: d.bin = try decodeBin(b)
            default: throw b.mismatch("true, false, \"binned\" or an object")
            }
            // Vega-Lite's default maxbins depends on the channel: 6 for colour, size,
            // opacity and shape (few enough to tell apart), 4 for dashes, 10 for positions.
            if var bs = d.bin, !bs.binned, bs.maxbins == nil, bs.step == nil {
                switch channel {
                case .color, .fill, .stroke, .size, .opacity, .shape: bs.maxbins = 6
                case .strokeDash: bs.maxbins = 4
                default: break
                }
                d.bin = bs
            }
        }
        var fieldCondition: (FilterPredicate, ChannelDef)? = nil
        if !conditional, let c = r.take("condition") { (d.conditions, fieldCondition) = try decodeConditions(c, channel: channel) }
        if let i = r.take("impute") {
            if !i.isNull {
                guard channel == .x || channel == .y else {
                    throw Diagnostic(location: i.location, path: i.path, message: "\"impute\" applies to the x and y channels only")
                }
                var q = try ObjectReader(i, what: "impute", kind: "impute")
                d.impute = try decodeImpute(i, reader: &q)
                try q.finish()
            }
        }
        // Vega-Lite 2's `{"aggregate": "count", "field": "*"}` counts records.
        if d.aggregate == .count, d.field == "*" { d.field = nil }
        d.bandPosition = try r.number("bandPosition")
        try r.finish(unsupported: ["header": "facet headers (\"header\")",
                                   "band": "the channel's \"band\" (Vega-Lite 4; use \"bandPosition\", or {\"band\": N} as the mark's width)",
                                   "spacing": "facet spacing (\"spacing\")",
                                   "expr": "expressions in encodings (\"expr\")"])
        // A definition with no field, value or datum may still be completed by a layer
        // below it; SpecDecoder checks each view's merged channels once layers are read.
        d.location = node.location
        d.path = node.path
        if let (test, inner) = fieldCondition {
            // `{"condition": {"param": ..., "field": ...}, "value": ...}`: the field (with its
            // scale, legend...) for rows passing the test, the value for the others.
            if d.field != nil || d.datum != nil || d.aggregate != nil {
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "a channel with a conditional field gives a \"value\" for the other rows, not a field or datum of its own")
            }
            var merged = inner
            merged.value = d.value
            merged.fieldTest = test
            merged.location = node.location
            merged.path = node.path
            return merged
        }
        return d
    }

    /// `impute` parameters, on a channel or as a transform (which also names the field to
    /// impute and the key).
    func decodeImpute(_ node: JSONNode, reader r: inout ObjectReader) throws -> ImputeSpec {
        var s = ImputeSpec()
        if r.kind == "imputeTransform" {
            s.field = try r.string("impute")
            s.key = try r.string("key")
        }
        if let m = r.take("method") { s.method = try m.asEnum(ImputeSpec.Method.self) }
        if let v = r.take("value") {
            if case .object = v.value { throw v.mismatch("a number, string, boolean or null") }
            if case .array = v.value { throw v.mismatch("a number, string, boolean or null") }
            s.value = v.inlineValue()
        }
        if let k = r.take("keyvals") {
            switch k.value {
            case .array(let items):
                s.keyvals = try items.map { i in
                    let v = try TransformDecoder.predicateValue(i)
                    return DateTimeObject.milliseconds(v).map(InlineValue.number) ?? v
                }
            case .object:
                var q = try ObjectReader(k, what: "keyvals", kind: "imputeSequence")
                let start = try q.number("start") ?? 0
                guard let stop = try q.number("stop") else {
                    throw Diagnostic(location: k.location, path: k.path, message: "a keyvals sequence needs \"stop\"")
                }
                let step = try q.number("step") ?? (stop >= start ? 1 : -1)
                try q.finish()
                guard step != 0, step.isFinite, start.isFinite, stop.isFinite, abs((stop - start) / step) <= 100_000 else {
                    throw Diagnostic(location: k.location, path: k.path, message: "the keyvals sequence is empty or too long")
                }
                s.sequence = (start, stop, step)
            default:
                throw k.mismatch("an array of key values or a sequence {\"start\", \"stop\", \"step\"}")
            }
        }
        if let f = r.take("frame") {
            let items = try f.asArray()
            guard items.count == 2 else { throw f.mismatch("[before, after]") }
            s.frame = try items.map { $0.isNull ? nil : try $0.asNumber() }
        }
        return s
    }

    /// `formatType` names.
    enum FormatType: String, CaseIterable { case number, time, utc }

    /// A `timeUnit` string (`"yearmonth"`, `"binnedyearmonth"`, `"utcmonth"`) or object
    /// (`{"unit": ..., "binned": true}`); returns the unit and whether it is binned.
    func decodeTimeUnit(_ t: JSONNode) throws -> (TimeUnit, Bool) {
        if case .object = t.value {
            var q = try ObjectReader(t, what: "timeUnit", kind: "timeUnitParams")
            guard let u = q.take("unit") else { throw Diagnostic(location: t.location, path: t.path, message: "the timeUnit object has no \"unit\"") }
            var (unit, binned) = try decodeTimeUnit(u)
            if let utc = try q.bool("utc"), utc { unit = TimeUnit(unit.components, utc: true) }
            if let b = try q.bool("binned") { binned = binned || b }
            q.ignore("maxbins")
            if let st = q.take("step") {
                let n = try st.asNumber()
                guard n >= 1, n <= 1_000_000, n == n.rounded() else { throw st.mismatch("a whole number of steps, 1 or more") }
                unit.step = Int(n)
            }
            try q.finish()
            return (unit, binned)
        }
        let s = try t.asString()
        let binned = s.hasPrefix("binned")
        let name = binned ? String(s.dropFirst(6)) : s
        guard let unit = TimeUnit(rawValue: name) else {
            let all = TimeUnit.allCases.map(\.rawValue)
            throw Diagnostic(location: t.location, path: t.path,
                             message: "\"\(s)\" is not a time unit; expected a combination of year, quarter, month, week, day, date, hours, minutes, seconds (e.g. \"yearmonth\")",
                             suggestion: Suggest.closest(to: name, in: all))
        }
        return (unit, binned)
    }

    func decodeBin(_ b: JSONNode) throws -> BinSpec {
        var q = try ObjectReader(b, what: "bin", kind: "bin")
        var bs = BinSpec()
        bs.maxbins = try q.number("maxbins")
        bs.step = try q.number("step")
        if let e = q.take("extent") {
            if case .object = e.value {
                throw Diagnostic(location: e.location, path: e.path, message: "bin extents from selections are not supported by Chartsmith")
            }
            bs.extent = try e.asNumbers()
            if bs.extent?.count != 2 { throw e.mismatch("[min, max]") }
        }
        bs.binned = try q.bool("binned") ?? false
        q.ignore("nice", "base", "minstep", "divide", "anchor")
        try q.finish(unsupported: ["steps": "bin \"steps\""])
        if let m = bs.maxbins, m < 1 { throw Diagnostic(location: b.location, path: b.path.appending("maxbins"), message: "expected a \"maxbins\" of at least 1") }
        if let s = bs.step, s <= 0 { throw Diagnostic(location: b.location, path: b.path.appending("step"), message: "expected a positive \"step\"") }
        return bs
    }

    /// `condition`: an object or a list of `{"test": predicate, "value": v}` or
    /// `{"param": name, "empty"?: bool, "value": v}`; or one conditional field definition
    /// (`{"param": name, "field": ...}`), returned apart with its test.
    func decodeConditions(_ node: JSONNode, channel: Channel) throws -> ([ChannelCondition], (FilterPredicate, ChannelDef)?) {
        let items: [JSONNode]
        if case .array(let a) = node.value { items = a } else { items = [node] }
        var out: [ChannelCondition] = []
        var fieldCondition: (FilterPredicate, ChannelDef)? = nil
        for item in items {
            var q = try ObjectReader(item, what: "a condition", kind: "condition")
            if q.object["selection"] != nil {
                throw Diagnostic(location: q.object.keyLocation(of: "selection") ?? item.location, path: item.path.appending("selection"),
                                 message: "conditions on selections (\"selection\", Vega-Lite 4) are not supported by Chartsmith; use \"param\"")
            }
            let testNode = q.take("test"), paramNode = q.take("param"), emptyNode = q.take("empty")
            let test: FilterPredicate
            if let p = paramNode {
                if let t = testNode {
                    throw Diagnostic(location: t.location, path: t.path, message: "a condition has either \"param\" or \"test\", not both")
                }
                test = try ParamScope.predicate(p, empty: try emptyNode?.asBool())
            } else if let t = testNode {
                if let e = emptyNode {
                    throw Diagnostic(location: e.location, path: e.path, message: "\"empty\" applies only to a condition on a \"param\"")
                }
                test = try TransformDecoder.decodePredicate(t)
            } else {
                throw Diagnostic(location: item.location, path: item.path, message: "the condition has no \"param\" or \"test\"")
            }
            if q.object["field"] != nil || q.object["aggregate"] != nil || q.object["datum"] != nil {
                guard items.count == 1 else {
                    throw Diagnostic(location: item.location, path: item.path,
                                     message: "a conditional field definition must be the only condition")
                }
                fieldCondition = (test, try decodeChannel(item, channel: channel, conditional: true))
                continue
            }
            guard var v = q.take("value") else {
                throw Diagnostic(location: item.location, path: item.path, message: "the condition has no \"value\" (or \"field\")")
            }
            if case .object(let o) = v.value, case .string(let src)? = o["expr"]?.value, let c = ParamScope.constantNode(for: src) {
                v = JSONNode(value: c.value, location: v.location, path: v.path)
            }
            if case .object = v.value { throw v.mismatch("a constant value") }
            try q.finish()
            out.append(ChannelCondition(test: test, value: v.inlineValue()))
        }
        return (out, fieldCondition)
    }

    func decodeSort(_ node: JSONNode) throws -> SortSpec {
        switch node.value {
        case .null: return SortSpec.none
        case .array(let items):
            return .values(items.map { i in
                let v = i.inlineValue()
                return DateTimeObject.milliseconds(v).map(InlineValue.number) ?? v
            })
        case .string(let s):
            switch s {
            case "ascending": return .ascending
            case "descending": return .descending
            default:
                let desc = s.hasPrefix("-")
                let ch = desc ? String(s.dropFirst()) : s
                let channels = ["x", "y", "color", "fill", "stroke", "opacity", "size", "text", "strokeWidth",
                                "fillOpacity", "strokeOpacity", "strokeDash", "shape"]
                guard channels.contains(ch) else {
                    throw Diagnostic(location: node.location, path: node.path,
                                     message: "\"\(s)\" is not a sort order; expected \"ascending\", \"descending\", a channel such as \"-y\", an array or an object",
                                     suggestion: Suggest.closest(to: s, in: ["ascending", "descending"] + channels + channels.map { "-" + $0 }))
                }
                return .byChannel(ch, descending: desc)
            }
        case .object:
            var r = try ObjectReader(node, what: "sort", kind: "sort")
            let field = try r.string("field")
            let op = try r.enumeration("op", AggregateOp.self)
            let order = try r.take("order").map { o -> Bool in
                if o.isNull { return false }
                let s = try o.asString()
                guard s == "ascending" || s == "descending" else {
                    throw Diagnostic(location: o.location, path: o.path, message: "expected \"ascending\" or \"descending\", found \(o.describeValue())",
                                     suggestion: Suggest.closest(to: s, in: ["ascending", "descending"]))
                }
                return s == "descending"
            } ?? false
            if let enc = r.take("encoding") {
                let ch = try enc.asString()
                try r.finish()
                return .byChannel(ch, descending: order)
            }
            try r.finish()
            if field == nil && op == nil { return order ? .descending : .ascending }
            return .byField(field: field, op: op, descending: order)
        default:
            throw node.mismatch("a sort order")
        }
    }

    func decodeScale(_ node: JSONNode, channel: Channel? = nil) throws -> ScaleSpec {
        var r = try ObjectReader(node, what: "scale", kind: "scale")
        var s = ScaleSpec()
        if let t = r.take("type") {
            let name = try t.asString()
            if ["quantile", "quantize", "threshold", "bin-ordinal"].contains(name) {
                throw Diagnostic(location: t.location, path: t.path, message: "\"\(name)\" scales are not supported by Chartsmith")
            }
            s.type = try t.asEnum(ScaleSpec.ScaleType.self)
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
            case .object(let o) where o["selection"] != nil:
                throw Diagnostic(location: d.location, path: d.path, message: "scale domains from selections (\"selection\", Vega-Lite 4) are not supported by Chartsmith; use \"param\"")
            default:
                throw d.mismatch("an array of values or \"unaggregated\"")
            }
        }
        s.domainMin = try dateOrNumber(r.take("domainMin"))
        s.domainMax = try dateOrNumber(r.take("domainMax"))
        s.domainMid = try r.number("domainMid")
        if let rg = r.take("range") {
            switch rg.value {
            case .array(let items):
                if items.contains(where: { if case .object = $0.value { return true } else { return false } }) {
                    throw Diagnostic(location: rg.location, path: rg.path, message: "expression ranges are not supported by Chartsmith")
                }
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
        r.ignore("clamp", "round", "interpolate", "align")
        try r.finish(unsupported: ["rangeMin": "\"rangeMin\"", "rangeMax": "\"rangeMax\"", "bins": "scale \"bins\"",
                                   "rangeStep": "\"rangeStep\" (Vega-Lite 3; use width or height {\"step\": N})",
                                   "domainRaw": "\"domainRaw\""])
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

    func decodeAxis(_ node: JSONNode) throws -> AxisSpec {
        var a = AxisSpec()
        if node.isNull { a.disabled = true; return a }
        var r = try ObjectReader(node, what: "axis", kind: "axis")
        if let t = r.take("title") { a.title = t.isNull ? .some(nil) : .some(try t.asLines().joined(separator: " ")) }
        if let f = r.take("format") {
            if case .object = f.value { throw Diagnostic(location: f.location, path: f.path, message: "format objects are not supported by Chartsmith") }
            a.format = try f.asString()
        }
        a.formatType = try r.enumeration("formatType", FormatType.self)?.rawValue
        a.labelAngle = try r.number("labelAngle")
        if let tc = r.take("tickCount") {
            switch tc.value {
            case .number(let n): a.tickCount = n
            case .string(let s):
                let intervals = ["millisecond", "second", "minute", "hour", "day", "week", "month", "year"]
                guard intervals.contains(s) else { throw tc.mismatch("a number or a time interval") }
            case .object: break  // {interval, step}: Chartsmith picks its own count
            default: throw tc.mismatch("a number or a time interval")
            }
        }
        a.grid = try r.bool("grid")
        a.domain = try r.bool("domain")
        a.ticks = try r.bool("ticks")
        a.labels = try r.bool("labels")
        if var o = r.take("orient") {
            // `{"expr": "name"}` naming a variable parameter: its value (the initial state).
            if case .object(let eo) = o.value, case .string(let src)? = eo["expr"]?.value, let c = ParamScope.constantNode(for: src) { o = c }
            let s = try o.asString()
            let all = ["top", "bottom", "left", "right"]
            guard all.contains(s) else {
                throw Diagnostic(location: o.location, path: o.path, message: "\"\(s)\" is not an axis orient; expected one of top, bottom, left, right",
                                 suggestion: Suggest.closest(to: s, in: all))
            }
            a.orient = s
        }
        if let v = r.take("values") {
            a.values = try v.asArray().map { i in
                let iv = i.inlineValue()
                return DateTimeObject.milliseconds(iv).map(InlineValue.number) ?? iv
            }
        }
        a.labelLimit = try r.number("labelLimit")
        a.labelExpr = try r.string("labelExpr")
        // Styling Chartsmith's house style decides; conditional values are accepted too.
        r.ignore("labelAlign", "labelBaseline", "labelFontSize", "labelFont", "labelColor", "labelPadding",
                 "labelOverlap", "labelFlush", "labelBound", "labelSeparation", "tickSize", "tickColor",
                 "tickWidth", "titleFontSize", "titleFont", "titleColor", "titlePadding", "titleAngle",
                 "titleAlign", "titleBaseline", "titleX", "titleY", "domainColor", "domainWidth",
                 "gridColor", "gridDash", "gridOpacity", "gridWidth", "offset", "zindex", "minExtent",
                 "maxExtent", "tickBand", "tickOffset", "tickMinStep", "translate", "aria", "style",
                 "labelFontWeight", "titleFontWeight", "domainDash", "tickDash", "tickRound", "titleLimit",
                 "labelLineHeight", "tickExtra", "position", "bandPosition", "domainOpacity", "tickOpacity",
                 "labelOpacity", "labelFontStyle", "titleFontStyle", "titleOpacity", "titleLineHeight", "description",
                 "labelOffset", "domainCap", "tickCap", "gridCap", "labelFlushOffset", "titleAnchor", "tickDashOffset",
                 "gridDashOffset", "domainDashOffset")
        try r.finish()
        return a
    }

    func decodeLegend(_ node: JSONNode) throws -> LegendSpec {
        var l = LegendSpec()
        if node.isNull { l.disabled = true; return l }
        var r = try ObjectReader(node, what: "legend", kind: "legend")
        if let t = r.take("title") { l.title = t.isNull ? .some(nil) : .some(try t.asLines().joined(separator: " ")) }
        if let o = r.take("orient") {
            let s = try o.asString()
            let all = ["none", "left", "right", "top", "bottom", "top-left", "top-right", "bottom-left", "bottom-right"]
            guard all.contains(s) else {
                throw Diagnostic(location: o.location, path: o.path, message: "\"\(s)\" is not a legend orient; expected one of " + all.joined(separator: ", "),
                                 suggestion: Suggest.closest(to: s, in: all))
            }
            l.orient = s
        }
        if let d = r.take("direction") {
            let s = try d.asString()
            guard s == "horizontal" || s == "vertical" else {
                throw Diagnostic(location: d.location, path: d.path, message: "expected \"horizontal\" or \"vertical\", found \(d.describeValue())",
                                 suggestion: Suggest.closest(to: s, in: ["horizontal", "vertical"]))
            }
            l.direction = s
        }
        l.format = try r.string("format")
        l.formatType = try r.enumeration("formatType", FormatType.self)?.rawValue
        r.ignore("labelFontSize", "titleFontSize", "symbolType", "symbolSize", "columns",
                 "labelLimit", "titleOrient", "offset", "padding", "fillColor", "strokeColor", "cornerRadius",
                 "labelFont", "titleFont", "labelColor", "titleColor", "symbolStrokeWidth", "gradientLength",
                 "gradientThickness", "rowPadding", "columnPadding", "legendX", "legendY", "aria",
                 "titleAnchor", "titleLimit", "labelOffset", "type", "symbolFillColor", "symbolStrokeColor",
                 "titlePadding", "labelOverlap", "tickCount", "values", "zindex", "description",
                 "titleFontWeight", "labelFontWeight", "symbolOpacity", "clipHeight", "gridAlign", "titleAlign",
                 "titleBaseline", "symbolDash", "symbolLimit", "labelAlign", "labelBaseline", "labelExpr",
                 "symbolOffset", "labelSeparation", "titleLineHeight", "labelFontStyle", "titleFontStyle",
                 "titleOpacity", "labelOpacity", "gradientStrokeColor", "gradientStrokeWidth", "strokeWidth")
        try r.finish()
        return l
    }
}

extension SpecDecoder {
    /// A Vega-Lite field path as Chartsmith names the field: `a\\.b` (the flat field `a.b`)
    /// loses its escapes; nested paths (`a.b`, `c[1]`) stay as they are, which is how the data
    /// stage names nested members.
    static func unescapeFieldPath(_ path: String) -> String {
        guard path.contains("\\") else { return path }
        var out = ""
        var escaped = false
        for c in path {
            if escaped { out.append(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        if escaped { out.append("\\") }
        return out
    }
}
