import Testing
@testable import ChartsmithData

/// Evaluates an expression source against a row (shared by the expression tests).
func evaluateExpression(_ source: String, _ row: Row = Row()) throws -> Value {
    try Expression(source).evaluate(row)
}

/// The error parsing `source` throws, or nil if it parses.
func expressionError(_ source: String) -> ExpressionError? {
    do {
        _ = try Expression(source)
        return nil
    } catch {
        return error
    }
}

@Suite("Expression parsing")
struct ExpressionParsingTests {
    @Test("multiplication binds tighter than addition")
    func multiplicationBeforeAddition() throws {
        #expect(try evaluateExpression("1 + 2 * 3") == .number(7))
        #expect(try evaluateExpression("2 * 3 + 1") == .number(7))
        #expect(try evaluateExpression("10 - 4 / 2 % 3") == .number(8))
    }

    @Test("parentheses override precedence")
    func parentheses() throws {
        #expect(try evaluateExpression("(1 + 2) * 3") == .number(9))
        #expect(try evaluateExpression("((((2))))") == .number(2))
        #expect(try evaluateExpression("2 * (3 - (4 - 5))") == .number(8))
    }

    @Test("operators of one precedence associate to the left")
    func leftAssociativity() throws {
        #expect(try evaluateExpression("10 - 3 - 2") == .number(5))
        #expect(try evaluateExpression("10 - 3 + 2") == .number(9))
        #expect(try evaluateExpression("64 / 4 / 2") == .number(8))
        #expect(try evaluateExpression("1 + 2 + '3'") == .string("33"))
        #expect(try evaluateExpression("'1' + 2 + 3") == .string("123"))
    }

    @Test("unary operators bind tightest: !a && b is (!a) && b")
    func unaryBindsTightest() throws {
        let row = Row(["a": .bool(false), "b": .bool(true)])
        #expect(try evaluateExpression("!datum.a && datum.b", row) == .bool(true))
        #expect(try evaluateExpression("!(datum.a && datum.b)", row) == .bool(true))
        #expect(try evaluateExpression("-2 * -3") == .number(6))
        #expect(try evaluateExpression("- -4") == .number(4))
        #expect(try evaluateExpression("!!'x'") == .bool(true))
        #expect(try evaluateExpression("+'12'") == .number(12))
        #expect(try evaluateExpression("~5") == .number(-6))
    }

    @Test("&& binds tighter than ||, comparisons tighter than both")
    func logicalPrecedence() throws {
        #expect(try evaluateExpression("true || false && false") == .bool(true))
        #expect(try evaluateExpression("(true || false) && false") == .bool(false))
        #expect(try evaluateExpression("1 < 2 && 3 > 2") == .bool(true))
        #expect(try evaluateExpression("1 + 1 == 2") == .bool(true))
        #expect(try evaluateExpression("1 < 2 == true") == .bool(true))
    }

    @Test("bitwise and shift operators follow JavaScript precedence")
    func bitwise() throws {
        #expect(try evaluateExpression("1 | 2 & 3") == .number(3))
        #expect(try evaluateExpression("1 << 2 + 1") == .number(8))
        #expect(try evaluateExpression("-16 >> 2") == .number(-4))
        #expect(try evaluateExpression("-1 >>> 28") == .number(15))
        #expect(try evaluateExpression("5 ^ 1") == .number(4))
    }

    @Test("the conditional operator nests to the right")
    func conditional() throws {
        let row = Row(["a": .number(1)])
        #expect(try evaluateExpression("datum.a ? 'yes' : 'no'", row) == .string("yes"))
        #expect(try evaluateExpression("datum.b ? 'yes' : 'no'", row) == .string("no"))
        #expect(try evaluateExpression("datum.a == 0 ? 'zero' : datum.a == 1 ? 'one' : 'many'", row) == .string("one"))
        #expect(try evaluateExpression("true ? false ? 1 : 2 : 3") == .number(2))
        #expect(try evaluateExpression("1 > 2 || 3 > 2 ? 'a' : 'b'") == .string("a"))
    }

    @Test("number literals: decimals, fractions, exponents, hex, octal and binary")
    func numberLiterals() throws {
        #expect(try evaluateExpression("1246") == .number(1246))
        #expect(try evaluateExpression(".5") == .number(0.5))
        #expect(try evaluateExpression("5.") == .number(5))
        #expect(try evaluateExpression("1.5e3") == .number(1500))
        #expect(try evaluateExpression("2E-2") == .number(0.02))
        #expect(try evaluateExpression("0x1F") == .number(31))
        #expect(try evaluateExpression("0o17") == .number(15))
        #expect(try evaluateExpression("0b101") == .number(5))
        #expect(try evaluateExpression("1e999") == .number(.infinity))
    }

    @Test("string literals in either quote, with escapes")
    func stringLiterals() throws {
        #expect(try evaluateExpression("'it\\'s'") == .string("it's"))
        #expect(try evaluateExpression("\"say \\\"hi\\\"\"") == .string("say \"hi\""))
        #expect(try evaluateExpression("'a\\nb\\tc'") == .string("a\nb\tc"))
        #expect(try evaluateExpression("'\\x41\\u00e9\\u{1F600}'") == .string("Aé😀"))
        #expect(try evaluateExpression("'\\uD83D\\uDE00'") == .string("😀"))
        #expect(try evaluateExpression("'don\"t'") == .string("don\"t"))
        #expect(try evaluateExpression("''") == .string(""))
    }

    @Test("true, false, null, NaN, Infinity and Math constants are names")
    func namedConstants() throws {
        #expect(try evaluateExpression("true") == .bool(true))
        #expect(try evaluateExpression("null") == .null)
        #expect(try evaluateExpression("Infinity") == .number(.infinity))
        #expect(try evaluateExpression("-Infinity") == .number(-.infinity))
        #expect(try evaluateExpression("PI") == .number(Double.pi))
        #expect(try evaluateExpression("E") == .number(2.718281828459045))
        #expect(try evaluateExpression("SQRT2 * SQRT2 > 1.99") == .bool(true))
        #expect(try evaluateExpression("isNaN(NaN)") == .bool(true))
    }

    @Test("datum fields by dot and by bracket with either quote")
    func datumAccess() throws {
        let row = Row(["year": .number(2010), "field with spaces": .string("x"), "x": .number(3), "if": .number(1)])
        #expect(try evaluateExpression("datum.year", row) == .number(2010))
        #expect(try evaluateExpression("datum['field with spaces']", row) == .string("x"))
        #expect(try evaluateExpression("datum[\"x\"]", row) == .number(3))
        #expect(try evaluateExpression("datum['fi' + 'eld with spaces']", row) == .string("x"))
        #expect(try evaluateExpression("datum.if", row) == .number(1))
    }

    @Test("array literals, including holes")
    func arrays() throws {
        #expect(try evaluateExpression("[1, 2, 3]") == .string("1,2,3"))
        #expect(try evaluateExpression("[1, , 3].length") == .number(3))
        #expect(try evaluateExpression("[]") == .string(""))
        #expect(try evaluateExpression("[1, [2, 3]][1][0]") == .number(2))
    }

    @Test(".length and indexes on strings")
    func stringMembers() throws {
        let row = Row(["s": .string("hello")])
        #expect(try evaluateExpression("datum.s.length", row) == .number(5))
        #expect(try evaluateExpression("datum.s[1]", row) == .string("e"))
        #expect(try evaluateExpression("datum.s[9]", row) == .null)
        #expect(try evaluateExpression("datum.s.foo", row) == .null)
        #expect(try evaluateExpression("'😀'.length") == .number(2))
    }

    @Test("comments and white space are ignored")
    func commentsAndSpace() throws {
        #expect(try evaluateExpression("1 /* one */ + // plus\n 2") == .number(3))
        #expect(try evaluateExpression("\t 1\n+\r\n2 ") == .number(3))
    }

    @Test("fieldsRead lists every datum field, by either syntax, once")
    func fieldsRead() throws {
        let e = try Expression("datum['Cautioned'] / (datum.Cautioned + datum.Convicted) > 0.5 ? datum.x : 0")
        #expect(e.fieldsRead == ["Cautioned", "Convicted", "x"])
        #expect(try Expression("1 + 2").fieldsRead.isEmpty)
        #expect(try Expression("year(datum['the date']) > 2005 && isValid(datum.y)").fieldsRead == ["the date", "y"])
        #expect(try Expression("datum.s.length").fieldsRead == ["s"])
    }

    @Test("expressions are equal when their sources are")
    func equality() throws {
        #expect(try Expression("datum.a + 1") == Expression("datum.a + 1"))
        #expect(try Expression("datum.a + 1") != Expression("datum.a+1"))
        #expect(try Set([Expression("1"), Expression("1")]).count == 1)
        #expect(try Expression("datum.a").description == "datum.a")
    }
}
