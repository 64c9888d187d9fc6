// Temporary stub placed by the lead so the package builds while the real expression
// evaluator is written. Delete this file when the real `Expression` lands.
public struct ExpressionError: Error, CustomStringConvertible {
    public var description: String { "expressions are not available yet" }
}
public struct Expression: Sendable {
    public init(_ s: String) throws { throw ExpressionError() }
    public func evaluate(_ r: Row) -> Value { .null }
    public func isTruthy(_ r: Row) -> Bool { false }
}
