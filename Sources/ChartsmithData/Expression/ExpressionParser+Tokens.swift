import ChartsmithSpec

// Moving over tokens, counting nesting depth, and the parser's errors.

extension ExpressionParser {
    /// Moves to the next token (kept out of line: the lexer's locals must not sit in
    /// the frames of the recursive parsing functions).
    @discardableResult
    @inline(never)
    mutating func advance() throws(ExpressionError) -> ExpressionToken {
        let t = token
        previous = t
        token = try lexer.next()
        return t
    }

    @inline(never)
    mutating func enter(_ offset: Int) throws(ExpressionError) {
        depth += 1
        if depth > Self.maxDepth { throw tooDeep(offset) }
    }

    @inline(never)
    func tooDeep(_ offset: Int) -> ExpressionError {
        error(offset, "the expression nests too deeply (more than \(Self.maxDepth) levels)")
    }

    /// Consumes the closing bracket for `opening`, or explains what is there instead.
    @inline(never)
    mutating func expectClosing(_ closing: String, opening: ExpressionToken) throws(ExpressionError) {
        guard token.isPunctuator(closing) else {
            let open = "\"\(lexer.characters[opening.start])\" (column \(opening.start + 1))"
            if case .end = token.kind {
                throw error(token.start, "unexpected end of expression: \(open) is never closed")
            }
            if token.isPunctuator(",") && closing == ")" {
                throw error(token.start, "a comma can only separate function arguments or array items")
            }
            throw unexpected(token, context: "; expected \"\(closing)\" to close \(open)")
        }
        try advance()
    }

    @inline(never)
    func error(_ offset: Int, _ message: String, suggestion: String? = nil) -> ExpressionError {
        lexer.error(offset, message, suggestion: suggestion)
    }

    /// An error for a token that cannot come here, with a better message for
    /// JavaScript that expressions do not support and for likely slips.
    @inline(never)
    func unexpected(_ t: ExpressionToken, context: String) -> ExpressionError {
        /// "unexpected X" followed by the context ("; expected …" or "after …").
        func message(_ what: String) -> String {
            context.isEmpty ? what : what + (context.hasPrefix(";") ? "" : " ") + context
        }
        switch t.kind {
        case .end:
            var what = "unexpected end of expression"
            if let p = previous, case .punctuator(let op) = p.kind { what += " after \"\(op)\"" }
            return error(t.start, context.hasPrefix(";") ? message(what) : what)
        case .punctuator(let p):
            switch p {
            case "=": return error(t.start, "\"=\" assigns a value, which expressions cannot do", suggestion: "==")
            case "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=", "**=":
                return error(t.start, "assignment (\"\(p)\") is not allowed in expressions")
            case "++", "--": return error(t.start, "\"\(p)\" is not allowed in expressions; write x \(p.first!) 1")
            case "**": return error(t.start, "the \"**\" operator is not supported; use pow(base, exponent)", suggestion: "pow")
            case "??": return error(t.start, "the \"??\" operator is not supported; use if(isValid(a), a, b)")
            case "?.": return error(t.start, "optional chaining (\"?.\") is not supported")
            case "=>": return error(t.start, "functions (\"=>\") cannot be defined in expressions")
            case "...": return error(t.start, "spread (\"...\") is not supported")
            case ";": return error(t.start, "an expression cannot contain \";\": write a single expression")
            case "/": return error(t.start, "regular expressions are not supported; replace() takes plain text")
            case ",": return error(t.start, "a comma can only separate function arguments or array items")
            default: break
            }
        case .name(let n):
            if let op = Self.operatorWords[n] {
                return error(t.start, "unexpected \(t.summary)", suggestion: op)
            }
            if let field = lastDotField, previous?.end == field.end, n != "datum", Self.literals[n] == nil,
               Self.constants[n] == nil, ExpressionFunction(rawValue: n) == nil {
                return error(t.start, message("unexpected \(t.summary)"), suggestion: "datum['\(field.name) \(n)']")
            }
            if Self.reservedWords.contains(n) {
                return error(t.start, "\"\(n)\" is not supported in expressions")
            }
        default:
            break
        }
        return error(t.start, message("unexpected \(t.summary)"))
    }
}
