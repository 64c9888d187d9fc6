import ChartsmithFormat

/// One lexical token of a Vega expression, with the characters it spans.
struct ExpressionToken: Sendable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        /// An identifier or reserved word (`datum`, `year`, `true`, `if`, `typeof`…).
        case name(String)
        /// An operator or punctuation mark, longest match first (`!==`, `>>>`, `(`…).
        case punctuator(String)
        case end
    }

    var kind: Kind
    /// Offset of the first character.
    var start: Int
    /// Offset just past the last character.
    var end: Int

    /// Whether the token is the punctuator `p`.
    func isPunctuator(_ p: String) -> Bool {
        if case .punctuator(let q) = kind { return p == q }
        return false
    }

    /// The name, when the token is one.
    var name: String? {
        if case .name(let n) = kind { return n }
        return nil
    }

    /// How the token reads in an error message: `")"`, `number 2`, `name "foo"`,
    /// `string "abc"`, `the end of the expression`.
    var summary: String {
        switch kind {
        case .number(let n): return "number \(JavaScriptNumber.toString(n))"
        case .string(let s): return "string \"\(s.count > 30 ? String(s.prefix(30)) + "…" : s)\""
        case .name(let n): return "name \"\(n.count > 40 ? String(n.prefix(40)) + "…" : n)\""
        case .punctuator(let p): return "\"\(p)\""
        case .end: return "the end of the expression"
        }
    }
}
