import Testing
import ChartsmithData

@Suite("Expression semantics (JavaScript)")
struct ExpressionSemanticsTests {
    @Test("loose equality converts between numbers, strings and booleans")
    func looseEquality() throws {
        #expect(try evaluateExpression("'2010' == 2010") == .bool(true))
        #expect(try evaluateExpression("2010 == '2010'") == .bool(true))
        #expect(try evaluateExpression("' 12 ' == 12") == .bool(true))
        #expect(try evaluateExpression("'' == 0") == .bool(true))
        #expect(try evaluateExpression("'abc' == 0") == .bool(false))
        #expect(try evaluateExpression("true == 1") == .bool(true))
        #expect(try evaluateExpression("true == '1'") == .bool(true))
        #expect(try evaluateExpression("false == ''") == .bool(true))
        #expect(try evaluateExpression("'1' != 1") == .bool(false))
        #expect(try evaluateExpression("NaN == NaN") == .bool(false))
        #expect(try evaluateExpression("[1,2] == '1,2'") == .bool(true))
    }

    @Test("null equals only null (and missing fields) under loose equality")
    func nullEquality() throws {
        #expect(try evaluateExpression("null == null") == .bool(true))
        #expect(try evaluateExpression("null == 0") == .bool(false))
        #expect(try evaluateExpression("null == ''") == .bool(false))
        #expect(try evaluateExpression("null == false") == .bool(false))
        #expect(try evaluateExpression("datum.missing == null") == .bool(true))
        #expect(try evaluateExpression("datum.missing === null") == .bool(true))
        #expect(try evaluateExpression("datum.missing != null") == .bool(false))
    }

    @Test("strict equality also compares kinds")
    func strictEquality() throws {
        #expect(try evaluateExpression("'2010' === 2010") == .bool(false))
        #expect(try evaluateExpression("2010 === 2010") == .bool(true))
        #expect(try evaluateExpression("'GOOG' !== 'GOOG'") == .bool(false))
        #expect(try evaluateExpression("1 !== true") == .bool(true))
        let row = Row(["symbol": .string("MSFT")])
        #expect(try evaluateExpression("datum.symbol !== 'GOOG'", row) == .bool(true))
        #expect(try evaluateExpression("datum.symbol === 'MSFT'", row) == .bool(true))
    }

    @Test("dates compare by time, with each other, numbers and date strings")
    func dateEquality() throws {
        let t = 1_267_747_200_000.0 // 2010-03-05T00:00:00Z
        let row = Row(["d": .date(t), "e": .date(t), "f": .date(t + 1)])
        #expect(try evaluateExpression("datum.d == datum.e", row) == .bool(true))
        #expect(try evaluateExpression("datum.d === datum.e", row) == .bool(true))
        #expect(try evaluateExpression("datum.d == \(Int(t))", row) == .bool(true))
        #expect(try evaluateExpression("datum.d === \(Int(t))", row) == .bool(false))
        #expect(try evaluateExpression("datum.d == '2010-03-05'", row) == .bool(true))
        #expect(try evaluateExpression("datum.d < datum.f", row) == .bool(true))
        #expect(try evaluateExpression("datum.f - datum.d", row) == .number(1))
        #expect(try evaluateExpression("datum.d + 86400000 == datum.e + 86400000", row) == .bool(true))
    }

    @Test("+ concatenates when either side is a string, with JavaScript number text")
    func concatenation() throws {
        #expect(try evaluateExpression("'n=' + 1246") == .string("n=1246"))
        #expect(try evaluateExpression("1246 + ''") == .string("1246"))
        #expect(try evaluateExpression("0.1 + 0.2 + ''") == .string("0.30000000000000004"))
        #expect(try evaluateExpression("'' + 1e21") == .string("1e+21"))
        #expect(try evaluateExpression("'' + 1e-7") == .string("1e-7"))
        #expect(try evaluateExpression("'' + 0.000001") == .string("0.000001"))
        #expect(try evaluateExpression("'' + 123e18") == .string("123000000000000000000"))
        #expect(try evaluateExpression("'' + -2.5") == .string("-2.5"))
        #expect(try evaluateExpression("'x' + null + true") == .string("xnulltrue"))
        #expect(try evaluateExpression("'' + 1 / 0") == .string("Infinity"))
        #expect(try evaluateExpression("'' + [1, [2, 3], null]") == .string("1,2,3,"))
        #expect(try evaluateExpression("1 + true") == .number(2))
        #expect(try evaluateExpression("1 + null") == .number(1))
    }

    @Test("dates join text as JavaScript's UTC date string")
    func dateText() throws {
        let row = Row(["d": .date(1_267_747_200_000)])
        #expect(try evaluateExpression("'' + datum.d", row)
            == .string("Fri Mar 05 2010 00:00:00 GMT+0000 (Coordinated Universal Time)"))
    }

    @Test("arithmetic converts text to numbers and follows IEEE division")
    func arithmetic() throws {
        let row = Row(["offenders": .string("12500")])
        #expect(try evaluateExpression("datum.offenders / 1000", row) == .number(12.5))
        #expect(try evaluateExpression("'6' * '7'") == .number(42))
        #expect(try evaluateExpression("1 / 0") == .number(.infinity))
        #expect(try evaluateExpression("-1 / 0") == .number(-.infinity))
        #expect(try evaluateExpression("7 % -3") == .number(1))
        #expect(try evaluateExpression("-7 % 3") == .number(-1))
        guard case .number(let nan) = try evaluateExpression("0 / 0"), case .number(let nan2) = try evaluateExpression("'abc' * 2"),
              case .number(let nan3) = try evaluateExpression("5 % 0") else {
            Issue.record("expected numbers")
            return
        }
        #expect(nan.isNaN && nan2.isNaN && nan3.isNaN)
    }

    @Test("comparisons: numbers numerically, two strings by code units, mixes as numbers")
    func comparisons() throws {
        #expect(try evaluateExpression("'10' < '9'") == .bool(true))
        #expect(try evaluateExpression("'10' < 9") == .bool(false))
        #expect(try evaluateExpression("'apple' < 'banana'") == .bool(true))
        #expect(try evaluateExpression("'Z' < 'a'") == .bool(true))
        #expect(try evaluateExpression("2 >= 2 && 2 <= 2") == .bool(true))
        #expect(try evaluateExpression("NaN < 1 || NaN >= 1") == .bool(false))
        #expect(try evaluateExpression("'abc' < 1 || 'abc' >= 1") == .bool(false))
        #expect(try evaluateExpression("null >= 0") == .bool(true))
    }

    @Test("&& and || short-circuit and return an operand, as JavaScript does")
    func logicalOperands() throws {
        #expect(try evaluateExpression("0 || 'fallback'") == .string("fallback"))
        #expect(try evaluateExpression("'first' || 'second'") == .string("first"))
        #expect(try evaluateExpression("'a' && 'b'") == .string("b"))
        #expect(try evaluateExpression("'' && 'b'") == .string(""))
        #expect(try evaluateExpression("null || 0 || ''") == .string(""))
        // The right side is not evaluated: an error-prone branch is skipped.
        #expect(try evaluateExpression("false && datum.s.length > 0") == .bool(false))
    }

    @Test("missing fields are null: falsy, invalid, zero in arithmetic")
    func missingFields() throws {
        let row = Row(["x": .number(1)])
        #expect(try evaluateExpression("datum.nope", row) == .null)
        #expect(try evaluateExpression("datum['no such field']", row) == .null)
        #expect(try evaluateExpression("isValid(datum.nope)", row) == .bool(false))
        #expect(try evaluateExpression("datum.nope ? 1 : 2", row) == .number(2))
        #expect(try evaluateExpression("datum.nope.length", row) == .null)
    }

    @Test("filter truthiness: false, 0, NaN, '', null fail; other values pass")
    func truthiness() throws {
        let row = Row(["zero": .number(0), "nan": .number(.nan), "empty": .string(""), "text": .string("0"),
                       "date": .date(0), "t": .bool(true), "f": .bool(false)])
        for falsy in ["datum.zero", "datum.nan", "datum.empty", "datum.missing", "datum.f", "0 / 0"] {
            #expect(try Expression(falsy).isTruthy(row) == false, "\(falsy)")
        }
        for truthy in ["datum.text", "datum.date", "datum.t", "[]", "' '", "-1", "'false'"] {
            #expect(try Expression(truthy).isTruthy(row) == true, "\(truthy)")
        }
    }

    @Test("filters from the Vega-Lite examples select the expected rows")
    func filters() throws {
        let rows = [
            Row(["year": .string("2000"), "symbol": .string("GOOG"), "date": .string("2004-08-19"), "x": .number(1)]),
            Row(["year": .string("2010"), "symbol": .string("MSFT"), "date": .string("2007-01-01"), "x": .number(2)]),
            Row(["year": .string("2010"), "symbol": .string("AAPL"), "date": .string("2008-06-01"), "x": .null]),
        ]
        func selected(_ source: String) throws -> [Int] {
            let e = try Expression(source)
            return rows.indices.filter { e.isTruthy(rows[$0]) }
        }
        #expect(try selected("datum.year == 2010") == [1, 2])
        #expect(try selected("datum.symbol !== 'GOOG'") == [1, 2])
        #expect(try selected("year(datum.date) > 2005 && isValid(datum.x)") == [1])
        #expect(try selected("indexof(['GOOG', 'AAPL'], datum.symbol) >= 0") == [0, 2])
    }

    @Test("calculate: ratios of fields, by either access syntax")
    func calculateRatio() throws {
        let row = Row(["Cautioned": .number(25), "Convicted": .number(75)])
        #expect(try evaluateExpression("datum['Cautioned'] / (datum.Cautioned + datum.Convicted)", row) == .number(0.25))
    }
}
