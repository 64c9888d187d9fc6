// A channel's `sort`: by the field, by another channel or encoding, or an explicit order.

extension SpecDecoder {
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
            let field = try r.string("field").map(FieldPathBrackets.dotted)
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

    /// Warns about a `sort` on a continuous x or y that its scale cannot apply (by field, by
    /// channel, a list of values): Vega-Lite ignores it there (scale/domain.ts `domainSort`
    /// sorts discrete domains only), and so does Chartsmith, but not silently. `"ascending"`
    /// and `null` are the scale's own order; `"descending"` reverses the scale.
    func warnIgnoredContinuousSort(_ node: JSONNode, def: ChannelDef, channel: Channel) {
        guard channel == .x || channel == .y, def.isContinuous(for: channel), let sort = def.sort else { return }
        switch sort {
        case .ascending, .descending, .none: return
        case .values, .byChannel, .byField:
            DecodeWarnings.current?.add(Diagnostic(
                location: node.location, path: node.path,
                message: "\"sort\" is not honoured: a continuous \(channel.rawValue) scale orders its values by number or time, and Vega-Lite ignores this sort too (\"descending\" reverses the axis; a nominal or ordinal type sorts categories)",
                severity: .warning))
        }
    }
}
