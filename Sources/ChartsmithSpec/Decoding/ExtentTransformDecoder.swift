/// Vega-Lite's `extent` transform, `{"extent": "field", "param": "name"}`: it sets the
/// parameter to the field's `[min, max]` and leaves the rows alone.
///
/// Chartsmith substitutes parameters while it decodes a spec, before any data is loaded, so
/// the parameter is read where Vega's dataflow has its value in the data stage: in the
/// expressions of the `calculate` and `filter` transforms after it in the same list, which
/// keep its name until the data stage writes the extent in (`ExtentParams`). Any other use
/// (a scale domain's `{"param": ...}`, a mark property, a transform before it or in another
/// view) is an error naming it.
extension TransformDecoder {
    static func decodeExtentTransform(_ r: inout ObjectReader, node: JSONNode) throws -> Transform {
        let field = try r.take("extent")!.asString()
        guard let p = r.take("param") else {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "the extent transform has no \"param\"; expected the name of the parameter it sets")
        }
        return .extent(field: field, param: try p.asString())
    }

    /// The names of the parameters `extent` transforms set, anywhere in the spec; a name
    /// also defined in `params` is an error.
    static func collectDataParams(_ root: JSONNode, params: [ParamSpec]) throws -> Set<String> {
        var out: Set<String> = []
        let defined = Set(params.map(\.name))
        func walk(_ node: JSONNode, depth: Int) throws {
            guard depth < 64, case .object(let o) = node.value else { return }
            if case .array(let list)? = o["transform"]?.value {
                for t in list {
                    guard case .object(let to) = t.value, to["extent"] != nil, let p = to["param"],
                          case .string(let name) = p.value else { continue }
                    guard !defined.contains(name), out.insert(name).inserted else {
                        throw Diagnostic(location: p.location, path: p.path, message: "a parameter named \"\(name)\" is already defined")
                    }
                }
            }
            for key in ["layer", "hconcat", "vconcat", "concat"] {
                if case .array(let views)? = o[key]?.value { for v in views { try walk(v, depth: depth + 1) } }
            }
            if let inner = o["spec"] { try walk(inner, depth: depth + 1) }
        }
        try walk(root, depth: 0)
        return out
    }
}
