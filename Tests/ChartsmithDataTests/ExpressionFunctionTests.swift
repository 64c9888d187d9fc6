import Testing
import ChartsmithData

@Suite("Expression functions")
struct ExpressionFunctionTests {
    let day = Row(["date": .string("2010-03-05"), "d": .date(1_267_795_845_006)]) // 2010-03-05T13:30:45.006Z (a Friday)

    @Test("date parts of a date string, in UTC, month 0-based")
    func dateParts() throws {
        #expect(try evaluateExpression("year(datum.date)", day) == .number(2010))
        #expect(try evaluateExpression("month(datum.date)", day) == .number(2))
        #expect(try evaluateExpression("date(datum.date)", day) == .number(5))
        #expect(try evaluateExpression("quarter(datum.date)", day) == .number(1))
        #expect(try evaluateExpression("day(datum.date)", day) == .number(5))
        #expect(try evaluateExpression("dayofyear(datum.date)", day) == .number(64))
        #expect(try evaluateExpression("week(datum.date)", day) == .number(9))
    }

    @Test("time parts of a date value; utc variants agree with the plain ones")
    func timeParts() throws {
        #expect(try evaluateExpression("hours(datum.d)", day) == .number(13))
        #expect(try evaluateExpression("minutes(datum.d)", day) == .number(30))
        #expect(try evaluateExpression("seconds(datum.d)", day) == .number(45))
        #expect(try evaluateExpression("milliseconds(datum.d)", day) == .number(6))
        #expect(try evaluateExpression("time(datum.d)", day) == .number(1_267_795_845_006))
        for f in ["year", "quarter", "month", "date", "day", "hours", "minutes", "seconds", "milliseconds", "week", "dayofyear"] {
            #expect(try evaluateExpression("\(f)(datum.d) === utc\(f)(datum.d)", day) == .bool(true), "\(f)")
        }
        #expect(try evaluateExpression("timezoneoffset(datum.d)", day) == .number(0))
    }

    @Test("date functions of missing or unparseable values are NaN")
    func invalidDates() throws {
        guard case .number(let a) = try evaluateExpression("year(datum.missing)"),
              case .number(let b) = try evaluateExpression("month('not a date')") else {
            Issue.record("expected numbers")
            return
        }
        #expect(a.isNaN && b.isNaN)
    }

    @Test("week numbers count Sundays from the start of the year")
    func weeks() throws {
        #expect(try evaluateExpression("week('2012-01-01')") == .number(1)) // a Sunday
        #expect(try evaluateExpression("week('2010-01-02')") == .number(0)) // Saturday before the first Sunday
        #expect(try evaluateExpression("week('2010-01-03')") == .number(1))
    }

    @Test("datetime and utc build dates from parts, months 0-based, rolling over")
    func buildingDates() throws {
        #expect(try evaluateExpression("datetime(2010, 2, 5)") == .date(1_267_747_200_000))
        #expect(try evaluateExpression("utc(2010, 2, 5)") == .number(1_267_747_200_000))
        #expect(try evaluateExpression("datetime(2009, 14, 5)") == .date(1_267_747_200_000))
        #expect(try evaluateExpression("datetime(2010, 2, 4, 24)") == .date(1_267_747_200_000))
        #expect(try evaluateExpression("year(datetime(99, 0))") == .number(1999))
        #expect(try evaluateExpression("datetime(0)") == .date(0))
        #expect(try evaluateExpression("toDate('2010-03-05')") == .date(1_267_747_200_000))
        #expect(try evaluateExpression("toDate(null)") == .null)
        #expect(try evaluateExpression("isValid(toDate('nonsense'))") == .bool(false))
    }

    @Test("type checks and coercions follow Vega")
    func typesAndCoercions() throws {
        #expect(try evaluateExpression("isValid(0) && isValid('') && !isValid(null) && !isValid(NaN)") == .bool(true))
        #expect(try evaluateExpression("isNumber(1) && !isNumber('1') && isString('1') && isBoolean(false)") == .bool(true))
        #expect(try evaluateExpression("isNaN(NaN) && !isNaN('abc') && isFinite(1) && !isFinite('1')") == .bool(true))
        #expect(try evaluateExpression("isDate(datum.d) && !isDate(datum.date) && isArray([1])", day) == .bool(true))
        #expect(try evaluateExpression("toNumber('12.5')") == .number(12.5))
        #expect(try evaluateExpression("toNumber('')") == .null)
        #expect(try evaluateExpression("toNumber(true)") == .number(1))
        #expect(try evaluateExpression("toString(1246)") == .string("1246"))
        #expect(try evaluateExpression("toString(null)") == .null)
        #expect(try evaluateExpression("toBoolean('false')") == .bool(false))
        #expect(try evaluateExpression("toBoolean('0')") == .bool(false))
        #expect(try evaluateExpression("toBoolean('yes')") == .bool(true))
        #expect(try evaluateExpression("toBoolean(0)") == .bool(false))
        #expect(try evaluateExpression("toBoolean('')") == .null)
    }

    @Test("math functions match JavaScript's Math")
    func math() throws {
        #expect(try evaluateExpression("abs(-3)") == .number(3))
        #expect(try evaluateExpression("ceil(1.2) + floor(1.8)") == .number(3))
        #expect(try evaluateExpression("round(2.5)") == .number(3))
        #expect(try evaluateExpression("round(-2.5)") == .number(-2))
        #expect(try evaluateExpression("sqrt(16)") == .number(4))
        #expect(try evaluateExpression("pow(2, 10)") == .number(1024))
        #expect(try evaluateExpression("exp(0) + log(1)") == .number(1))
        #expect(try evaluateExpression("max(1, 5, 3)") == .number(5))
        #expect(try evaluateExpression("min(1, '0', 3)") == .number(0))
        #expect(try evaluateExpression("max()") == .number(-.infinity))
        #expect(try evaluateExpression("clamp(15, 0, 10)") == .number(10))
        #expect(try evaluateExpression("clamp(-5, 0, 10)") == .number(0))
        #expect(try evaluateExpression("atan2(1, 1) * 4 == PI") == .bool(true))
        guard case .number(let n) = try evaluateExpression("max(1, NaN)") else { return }
        #expect(n.isNaN)
    }

    @Test("string functions: case, trimming, slicing, searching")
    func strings() throws {
        #expect(try evaluateExpression("upper('abc') + lower('DEF')") == .string("ABCdef"))
        #expect(try evaluateExpression("trim('  x y \\n')") == .string("x y"))
        #expect(try evaluateExpression("length('hello')") == .number(5))
        #expect(try evaluateExpression("substring('hello', 1, 3)") == .string("el"))
        #expect(try evaluateExpression("substring('hello', 3, 1)") == .string("el"))
        #expect(try evaluateExpression("substring('hello', 2)") == .string("llo"))
        #expect(try evaluateExpression("slice('hello', -3)") == .string("llo"))
        #expect(try evaluateExpression("slice('hello', 1, -1)") == .string("ell"))
        #expect(try evaluateExpression("indexof('banana', 'an')") == .number(1))
        #expect(try evaluateExpression("lastindexof('banana', 'an')") == .number(3))
        #expect(try evaluateExpression("indexof('banana', 'x')") == .number(-1))
        #expect(try evaluateExpression("indexof([1, 2, 3], 2)") == .number(1))
        #expect(try evaluateExpression("indexof([1, 2, 3], '2')") == .number(-1))
    }

    @Test("replace changes the first occurrence of plain text, with $ patterns")
    func replace() throws {
        #expect(try evaluateExpression("replace('a-b-c', '-', '+')") == .string("a+b-c"))
        #expect(try evaluateExpression("replace('abc', 'x', 'y')") == .string("abc"))
        #expect(try evaluateExpression("replace('cost', 'cost', '$$5 $&')") == .string("$5 cost"))
    }

    @Test("split gives an array that join, length and indexes read")
    func splitAndJoin() throws {
        #expect(try evaluateExpression("split('a,b,c', ',')") == .string("a,b,c"))
        #expect(try evaluateExpression("split('a,b,c', ',').length") == .number(3))
        #expect(try evaluateExpression("split('a,b,c', ',')[1]") == .string("b"))
        #expect(try evaluateExpression("join(split('a,b,c', ','), ' | ')") == .string("a | b | c"))
        #expect(try evaluateExpression("length(split('a,b,c', ',', 2))") == .number(2))
        #expect(try evaluateExpression("length(split('abc', ''))") == .number(3))
    }

    @Test("pad and truncate as Vega's utilities")
    func padAndTruncate() throws {
        #expect(try evaluateExpression("pad('ab', 5)") == .string("ab   "))
        #expect(try evaluateExpression("pad('ab', 5, '*', 'left')") == .string("***ab"))
        #expect(try evaluateExpression("pad('ab', 5, '*', 'center')") == .string("*ab**"))
        #expect(try evaluateExpression("pad(7, 3, '0', 'left')") == .string("007"))
        #expect(try evaluateExpression("truncate('abcdefgh', 5)") == .string("abcd…"))
        #expect(try evaluateExpression("truncate('abcdefgh', 5, 'left')") == .string("…efgh"))
        #expect(try evaluateExpression("truncate('abcdefgh', 5, 'center')") == .string("ab…gh"))
        #expect(try evaluateExpression("truncate('abc', 5)") == .string("abc"))
        #expect(try evaluateExpression("truncate('abcdefgh', 5, 'right', '...')") == .string("ab..."))
    }

    @Test("parseFloat and parseInt read leading numbers")
    func parsing() throws {
        #expect(try evaluateExpression("parseFloat('3.5kg')") == .number(3.5))
        #expect(try evaluateExpression("parseFloat('  -1e3x')") == .number(-1000))
        #expect(try evaluateExpression("parseInt('42px')") == .number(42))
        #expect(try evaluateExpression("parseInt('ff', 16)") == .number(255))
        #expect(try evaluateExpression("parseInt('0x1A')") == .number(26))
        guard case .number(let n) = try evaluateExpression("parseInt('abc')") else { return }
        #expect(n.isNaN)
    }

    @Test("inrange checks a value against an array's ends, inclusive by default")
    func inrange() throws {
        #expect(try evaluateExpression("inrange(5, [1, 10])") == .bool(true))
        #expect(try evaluateExpression("inrange(5, [10, 1])") == .bool(true))
        #expect(try evaluateExpression("inrange(10, [1, 10])") == .bool(true))
        #expect(try evaluateExpression("inrange(10, [1, 10], true, false)") == .bool(false))
        #expect(try evaluateExpression("inrange(11, [1, 10])") == .bool(false))
        #expect(try evaluateExpression("inrange(5, [])") == .bool(false))
    }

    @Test("array helpers: extent, span, peek, reverse, slice, clampRange")
    func arrays() throws {
        #expect(try evaluateExpression("extent([3, null, 1, NaN, 7])") == .string("1,7"))
        #expect(try evaluateExpression("span([2, 5, 9])") == .number(7))
        #expect(try evaluateExpression("peek([2, 5, 9])") == .number(9))
        #expect(try evaluateExpression("reverse([1, 2, 3])") == .string("3,2,1"))
        #expect(try evaluateExpression("slice([1, 2, 3, 4], 1, 3)") == .string("2,3"))
        #expect(try evaluateExpression("clampRange([8, 12], 0, 10)") == .string("6,10"))
    }

    @Test("if evaluates only the branch it takes")
    func ifFunction() throws {
        let row = Row(["a": .number(3)])
        #expect(try evaluateExpression("if(datum.a > 2, 'big', 'small')", row) == .string("big"))
        #expect(try evaluateExpression("if(datum.a > 5, 'big', 'small')", row) == .string("small"))
    }

    @Test("month and weekday names, wrapping around")
    func names() throws {
        #expect(try evaluateExpression("monthFormat(0)") == .string("January"))
        #expect(try evaluateExpression("monthAbbrevFormat(11)") == .string("Dec"))
        #expect(try evaluateExpression("monthFormat(12)") == .string("January"))
        #expect(try evaluateExpression("dayFormat(0)") == .string("Sunday"))
        #expect(try evaluateExpression("dayAbbrevFormat(-1)") == .string("Sat"))
        #expect(try evaluateExpression("monthFormat(1.5)") == .string(""))
    }

    @Test("format applies a d3-format specifier to the number")
    func numberFormat() throws {
        let row = Row(["v": .number(3.14159), "n": .string("1246"), "spec": .string(",")])
        #expect(try evaluateExpression("format(datum.v, '.1f')", row) == .string("3.1"))
        #expect(try evaluateExpression("format(datum.n, ',')", row) == .string("1,246"))
        #expect(try evaluateExpression("format(0.123, '.1%')") == .string("12.3%"))
        #expect(try evaluateExpression("format(1500, '~s')") == .string("1.5k"))
        #expect(try evaluateExpression("format(1246, datum.spec)", row) == .string("1,246"))
        #expect(try evaluateExpression("format(1246, datum.missing + 'q')", row) == .null)
    }

    @Test("an invalid literal format specifier is a parse error at the specifier")
    func invalidNumberFormat() throws {
        let e = try #require(expressionError("format(datum.v, '.1q')"))
        #expect(e.offset == 16)
        #expect(e.message.contains(".1q"))
    }

    @Test("timeFormat and utcFormat format dates in UTC with d3-time-format")
    func timeFormat() throws {
        let row = Row(["d": .date(1_267_795_845_006)])
        #expect(try evaluateExpression("timeFormat(datum.d, '%Y-%m-%d %H:%M')", row) == .string("2010-03-05 13:30"))
        #expect(try evaluateExpression("utcFormat(datum.d, '%b %Y')", row) == .string("Mar 2010"))
        #expect(try evaluateExpression("timeFormat(datetime(2010, 0, 1), '%A')") == .string("Friday"))
        #expect(try evaluateExpression("timeFormat(0, '%Y')") == .string("1970"))
    }
}
