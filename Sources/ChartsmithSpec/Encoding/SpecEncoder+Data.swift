// `data`, its `format`, and the inline values of `data.values` (and of domains, datums…).

extension VegaLiteEncoder {
    func data(_ d: DataSpec) -> ChartValue {
        var o = ObjectMembers()
        switch d {
        case .values(let rows, let format):
            o.add("values", .array(rows.map(inline)))
            o.add("format", format.map(dataFormat))
        case .url(let url, let format):
            o.add("url", url)
            o.add("format", format.map(dataFormat))
        case .sequence(let start, let stop, let step, let name):
            o.add("sequence", .object([("start", .number(start)), ("stop", .number(stop)), ("step", .number(step)),
                                       ("as", .string(name))]))
        }
        return o.value
    }

    /// `format`: `parse` in field order, so the text is the same on every run.
    func dataFormat(_ f: DataFormat) -> ChartValue {
        var o = ObjectMembers()
        o.add("type", f.type?.rawValue)
        if !f.parse.isEmpty {
            o.add("parse", .object(f.parse.keys.sorted().map { key in (key, f.parse[key]!.map(ChartValue.string) ?? .null) }))
        }
        o.add("property", f.property)
        o.add("delimiter", f.delimiter)
        return o.value
    }

    /// An inline value, object members in the order they were written.
    func inline(_ v: InlineValue) -> ChartValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(inline))
        case .object(let members, let keys): return .object(keys.compactMap { k in members[k].map { (k, inline($0)) } })
        }
    }
}
