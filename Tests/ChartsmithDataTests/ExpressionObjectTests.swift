@testable import ChartsmithData
import ChartsmithSpec
import Foundation
import Testing

/// Objects in expressions (review fault 3): nested JSON members, the rows `argmin` and
/// `argmax` give, object literals, with JavaScript's semantics.
@Suite("Expression objects")
struct ExpressionObjectTests {
    /// Rows as the loader makes them from `data.values`.
    static func rows(_ json: String) throws -> Table {
        guard case .array(let items) = try JSONParser.parse(json).inlineValue() else { throw CocoaError(.coderInvalidValue) }
        return try DataLoader(baseFolder: URL(fileURLWithPath: "/")).load(.values(items, format: nil))
    }

    static let nested = #"[{"k":"A","stats":{"mean":0.3,"n":{"x":4}},"tags":[1,2,3]},{"k":"B","stats":{"mean":0.5,"n":{"x":7}},"tags":[9]}]"#

    @Test("members of nested JSON objects and arrays read as in JavaScript")
    func nestedMembers() throws {
        let t = try Self.rows(Self.nested)
        let a = t.rows[0], b = t.rows[1]
        #expect(try evaluateExpression("datum.stats.mean * 100", a) == .number(30))
        #expect(try evaluateExpression("datum['stats']['mean']", b) == .number(0.5))
        #expect(try evaluateExpression("datum.stats.n.x", b) == .number(7))
        #expect(try evaluateExpression("datum.tags[1]", a) == .number(2))
        #expect(try evaluateExpression("datum.tags.length", a) == .number(3))
        #expect(try evaluateExpression("datum.tags.length", b) == .number(1))
        #expect(try evaluateExpression("length(datum.tags)", a) == .number(3))
        #expect(try evaluateExpression("indexof(datum.tags, 3)", a) == .number(2))
        #expect(try evaluateExpression("datum.stats.missing", a) == .null)
        #expect(try evaluateExpression("datum.stats.missing === undefined", a) == .bool(true))
        #expect(try evaluateExpression("datum.stats.missing.deeper", a) == .null)
        #expect(try evaluateExpression("datum.missing.deeper", a) == .null)
        // The field string "stats.mean" (Vega-Lite's nested field access) reads the same.
        #expect(a["stats.mean"] == .number(0.3))
    }

    @Test("an object is an object: isObject, truthy, \"[object Object]\" as text, the same object only equal to itself")
    func objectSemantics() throws {
        let a = try Self.rows(Self.nested).rows[0]
        #expect(try evaluateExpression("isObject(datum.stats)", a) == .bool(true))
        #expect(try evaluateExpression("isObject(datum.k)", a) == .bool(false))
        #expect(try evaluateExpression("isArray(datum.tags)", a) == .bool(true))
        #expect(try evaluateExpression("datum.stats ? 'yes' : 'no'", a) == .string("yes"))
        #expect(try evaluateExpression("datum.stats + ''", a) == .string("[object Object]"))
        #expect(try evaluateExpression("toString(datum.stats)", a) == .string("[object Object]"))
        #expect(try evaluateExpression("datum.tags + ''", a) == .string("1,2,3"))
        #expect(try evaluateExpression("datum.stats", a) == .string("[object Object]"))
        #expect(try evaluateExpression("datum.stats == datum.stats", a) == .bool(true))
        #expect(try evaluateExpression("datum.stats === datum.stats.n", a) == .bool(false))
        #expect(try evaluateExpression("datum.stats == '[object Object]'", a) == .bool(true))
        #expect(try evaluateExpression("+datum.stats", a).number == nil)  // NaN
        #expect(try evaluateExpression("datum.stats < 1", a) == .bool(false))
    }

    @Test("object literals: members, nesting, keys as names, strings or numbers, each once")
    func literals() throws {
        #expect(try evaluateExpression("{a: 1, 'b c': 'x', 2: true}.a") == .number(1))
        #expect(try evaluateExpression("{a: 1, 'b c': 'x'}['b c']") == .string("x"))
        #expect(try evaluateExpression("{a: 1, 2: true}[2]") == .bool(true))
        #expect(try evaluateExpression("{a: {b: [5, 6]},}.a.b[1]") == .number(6))
        #expect(try evaluateExpression("{}.a === undefined") == .bool(true))
        #expect(try evaluateExpression("isObject({})") == .bool(true))
        #expect(try evaluateExpression("{a: 1} == {a: 1}") == .bool(false))
        #expect(try evaluateExpression("'' + {a: 1}") == .string("[object Object]"))
        let row = Row(["v": .number(3)])
        #expect(try evaluateExpression("{twice: datum.v * 2}.twice", row) == .number(6))
        #expect(expressionError("{a: 1, a: 2}")?.message.contains("twice") == true)
        #expect(expressionError("{a 1}") != nil)
    }

    @Test("argmax in aggregate and joinaggregate gives the row: datum.best.s and the field \"best.s\"")
    func argmax() throws {
        let t = try Self.rows(#"[{"k":"P","s":"x","v":5},{"k":"P","s":"y","v":19},{"k":"Q","s":"y","v":3},{"k":"Q","s":"x","v":9}]"#)
        let op = AggregateField(op: .argmax, field: "v", as: "best")
        for transform in [Transform.joinaggregate(ops: [op], groupby: ["k"]), .aggregate(ops: [op], groupby: ["k"])] {
            let out = try Transforms.apply([transform, .calculate(expression: "datum.best.s", as: "winner")], to: t)
            let winners = Dictionary(out.rows.map { ($0["k"].text, $0["winner"]) }, uniquingKeysWith: { a, _ in a })
            #expect(winners["P"] == .string("y") && winners["Q"] == .string("x"), "\(transform): \(winners)")
            #expect(out.rows.allSatisfy { $0["best.s"] == $0["winner"] })
            #expect(out.rows.allSatisfy { $0["best"] == .string("[object Object]") })
        }
    }
}

/// A `calculate` that gives an object or an array keeps its members as fields, so
/// Vega-Lite's field paths (`"field": "o.n"`) and `datum.o.s` read them (they were lost:
/// the field held only "[object Object]").
@Suite("Calculated objects")
struct CalculatedObjectTests {
    static let source = #"[{"k":"p","v":1,"stats":{"m":4}},{"k":"q","v":3,"stats":{"m":5}}]"#

    static func calculated(_ expression: String, columnar: Bool) throws -> Table {
        var t = try ExpressionObjectTests.rows(Self.source)
        if columnar { t = Table.columnar(fields: t.fields, rows: t.rows); #expect(t.columns != nil) }
        return try Transforms.apply([.calculate(expression: expression, as: "o")], to: t)
    }

    @Test("an object literal's members, nested objects and arrays are fields, on rows and on columns alike")
    func members() throws {
        for columnar in [false, true] {
            let t = try Self.calculated("{n: datum.v * 2, s: upper(datum.k), a: [datum.v, 7], inner: {z: 1}}", columnar: columnar)
            let r = t.rows
            #expect(r.map { $0["o.n"] } == [.number(2), .number(6)], "columnar \(columnar)")
            #expect(r.map { $0["o.s"] } == [.string("P"), .string("Q")])
            #expect(r.map { $0["o.a[1]"] } == [.number(7), .number(7)])
            #expect(r.map { $0["o.inner.z"] } == [.number(1), .number(1)])
            #expect(r[0]["o"] == .string("[object Object]"))
            #expect(try evaluateExpression("datum.o.s + datum.o.a[0]", r[1]) == .string("Q3"))
            #expect(t.fields.contains("o.n") && t.fields.contains("o.inner.z"))
        }
    }

    @Test("a member object of the row is copied under the new name; plain results add no fields")
    func rowObjectsAndPlainValues() throws {
        for columnar in [false, true] {
            let t = try Self.calculated("datum.stats", columnar: columnar)
            #expect(t.rows.map { $0["o.m"] } == [.number(4), .number(5)], "columnar \(columnar)")
            let plain = try Self.calculated("datum.v + 1", columnar: columnar)
            #expect(!plain.fields.contains { $0.hasPrefix("o.") })
            #expect(plain.rows.map { $0["o"] } == [.number(2), .number(4)])
        }
    }
}
