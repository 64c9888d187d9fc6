import Foundation

/// Resolves a `datum` written as an expression (`{"datum": {"expr": "threshold"}}`) to the
/// named variable parameter's initial value: a rule or text placed by a slider's parameter
/// sits where the slider starts.
extension ParamScope {
    /// The value node a datum `{"expr": ...}` stands for; `object` is the datum's node, `expr`
    /// its `expr` member. Errors name an unknown parameter (with the closest name), a
    /// selection, a variable without a value, and expressions other than a parameter's name.
    static func datumNode(_ object: JSONNode, expr: JSONNode) throws -> JSONNode {
        let source = try expr.asString()
        let name = source.trimmingCharacters(in: .whitespaces)
        let isName = name.first.map { $0 == "_" || $0 == "$" || ($0.isASCII && $0.isLetter) } == true
            && name.allSatisfy { $0 == "_" || $0 == "$" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        guard isName else {
            throw Diagnostic(location: expr.location, path: expr.path,
                             message: "a datum expression other than a parameter's name (\"\(source)\") is not supported by Chartsmith",
                             suggestion: "define a parameter with that value and write {\"expr\": \"its name\"}, or give the datum as a constant")
        }
        let names = current?.names ?? []
        guard let p = current?.params[name] else {
            throw Diagnostic(location: expr.location, path: expr.path,
                             message: "unknown parameter \"\(name)\" in a datum expression"
                                 + (names.isEmpty ? "; the spec defines no \"params\"" : " (parameters: " + names.joined(separator: ", ") + ")"),
                             suggestion: Suggest.closest(to: name, in: names))
        }
        if p.selection != nil {
            throw Diagnostic(location: expr.location, path: expr.path,
                             message: "\"\(name)\" is a selection; a datum takes a variable parameter's value")
        }
        guard p.expr == nil, let node = p.valueNode else {
            throw Diagnostic(location: expr.location, path: expr.path,
                             message: p.expr != nil ? "the parameter \"\(name)\" is defined by an expression, which a datum cannot take in Chartsmith"
                                 : "the parameter \"\(name)\" has no \"value\" for the datum to take",
                             suggestion: "give the parameter a constant \"value\"")
        }
        return JSONNode(value: node.value, location: object.location, path: object.path)
    }
}
