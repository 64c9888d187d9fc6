import Testing
@testable import ChartsmithFormat

/// Expected values come from d3-format's README and test suite
/// (test/format-*-test.js, test/locale-test.js, test/formatPrefix-test.js).
@Suite("d3-format number formatting")
struct NumberFormatTests {
    private func f(_ specifier: String, _ value: Double, locale: NumberLocale = .default) throws -> String {
        try NumberFormat(specifier, locale: locale).format(value)
    }

    @Test("a comma groups thousands: format(\",d\")(1246) is \"1,246\"")
    func commaGroupsThousands() throws {
        #expect(try f(",d", 1246) == "1,246")
        #expect(try f(",d", 42_000_000) == "42,000,000")
        #expect(try f(",d", -4_200_000) == "−4,200,000")
        #expect(try f(",d", 1e21) == "1,000,000,000,000,000,000,000")
    }

    @Test("negative numbers use the Unicode minus sign by default, or hyphen-minus on request")
    func minusSign() throws {
        #expect(try f("d", -42) == "\u{2212}42")
        #expect(try f("d", -42, locale: NumberLocale.enUS.withHyphenMinus()) == "-42")
        #expect(try f(".2f", -1.5, locale: NumberLocale.deDE.withMinus("➖")) == "➖1,50")
    }

    @Test("the d type rounds to an integer and never uses exponent notation")
    func decimalType() throws {
        #expect(try f("d", 4.2) == "4")
        #expect(try f(".2d", -4.2) == "−4")
        #expect(try f("08d", -42) == "−0000042")
        #expect(try f("+08,d", 42) == "+0,000,042")
        #expect(try f(",d", 1.3e27) == "1,300,000,000,000,000,000,000,000,000")
    }

    @Test("negative zero and values rounding to zero lose their sign unless + is requested")
    func negativeZero() throws {
        #expect(try f("1d", -0.0) == "0")
        #expect(try f("1d", -1e-12) == "0")
        #expect(try f("+.1f", -0.0123) == "−0.0")
        #expect(try f(".1f", -0.0123) == "0.0")
    }

    @Test("percent: format(\".0%\")(0.123) is \"12%\"")
    func percent() throws {
        #expect(try f(".0%", 0.123) == "12%")
        #expect(try f(".0%", -0.42) == "−42%")
        #expect(try f(".1%", 0.234) == "23.4%")
        #expect(try f("020.0%", 42) == "0000000000000004200%")
        #expect(try f("p", 0.00123) == "0.123000%")
        #expect(try f("+.2p", -0.0123) == "−1.2%")
    }

    @Test("SI prefixes: format(\"~s\")(1500) is \"1.5k\"")
    func siPrefixes() throws {
        #expect(try f("~s", 1500) == "1.5k")
        #expect(try f("~s", 1e-6) == "1µ")
        #expect(try f("s", 1400) == "1.40000k")
        #expect(try f(".3s", 999.5) == "1.00k")
        #expect(try f(".3s", 145_999_999.999999347) == "146M")
        #expect(try f(".8s", 1.29e-30) == "0.0000013y")
        #expect(try f(".8s", 1.23e30) == "1230000.0Y")
        #expect(try f("$.2s", -2.5e8) == "−$250M")
        #expect(try f(",s", 42e30) == "42,000,000Y")
    }

    @Test("exponent notation: \".2e\" keeps two decimals of the mantissa")
    func exponent() throws {
        #expect(try f(".2e", 1246) == "1.25e+3")
        #expect(try f(".2e", -0.0123) == "−1.23e-2")
        #expect(try f("e", 42) == "4.200000e+1")
        #expect(try f(".0e", 42) == "4e+1")
        #expect(try f("~e", 42_000_000_000) == "4.2e+10")
    }

    @Test("fixed point rounds half away from zero on the exact binary value")
    func fixedPoint() throws {
        #expect(try f(".1f", 0.49) == "0.5")
        #expect(try f(".2f", 0.449) == "0.45")
        #expect(try f(".5f", 100) == "100.00000")
        #expect(try f(".0f", 2.5) == "3")
        #expect(try f(".2f", 1.005) == "1.00")  // 1.005 is 1.00499999999999989… in binary
        #expect(try f("10,.2f", 1_234_567.449) == "1,234,567.45")
        #expect(try f(".21f", 0.1) == "0.10000000000000000555")  // precision clamped to 20
    }

    @Test("general and rounded significant digits")
    func significantDigits() throws {
        #expect(try f(".1g", 0.049) == "0.05")
        #expect(try f(".1g", 100) == "1e+2")
        #expect(try f(".5g", 100.2) == "100.20")
        #expect(try f(".2r", 0) == "0.0")
        #expect(try f(".1r", 123.45) == "100")
        #expect(try f(".4r", 123.45) == "123.5")
        #expect(try f(".2r", 1e-22) == "0.00000000000000000000010")
        #expect(try f("~r", 123.4567) == "123.457")
    }

    @Test("no type means 12 significant digits with insignificant zeros trimmed")
    func noType() throws {
        #expect(try f("", 0.1 + 0.2) == "0.3")
        #expect(try f(".1", 4.9) == "5")
        #expect(try f(".5", 1.00001e6) == "1e+6")
        #expect(try f("$", -4.2) == "−$4.2")
        #expect(try f(",~g", 10000.1) == "10,000.1")
        #expect(try f("n", 1246.5) == "1,246.50")
    }

    @Test("integer radix types b, o, x, X and the # prefix")
    func radixTypes() throws {
        #expect(try f("x", 1246.5) == "4df")
        #expect(try f("X", 3_735_928_559) == "DEADBEEF")
        #expect(try f("#x", 1246.5) == "0x4df")
        #expect(try f("#b", 1246.5) == "0b10011011111")
        #expect(try f("o", 1246.5) == "2337")
        #expect(try f(",b", 1024) == "10,000,000,000")
    }

    @Test("the c type prints the number as JavaScript's String(value)")
    func characterType() throws {
        #expect(try f("c", 1246.5) == "1246.5")
        #expect(try f("c", -0.0123) == "-0.0123")
        #expect(try f("c", 1e21) == "1e+21")
    }

    @Test("parentheses wrap negative numbers and replace the minus sign")
    func parentheses() throws {
        #expect(try f("(.2f", -1246.5) == "(1246.50)")
        #expect(try f("(.2f", 1246.5) == "1246.50")
        #expect(try f("($,.2f", -0.0123) == "($0.01)")
        #expect(try f("(.2f", -0.001) == "0.00")
    }

    @Test("fill, alignment and width")
    func alignment() throws {
        #expect(try f("8d", -42) == "     −42")
        #expect(try f("_>8d", -4) == "______−4")
        #expect(try f("<8,d", 0) == "0       ")
        #expect(try f("^21,d", 1000) == "        1,000        ")
        #expect(try f("=+8,d", 0) == "+      0")
        #expect(try f("=+$8,d", 0) == "+$     0")
        #expect(try f(" 8,d", 1) == "       1")
        #expect(try f("013,d", -42_000_000) == "−0,042,000,000")
        #expect(try f("020,s", 42e12) == "00,000,000,042.0000T")
    }

    @Test("currency comes from the locale: en-GB \"$,.2f\" formats 1246 as \"£1,246.00\"")
    func currencyLocale() throws {
        #expect(try f("$,.2f", 1246) == "$1,246.00")
        #expect(try f("$,.2f", 1246, locale: .enGB) == "£1,246.00")
        #expect(try f("$,.2f", 1246.5, locale: .deDE) == "1.246,50\u{A0}€")
        #expect(try f("$,.2f", -1246.5, locale: .esES) == "−1.246,50\u{A0}€")
        #expect(try f("$,.2f", 1246.5, locale: .frFR) == "1\u{A0}246,50\u{A0}€")
        #expect(try f(".0%", 0.123, locale: .frFR) == "12\u{202F}%")
        #expect(try f("+$,.2f", 1e4) == "+$10,000.00")
    }

    @Test("locale definitions control decimal point, grouping and numerals")
    func customLocales() throws {
        #expect(try f("06.2f", 2, locale: NumberLocale(decimal: "|")) == "002|00")
        #expect(try f("012,.2f", 2, locale: NumberLocale(thousands: ",", grouping: [2, 3])) == "00,000,02.00")
        #expect(try f(",d", 1e12, locale: NumberLocale(thousands: ",", grouping: [3, 2, 2, 2, 2, 2, 2])) == "10,00,00,00,00,000")
        #expect(try f("$.3s", 1.2e9, locale: NumberLocale(decimal: ",", currencySuffix: " €")) == "1,20G €")
        let arabic = NumberLocale(decimal: "٫", thousands: "٬", grouping: [3],
                                  numerals: ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"])
        #expect(try f(",.2f", 1234.5, locale: arabic) == "١٬٢٣٤٫٥٠")
    }

    @Test("built-in locales are found by BCP-47 name")
    func localeLookup() {
        #expect(NumberLocale.named("en-GB") == .enGB)
        #expect(NumberLocale.named("de_de") == .deDE)
        #expect(NumberLocale.named("fr-FR")?.thousands == "\u{A0}")
        #expect(NumberLocale.named("xx-YY") == nil)
        #expect(NumberLocale.default.minus == "\u{2212}")
    }

    @Test("an invalid specifier throws a clear error")
    func invalidSpecifier() {
        #expect(throws: FormatError.invalidSpecifier("q")) { try NumberFormat("q") }
        #expect(throws: FormatError.invalidSpecifier("foo")) { try NumberFormat("foo") }
        #expect(throws: FormatError.invalidSpecifier(".-2s")) { try NumberFormat(".-2s") }
        #expect(throws: FormatError.invalidSpecifier(".f")) { try NumberFormat(".f") }
        #expect(FormatError.invalidSpecifier("q").description == "invalid format specifier 'q'")
    }

    @Test("lenient parsing treats unknown types like d3 does, as 12 trimmed significant digits")
    func lenientUnknownType() throws {
        #expect(try NumberFormat("q", strict: false).format(1.5) == "1.5")
        #expect(try NumberFormat(".2Z", strict: false).format(0.3333) == "0.33")
    }

    @Test("a specifier prints back as d3's FormatSpecifier.toString()")
    func specifierDescription() throws {
        #expect(try FormatSpecifier("").description == " >-")
        #expect(try FormatSpecifier("_^+$012,.2~f").description == "_^+$012,.2~f")
        var spec = try FormatSpecifier("")
        spec.precision = -1
        #expect(spec.description == " >-.0")
        #expect(try FormatSpecifier("0<8").fill == "0")
        #expect(try FormatSpecifier("<8").align == "<")
    }

    @Test("formatPrefix fixes the SI prefix from a reference value")
    func formatPrefix() throws {
        #expect(try NumberFormat.prefixed(",.0", value: 1e-6).format(0.00042) == "420µ")
        #expect(try NumberFormat.prefixed(",.0", value: 1e-6).format(0.0042) == "4,200µ")
        #expect(try NumberFormat.prefixed(",.3", value: 1e-3).format(0.00042) == "0.420m")
        #expect(try NumberFormat.prefixed(" $12,.1", value: 1e6).format(-42e6) == "      −$42.0M")
        #expect(try NumberFormat.prefixed(" $12,.1", value: 1e6).format(4.2e6) == "        $4.2M")
    }

    @Test("precisionFixed, precisionPrefix and precisionRound match d3-format")
    func precisions() {
        #expect(precisionFixed(1) == 0)
        #expect(precisionFixed(0.01) == 2)
        #expect(precisionFixed(8.1) == 0)
        #expect(precisionPrefix(1e5, 1.3e6) == 1)
        #expect(precisionPrefix(1e-6, 1) == 6)
        #expect(precisionRound(0.01, 1.01) == 3)
        #expect(precisionRound(0.1, 1.1) == 2)
        #expect(precisionFixed(.nan) == nil)
    }

    @Test("Vega's formatFloat trims zeros after 12 significant digits")
    func vegaFloat() throws {
        #expect(try NumberFormat.vegaFloat().format(0.1) == "0.1")
        #expect(try NumberFormat.vegaFloat().format(1000) == "1,000")
        #expect(try NumberFormat.vegaFloat().format(1.0 / 3) == "0.333333333333")
        #expect(try NumberFormat.vegaFloat("e").format(1500) == "1.5e+3")
        #expect(try NumberFormat.vegaFloat(",.2f").format(1500) == "1,500.00")
        #expect(try NumberFormat.vegaFloat(locale: .deDE).format(2.5) == "2,5")
    }
}

@Suite("JavaScript number primitives")
struct JavaScriptNumberTests {
    @Test("toString gives the shortest round-trip digits in JavaScript's layout")
    func toStringLayout() {
        #expect(JavaScriptNumber.toString(0.1 + 0.2) == "0.30000000000000004")
        #expect(JavaScriptNumber.toString(1e21) == "1e+21")
        #expect(JavaScriptNumber.toString(1e20) == "100000000000000000000")
        #expect(JavaScriptNumber.toString(1e-7) == "1e-7")
        #expect(JavaScriptNumber.toString(0.000001) == "0.000001")
        #expect(JavaScriptNumber.toString(-1.5e-10) == "-1.5e-10")
        #expect(JavaScriptNumber.toString(5e-324) == "5e-324")
    }

    @Test("toFixed, toExponential and toPrecision round ties away from zero")
    func rounding() {
        #expect(JavaScriptNumber.toFixed(2.5, 0) == "3")
        #expect(JavaScriptNumber.toFixed(0.125, 2) == "0.13")
        #expect(JavaScriptNumber.toFixed(1e21, 2) == "1e+21")
        #expect(JavaScriptNumber.toExponential(0, 2) == "0.00e+0")
        #expect(JavaScriptNumber.toExponential(123456, nil) == "1.23456e+5")
        #expect(JavaScriptNumber.toPrecision(0.000001234, 2) == "0.0000012")
        #expect(JavaScriptNumber.toPrecision(1.234e-7, 2) == "1.2e-7")
        #expect(JavaScriptNumber.toPrecision(123456, 2) == "1.2e+5")
    }

    @Test("Math.round rounds half up and Math.pow(10, n) matches V8")
    func math() {
        #expect(JavaScriptNumber.round(-2.5) == -2)
        #expect(JavaScriptNumber.round(2.5) == 3)
        #expect(JavaScriptNumber.round(0.49999999999999994) == 0)
        #expect(JavaScriptMath.pow(10, -4) == 0.00009999999999999999)
        #expect(JavaScriptMath.pow(10, -3) == 0.001)
        #expect(JavaScriptMath.pow(10, 22) == 1e22)
        #expect(JavaScriptMath.pow(2, 10) == 1024)
        #expect(JavaScriptMath.pow(1, .infinity).isNaN)
    }
}
