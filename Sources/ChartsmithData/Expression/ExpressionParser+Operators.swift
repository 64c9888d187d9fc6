import ChartsmithSpec

// The operator grammar: conditionals (`a ? b : c`), runs of binary operators gathered on an
// explicit stack by precedence, and unary operators.

extension ExpressionParser {
    // The functions on the recursive path keep their rarer branches in separate,
    // non-inlined functions, so that each level of nesting costs little stack.

    /// `test ? value : test ? value : … : otherwise`, gathered into one node.
    mutating func parseConditional() throws(ExpressionError) -> Parsed {
        let test = try parseBinary()
        guard token.isPunctuator("?") else { return test }
        return try parseConditionalCases(after: test)
    }

    @inline(never)
    mutating func parseConditionalCases(after first: Parsed) throws(ExpressionError) -> Parsed {
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
    enum Infix {
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
    struct Run {
        var precedence: Int
        /// Where the run's first operator is.
        var offset: Int
        var operands: [ExpressionNode]
        var operators: [Infix]
        var height: Int
    }

    /// The node for a run, given its last operand.
    func finish(_ run: Run, with last: Parsed) throws(ExpressionError) -> Parsed {
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
    mutating func parseBinary() throws(ExpressionError) -> Parsed {
        let first = try parseUnary()
        guard try infixOperator() != nil else { return first }
        return try parseRuns(after: first)
    }

    @inline(never)
    mutating func parseRuns(after first: Parsed) throws(ExpressionError) -> Parsed {
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
    func infixOperator() throws(ExpressionError) -> Infix? {
        switch token.kind {
        case .punctuator("||"): return .logical(.or)
        case .punctuator("&&"): return .logical(.and)
        case .punctuator(let p): return BinaryOperator(rawValue: p).map(Infix.binary)
        case .name(let n) where n == "in" || n == "instanceof":
            throw error(token.start, "the \"\(n)\" operator is not supported")
        default: return nil
        }
    }

    mutating func parseUnary() throws(ExpressionError) -> Parsed {
        if case .punctuator(let p) = token.kind, let op = UnaryOperator(rawValue: p) {
            let t = try advance()
            try enter(t.start)
            let operand = try parseUnary()
            depth -= 1
            return try make(.unary(op, operand.node), over: [operand], at: t.start)
        }
        return try parsePostfix()
    }
}
