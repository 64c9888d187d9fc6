import Testing
import ChartsmithFormat

@Suite("Escaping: JSON, HTML and XML text")
struct EscapingTests {
    @Test("HTML escapes the five markup characters, the apostrophe as &#39;")
    func html() {
        #expect(Escaping.html("Rates <b>&</b> \"totals\" 'x'") == "Rates &lt;b&gt;&amp;&lt;/b&gt; &quot;totals&quot; &#39;x&#39;")
        #expect(Escaping.html("é\u{1}😀") == "é\u{1}😀")
    }

    @Test("XML escapes the five markup characters, the apostrophe as &apos;, and drops what XML 1.0 forbids")
    func xml() {
        #expect(Escaping.xml("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        #expect(Escaping.xml("tab\there\u{1}\u{FFFE}\u{B}é😀\n") == "tab\thereé😀\n")
    }

    @Test("plain JSON: short escapes for quote, backslash, newline, return and tab; lower-case \\u for the rest")
    func plainJSON() {
        #expect(Escaping.jsonQuoted("a\"b\\c\nd\re\tf") == #""a\"b\\c\nd\re\tf""#)
        #expect(Escaping.jsonQuoted("\u{8}\u{C}\u{1F}\u{2028}") == "\"\\u0008\\u000c\\u001f\u{2028}\"")
    }

    @Test("diagnostic JSON: \\b, \\f and upper-case hexadecimal digits")
    func diagnosticJSON() {
        #expect(Escaping.jsonQuoted("\u{8}\u{C}\u{1F}é", style: .diagnostic) == "\"\\b\\f\\u001Fé\"")
    }

    @Test("JSON lines also escape U+2028 and U+2029")
    func jsonLines() {
        #expect(Escaping.jsonQuoted("a\u{2028}b\u{2029}\u{1B}", style: .jsonLines) == "\"a\\u2028b\\u2029\\u001b\"")
    }

    @Test("a \\u escape has at least four digits")
    func unicodeEscape() {
        #expect(Escaping.jsonUnicodeEscape(0x1B) == "\\u001B")
        #expect(Escaping.jsonUnicodeEscape(0xD83D, uppercase: false) == "\\ud83d")
    }
}
