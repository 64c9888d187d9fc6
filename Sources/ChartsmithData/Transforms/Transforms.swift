import ChartsmithSpec

/// Applies the spec's `transform` list to a table, in order, as Vega-Lite does.
public enum Transforms {
    /// Applies `transforms` in order; `lookups` holds the loaded secondary data of every
    /// `lookup` transform, by its `from` data.
    ///
    /// Each transform's output is checked against `budget` (rows, and cells = rows × fields)
    /// before it is allocated, so that one that multiplies the data fails at once.
    public static func apply(_ transforms: [Transform], to table: Table, lookups: [DataSpec: Table] = [:],
                             budget: DataBudget = .current) throws -> Table {
        var t = table
        var params = ExtentParams()
        for (i, tr) in transforms.enumerated() {
            let tr = params.resolve(tr)
            do {
                if case .extent(let field, let param) = tr {
                    params.set(param, field: field, over: t)
                    continue
                }
                if case .lookup(let spec) = tr {
                    guard let secondary = lookups[spec.from] else {
                        throw DataError(message: "the lookup's data was not loaded")
                    }
                    try budget.check("lookup", rows: t.rowCount, fields: t.fields.count + (spec.names ?? spec.fields).count)
                    t = Lookup.apply(spec, to: t, from: secondary)
                    continue
                }
                t = try apply(tr, to: t, budget: budget)
            } catch let e as ExpressionError {
                throw DataError(message: "transform[\(i)]: \(e)")
            } catch var e as DataError {
                e.message = "transform[\(i)]: " + e.message
                throw e
            }
        }
        return t
    }

    static func apply(_ tr: Transform, to table: Table, budget: DataBudget) throws -> Table {
        var t = table
        switch tr {
        case .filter(let p):
            let test = try RowPredicate(p, seeded: true)
            if let store = t.columns {
                return ColumnTransforms.filter(t, store: store) { test.matches($0) }
            }
            t.rows = t.rows.filter { test.matches($0) }
        case .calculate(let source, let name):
            let e = try Expression(source, randomSeed: "calculate \(name) \(source)")
            try budget.check("calculate", rows: t.rowCount, fields: t.fields.count + 1)
            // An object or array result also gives its members, under field paths (`o.n`).
            var nested = false
            func cell(_ r: Row) -> Value {
                let v = e.value(r)
                if v.isNested { nested = true }
                return v.value
            }
            if let store = t.columns {
                let out = ColumnTransforms.deriving(name, in: t, store: store, cell)
                return nested ? CalculatedMembers.adding(e, as: name, to: out) : out
            }
            t.addField(name)
            for i in t.rows.indices { t.rows[i][name] = cell(t.rows[i]) }
            if nested { t = CalculatedMembers.adding(e, as: name, to: t) }
        case .fold(let fields, let keyAs, let valueAs):
            var out = Table(fields: t.fields + [keyAs, valueAs])
            let count = DataBudget.product(t.rowCount, fields.count)
            try budget.check("fold", rows: count, fields: out.fields.count)
            if let store = t.columns {
                return ColumnReshaping.fold(t, store: store, fields: fields, keyAs: keyAs, valueAs: valueAs)
            }
            out.rows.reserveCapacity(count)
            for r in t.rows {
                for f in fields {
                    var n = r
                    n[keyAs] = .string(f)
                    n[valueAs] = r[f]
                    out.rows.append(n)
                }
            }
            t = out
        case .aggregate(let ops, let groupby):
            if let store = t.columns, let out = try ColumnReshaping.aggregate(store, ops: ops, groupby: groupby, budget: budget) {
                return out
            }
            return try ArgAggregation.aggregate(t, ops: ops, groupby: groupby, budget: budget)
        case .joinaggregate(let ops, let groupby):
            let argOps = ops.filter(ArgAggregation.isArg).count
            try budget.check("joinaggregate", rows: t.rowCount,
                             fields: DataBudget.sum(t.fields.count + ops.count, DataBudget.product(argOps, t.fields.count)))
            // argmin/argmax of a field give the whole row (its fields as members).
            if argOps == 0, let store = t.columns {
                return ColumnReshaping.joinaggregate(t, store: store, ops: ops, groupby: groupby)
            }
            return ArgAggregation.joinaggregate(t, ops: ops, groupby: groupby)
        case .window(let ops, _, let groupby, _) where ops.count == 1 && ops[0].impute != nil:
            var spec = ops[0].impute!
            spec.groupby = groupby
            t = try Impute.apply(spec, to: t, budget: budget)
        case .window(let ops, let sort, let groupby, let frame):
            try budget.check("window", rows: t.rowCount, fields: t.fields.count + ops.count)
            t = try Window.apply(ops: ops, sort: sort, groupby: groupby, frame: frame, to: t)
        case .timeUnit(let unit, let field, let name):
            try budget.check("timeUnit", rows: t.rowCount, fields: t.fields.count + 1)
            if let store = t.columns {
                return ColumnTransforms.deriving(name, in: t, store: store) { r in
                    Coercion.date(r[field]).map { .date(unit.truncate($0)) } ?? .null
                }
            }
            t.addField(name)
            for i in t.rows.indices {
                t.rows[i][name] = Coercion.date(t.rows[i][field]).map { .date(unit.truncate($0)) } ?? .null
            }
        case .bin(let spec, let field, let start, let end):
            try budget.check("bin", rows: t.rowCount, fields: t.fields.count + 2)
            t = ColumnTransforms.numbersFromText(field, in: t)
            t = try Binning.bin(t, field: field, as: start, end: end, spec: spec)
        case .density(let spec):
            return try Density.apply(spec, to: t, budget: budget)
        case .regression(let spec):
            return try Regression.apply(spec, to: t, budget: budget)
        case .loess(let spec):
            return try Loess.apply(spec, to: t, budget: budget)
        case .quantile(let spec):
            return try Quantile.apply(spec, to: t, budget: budget)
        case .flatten(let fields, let names):
            return try Flatten.apply(fields: fields, as: names, to: t, budget: budget)
        case .extent:
            // Sets a parameter (``ExtentParams``, in the list's loop) and leaves the rows.
            break
        case .sample(let size):
            return try Sample.apply(size: size, to: t, budget: budget)
        case .lookup:
            return t  // Applied with its secondary data by `apply(_:to:lookups:)`.
        case .pivot(let p):
            t = try Pivot.apply(p, to: t, budget: budget)
        case .stack(let field, let groupby, let offset, let sort, let start, let end):
            try budget.check("stack", rows: t.rowCount, fields: t.fields.count + 2)
            t = ColumnTransforms.numbersFromText(field, in: t)
            t = Stacking.stack(t, field: field, groupby: groupby, sort: sort.map { ($0.field, $0.descending) },
                               offset: offset, start: start, end: end)
        }
        return t
    }
}

/// A compiled `filter` predicate (also a channel condition's `test`).
public struct RowPredicate: Sendable {
    let test: @Sendable (Row) -> Bool

    /// - Parameter seeded: whether `random()` and Vega's sampling functions may appear in
    ///   an expression (a `filter` transform's, not a channel condition's), drawn from a
    ///   generator seeded by the expression (``ExpressionRandom``).
    public init(_ p: FilterPredicate, seeded: Bool = false) throws {
        test = try Self.compile(p, unit: nil, seeded: seeded)
    }

    public func matches(_ r: Row) -> Bool { test(r) }

    /// The value of a predicate constant for comparison: with a time unit (or a date-time
    /// object) a timestamp, else the value itself.
    static func constant(_ v: InlineValue, unit: TimeUnit?) -> Value {
        if let ms = DateTimeObject.milliseconds(v) { return .date(unit.map { $0.truncate(ms) } ?? ms) }
        guard let unit else { return DataLoader.value(v) }
        switch v {
        case .number(let n) where unit.components.count == 1:
            // A number with a single time unit is a value of that unit: {"timeUnit": "year", "equal": 2006}.
            // Its key in a date-time object; `week` and `dayofyear` have none.
            let key = unit.components[0].rawValue
            guard DateTimeObject.keys.contains(key) else { return .number(n) }
            let ms = DateTimeObject.milliseconds(.object([key: .number(n)], keys: [key])) ?? n
            return .date(unit.truncate(ms))
        case .string(let s):
            return Coercion.date(.string(s)).map { .date(unit.truncate($0)) } ?? .string(s)
        default:
            return DataLoader.value(v)
        }
    }

    /// The row's value of a field, floored to the time unit when there is one.
    static func read(_ r: Row, _ f: String, unit: TimeUnit?, asDate: Bool) -> Value {
        let x = r[f]
        if let unit { return Coercion.date(x).map { .date(unit.truncate($0)) } ?? .null }
        if asDate, case .string = x { return Coercion.date(x).map(Value.date) ?? x }
        return x
    }

    static func equal(_ x: Value, _ t: Value) -> Bool {
        if let a = x.number, let b = t.number, !(x.isString && t.isString) { return a == b }
        return x.text == t.text
    }

    static func compare(_ x: Value, _ t: Value) -> Double? {
        if let a = x.number, let b = t.number { return a - b }
        if x.isString && t.isString { return x.text < t.text ? -1 : x.text == t.text ? 0 : 1 }
        return nil
    }

    static func compile(_ p: FilterPredicate, unit: TimeUnit?, seeded: Bool) throws -> @Sendable (Row) -> Bool {
        func isDate(_ v: InlineValue?) -> Bool { v.map(DateTimeObject.isDateTime) ?? false }
        switch p {
        case .expression(let s):
            let e = try Expression(s, randomSeed: seeded ? "filter \(s)" : nil)
            return { e.isTruthy($0) }
        case .timeUnit(let u, let inner):
            return try compile(inner, unit: u, seeded: seeded)
        case .equal(let f, let v):
            let target = constant(v, unit: unit)
            let asDate = isDate(v)
            return { r in equal(read(r, f, unit: unit, asDate: asDate), target) }
        case .oneOf(let f, let vs):
            let targets = vs.map { constant($0, unit: unit) }
            let asDate = vs.contains(where: isDate)
            let index = OneOfTargets(targets)
            return { r in index.contains(read(r, f, unit: unit, asDate: asDate)) }
        case .range(let f, let lo, let hi):
            let a = lo.map { constant($0, unit: unit) }, b = hi.map { constant($0, unit: unit) }
            let asDate = isDate(lo) || isDate(hi)
            return { r in
                let x = read(r, f, unit: unit, asDate: asDate)
                if x.isNull { return false }
                if let a, (compare(x, a).map { $0 < 0 } ?? true) { return false }
                if let b, (compare(x, b).map { $0 > 0 } ?? true) { return false }
                return true
            }
        case .lt(let f, let v), .lte(let f, let v), .gt(let f, let v), .gte(let f, let v):
            let target = constant(v, unit: unit)
            let asDate = isDate(v)
            let ok: @Sendable (Double) -> Bool
            switch p {
            case .lt: ok = { $0 < 0 }
            case .lte: ok = { $0 <= 0 }
            case .gt: ok = { $0 > 0 }
            default: ok = { $0 >= 0 }
            }
            return { r in
                let x = read(r, f, unit: unit, asDate: asDate)
                if x.isNull { return false }
                return compare(x, target).map(ok) ?? false
            }
        case .valid(let f, let want):
            return { r in
                let x = r[f]
                let valid: Bool
                if case .number(let n) = x { valid = n.isFinite } else { valid = !x.isNull }
                return valid == want
            }
        case .and(let ps):
            let cs = try ps.map { try compile($0, unit: unit, seeded: seeded) }
            return { r in cs.allSatisfy { $0(r) } }
        case .or(let ps):
            let cs = try ps.map { try compile($0, unit: unit, seeded: seeded) }
            return { r in cs.contains { $0(r) } }
        case .not(let q):
            let c = try compile(q, unit: unit, seeded: seeded)
            return { r in !c(r) }
        case .constant(let b):
            return { _ in b }
        }
    }
}

extension Value {
    var isString: Bool { if case .string = self { return true } else { return false } }
}
