import Testing
import ChartsmithData

@Suite("Expression errors")
struct ExpressionErrorTests {
    @Test("an expression ending after an operator is an unexpected end, at the end")
    func unexpectedEnd() throws {
        let e = try #require(expressionError("datum.x +"))
        #expect(e.message.contains("unexpected end"))
        #expect(e.offset == 9)
        #expect(e.description.contains("column 10"))
    }

    @Test("a misspelt function is unknown, at its offset, with a suggestion")
    func misspeltFunction() throws {
        let e = try #require(expressionError("yeer(datum.date)"))
        #expect(e.offset == 0)
        #expect(e.suggestion == "year")
        #expect(e.description == "unknown function \"yeer\" at column 1 of \"yeer(datum.date)\"; did you mean \"year\"?")
        let unfinished = try #require(expressionError("yeer("))
        #expect(unfinished.suggestion == "year")
        let later = try #require(expressionError("1 + toNumbr(datum.x)"))
        #expect(later.offset == 4)
        #expect(later.suggestion == "toNumber")
        #expect(expressionError("ToNumber(datum.x)")?.suggestion == "toNumber")
    }

    @Test("now() is refused by name; random() is refused outside a transform")
    func nondeterministicFunctions() throws {
        let now = try #require(expressionError("year(now()) > 2000"))
        #expect(now.message.contains("now()"))
        #expect(now.offset == 5)
        let random = try #require(expressionError("random() < 0.5"))
        #expect(random.message.contains("random() is allowed only in a calculate or filter transform"))
        #expect(random.offset == 0)
    }

    @Test("JavaScript functions Vega lacks point to what to write instead")
    func javaScriptFunctions() throws {
        #expect(expressionError("sign(datum.x)")?.message.contains("(x > 0) - (x < 0)") == true)
        #expect(expressionError("log10(datum.x)")?.message.contains("LN10") == true)
        #expect(expressionError("toUpperCase(datum.s)")?.suggestion == "upper")
        #expect(expressionError("indexOf(datum.s, 'a')")?.suggestion == "indexof")
    }

    @Test("Vega functions Chartsmith lacks say so")
    func unsupportedFunctions() throws {
        let e = try #require(expressionError("test(regexp('a'), datum.s)"))
        #expect(e.message.contains("not supported"))
    }

    @Test("wrong numbers of arguments are errors at the function name")
    func arity() throws {
        let e = try #require(expressionError("datum.a + year()"))
        #expect(e.offset == 10)
        #expect(e.message.contains("1 argument"))
        #expect(expressionError("clamp(1, 2)") != nil)
        #expect(expressionError("pow(1, 2, 3)") != nil)
        #expect(expressionError("max()") == nil)
    }

    @Test("unknown names suggest a close name or a datum field")
    func unknownNames() throws {
        let e = try #require(expressionError("dataum.x > 1"))
        #expect(e.suggestion == "datum")
        #expect(e.offset == 0)
        let bare = try #require(expressionError("Horsepower > 100"))
        #expect(bare.suggestion == "datum.Horsepower")
        #expect(expressionError("True")?.suggestion == "true")
        #expect(expressionError("year")?.message.contains("is a function") == true)
    }

    @Test("JavaScript slips get the operator that was meant")
    func slips() throws {
        let assign = try #require(expressionError("datum.x = 5"))
        #expect(assign.offset == 8)
        #expect(assign.suggestion == "==")
        let and = try #require(expressionError("datum.a > 1 and datum.b < 2"))
        #expect(and.offset == 12)
        #expect(and.suggestion == "&&")
        #expect(expressionError("2 ** 3")?.suggestion == "pow")
        #expect(expressionError("datum.my field")?.suggestion == "datum['my field']")
        #expect(expressionError("datum.2010")?.suggestion == "datum['2010']")
    }

    @Test("syntax errors point at the offending token")
    func offsets() throws {
        #expect(expressionError("(1 + 2")?.offset == 6)
        #expect(expressionError("(1 + 2")?.message.contains("never closed") == true)
        #expect(expressionError("1 + 2)")?.offset == 5)
        #expect(expressionError("1 2")?.offset == 2)
        #expect(expressionError("'abc")?.offset == 0)
        #expect(expressionError("'abc")?.message.contains("unterminated") == true)
        #expect(expressionError("1 + # 2")?.offset == 4)
        #expect(expressionError("datum.x @ 2")?.offset == 8)
        #expect(expressionError("")?.message.contains("empty") == true)
        #expect(expressionError("f(1,)") != nil)
        #expect(expressionError("year(datum.a datum.b)")?.offset == 13)
        #expect(expressionError("1 ? 2")?.message.contains("unexpected end") == true)
        #expect(expressionError("[1, 2")?.offset == 5)
    }

    @Test("unsupported JavaScript is refused with a reason")
    func unsupportedSyntax() throws {
        for source in ["{a: 1, a: 2}", "{a 1}", "x => x", "a, b", "typeof datum.x", "new Date()", "this", "datum.x++",
                       "/ab+c/.test(datum.s)", "`t`", "1; 2", "datum?.x", "a ?? b", "'a' in datum", "017", "'\\1'"] {
            #expect(expressionError(source) != nil, "\(source)")
        }
        #expect(expressionError("datum.x(1)")?.message.contains("only functions") == true)
        #expect(expressionError("datum")?.message.contains("datum") == true)
    }

    @Test("datum[...] must name a fixed field")
    func dynamicField() throws {
        let e = try #require(expressionError("datum[datum.key]"))
        #expect(e.offset == 6)
        #expect(expressionError("datum['a' + 1]") == nil)
    }

    @Test("long expressions are excerpted around the problem in descriptions")
    func longSource() throws {
        let source = String(repeating: "datum.a + ", count: 40) + "yeer(1)"
        let e = try #require(expressionError(source))
        #expect(e.offset == 400)
        #expect(e.description.count < 200)
        #expect(e.description.contains("yeer("))
    }
}
