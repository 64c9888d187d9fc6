/// Where ``VegaLiteEncoder`` writes each parameter. The decoder reads `params` in
/// document order and looks an interval selection's channels up in the encoding of the
/// view that defines it, so each parameter goes to the first view, in document order,
/// where it reads the same: any view for a variable or a point selection (written with
/// its `fields`), a view showing the selection's fields on its channels for an interval.
struct ParamPlacement {
    /// Parameters not yet written, in the spec's order.
    private(set) var remaining: [ParamSpec]

    init(_ params: [ParamSpec]) {
        remaining = params
    }

    /// The parameters the view with these encodings (innermost first) takes: those at
    /// the front of the list that read the same here.
    mutating func claim(chain: [Encoding]) -> [ParamSpec] {
        var out: [ParamSpec] = []
        while let p = remaining.first, Self.fits(p, chain: chain) {
            out.append(p)
            remaining.removeFirst()
        }
        return out
    }

    /// Whether the interval selection's channels show its fields in this view.
    static func fits(_ p: ParamSpec, chain: [Encoding]) -> Bool {
        guard p.selection == .interval else { return true }
        return extents(p).allSatisfy { fieldOf($0.channel, chain) == $0.field }
    }

    /// The field a channel shows, as the decoder's `fieldOf` finds it.
    static func fieldOf(_ channel: String, _ chain: [Encoding]) -> String? {
        guard let ch = Channel(rawValue: channel) else { return nil }
        for e in chain {
            if let defs = e.channels[ch], defs.count == 1, let f = defs[0].field { return f }
        }
        return nil
    }

    /// An interval selection's initial extents in the order the decoder met them: each
    /// channel, its field and its `[start, end]`.
    static func extents(_ p: ParamSpec) -> [(channel: String, field: String, extent: [InlineValue])] {
        let tests: [FilterPredicate]
        switch p.initial {
        case .and(let list)?: tests = list
        case let t?: tests = [t]
        case nil: tests = []
        }
        var unused = p.intervals.keys.sorted()
        var out: [(String, String, [InlineValue])] = []
        for t in tests {
            guard case .range(let field, let lo, let hi) = t else { continue }
            let extent = [lo ?? .null, hi ?? .null]
            guard let i = unused.firstIndex(where: { p.intervals[$0] == extent }) else { continue }
            out.append((unused[i], field, extent))
            unused.remove(at: i)
        }
        return out
    }
}

extension VegaLiteEncoder {
    /// One entry of `params`.
    func param(_ p: ParamSpec) -> ChartValue {
        var o = ObjectMembers()
        o.add("name", p.name)
        guard let type = p.selection else {
            o.add("value", p.value.map(inline))
            o.add("expr", p.expr)
            return o.value
        }
        switch type {
        case .interval:
            let extents = ParamPlacement.extents(p)
            let channels = extents.map(\.channel)
            if channels.allSatisfy({ $0 == "x" || $0 == "y" }) {
                o.add("select", "interval")
            } else {
                o.add("select", .object([("type", "interval"), ("encodings", .array(channels.map(ChartValue.string)))]))
            }
            if !extents.isEmpty {
                o.add("value", .object(extents.map { ($0.channel, .array($0.extent.map(inline))) }))
            }
        case .point:
            // The initial points: `or` of entries, each an `and` of field equalities.
            var entries: [[(String, InlineValue)]] = []
            func entry(_ t: FilterPredicate) -> [(String, InlineValue)] {
                switch t {
                case .equal(let f, let v): return [(f, v)]
                case .and(let list): return list.flatMap(entry)
                default: return []
                }
            }
            switch p.initial {
            case .or(let list)?: entries = list.map(entry)
            case let t?: entries = [entry(t)]
            case nil: break
            }
            var fields: [String] = []
            for e in entries { for (f, _) in e where !fields.contains(f) { fields.append(f) } }
            if fields.isEmpty {
                o.add("select", "point")
            } else {
                o.add("select", .object([("type", "point"), ("fields", .array(fields.map(ChartValue.string)))]))
                o.add("value", .array(entries.map { .object($0.map { ($0.0, inline($0.1)) }) }))
            }
        }
        return o.value
    }
}
