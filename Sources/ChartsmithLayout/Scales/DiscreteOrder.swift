import ChartsmithData
import ChartsmithSpec

/// Orders the values of a discrete channel as Vega-Lite's `sort` asks.
enum DiscreteOrder {
    /// The distinct values of `field` over the rows of every view that encodes it on
    /// `channel`, in first-seen order. A null is
    /// a category of its own, as in Vega-Lite (its band reads "null"); a NaN is not.
    static func distinctValues(of field: String, on channel: Channel, in views: [PreparedView]) -> [Value] {
        var seen = Set<Value>()
        var values: [Value] = []
        // Only views that encode the field on the channel: another layer's rows lack it.
        for v in views where v.table.fields.contains(field)
            && (v.encoding.channels[channel] ?? []).contains(where: { $0.outputField == field }) {
            for x in distinctValues(of: field, in: v.table) where isCategory(x) {
                if seen.insert(x).inserted { values.append(x) }
            }
        }
        return values
    }

    /// The distinct values of every field `views` map to `channel` (each view its own), in
    /// first-seen order: the domain of a discrete scale shared by views of different fields.
    static func distinctValues(on channel: Channel, in views: [PreparedView]) -> [Value] {
        var seen = Set<Value>()
        return fields(on: channel, in: views).flatMap { distinctValues(of: $0, on: channel, in: views) }.filter { seen.insert($0).inserted }
    }

    /// The fields `views` map to `channel`, each once, in order.
    static func fields(on channel: Channel, in views: [PreparedView]) -> [String] {
        views.reduce(into: []) { fs, v in if let f = v.encoding[channel]?.outputField, !fs.contains(f) { fs.append(f) } }
    }

    /// The distinct values of `field` in one table, in first-seen order: from the columns
    /// of a columnar table (no value hashed per row), else from the rows.
    static func distinctValues(of field: String, in table: Table) -> [Value] {
        if let values = table.distinctValues(of: field) { return values }
        var seen = Set<Value>()
        var values: [Value] = []
        for r in table.rows where seen.insert(r[field]).inserted { values.append(r[field]) }
        return values
    }

    /// Whether a value names a category of a discrete scale: any value but NaN (a null is
    /// the "null" category, as Vega-Lite keeps it in a band or ordinal scale's domain).
    static func isCategory(_ v: Value) -> Bool {
        v == .null || !v.isNull
    }

    /// Vega's ascending order for a discrete domain (vega-util's `ascending`): null first,
    /// then as ``valueLess`` orders the rest.
    static func ascending(_ a: Value, _ b: Value) -> Bool { vegaAscending(a, b) }

    /// The values in the order `sort` asks, after a `scale.domain` `{"unionWith": [...]}`
    /// puts its values in front of the data's (so `sort: null` keeps them first, as Vega's
    /// unsorted union of the two lists does).
    static func sort(_ values: [Value], channel: Channel, def: ChannelDef, views: [PreparedView]) -> [Value] {
        let values = def.scale?.domainUnion.map { union($0, values) } ?? values
        let sort = def.sort ?? .ascending
        switch sort {
        case .none:
            return values
        case .ascending:
            return values.sorted(by: ascending)
        case .descending:
            return values.sorted { ascending($1, $0) }
        case .values(let order):
            let wanted = order.map { Value.from($0) }
            var rank: [String: Int] = [:]
            for (i, w) in wanted.enumerated() where rank[w.text] == nil { rank[w.text] = i }
            let listed = values.filter { rank[$0.text] != nil }.sorted { rank[$0.text]! < rank[$1.text]! }
            let rest = values.filter { rank[$0.text] == nil }
            return listed + rest
        case .byChannel(let other, let descending):
            guard let ch = Channel(rawValue: other) else { return values }
            let unsorted = descending ? values.sorted { ascending($1, $0) } : values.sorted(by: ascending)
            guard let od = views.lazy.compactMap({ $0.encoding[ch] }).first else { return unsorted }
            // An unaggregated channel (or an argmin/argmax one, read as its output field)
            // sorts by Vega-Lite's default op over every row of each value, all views and
            // facet cells together: `min` (DEFAULT_SORT_OP), or `sum` where the channel's
            // field is a stacked measure (domain.ts' normalizeSortField).
            guard let op = od.aggregate, op != .argmin, op != .argmax else {
                let stacked = views.contains { isStackedMeasure(od.field, in: $0) }
                return byOp(values, op: stacked ? .sum : .min, other: ch, channel: channel, def: def, views: views,
                            descending: descending) ?? unsorted
            }
            // Sorting by an aggregated channel applies its op (a median's median, a mean's
            // mean) over every row of the value, across layers and facet cells, as Vega-Lite
            // sorts the shared domain; not a sum of each cell's values.
            // One view: the key the data stage computed over its rows before aggregating
            // (exact for every op); several views (layers, facet cells) combine their rows.
            if views.count == 1, let key = def.outputField, views[0].table.fields.contains(EncodingPipeline.sortColumn(key)),
               let ordered = byAggregate(values, channel: channel, def: def, views: views, descending: descending,
                                         combine: { a, _ in a }, measure: { _, rows in rows.first?[EncodingPipeline.sortColumn(key)].number }) {
                return ordered
            }
            if [.median, .mean, .average, .min, .max].contains(op), od.isContinuous(for: ch),
               let ordered = byOp(values, op: op, other: ch, channel: channel, def: def, views: views, descending: descending) {
                return ordered
            }
            return byAggregate(values, channel: channel, def: def, views: views, descending: descending) { view, rows in
                guard let od = view.encoding[ch], let f = od.outputField else { return nil }
                if od.isContinuous(for: ch) {
                    return rows.reduce(0.0) { $0 + ($1[f].number ?? 0) }
                }
                return nil
            } ?? unsorted
        case .byField(let field, let op, let descending):
            // The key the data stage computed before aggregating, when it did.
            if let key = def.outputField {
                let column = EncodingPipeline.sortColumn(key)
                if views.contains(where: { $0.table.fields.contains(column) }) {
                    // Each view (facet cell, layer) computed its own key: a min over the
                    // cells is their least, a max their greatest, a sum or count their sum.
                    let agg = op ?? (views.contains { isStackedMeasure(field, in: $0) } ? .sum : .min)
                    let combine: (Double, Double) -> Double = agg == .min ? { Swift.min($0, $1) } : agg == .max ? { Swift.max($0, $1) } : { $0 + $1 }
                    return byAggregate(values, channel: channel, def: def, views: views, descending: descending,
                                       combine: combine) { _, rows in
                        rows.first?[column].number
                    } ?? values
                }
            }
            return byAggregate(values, channel: channel, def: def, views: views, descending: descending) { _, rows in
                Aggregation.apply(op ?? .sum, field: field, rows: rows).number
            } ?? values
        }
    }

    /// Whether `field` is the measure a view stacks (Vega-Lite's `isStackedMeasure`: the
    /// view stacks and the field is neither its stack's group nor one of its parts).
    static func isStackedMeasure(_ field: String?, in view: PreparedView) -> Bool {
        guard let stack = view.semantics.stack, let field else { return false }
        return !stack.stackBy.contains(field) && view.encoding[view.semantics.groupChannel]?.field != field
    }

    /// `extra` (dates as their milliseconds) followed by the values not among them.
    static func union(_ extra: [InlineValue], _ values: [Value]) -> [Value] {
        var seen = Set<Value>()
        var out: [Value] = []
        for v in extra.map({ Value.from($0) }) + values where seen.insert(v).inserted { out.append(v) }
        return out
    }

    /// Sorts by `op` over the other channel's values of every row that carries each value,
    /// all views together; nil if no view gives numbers.
    static func byOp(_ values: [Value], op: AggregateOp, other: Channel, channel: Channel, def: ChannelDef,
                     views: [PreparedView], descending: Bool) -> [Value]? {
        guard let f = def.outputField else { return nil }
        var rows: [Value: [Row]] = [:]
        var field: String?
        for v in views {
            guard v.encoding[channel]?.outputField == f, let of = v.encoding[other]?.outputField else { continue }
            field = field ?? of
            for r in v.table.rows { rows[r[f], default: []].append(Row(["_sortValue": r[of]])) }
        }
        guard field != nil, !rows.isEmpty else { return nil }
        var keys: [Value: Double] = [:]
        for (k, rs) in rows { if let m = Aggregation.apply(op, field: "_sortValue", rows: rs).number { keys[k] = m } }
        guard !keys.isEmpty else { return nil }
        return sorted(values, by: keys, descending: descending)
    }

    /// Sorts by a number computed per value from the rows that carry it, the views' numbers
    /// for one value joined by `combine` (added by default); nil if no view gives numbers.
    static func byAggregate(_ values: [Value], channel: Channel, def: ChannelDef, views: [PreparedView],
                            descending: Bool, combine: (Double, Double) -> Double = { $0 + $1 },
                            measure: (PreparedView, [Row]) -> Double?) -> [Value]? {
        guard let f = def.outputField else { return nil }
        var keys: [Value: Double] = [:]
        for v in views {
            guard v.encoding[channel]?.outputField == f else { continue }
            for g in Aggregation.group(v.table.rows, by: [f]) {
                if let m = measure(v, g.rows) { keys[g.key[0]] = keys[g.key[0]].map { combine($0, m) } ?? m }
            }
        }
        guard !keys.isEmpty else { return nil }
        return sorted(values, by: keys, descending: descending)
    }

    /// `values` in the order of their keys (a value without one counts as 0), ties kept in
    /// their given order.
    static func sorted(_ values: [Value], by keys: [Value: Double], descending: Bool) -> [Value] {
        return values.enumerated().sorted { a, b in
            let ka = keys[a.element] ?? 0, kb = keys[b.element] ?? 0
            if ka != kb { return descending ? ka > kb : ka < kb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
