/// The syntax tree of a parsed expression.
///
/// Runs of operators at one precedence level (`a + b - c`, `a || b || c`), chains of
/// member accesses (`datum.s.length`) and `else`-chains of conditionals
/// (`a ? x : b ? y : z`) are single nodes holding a list, so a long expression gives a
/// wide tree, not a deep one: evaluation recursion is bounded by the parser's nesting
/// limit, never by the expression's length.
indirect enum ExpressionNode: Sendable {
    /// A literal or a constant such as `PI`.
    case constant(ExpressionValue)
    /// `datum.name` or `datum["name"]`.
    case field(String)
    /// `[a, b, …]`
    case array([ExpressionNode])
    /// `{key: value, …}`: the keys in order (each once) and their values.
    case object(keys: [String], values: [ExpressionNode])
    /// `base.key`, `base[key]`, … applied left to right (on strings, arrays and objects).
    case member(ExpressionNode, [ExpressionNode])
    case unary(UnaryOperator, ExpressionNode)
    /// `first op₁ x₁ op₂ x₂ …`, all operators of one precedence, left to right.
    case binary(ExpressionNode, [BinaryStep])
    /// `a && b && …` or `a || b || …`, short-circuiting.
    case logical(LogicalOperator, [ExpressionNode])
    /// `test₁ ? value₁ : test₂ ? value₂ : … : otherwise`
    case conditional([ConditionalCase], otherwise: ExpressionNode)
    case call(ExpressionFunction, [ExpressionNode])
    /// `format(value, 'literal')` and the like, with the formatter made once.
    case formatted(ExpressionNode, ExpressionFormatter)
}

/// One `op operand` of a run of binary operators.
struct BinaryStep: Sendable {
    var op: BinaryOperator
    var operand: ExpressionNode
}

/// One `test ? value` of a conditional.
struct ConditionalCase: Sendable {
    var test: ExpressionNode
    var value: ExpressionNode
}

enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
    case plus = "+"
    case bitwiseNot = "~"
}

enum LogicalOperator: String, Sendable {
    case and = "&&"
    case or = "||"

    /// JavaScript precedence: `||` binds loosest.
    var precedence: Int { self == .or ? 1 : 2 }
}

enum BinaryOperator: String, Sendable, CaseIterable {
    case bitwiseOr = "|"
    case bitwiseXor = "^"
    case bitwiseAnd = "&"
    case equal = "=="
    case notEqual = "!="
    case strictEqual = "==="
    case strictNotEqual = "!=="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case shiftLeft = "<<"
    case shiftRight = ">>"
    case shiftRightUnsigned = ">>>"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"

    /// JavaScript precedence, from 3 (`|`) to 11 (`*`, `/`, `%`); logical operators
    /// take 1 and 2.
    var precedence: Int {
        switch self {
        case .bitwiseOr: return 3
        case .bitwiseXor: return 4
        case .bitwiseAnd: return 5
        case .equal, .notEqual, .strictEqual, .strictNotEqual: return 6
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return 7
        case .shiftLeft, .shiftRight, .shiftRightUnsigned: return 8
        case .add, .subtract: return 9
        case .multiply, .divide, .remainder: return 11
        }
    }
}
