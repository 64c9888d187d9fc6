import ChartsmithSpec

/// Parses a Vega expression into an ``ExpressionNode`` tree, resolving names as it goes:
/// `datum` fields, constants (`PI`, `NaN`…) and functions, each checked for its number
/// of arguments.
///
/// Safe on hostile input: one pass over the tokens (runs of operators are gathered on
/// an explicit stack, never by recursion), and at most ``maxDepth`` levels of nesting
/// before an error, counted both in the text (parentheses, brackets, calls, unary
/// operators, `?` branches) and in the tree (its height, which bounds evaluation's
/// recursion), so neither parsing nor evaluation can exhaust the stack.
struct ExpressionParser {
    /// Deepest nesting accepted.
    static let maxDepth = 100

    /// Math constants, by their Vega names.
    static let constants: [String: Double] = [
        "E": 2.718281828459045, "LN2": 0.6931471805599453, "LN10": 2.302585092994046,
        "LOG2E": 1.4426950408889634, "LOG10E": 0.4342944819032518, "PI": Double.pi,
        "SQRT1_2": 0.7071067811865476, "SQRT2": 1.4142135623730951,
        "MIN_VALUE": Double.leastNonzeroMagnitude, "MAX_VALUE": Double.greatestFiniteMagnitude,
    ]

    /// Names that read as literals.
    static let literals: [String: ExpressionValue] = [
        "true": .bool(true), "false": .bool(false), "null": .null, "undefined": .undefined,
        "NaN": .number(.nan), "Infinity": .number(.infinity),
    ]

    /// JavaScript reserved words that expressions cannot use (`if` is Vega's function).
    static let reservedWords: Set<String> = [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
        "else", "export", "extends", "finally", "for", "function", "import", "in", "instanceof", "new",
        "return", "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with",
        "yield", "let", "static", "enum", "await", "implements", "package", "protected", "interface",
        "private", "public",
    ]

    /// Words from other languages, with the operator they probably mean.
    static let operatorWords: [String: String] = ["and": "&&", "or": "||", "not": "!", "AND": "&&", "OR": "||", "NOT": "!"]

    private var lexer: ExpressionLexer
    /// The next token, not yet consumed.
    private var token: ExpressionToken
    /// The token consumed last.
    private var previous: ExpressionToken?
    private var depth = 0
    /// Every `datum` field referenced.
    private(set) var fields: Set<String> = []
    private var fieldReferences = 0
    /// The last `datum.name` written with a dot, and where its name ends.
    private var lastDotField: (name: String, end: Int)?

    /// Parses a whole expression; the tree and the fields it reads.
    static func parse(_ source: String) throws(ExpressionError) -> (node: ExpressionNode, fields: Set<String>) {
        var parser = try ExpressionParser(source)
        let parsed = try parser.parseWhole()
        return (parsed.node, parser.fields)
    }

    private init(_ source: String) throws(ExpressionError) {
        lexer = ExpressionLexer(source)
        token = ExpressionToken(kind: .end, start: 0, end: 0)
        token = try lexer.next()
    }

    /// A parsed subexpression and the height of its tree (0 for a literal or field),
    /// which bounds the recursion evaluating it.
    private struct Parsed {
        var node: ExpressionNode
        var height: Int
    }

    /// A node over `children`, refused if it makes the tree taller than ``maxDepth``.
    private func make(_ node: ExpressionNode, over children: [Parsed], at offset: Int) throws(ExpressionError) -> Parsed {
        let height = 1 + (children.lazy.map(\.height).max() ?? 0)
        if height > Self.maxDepth { throw tooDeep(offset) }
        return Parsed(node: node, height: height)
    }

    private static func leaf(_ node: ExpressionNode) -> Parsed { Parsed(node: node, height: 0) }

    private mutating func parseWhole() throws(ExpressionError) -> Parsed {
        if case .end = token.kind { throw error(0, "the expression is empty") }
        let parsed = try parseConditional()
        guard case .end = token.kind else {
            if token.isPunctuator(")") { throw error(token.start, "unmatched \")\"") }
            throw unexpected(token, context: "after a complete expression; is an operator missing?")
        }
        return parsed
    }

    // MARK: Grammar

    // The functions on the recursive path keep their rarer branches in separate,
    // non-inlined functions, so that each level of nesting costs little stack.

    /// `test ? value : test ? value : … : otherwise`, gathered into one node.
    private mutating func parseConditional() throws(ExpressionError) -> Parsed {
        let test = try parseBinary()
        guard token.isPunctuator("?") else { return test }
        return try parseConditionalCases(after: test)
    }

    @inline(never)
    private mutating func parseConditionalCases(after first: Parsed) throws(ExpressionError) -> Parsed {
        var parts: [Parsed] = []
        var cases: [ConditionalCase] = []
        var firstQuestion = 0
        var test = first
        while token.isPunctuator("?") {
            let question = try advance()
            if cases.isEmpty { firstQuestion = question.start }
            try enter(question.start)
            let value = try parseConditional()
            depth -= 1
            guard token.isPunctuator(":") else {
                throw unexpected(token, context: "; expected the \":\" that goes with \"?\" (column \(question.start + 1))")
            }
            try advance()
            cases.append(ConditionalCase(test: test.node, value: value.node))
            parts.append(test)
            parts.append(value)
            test = try parseBinary()
        }
        if cases.isEmpty { return test }
        parts.append(test)
        return try make(.conditional(cases, otherwise: test.node), over: parts, at: firstQuestion)
    }

    /// An operator of a binary expression, logical or not.
    private enum Infix {
        case logical(LogicalOperator)
        case binary(BinaryOperator)

        var precedence: Int {
            switch self {
            case .logical(let op): return op.precedence
            case .binary(let op): return op.precedence
            }
        }
    }

    /// A run of operands joined by operators of one precedence, still being read.
    private struct Run {
        var precedence: Int
        /// Where the run's first operator is.
        var offset: Int
        var operands: [ExpressionNode]
        var operators: [Infix]
        var height: Int
    }

    /// The node for a run, given its last operand.
    private func finish(_ run: Run, with last: Parsed) throws(ExpressionError) -> Parsed {
        var operands = run.operands
        operands.append(last.node)
        let height = 1 + max(run.height, last.height)
        if height > Self.maxDepth { throw tooDeep(run.offset) }
        if case .logical(let op) = run.operators[0] { return Parsed(node: .logical(op, operands), height: height) }
        var steps: [BinaryStep] = []
        steps.reserveCapacity(run.operators.count)
        for (i, infix) in run.operators.enumerated() {
            if case .binary(let op) = infix { steps.append(BinaryStep(op: op, operand: operands[i + 1])) }
        }
        return Parsed(node: .binary(operands[0], steps), height: height)
    }

    /// Binary and logical operators by precedence, on an explicit stack of runs (as
    /// Esprima does): `a - b + c * d` is one run of `-`/`+` whose last operand is a run
    /// of `*`.
    private mutating func parseBinary() throws(ExpressionError) -> Parsed {
        let first = try parseUnary()
        guard try infixOperator() != nil else { return first }
        return try parseRuns(after: first)
    }

    @inline(never)
    private mutating func parseRuns(after first: Parsed) throws(ExpressionError) -> Parsed {
        var current = first
        var runs: [Run] = []
        while let op = try infixOperator() {
            while (runs.last?.precedence ?? 0) > op.precedence {
                current = try finish(runs.removeLast(), with: current)
            }
            // No copy of the run may be alive here, or appending would copy its arrays.
            if runs.last?.precedence == op.precedence {
                runs[runs.count - 1].operands.append(current.node)
                runs[runs.count - 1].operators.append(op)
                runs[runs.count - 1].height = max(runs[runs.count - 1].height, current.height)
            } else {
                runs.append(Run(precedence: op.precedence, offset: token.start, operands: [current.node],
                                operators: [op], height: current.height))
            }
            try advance()
            current = try parseUnary()
        }
        while let run = runs.popLast() { current = try finish(run, with: current) }
        return current
    }

    /// The binary operator the next token is, if any; refuses JavaScript operators
    /// that expressions do not have.
    private func infixOperator() throws(ExpressionError) -> Infix? {
        switch token.kind {
        case .punctuator("||"): return .logical(.or)
        case .punctuator("&&"): return .logical(.and)
        case .punctuator(let p): return BinaryOperator(rawValue: p).map(Infix.binary)
        case .name(let n) where n == "in" || n == "instanceof":
            throw error(token.start, "the \"\(n)\" operator is not supported")
        default: return nil
        }
    }

    private mutating func parseUnary() throws(ExpressionError) -> Parsed {
        if case .punctuator(let p) = token.kind, let op = UnaryOperator(rawValue: p) {
            let t = try advance()
            try enter(t.start)
            let operand = try parseUnary()
            depth -= 1
            return try make(.unary(op, operand.node), over: [operand], at: t.start)
        }
        return try parsePostfix()
    }

    /// A primary expression followed by `.name` and `[key]` accesses.
    private mutating func parsePostfix() throws(ExpressionError) -> Parsed {
        let base = try parsePrimary()
        guard token.isPunctuator(".") || token.isPunctuator("[") || token.isPunctuator("(") else { return base }
        return try parseAccesses(of: base)
    }

    @inline(never)
    private mutating func parseAccesses(of base: Parsed) throws(ExpressionError) -> Parsed {
        var keys: [Parsed] = []
        var firstAccess = 0
        while true {
            if token.isPunctuator(".") {
                let dot = try advance()
                if keys.isEmpty { firstAccess = dot.start }
                guard let name = token.name else {
                    throw unexpected(token, context: "; expected a property name after \".\"")
                }
                try advance()
                keys.append(Self.leaf(.constant(.string(name))))
            } else if token.isPunctuator("[") {
                let open = try advance()
                if keys.isEmpty { firstAccess = open.start }
                try enter(open.start)
                let key = try parseConditional()
                try expectClosing("]", opening: open)
                depth -= 1
                keys.append(key)
            } else if token.isPunctuator("(") {
                throw error(token.start, "only functions can be called, as in year(datum.date)")
            } else {
                break
            }
        }
        if keys.isEmpty { return base }
        return try make(.member(base.node, keys.map(\.node)), over: [base] + keys, at: firstAccess)
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Parsed {
        switch token.kind {
        case .number(let n):
            try advance()
            return Self.leaf(.constant(.number(n)))
        case .string(let s):
            try advance()
            return Self.leaf(.constant(.string(s)))
        case .name:
            return try parseName()
        case .punctuator("("):
            return try parseGroup()
        case .punctuator("["):
            return try parseArray()
        default:
            throw unexpected(token, context: "")
        }
    }

    /// `( expression )`
    @inline(never)
    private mutating func parseGroup() throws(ExpressionError) -> Parsed {
        let open = try advance()
        try enter(open.start)
        let inner = try parseConditional()
        try expectClosing(")", opening: open)
        depth -= 1
        return inner
    }

    /// `[a, b, …]`; a hole (`[1, , 2]`) is undefined.
    private mutating func parseArray() throws(ExpressionError) -> Parsed {
        let open = try advance()
        try enter(open.start)
        var items: [Parsed] = []
        while !token.isPunctuator("]") {
            if token.isPunctuator(",") {
                try advance()
                items.append(Self.leaf(.constant(.undefined)))
                continue
            }
            items.append(try parseConditional())
            if token.isPunctuator(",") {
                try advance()
            } else if !token.isPunctuator("]") {
                try expectClosing("]", opening: open)
            }
        }
        try advance()
        depth -= 1
        return try make(.array(items.map(\.node)), over: items, at: open.start)
    }

    private mutating func parseName() throws(ExpressionError) -> Parsed {
        let t = try advance()
        let name = t.name!
        if name == "datum" { return Self.leaf(try parseDatum(t)) }
        if let literal = Self.literals[name] { return Self.leaf(.constant(literal)) }
        if let constant = Self.constants[name] { return Self.leaf(.constant(.number(constant))) }
        if token.isPunctuator("(") { return try parseCall(name, t) }
        throw unknownName(name, t)
    }

    /// The error for a name that is not a field, literal, constant or call.
    @inline(never)
    private func unknownName(_ name: String, _ t: ExpressionToken) -> ExpressionError {
        if let reason = ExpressionFunction.refused[name] { return error(t.start, reason) }
        if ExpressionFunction(rawValue: name) != nil || ExpressionFunction.unsupported.contains(name) {
            return error(t.start, "\"\(name)\" is a function: call it as \(name)(...)")
        }
        if let op = Self.operatorWords[name] {
            return error(t.start, "unknown name \"\(name)\"", suggestion: op)
        }
        if Self.reservedWords.contains(name) {
            return error(t.start, "\"\(name)\" is not supported in expressions")
        }
        var candidates = ["datum"] + Self.literals.keys.sorted() + Self.constants.keys.sorted()
        candidates.removeAll { $0 == "undefined" }
        let suggestion = Suggest.closest(to: name, in: candidates) ?? "datum.\(name)"
        return error(t.start, "unknown name \"\(name)\" (fields are read as datum.field)", suggestion: suggestion)
    }

    /// `datum.name` or `datum[key]` with a key that does not depend on the row.
    private mutating func parseDatum(_ datum: ExpressionToken) throws(ExpressionError) -> ExpressionNode {
        let name: String
        if token.isPunctuator(".") {
            try advance()
            guard let n = token.name else {
                throw unexpected(token, context: "; expected a field name after \"datum.\"")
            }
            let t = try advance()
            name = n
            lastDotField = (n, t.end)
        } else if token.isPunctuator("[") {
            let open = try advance()
            try enter(open.start)
            let keyStart = token.start
            let before = fieldReferences
            let key = try parseConditional()
            try expectClosing("]", opening: open)
            depth -= 1
            guard fieldReferences == before else {
                throw error(keyStart, "the field name in datum[...] must not depend on the row (write datum['name'])")
            }
            name = ExpressionEvaluator.evaluate(key.node, Row()).jsString
        } else {
            var suggestion: String?
            if case .number = token.kind, token.start == datum.end {
                // `datum.2010` reads as `datum` then the number `.2010`.
                let digits = String(lexer.characters[(token.start + 1)..<token.end])
                suggestion = "datum['\(digits)']"
            }
            throw error(datum.start, "\"datum\" must be followed by a field, as datum.name or datum['name']",
                        suggestion: suggestion)
        }
        fields.insert(name)
        fieldReferences += 1
        return .field(name)
    }

    /// `name(arguments…)` for a known function with the right number of arguments.
    private mutating func parseCall(_ name: String, _ nameToken: ExpressionToken) throws(ExpressionError) -> Parsed {
        guard let function = ExpressionFunction(rawValue: name) else { throw unknownFunction(name, nameToken) }
        let open = try advance()
        try enter(open.start)
        var arguments: [Parsed] = []
        /// Start of each argument, and whether it reads no field.
        var argumentStarts: [Int] = []
        var argumentsConstant: [Bool] = []
        if token.isPunctuator(")") {
            try advance()
        } else {
            while true {
                let before = fieldReferences
                argumentStarts.append(token.start)
                arguments.append(try parseConditional())
                argumentsConstant.append(fieldReferences == before)
                if token.isPunctuator(",") {
                    try advance()
                } else if token.isPunctuator(")") {
                    try advance()
                    break
                } else if case .end = token.kind {
                    try expectClosing(")", opening: open)
                } else {
                    throw unexpected(token, context: "; expected \",\" or \")\" in the arguments of \(name)(...)")
                }
            }
        }
        depth -= 1
        return try finishCall(function, arguments, nameToken, argumentStarts, argumentsConstant)
    }

    /// The error for a call of a function that is not available.
    @inline(never)
    private func unknownFunction(_ name: String, _ nameToken: ExpressionToken) -> ExpressionError {
        if let reason = ExpressionFunction.refused[name] { return error(nameToken.start, reason) }
        if ExpressionFunction.unsupported.contains(name) {
            return error(nameToken.start, "the Vega function \"\(name)\" is not supported by Chartsmith")
        }
        if let alternative = ExpressionFunction.alternatives[name] {
            return error(nameToken.start, alternative.message, suggestion: alternative.suggestion)
        }
        let candidates = ExpressionFunction.allCases.map(\.rawValue)
            + ExpressionFunction.refused.keys.sorted() + ExpressionFunction.unsupported.sorted()
        return error(nameToken.start, "unknown function \"\(name)\"",
                     suggestion: Suggest.closest(to: name, in: candidates))
    }

    /// Checks the number of arguments and prepares formatters with literal specifiers.
    @inline(never)
    private func finishCall(_ function: ExpressionFunction, _ arguments: [Parsed], _ nameToken: ExpressionToken,
                            _ argumentStarts: [Int], _ argumentsConstant: [Bool]) throws(ExpressionError) -> Parsed {
        let (least, most) = function.arity
        if arguments.count < least || arguments.count > (most ?? Int.max) {
            let given = arguments.count == 1 ? "1 was given" : "\(arguments.count) were given"
            throw error(nameToken.start, "\(function.rawValue)() takes \(function.arityDescription), but \(given)")
        }
        if [.format, .timeFormat, .utcFormat].contains(function), argumentsConstant[1] {
            let specifier = ExpressionEvaluator.evaluate(arguments[1].node, Row())
            if let formatter = try FormatFunctions.formatter(function, specifier: specifier, at: argumentStarts[1],
                                                             source: lexer.source) {
                return try make(.formatted(arguments[0].node, formatter), over: [arguments[0]], at: nameToken.start)
            }
        }
        return try make(.call(function, arguments.map(\.node)), over: arguments, at: nameToken.start)
    }

    // MARK: Tokens and errors

    /// Moves to the next token (kept out of line: the lexer's locals must not sit in
    /// the frames of the recursive parsing functions).
    @discardableResult
    @inline(never)
    private mutating func advance() throws(ExpressionError) -> ExpressionToken {
        let t = token
        previous = t
        token = try lexer.next()
        return t
    }

    @inline(never)
    private mutating func enter(_ offset: Int) throws(ExpressionError) {
        depth += 1
        if depth > Self.maxDepth { throw tooDeep(offset) }
    }

    @inline(never)
    private func tooDeep(_ offset: Int) -> ExpressionError {
        error(offset, "the expression nests too deeply (more than \(Self.maxDepth) levels)")
    }

    /// Consumes the closing bracket for `opening`, or explains what is there instead.
    @inline(never)
    private mutating func expectClosing(_ closing: String, opening: ExpressionToken) throws(ExpressionError) {
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
    private func error(_ offset: Int, _ message: String, suggestion: String? = nil) -> ExpressionError {
        lexer.error(offset, message, suggestion: suggestion)
    }

    /// An error for a token that cannot come here, with a better message for
    /// JavaScript that expressions do not support and for likely slips.
    @inline(never)
    private func unexpected(_ t: ExpressionToken, context: String) -> ExpressionError {
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
            case "{": return error(t.start, "object literals ({...}) are not supported")
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
