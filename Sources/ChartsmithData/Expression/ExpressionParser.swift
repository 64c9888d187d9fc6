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

    var lexer: ExpressionLexer
    /// The next token, not yet consumed.
    var token: ExpressionToken
    /// The token consumed last.
    var previous: ExpressionToken?
    var depth = 0
    /// Every `datum` field referenced.
    var fields: Set<String> = []
    var fieldReferences = 0
    /// Whether random functions may be called, and whether one was.
    var allowsRandom = false
    var usesRandom = false
    /// The last `datum.name` written with a dot, and where its name ends.
    var lastDotField: (name: String, end: Int)?

    /// Parses a whole expression; the tree and the fields it reads.
    /// - Parameter allowsRandom: whether `random()` and the sampling functions may be
    ///   called (in a `calculate` or `filter` transform).
    static func parse(_ source: String, allowsRandom: Bool = false) throws(ExpressionError)
        -> (node: ExpressionNode, fields: Set<String>, usesRandom: Bool) {
        var parser = try ExpressionParser(source)
        parser.allowsRandom = allowsRandom
        let parsed = try parser.parseWhole()
        return (parsed.node, parser.fields, parser.usesRandom)
    }

    init(_ source: String) throws(ExpressionError) {
        lexer = ExpressionLexer(source)
        token = ExpressionToken(kind: .end, start: 0, end: 0)
        token = try lexer.next()
    }

    /// A parsed subexpression and the height of its tree (0 for a literal or field),
    /// which bounds the recursion evaluating it.
    struct Parsed {
        var node: ExpressionNode
        var height: Int
    }

    /// A node over `children`, refused if it makes the tree taller than ``maxDepth``.
    func make(_ node: ExpressionNode, over children: [Parsed], at offset: Int) throws(ExpressionError) -> Parsed {
        let height = 1 + (children.lazy.map(\.height).max() ?? 0)
        if height > Self.maxDepth { throw tooDeep(offset) }
        return Parsed(node: node, height: height)
    }

    static func leaf(_ node: ExpressionNode) -> Parsed { Parsed(node: node, height: 0) }

    mutating func parseWhole() throws(ExpressionError) -> Parsed {
        if case .end = token.kind { throw error(0, "the expression is empty") }
        let parsed = try parseConditional()
        guard case .end = token.kind else {
            if token.isPunctuator(")") { throw error(token.start, "unmatched \")\"") }
            throw unexpected(token, context: "after a complete expression; is an operator missing?")
        }
        return parsed
    }
}
