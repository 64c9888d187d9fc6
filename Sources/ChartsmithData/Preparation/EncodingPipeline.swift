import ChartsmithSpec

/// Prepares a table for one view: coerces fields to their encoded types, applies the
/// encoding's time units, bins and aggregates, drops invalid values, and stacks.
///
/// The output carries every channel's ``ChannelDef/outputField``; stacked views also carry
/// `<field>_start` and `<field>_end`.
public enum EncodingPipeline {
    /// Channels whose fields are prepared (position, polar position and the channels that split marks).
    static let dataChannels: [Channel] = [.x, .y, .x2, .y2, .color, .fill, .stroke, .opacity, .strokeDash,
                                          .size, .detail, .order, .xOffset, .yOffset, .text, .strokeWidth,
                                          .fillOpacity, .strokeOpacity, .shape, .theta, .radius]

    /// - Parameter stackPositions: for a stacked area or line whose rows are one facet
    ///   cell's, the positions (values of ``stackPositionFields(_:)``) of the whole faceted
    ///   data: Vega-Lite imputes before its facet splits the data, keyed on every cell's
    ///   positions, so each series is 0 at the positions only other cells have.
    public static func prepare(_ input: Table, view: ViewSemantics, transformed: Bool = false,
                               stackPositions: [[Value]]? = nil) throws -> Table {
        var t = input
        let enc = view.encoding
        let defs: [(Channel, ChannelDef)] = dataChannels.flatMap { ch in (enc.channels[ch] ?? []).map { (ch, $0) } }

        // 1. Coerce fields by use, and compute time units and bins.
        for (ch, d) in defs {
            guard let field = d.field else { continue }
            if d.aggregate == .count || d.aggregate == .distinct || d.aggregate == .valid || d.aggregate == .missing { continue }
            if let arg = d.argField { t = try coerceNumbers(t, field: arg, transformed: transformed) }
            let type = d.effectiveType(for: ch)
            if type == .temporal || d.timeUnit != nil, let store = t.columns {
                t = try ColumnEncoding.dates(field, in: t, store: store, transformed: transformed)
                if let unit = d.timeUnit, let out = d.outputField, out != field, let store = t.columns {
                    t = ColumnTransforms.deriving(out, in: t, store: store) { r in
                        if case .date(let ms) = r[field] { return .date(unit.truncate(ms)) } else { return .null }
                    }
                }
            } else if type == .temporal || d.timeUnit != nil {
                for i in t.rows.indices {
                    let v = t.rows[i][field]
                    if v.isNull { continue }
                    if case .string(let s) = v, s.trimmingCharacters(in: .whitespaces).isEmpty {
                        t.rows[i][field] = .null
                        continue
                    }
                    guard let ms = Coercion.date(v) else {
                        throw DataError(row: transformed ? nil : i + 1, field: field,
                                        message: "\(v) is not a date (the field is encoded as temporal)")
                    }
                    t.rows[i][field] = .date(ms)
                }
                if let unit = d.timeUnit, let out = d.outputField, out != field {
                    t.addField(out)
                    for i in t.rows.indices {
                        if case .date(let ms) = t.rows[i][field] { t.rows[i][out] = .date(unit.truncate(ms)) } else { t.rows[i][out] = .null }
                    }
                }
            } else if type == .quantitative || (d.bin != nil && !d.isContinuous(for: ch)) {
                // (Bins of a field typed ordinal or nominal are computed the same way; the
                // layout then treats each bin as a category.)
                t = try coerceNumbers(t, field: field, transformed: transformed)
                if let b = d.bin, !b.binned, let out = d.outputField {
                    t = try Binning.bin(t, field: field, as: out, spec: b)
                }
            }
        }

        // Sort keys for `sort: {"field": ..., "op": ...}`, computed over the rows before
        // aggregation, as Vega-Lite computes them; the layout reads them from
        // `__sort_<field>` columns.
        var sortKeys: [(String, [Value: Value])] = []
        for (ch, d) in defs {
            guard let key = d.outputField, !d.isContinuous(for: ch) else { continue }
            let sf: String?, agg: AggregateOp
            switch d.sort {
            case .byField(let field, let op, _)?:
                // Vega-Lite's default op: `sum` for a stacked measure (a field that is neither
                // the stack's group nor one of its parts), else `min`.
                let stackedMeasure = view.stack.map { !$0.stackBy.contains(field ?? "") && enc[view.groupChannel]?.field != field } ?? false
                (sf, agg) = (field, op ?? (stackedMeasure ? .sum : .min))
            case .byChannel(let other, _)?:
                // By another channel that aggregates (`"sort": "-y"` on a mean): its op over
                // the rows before aggregation, as Vega-Lite sorts (not over the parts' means).
                guard let och = Channel(rawValue: other), let od = enc[och], let op = od.aggregate,
                      op != .argmin, op != .argmax, od.isContinuous(for: och) else { continue }
                (sf, agg) = (od.field, op)
            default:
                continue
            }
            var map: [Value: Value] = [:]
            for g in Aggregation.group(t.rows, by: [key]) {
                if let sf, !g.rows.isEmpty, g.rows[0].values[sf] == nil, agg != .count {
                    map[g.key[0]] = .null
                } else {
                    map[g.key[0]] = Aggregation.apply(agg, field: sf, rows: g.rows)
                }
            }
            sortKeys.append((sortColumn(key), map))
        }

        let bins = t.bins
        // 2. Aggregate when any channel aggregates.
        let aggregated = defs.filter { $0.1.aggregate != nil }
        if !aggregated.isEmpty {
            var groupby: [String] = []
            for (_, d) in defs where d.aggregate == nil {
                for f in [d.outputField, d.binEndField].compactMap({ $0 }) where !groupby.contains(f) { groupby.append(f) }
            }
            var out = Table(fields: groupby)
            var ops: [(AggregateOp, String?, String)] = []
            var args: [String: String] = [:]  // output name → argmin/argmax field
            for (_, d) in aggregated {
                let name = d.outputField!
                if !ops.contains(where: { $0.2 == name }) { ops.append((d.aggregate!, d.field, name)); out.addField(name) }
                if let a = d.argField { args[name] = a }
            }
            if let store = t.columns, args.isEmpty {
                out.rows = ColumnAggregation.aggregate(store, groupby: groupby, ops: ops)
            } else {
                out.rows = aggregateRows(t.rows, groupby: groupby, ops: ops, args: args)
            }
            t = out
        }

        // Impute (after aggregation, as Vega-Lite): a row for each key a series lacks.
        for (ch, other) in [(Channel.y, Channel.x), (.x, .y)] {
            guard var spec = enc[ch]?.impute, let f = enc[ch]?.outputField, let k = enc[other]?.outputField else { continue }
            spec.field = f
            spec.key = k
            spec.groupby = []
            for gc in [Channel.detail, .color, .fill, .stroke, .opacity, .fillOpacity, .strokeOpacity, .strokeDash, .strokeWidth, .size] {
                for d in enc.channels[gc] ?? [] where d.aggregate == nil {
                    if let g = d.outputField, !spec.groupby.contains(g) { spec.groupby.append(g) }
                }
            }
            t = try Impute.apply(spec, to: t)
            break
        }

        // 3. Invalid values on continuous position channels. By default lines and areas keep
        //    them as breaks (a gap, never an invented value) and other marks drop them;
        //    `invalid: "filter"` drops them everywhere (lines join the valid points); and
        //    `invalid: null` keeps every row, nulls and all: the layout places an invalid
        //    value at zero, or at the domain's smallest value when it leaves zero out
        //    (`RowEncoder.scaledValue`), as Vega-Lite does, while conditions and
        //    expressions still read the null (`datum.b === null`).
        let keepsGaps = [.line, .area].contains(view.mark.type) && view.mark.invalidFilter == nil
        for ch in [Channel.x, .y] {
            guard let d = enc[ch], let f = d.outputField, d.isContinuous(for: ch) else { continue }
            if view.mark.invalidFilter == false { continue }
            if keepsGaps && ch == view.valueChannel { continue }
            if let store = t.columns {
                t = ColumnAggregation.droppingNulls(t, store: store, field: f)
                continue
            }
            t.rows = t.rows.filter { !$0[f].isNull }
        }
        // ... and on continuous colour, size and opacity scales: Vega-Lite's default filter
        // drops a mark whose value is invalid (a heatmap's missing cell is left empty, not
        // coloured as some value); path marks keep theirs, as on position channels.
        if view.mark.invalidFilter != false, ![.line, .area].contains(view.mark.type) {
            for ch in [Channel.color, .fill, .stroke, .size, .opacity, .fillOpacity, .strokeOpacity] {
                guard let d = enc[ch], d.aggregate != .count, let f = d.outputField, d.isContinuous(for: ch) else { continue }
                if let store = t.columns {
                    t = ColumnTransforms.filter(t, store: store) { $0[f].number != nil }
                    continue
                }
                t.rows = t.rows.filter { $0[f].number != nil }
            }
        }

        for (column, map) in sortKeys {
            let key = String(column.dropFirst("__sort_".count))
            if let store = t.columns {
                t = ColumnTransforms.deriving(column, in: t, store: store) { map[$0[key]] ?? .null }
                continue
            }
            t.addField(column)
            for i in t.rows.indices { t.rows[i][column] = map[t.rows[i][key]] ?? .null }
        }

        // 4. Stack.
        if let s = view.stack, let vf = enc[s.channel]?.outputField {
            let groupby = Self.stackGroupby(view)
            // As Vega-Lite imputes for stacked lines and areas: a series missing at a position
            // the others have is 0 there, so the layers above do not bridge its gap. In a
            // facet cell the positions are the whole data's (`stackPositions`), and the cell's
            // rows are a series even with no stack-by field (Vega-Lite groups its impute by
            // the facet fields too).
            if stackPositionFields(view) != nil, !groupby.isEmpty, !s.stackBy.isEmpty || stackPositions != nil {
                t = try Self.zeroFillStackGaps(t, value: vf, positions: groupby, series: s.stackBy,
                                               alsoAt: stackPositions ?? [])
            }
            if let order = s.domainOrder {
                // Vega-Lite 6: `indexof(domain, datum[field])`, strict equality, -1 when absent.
                let domain = order.domain.map(DataLoader.value)
                if let store = t.columns {
                    t = ColumnTransforms.deriving(order.column, in: t, store: store) { r in
                        .number(Double(domain.firstIndex(of: r[order.field]) ?? -1))
                    }
                } else {
                    t.addField(order.column)
                    for i in t.rows.indices {
                        t.rows[i][order.column] = .number(Double(domain.firstIndex(of: t.rows[i][order.field]) ?? -1))
                    }
                }
            }
            t = Stacking.stack(t, field: vf, groupby: groupby, sort: s.sort, offset: s.offset)
        }
        t.bins = bins
        return t
    }

    /// The fields a stack groups by: its position (the other position channel's field, and a
    /// bin's end), an offset band, or a polar stack's radius or theta.
    static func stackGroupby(_ view: ViewSemantics) -> [String] {
        guard let s = view.stack, let vf = view.encoding[s.channel]?.outputField else { return [] }
        let enc = view.encoding
        var groupby: [String] = []
        let other: Channel = s.channel == .y ? .x : .y
        // A polar stack (theta) is not grouped by a position.
        if s.channel != .theta, let g = enc[other] {
            for f in [g.outputField, g.binEndField].compactMap({ $0 }) { groupby.append(f) }
        }
        // Grouped stacks: each offset band stacks on its own.
        if s.channel != .theta, let o = enc[other == .x ? .xOffset : .yOffset], let f = o.outputField, !groupby.contains(f) { groupby.append(f) }
        // Vega-Lite groups a polar stack by its dimension, the radius field, unless that is
        // the stacked field itself (a radial plot): each radius value is a stack of its own.
        if s.channel == .theta, let f = enc[.radius]?.outputField, f != vf, enc[.radius]?.field != enc[.theta]?.field { groupby.append(f) }
        // A radius stack (arcs on a discrete theta) stacks within each theta category.
        if s.channel == .radius, let f = enc[.theta]?.outputField { groupby.append(f) }
        return groupby
    }

    /// The position fields a stacked area or line is imputed over (Vega-Lite's impute key),
    /// or nil for a view that is not one: the fields whose values a facet gathers from all
    /// its cells for ``prepare(_:view:transformed:stackPositions:)``.
    public static func stackPositionFields(_ view: ViewSemantics) -> [String]? {
        guard view.stack != nil, view.mark.type == .area || view.mark.type == .line else { return nil }
        let groupby = stackGroupby(view)
        return groupby.isEmpty ? nil : groupby
    }

    /// Rows of 0 for every (series, position) pair the data lacks, series and positions
    /// each in first-seen order (then the positions of `alsoAt` the data lacks, in their
    /// order): Vega-Lite's `impute` with value 0 before a path stack.
    /// The rows it would make are checked against `budget` before any is built.
    static func zeroFillStackGaps(_ table: Table, value: String, positions: [String], series: [String],
                                  alsoAt: [[Value]] = [], budget: DataBudget = .current) throws -> Table {
        var positionKeys: [[Value]] = [], seriesKeys: [[Value]] = []
        var seenPositions = Set<[Value]>(), seenSeries = Set<[Value]>(), present = Set<[Value]>()
        for r in table.rows {
            let p = positions.map { r[$0] }, s = series.map { r[$0] }
            if seenPositions.insert(p).inserted { positionKeys.append(p) }
            if seenSeries.insert(s).inserted { seriesKeys.append(s) }
            present.insert(s + p)
        }
        for p in alsoAt where p.count == positions.count && seenPositions.insert(p).inserted { positionKeys.append(p) }
        let total = DataBudget.sum(table.rowCount, DataBudget.product(seriesKeys.count, positionKeys.count) - present.count)
        try budget.check("stack (\(DataBudget.grouped(seriesKeys.count)) series × \(DataBudget.grouped(positionKeys.count))"
                         + " positions)", rows: total, fields: table.fields.count)
        if let store = table.columns {
            let missing = seriesKeys.flatMap { s in positionKeys.filter { !present.contains(s + $0) }.map { (series: s, position: $0) } }
            return ColumnEncoding.appendingZeros(missing, series: series, positions: positions, value: value, to: table, store: store)
        }
        var t = table
        for s in seriesKeys {
            for p in positionKeys where !present.contains(s + p) {
                var row = Row()
                for (f, v) in zip(series, s) { row[f] = v }
                for (f, v) in zip(positions, p) { row[f] = v }
                row[value] = .number(0)
                t.rows.append(row)
            }
        }
        return t
    }

    /// One row per group of `rows` (by `groupby`, first-seen order): the group's key and
    /// each `(op, field, output name)`; `args` names the `by` field of argmin/argmax outputs.
    static func aggregateRows(_ rows: [Row], groupby: [String], ops: [(AggregateOp, String?, String)],
                              args: [String: String]) -> [Row] {
        Aggregation.group(rows, by: groupby).map { g in
            var r = Row()
            for (k, f) in groupby.enumerated() { r[f] = g.key[k] }
            for (op, f, name) in ops {
                if let a = args[name] {
                    r[name] = Aggregation.arg(op, by: a, field: f, rows: g.rows)
                } else {
                    r[name] = Aggregation.apply(op, field: f, rows: g.rows)
                }
            }
            return r
        }
    }

    /// The column that carries a discrete field's `sort: {field, op}` key.
    public static func sortColumn(_ field: String) -> String { "__sort_" + field }

    /// Strings Vega's number parsing reads as missing rather than as a mistake.
    public static let missingMarkers: Set<String> = ["NA", "N/A", "NaN", "nan", "null", "NULL", "None", "n/a", "na", "-", "."]

    /// Numbers for a quantitative field: numeric strings parsed, blanks and missing markers
    /// null; any other text is an error naming the row.
    static func coerceNumbers(_ table: Table, field: String, transformed: Bool) throws -> Table {
        if let store = table.columns {
            guard let c = store.column(field) else { return table }
            let coerced = try ColumnCoercion.numbers(c, count: store.count, field: field, transformed: transformed)
            return Table(fields: table.fields, columns: store.replacing(field, with: coerced), bins: table.bins)
        }
        var t = table
        for i in t.rows.indices {
            let v = t.rows[i][field]
            switch v {
            case .number, .null: continue
            case .string(let s):
                let trimmed = s.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || missingMarkers.contains(trimmed) { t.rows[i][field] = .null; continue }
                guard let n = v.number else {
                    throw DataError(row: transformed ? nil : i + 1, field: field,
                                    message: "\(v) is not a number (the field is encoded as quantitative)")
                }
                t.rows[i][field] = .number(n)
            default:
                guard let n = v.number else { t.rows[i][field] = .null; continue }
                t.rows[i][field] = .number(n)
            }
        }
        return t
    }
}

import Foundation
