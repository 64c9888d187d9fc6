/// A Vega expression, as `filter` and `calculate` transforms use: parsed once, then
/// evaluated for each row.
///
/// ```swift
/// let e = try Expression("datum['Cautioned'] / (datum.Cautioned + datum.Convicted)")
/// e.evaluate(row)            // .number(0.25)
/// e.fieldsRead               // ["Cautioned", "Convicted"]
/// try Expression("year(datum.date) > 2005 && isValid(datum.x)").isTruthy(row)
/// ```
///
/// The language is the JavaScript subset Vega defines: literals (numbers, quoted
/// strings with escapes, `true`, `false`, `null`, `undefined`, arrays, objects `{a: 1}`),
/// `datum.field` and `datum['any field']`, members of nested data and of the rows
/// `argmin`/`argmax` give (`datum.stats.mean`, `datum.best['s']`), the constants `NaN`, `Infinity`, `PI`, `E`, `LN2`, `LN10`,
/// `LOG2E`, `LOG10E`, `SQRT1_2`, `SQRT2`, `MIN_VALUE` and `MAX_VALUE`, `.length` and
/// `[index]` on strings and arrays, members of objects, the operators `! - + ~ * / % + - << >> >>> < <= >
/// >= == != === !== & ^ | && || ?:` with JavaScript's precedence and semantics
/// (string concatenation, loose equality such as `"2010" == 2010`, `&&` and `||`
/// returning an operand), and Vega's functions: type checks and coercions
/// (`isValid`, `toNumber`…), `if`, math (`abs` … `tan`, `clamp`), dates in UTC
/// (`year`, `month` (0-based), `datetime`, `utc`, …), strings and arrays (`length`,
/// `indexof`, `slice`, `substring`, `replace` with a plain-text pattern, `split`,
/// `pad`, `truncate`, `inrange`, …), `format` (d3-format), `timeFormat`/`utcFormat`
/// (d3-time-format) and month or weekday names.
///
/// Everything is deterministic and independent of the machine's time zone: `now()` is
/// refused when parsing; `random()`, `sampleUniform`, `sampleNormal` and `sampleLogNormal`
/// are allowed only in a `calculate` or `filter` transform (`randomSeed`), where they draw
/// from a generator seeded by the transform (``ExpressionRandom``); the local-time
/// functions work in UTC. Missing fields read as null; dates act as their
/// millisecond time in arithmetic and comparisons.
///
/// Parsing is linear in the length of the expression and refuses nesting deeper than
/// 100 levels, so hostile expressions can neither hang nor crash it.
public struct Expression: Sendable, Hashable, CustomStringConvertible {
    /// The expression as written.
    public let source: String
    /// The `datum` fields the expression reads, for tracking which data it depends on.
    public let fieldsRead: Set<String>
    let root: ExpressionNode
    /// The seeded generator of an expression that calls a random function.
    let random: ExpressionRandom?

    /// Parses an expression.
    /// - Parameter randomSeed: for a transform's expression, the key that seeds its random
    ///   functions (nil: they are refused, as everywhere outside a transform).
    /// - Throws: ``ExpressionError`` naming the offset of the problem, with a suggestion
    ///   when one is likely (`yeer(` → "year", `=` → "==", `Horsepower` →
    ///   "datum.Horsepower").
    public init(_ source: String, randomSeed: String? = nil) throws(ExpressionError) {
        let (root, fields, usesRandom) = try ExpressionParser.parse(source, allowsRandom: randomSeed != nil)
        self.source = source
        self.root = root
        self.fieldsRead = fields
        self.random = usesRandom ? randomSeed.map(ExpressionRandom.init(key:)) : nil
    }

    /// The expression's value for a row, its random functions drawing from its generator.
    func value(_ row: Row) -> ExpressionValue {
        guard let random else { return ExpressionEvaluator.evaluate(root, row) }
        return ExpressionRandom.$current.withValue(random) { ExpressionEvaluator.evaluate(root, row) }
    }

    /// The value of the expression for one row. Never fails: operations JavaScript
    /// would throw on give null, as does JavaScript's `undefined`. Arrays and objects come out as
    /// their JavaScript text ("1,2", "[object Object]").
    public func evaluate(_ row: Row) -> Value {
        value(row).value
    }

    /// The value for one row as lines of text, as Vega draws a text value: an array gives
    /// one line per item (null items as empty lines), null no lines, anything else one.
    public func evaluateLines(_ row: Row) -> [String] {
        switch value(row) {
        case .array(let items): return items.map { $0.isNullish ? "" : $0.jsString }
        case let v where v.isNullish: return []
        case let v: return [v.jsString]
        }
    }

    /// Whether the value for a row is truthy in JavaScript's sense, as a `filter`
    /// decides: false for false, null, 0, NaN and ""; true for every other value,
    /// dates and arrays included.
    public func isTruthy(_ row: Row) -> Bool {
        value(row).isTruthy
    }

    public var description: String { source }

    /// Expressions are equal when their sources are.
    public static func == (a: Expression, b: Expression) -> Bool { a.source == b.source }

    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
