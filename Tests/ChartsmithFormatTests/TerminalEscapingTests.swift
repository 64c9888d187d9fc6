import ChartsmithFormat
import Testing

/// Issue 18: the terminal escaper, the bound on messages and quoted tokens.
@Suite("Terminal escaping")
struct TerminalEscapingTests {
    @Test("control characters print as \\u escapes; line feeds kept or escaped as asked")
    func controls() {
        #expect(Escaping.terminal("a\u{1B}[2Jb\u{07}\u{0}\u{9B}\u{7F}\tc\nd") == "a\\u001B[2Jb\\u0007\\u0000\\u009B\\u007F\\u0009c\nd")
        #expect(Escaping.terminal("x\ny", keepingNewlines: false) == "x\\u000Ay")
        #expect(Escaping.terminal("plain é ✓") == "plain é ✓")
    }

    @Test("invalid UTF-8 prints as \\xNN, valid sequences as themselves")
    func bytes() {
        #expect(Escaping.terminal(bytes: [0x61, 0xFF, 0xC3, 0xA9, 0xC3, 0x1B, 0xED, 0xA0, 0x80]) == "a\\xFFé\\xC3\\u001B\\xED\\xA0\\x80")
    }

    @Test("bounded keeps both ends; quotedToken cuts, escapes and quotes")
    func bounds() {
        let long = String(repeating: "a", count: 600) + String(repeating: "z", count: 600)
        let cut = Escaping.bounded(long, limit: 101)
        #expect(cut.count == 101 && cut.hasPrefix("aaa") && cut.hasSuffix("zzz") && cut.contains("…"))
        #expect(Escaping.bounded("short", limit: 10) == "short")
        #expect(Escaping.quotedToken(String(repeating: "x", count: 100), limit: 5) == "\"xxxxx…\"")
        #expect(Escaping.quotedToken("a\u{1B}b") == "\"a\\u001Bb\"")
        #expect(Escaping.printable(String(repeating: "\u{0}", count: 1 << 20)).count <= Escaping.messageLimit)
    }
}
