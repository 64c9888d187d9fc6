import ChartsmithSpec
import Foundation

/// One view ready for layout: Vega-Lite's compile decisions and its prepared rows.
public struct PreparedView: Sendable {
    public var semantics: ViewSemantics
    public var table: Table
    /// How many rows the view had after its transforms, before the encoding's own
    /// aggregation and its filtering of invalid values (so an empty view can tell no data
    /// from data whose values are all missing).
    public var transformedRowCount: Int

    public init(semantics: ViewSemantics, table: Table, transformedRowCount: Int? = nil) {
        self.semantics = semantics
        self.table = table
        self.transformedRowCount = transformedRowCount ?? table.rowCount
    }

    /// The view's mark, as its semantics resolved it.
    public var mark: MarkSpec { semantics.mark }
    /// The view's encoding channels, inherited from the spec where a layer sets none.
    public var encoding: Encoding { semantics.encoding }
}

/// The data stage for a whole spec: loads each view's data once, parses the fields the
/// encodings use (numbers for quantitative fields, dates for temporal ones) at the source
/// as Vega-Lite does, applies the transforms, then the encoding pipeline.
public enum ViewPreparation {
    /// Prepares the views of a spec: the spec itself, or each of its layers (which inherit
    /// the spec's data, transforms and encoding channels they do not set).
    ///
    /// - Parameter source: rows for the views that take the spec's data when the spec has
    ///   none of its own (a facet's group, split from the figure's data).
    /// - Parameter stackPositions: by view index, the positions a stacked area or line of
    ///   `source` is imputed at besides its own (the whole facet's, as Vega-Lite imputes
    ///   before its facet splits the data).
    public static func prepare(_ spec: ChartSpec, loader: DataLoader, source: Table? = nil,
                               stackPositions: [Int: [[Value]]] = [:]) throws -> [PreparedView] {
        struct Plan {
            var data: DataSpec?
            var transforms: [Transform]
            var mark: MarkSpec
            var encoding: Encoding
            var layer: Int?
        }
        var plans: [Plan] = []
        if let mark = spec.mark {
            plans.append(Plan(data: spec.data, transforms: spec.transforms, mark: mark, encoding: spec.encoding, layer: nil))
        } else {
            for (i, layer) in spec.layers.enumerated() {
                if let d = layer.data {
                    plans.append(Plan(data: d, transforms: layer.transforms, mark: layer.mark,
                                      encoding: layer.encoding.inheriting(from: spec.encoding), layer: i))
                } else {
                    plans.append(Plan(data: spec.data, transforms: spec.transforms + layer.transforms, mark: layer.mark,
                                      encoding: layer.encoding.inheriting(from: spec.encoding), layer: i))
                }
            }
        }
        var cache: [DataSpec: Table] = [:]
        var views: [PreparedView] = []
        for (index, plan) in plans.enumerated() {
            let sem = ViewSemantics(mark: plan.mark, encoding: plan.encoding, vegaLiteMajorVersion: spec.vegaLiteMajorVersion)
            var table: Table
            if let d = plan.data {
                if let t = cache[d] { table = t } else {
                    table = try loader.load(d)
                    cache[d] = table
                    // An empty source draws the "No data" chart, with a warning naming it.
                    if let w = DataLoader.emptyDataWarning(for: d, table: table, layer: d == spec.data ? nil : plan.layer) {
                        DataWarnings.current?.add(w)
                    }
                }
                // A misspelt field is an error naming it, not an empty chart.
                try DataLoader.checkFields(encoding: plan.encoding, transforms: plan.transforms, source: table,
                                           key: plan.layer.map { "layer[\($0)]." } ?? "")
            } else if let source {
                table = source
                try DataLoader.checkFields(encoding: plan.encoding, transforms: plan.transforms, source: table,
                                           key: plan.layer.map { "layer[\($0)]." } ?? "")
            } else if plan.encoding.channels.values.allSatisfy({ $0.allSatisfy { $0.field == nil && $0.aggregate == nil } }) {
                // Only constants (a rule at a datum): one empty row to draw from.
                table = Table(rows: [Row()])
            } else {
                throw DataError(message: plan.layer.map { "layer[\($0)] has no data and the spec has none to share" }
                                    ?? "the spec has no data")
            }
            table = try parseAtSource(table, encoding: plan.encoding, transforms: plan.transforms)
            do {
                table = try Transforms.apply(plan.transforms, to: table,
                                             lookups: try lookupTables(plan.transforms, loader: loader, cache: &cache))
            } catch var e as DataError {
                if let l = plan.layer, plan.data == spec.data { e.message = "layer[\(l)]: " + e.message }
                throw e
            }
            do {
                let positions = plan.data == nil && source != nil ? stackPositions[index] : nil
                views.append(PreparedView(semantics: sem, table: try EncodingPipeline.prepare(table, view: sem,
                                                                                             transformed: !plan.transforms.isEmpty,
                                                                                             stackPositions: positions),
                                          transformedRowCount: table.rowCount))
            } catch var e as DataError {
                // A bad cell of a CSV or TSV file: name the file and the cell's line (the
                // header is line 1), as the file's own parse errors do.
                if e.file == nil, let row = e.row, case .url(let path, let format)? = plan.data,
                   (format?.type ?? DataLoader.inferType(path)) != .json {
                    e.file = path
                    e.row = row + 1
                }
                throw e
            }
        }
        return views
    }

    /// The secondary data of every `lookup` transform, loaded once each, with its key and
    /// fields checked.
    static func lookupTables(_ transforms: [Transform], loader: DataLoader, cache: inout [DataSpec: Table]) throws -> [DataSpec: Table] {
        var tables: [DataSpec: Table] = [:]
        for (i, t) in transforms.enumerated() {
            guard case .lookup(let l) = t else { continue }
            let table: Table
            if let cached = cache[l.from] { table = cached } else {
                do { table = try loader.load(l.from) } catch var e as DataError {
                    e.message = "transform[\(i)].from.data: " + e.message
                    throw e
                }
                cache[l.from] = table
            }
            if !table.isEmpty {
                for (key, name) in [("key", l.key)] + l.fields.map({ ("fields", $0) }) where !table.fields.contains(name) {
                    throw DataError(message: "transform[\(i)].from.\(key): no field \"\(name)\" in the lookup data"
                                    + (Suggest.closest(to: name, in: table.fields).map { "; did you mean \"\($0)\"?" } ?? "")
                                    + " (fields: \(table.fields.prefix(12).joined(separator: ", ")))")
                }
            }
            tables[l.from] = table
        }
        return tables
    }

    /// Vega-Lite's implicit parse: fields of the source that an encoding reads as
    /// quantitative become numbers and those it reads as temporal become dates, before any
    /// transform sees them (so `datum.price > 100` compares numbers in a CSV). Fields a
    /// transform creates are left alone; text that is not a number or date is left for the
    /// encoding stage to report. Numbers with comma thousands separators (`"1,234"`, as
    /// spreadsheets export them) are read as numbers.
    static func parseAtSource(_ table: Table, encoding: Encoding, transforms: [Transform]) throws -> Table {
        var derived = Set<String>()
        for t in transforms {
            switch t {
            case .calculate(_, let name): derived.insert(name)
            case .fold(_, let k, let v): derived.formUnion([k, v])
            case .aggregate(let ops, _), .joinaggregate(let ops, _): derived.formUnion(ops.map(\.outputName))
            case .window(let ops, _, _, _): derived.formUnion(ops.map(\.outputName))
            case .timeUnit(_, _, let name): derived.insert(name)
            case .bin(_, _, let a, let b): derived.formUnion([a, b])
            case .stack(_, _, _, _, let a, let b): derived.formUnion([a, b])
            case .filter: break
            // Pivot fields are named by data values; what they hold is aggregated already.
            case .pivot: break
            case .density(let d): derived.formUnion([d.valueAs, d.densityAs])
            case .lookup(let l): derived.formUnion(l.names ?? l.fields)
            // Fits name their output after their source fields by default (`on`, the y field),
            // which should still be read as numbers or dates at the source: the fits read
            // them that way, and what they write is numbers already.
            case .regression, .loess, .quantile, .flatten, .sample, .extent: break
            }
        }
        let source = Set(table.fields)
        var numbers = Set<String>(), dates = Set<String>()
        for (ch, defs) in encoding.channels {
            for d in defs {
                guard let f = d.field, source.contains(f), !derived.contains(f) else { continue }
                if d.aggregate == .count || d.aggregate == .distinct || d.aggregate == .valid || d.aggregate == .missing { continue }
                switch d.effectiveType(for: ch) {
                case .quantitative: numbers.insert(f)
                case .temporal: dates.insert(f)
                default: if d.timeUnit != nil { dates.insert(f) }
                }
            }
        }
        guard !numbers.isEmpty || !dates.isEmpty else { return table }
        if var store = table.columns {
            for f in numbers { if let c = store.column(f) { store = store.replacing(f, with: ColumnCoercion.sourceNumbers(c, count: store.count)) } }
            for f in dates { if let c = store.column(f) { store = store.replacing(f, with: ColumnCoercion.sourceDates(c, count: store.count)) } }
            return Table(fields: table.fields, columns: store)
        }
        var t = table
        for i in t.rows.indices {
            for f in numbers {
                if case .string(let s) = t.rows[i][f] {
                    let trimmed = s.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty || EncodingPipeline.missingMarkers.contains(trimmed) { t.rows[i][f] = .null }
                    else if let n = Value.parseNumber(trimmed) ?? Value.parseGroupedNumber(trimmed) { t.rows[i][f] = .number(n) }
                }
            }
            for f in dates {
                switch t.rows[i][f] {
                case .string(let s):
                    if s.trimmingCharacters(in: .whitespaces).isEmpty { t.rows[i][f] = .null }
                    else if let ms = Coercion.date(.string(s)) { t.rows[i][f] = .date(ms) }
                case .number(let n): t.rows[i][f] = .date(n)
                default: break
                }
            }
        }
        return t
    }
}
