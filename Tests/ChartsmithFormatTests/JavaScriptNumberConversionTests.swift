import Testing
@testable import ChartsmithFormat

/// Expected values are what V8 gives for the same calls.
@Suite("JavaScript number conversions: text to number, integers, white space")
struct JavaScriptNumberConversionTests {
    @Test("Number(text): white space ignored, blank is 0, radix prefixes, Infinity, else NaN")
    func toNumber() {
        #expect(JavaScriptNumber.parse(" \u{A0}12.5e1\n") == 125)
        #expect(JavaScriptNumber.parse("") == 0)
        #expect(JavaScriptNumber.parse("0x1F") == 31)
        #expect(JavaScriptNumber.parse("0b101") == 5)
        #expect(JavaScriptNumber.parse("-Infinity") == -.infinity)
        #expect(JavaScriptNumber.parse("-0x1F").isNaN)
        #expect(JavaScriptNumber.parse("12px").isNaN)
        #expect(JavaScriptNumber.parse(".5") == 0.5)
    }

    @Test("parseFloat and parseInt read the longest prefix")
    func prefixes() {
        #expect(JavaScriptNumber.parseFloat("  3.25em") == 3.25)
        #expect(JavaScriptNumber.parseFloat("1e") == 1)
        #expect(JavaScriptNumber.parseFloat("px").isNaN)
        #expect(JavaScriptNumber.parseInt("0x1f", radix: nil) == 31)
        #expect(JavaScriptNumber.parseInt("-12.9", radix: nil) == -12)
        #expect(JavaScriptNumber.parseInt("z", radix: 36) == 35)
        #expect(JavaScriptNumber.parseInt("10", radix: 1).isNaN)
    }

    @Test("ToInt32, ToUint32 and ToIntegerOrInfinity wrap and truncate as ECMA-262 says")
    func integers() {
        #expect(JavaScriptNumber.toInt32(4_294_967_295) == -1)
        #expect(JavaScriptNumber.toInt32(-2_147_483_649) == 2_147_483_647)
        #expect(JavaScriptNumber.toUInt32(-1) == 4_294_967_295)
        #expect(JavaScriptNumber.toUInt32(.nan) == 0)
        #expect(JavaScriptNumber.integerOrInfinity(-2.7) == -2)
        #expect(JavaScriptNumber.integerOrInfinity(.nan) == 0)
        #expect(JavaScriptNumber.isInteger(3) && !JavaScriptNumber.isInteger(3.5))
    }

    @Test("trim drops ECMA-262 white space and line terminators, at either end or both")
    func whitespace() {
        let text = "\u{FEFF}\u{2028} a b \u{3000}\t"
        #expect(text.trimmingJavaScriptWhitespace() == "a b")
        #expect(text.trimmingJavaScriptWhitespace(trailing: false) == "a b \u{3000}\t")
        #expect(!Unicode.Scalar(0x200B)!.isJavaScriptWhitespace)
    }
}
