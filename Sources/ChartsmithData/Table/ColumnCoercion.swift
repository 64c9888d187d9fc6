/// Coerces whole columns as Vega-Lite's parsing coerces cells (the columnar form of
/// ``ViewPreparation``'s parse at the source and ``EncodingPipeline``'s number coercion):
/// the same rule per cell, with plain decimal text read straight from its bytes.
enum ColumnCoercion {
    /// Builds a column of numbers (or dates), falling back to values at the first cell
    /// that is neither a finite number nor null.
    struct Builder {
        let dates: Bool
        var xs: [Double] = []
        var vs: [Value]?

        init(dates: Bool, capacity: Int) {
            self.dates = dates
            xs.reserveCapacity(capacity)
        }

        @inline(__always)
        mutating func append(number x: Double) {
            if vs != nil { vs!.append(dates ? .date(x) : .number(x)) } else if x.isNaN { append(.number(x)) } else { xs.append(x) }
        }

        mutating func appendNull() {
            if vs != nil { vs!.append(.null) } else { xs.append(.nan) }
        }

        mutating func append(_ v: Value) {
            if vs == nil {
                switch v {
                case .null: xs.append(.nan); return
                case .number(let x) where !dates && !x.isNaN: xs.append(x); return
                case .date(let x) where dates && !x.isNaN: xs.append(x); return
                default:
                    vs = xs.map { $0.isNaN ? .null : (dates ? .date($0) : .number($0)) }
                    xs = []
                }
            }
            vs!.append(v)
        }

        var column: Column { vs.map(Column.values) ?? (dates ? .dates(xs) : .numbers(xs)) }
    }

    /// The parse at the source of a quantitative field: numeric text (comma-grouped too)
    /// becomes a number, blank text and the missing markers null; other text stays text.
    static func sourceNumbers(_ c: Column, count: Int) -> Column {
        toNumbers(c, count: count) { _, v, b in
            guard case .string(let s) = v else { b.append(v); return }
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || EncodingPipeline.missingMarkers.contains(trimmed) { b.appendNull() }
            else if let n = Value.parseNumber(trimmed) ?? Value.parseGroupedNumber(trimmed) { b.append(number: n) }
            else { b.append(v) }
        }
    }

    /// A number column from `c`: plain decimal text read from its bytes, every other cell
    /// given to `slow` (with its row) to append; a number column as it is.
    static func toNumbers(_ c: Column, count: Int, _ slow: (Int, Value, inout Builder) throws -> Void) rethrows -> Column {
        if case .numbers = c { return c }
        var b = Builder(dates: false, capacity: count)
        for i in 0..<count {
            if case .text(let t) = c, let x = t.plainNumber(at: i) {
                b.append(number: x)
                continue
            }
            try slow(i, c.value(at: i), &b)
        }
        return b.column
    }

    /// The parse at the source of a temporal field: date text and numbers become dates,
    /// blank text null; other text stays text.
    static func sourceDates(_ c: Column, count: Int) -> Column {
        if case .dates = c { return c }
        var b = Builder(dates: true, capacity: count)
        for i in 0..<count {
            let v = c.value(at: i)
            switch v {
            case .string(let s):
                if s.trimmingCharacters(in: .whitespaces).isEmpty { b.appendNull() }
                else if let ms = Coercion.date(.string(s)) { b.append(.date(ms)) }
                else { b.append(v) }
            case .number(let n): b.append(.date(n))
            default: b.append(v)
            }
        }
        return b.column
    }

    /// The number coercion of a quantitative field: numeric text parsed, blank text and
    /// missing markers null, other text an error naming its row (1-based, unless the data
    /// was transformed); booleans and dates as numbers.
    static func numbers(_ c: Column, count: Int, field: String, transformed: Bool) throws -> Column {
        try toNumbers(c, count: count) { i, v, b in
            switch v {
            case .number, .null: b.append(v)
            case .string(let s):
                let trimmed = s.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || EncodingPipeline.missingMarkers.contains(trimmed) { b.appendNull(); return }
                guard let n = v.number else {
                    throw DataError(row: transformed ? nil : i + 1, field: field,
                                    message: "\(v) is not a number (the field is encoded as quantitative)")
                }
                b.append(number: n)
            default:
                if let n = v.number { b.append(number: n) } else { b.appendNull() }
            }
        }
    }
}

import Foundation
