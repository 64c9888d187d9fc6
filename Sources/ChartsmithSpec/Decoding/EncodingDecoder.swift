extension SpecDecoder {
    /// Channels whose content is accepted and ignored (interactive only).
    static let ignoredChannels: Set<Channel> = [.tooltip, .href, .description, .url, .key]
    static let unsupportedChannels: [Channel: String] = [
        .latitude: "the geographic channel \"latitude\"", .longitude: "the geographic channel \"longitude\"",
        .row: "faceting (\"row\")", .column: "faceting (\"column\")", .facet: "faceting (\"facet\")",
        .xError: "the error-bar channel \"xError\"", .yError: "the error-bar channel \"yError\"",
    ]
    /// Vega-Lite channels outside Chartsmith's list, named when used.
    static let otherVegaLiteChannels: [String: String] = [
        "latitude2": "the geographic channel \"latitude2\"", "longitude2": "the geographic channel \"longitude2\"",
        "xError2": "the error-bar channel \"xError2\"", "yError2": "the error-bar channel \"yError2\"",
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
        if let t = r.take("title") {
            d.title = t.isNull ? .some(nil) : .some(try t.asLines().joined(separator: " "))
            if case .array = t.value { d.titleLines = try t.asLines() }
        }
        let sortNode = r.take("sort")
        if let s = sortNode { d.sort = try decodeSort(s) }
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
        if let s = sortNode { warnIgnoredContinuousSort(s, def: d, channel: channel) }
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
        if var v = r.take("datum") {
            // `{"expr": "threshold"}`: the variable parameter's initial value.
            if case .object(let o) = v.value, let e = o["expr"] {
                // Vega-Lite cannot infer a type from an expression ("Invalid field type"); x2
                // and y2 take their primary channel's type and need none.
                guard d.type != nil || channel == .x2 || channel == .y2 else {
                    throw Diagnostic(location: v.location, path: v.path,
                                     message: "a datum given as an expression needs a \"type\" beside it, as in Vega-Lite",
                                     suggestion: "\"type\": \"quantitative\"")
                }
                v = try ParamScope.datumNode(v, expr: e)
            }
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
            // A binned theta (a radial histogram) is drawn as Vega-Lite draws it, one slice
            // per bin (``PolarGeometry``); binned radii (rings per bin) are not drawn yet:
            // refused rather than drawn wrong.
            if let bs = d.bin, !bs.binned, channel == .radius {
                throw Diagnostic(location: b.location, path: b.path,
                                 message: "a bin on \"radius\" (rings per bin) is not supported by Chartsmith; bin in a \"transform\" and encode the bin's start and end as \"radius\" and \"radius2\"")
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
        // A discretizing scale cuts numbers: Vega-Lite refuses it for a discrete or time field.
        if let t = d.scale?.type, t.isDiscretizing, let ft = d.type, ft != .quantitative {
            throw Diagnostic(location: node.location, path: node.path.appending("scale"),
                             message: "a \"\(t.rawValue)\" scale needs a quantitative field, not a \(ft.rawValue) one",
                             suggestion: "\"type\": \"quantitative\"")
        }
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

    /// `formatType` names.
    enum FormatType: String, CaseIterable { case number, time, utc }
}

extension SpecDecoder {
    /// A Vega-Lite field path as Chartsmith names the field: `a\\.b` (the flat field `a.b`)
    /// loses its escapes; nested paths (`a.b`, `c[1]`) stay as they are, which is how the data
    /// stage names nested members, and `a['b']` or `a["b"]` is `a.b` (``FieldPathBrackets``).
    static func unescapeFieldPath(_ written: String) -> String {
        let path = FieldPathBrackets.dotted(written)
        guard path.utf8.contains(UInt8(ascii: "\\")) else { return path }
        var out = ""
        var escaped = false
        for c in path {
            if escaped { out.append(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        if escaped { out.append("\\") }
        return out
    }
}
