/// A JavaScript object while an expression runs: an object literal (`{a: 1, b: 'x'}`) or
/// a nested member of a row, such as a member object of nested JSON data or the whole row
/// an `argmin`/`argmax` aggregate gives.
///
/// Rows hold nested values flattened under Vega-Lite's field paths (`stats.mean`,
/// `tags[0]`, `best.s`), with the object's own field set to ``marker``; a row object reads
/// its members through those paths, so `datum.stats.mean` and `datum.best['s']` read
/// what the field strings `"stats.mean"` and `"best.s"` read.
enum ExpressionObject: Sendable {
    /// An object literal: its keys in order, and their values.
    case literal(keys: [String], values: [String: ExpressionValue])
    /// The object at field path `path` of `row`.
    case row(Row, path: String)

    /// What a row holds in the field of a nested object (and what JavaScript's
    /// `String(object)` gives).
    static let marker = "[object Object]"

    /// Most elements of a nested array read (as the loader flattens at most 256).
    static let maxElements = 256

    /// `object[name]`; undefined for a member the object lacks.
    func member(_ name: String) -> ExpressionValue {
        switch self {
        case .literal(_, let values):
            return values[name] ?? .undefined
        case .row(let row, let path):
            let child = path + "." + name
            guard row.contains(child) else { return .undefined }
            return Self.read(row, child)
        }
    }

    /// Whether two objects are the same object, as JavaScript's `==` and `===` compare
    /// objects: the same member of the same row; literals are each a new object.
    func isSame(as other: ExpressionObject) -> Bool {
        if case .row(let a, let p) = self, case .row(let b, let q) = other { return p == q && a == b }
        return false
    }

    /// The value of field `name` of `row`: an object when it holds ``marker``, an array
    /// when the row holds its elements (`name[0]`, `name[1]`, …), otherwise the cell.
    static func read(_ row: Row, _ name: String) -> ExpressionValue {
        let v = row[name]
        guard case .string(let s) = v else { return ExpressionValue(v) }
        if s == marker { return .object(.row(row, path: name)) }
        guard row.contains(name + "[0]") else { return .string(s) }
        var items: [ExpressionValue] = []
        var i = 0
        while i < maxElements {
            let element = name + "[\(i)]"
            guard row.contains(element) else { break }
            items.append(read(row, element))
            i += 1
        }
        return .array(items)
    }
}
