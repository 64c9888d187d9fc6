import ChartsmithSpec

// Function calls: the function resolved by name and its arguments counted.

extension ExpressionParser {
    /// `name(arguments…)` for a known function with the right number of arguments.
    mutating func parseCall(_ name: String, _ nameToken: ExpressionToken) throws(ExpressionError) -> Parsed {
        guard let function = ExpressionFunction(rawValue: name) else { throw unknownFunction(name, nameToken) }
        if function.isRandom {
            guard allowsRandom else { throw error(nameToken.start, function.randomOutsideTransform) }
            usesRandom = true
        }
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
    func unknownFunction(_ name: String, _ nameToken: ExpressionToken) -> ExpressionError {
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
    func finishCall(_ function: ExpressionFunction, _ arguments: [Parsed], _ nameToken: ExpressionToken,
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
}
