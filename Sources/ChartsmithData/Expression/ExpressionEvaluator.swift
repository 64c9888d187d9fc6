/// Walks a syntax tree for one row. Never fails: JavaScript's exceptions (calling a
/// string method on a number, say) become undefined results.
///
/// Each kind of node is evaluated by its own small function, so that the frame
/// `evaluate` keeps on the stack for every level of nesting stays small.
enum ExpressionEvaluator {
    static func evaluate(_ node: ExpressionNode, _ row: Row) -> ExpressionValue {
        switch node {
        case .constant(let v): return v
        case .field(let name): return ExpressionObject.read(row, name)
        case .array(let items): return array(items, row)
        case .object(let keys, let values): return object(keys, values, row)
        case .member(let base, let keys): return member(base, keys, row)
        case .unary(let op, let operand): return unary(op, operand, row)
        case .binary(let first, let steps): return binary(first, steps, row)
        case .logical(let op, let operands): return logical(op, operands, row)
        case .conditional(let cases, let otherwise): return conditional(cases, otherwise, row)
        case .call(let function, let arguments): return call(function, arguments, row)
        case .formatted(let value, let formatter): return formatted(value, formatter, row)
        }
    }

    @inline(never)
    private static func array(_ items: [ExpressionNode], _ row: Row) -> ExpressionValue {
        var values: [ExpressionValue] = []
        values.reserveCapacity(items.count)
        for item in items { values.append(evaluate(item, row)) }
        return .array(values)
    }

    @inline(never)
    private static func object(_ keys: [String], _ nodes: [ExpressionNode], _ row: Row) -> ExpressionValue {
        var values: [String: ExpressionValue] = [:]
        for (key, node) in zip(keys, nodes) { values[key] = evaluate(node, row) }
        return .object(.literal(keys: keys, values: values))
    }

    @inline(never)
    private static func member(_ base: ExpressionNode, _ keys: [ExpressionNode], _ row: Row) -> ExpressionValue {
        var v = evaluate(base, row)
        for key in keys { v = JSOperators.member(v, evaluate(key, row)) }
        return v
    }

    @inline(never)
    private static func unary(_ op: UnaryOperator, _ operand: ExpressionNode, _ row: Row) -> ExpressionValue {
        op.apply(evaluate(operand, row))
    }

    @inline(never)
    private static func binary(_ first: ExpressionNode, _ steps: [BinaryStep], _ row: Row) -> ExpressionValue {
        var v = evaluate(first, row)
        for step in steps { v = step.op.apply(v, evaluate(step.operand, row)) }
        return v
    }

    /// `&&` and `||` return the deciding operand itself, not a boolean.
    @inline(never)
    private static func logical(_ op: LogicalOperator, _ operands: [ExpressionNode], _ row: Row) -> ExpressionValue {
        var v = ExpressionValue.undefined
        for operand in operands {
            v = evaluate(operand, row)
            if v.isTruthy == (op == .or) { return v }
        }
        return v
    }

    @inline(never)
    private static func conditional(_ cases: [ConditionalCase], _ otherwise: ExpressionNode, _ row: Row) -> ExpressionValue {
        for c in cases where evaluate(c.test, row).isTruthy { return evaluate(c.value, row) }
        return evaluate(otherwise, row)
    }

    /// Calls a function; `if` evaluates only the branch it takes.
    @inline(never)
    private static func call(_ function: ExpressionFunction, _ arguments: [ExpressionNode], _ row: Row) -> ExpressionValue {
        if function == .if {
            return evaluate(arguments[evaluate(arguments[0], row).isTruthy ? 1 : 2], row)
        }
        var values: [ExpressionValue] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(evaluate(argument, row)) }
        return function.apply(values)
    }

    @inline(never)
    private static func formatted(_ value: ExpressionNode, _ formatter: ExpressionFormatter, _ row: Row) -> ExpressionValue {
        FormatFunctions.apply(formatter, to: evaluate(value, row))
    }
}
