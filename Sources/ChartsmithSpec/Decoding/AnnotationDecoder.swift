/// Decodes the top-level `annotations` list (a briefing addition).
enum AnnotationDecoder {
    static func decodeList(_ node: JSONNode) throws -> [Annotation] {
        try node.asArray().map(decode)
    }

    static func decode(_ node: JSONNode) throws -> Annotation {
        var r = try ObjectReader(node, what: "an annotation")
        guard let kindNode = r.take("type") else {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "an annotation needs a \"type\": \"rule\", \"range\" or \"note\"")
        }
        let kind = try kindNode.asEnum(Annotation.Kind.self)
        func values(_ key: String) throws -> [InlineValue] {
            guard let v = r.take(key) else { return [] }
            if case .array(let items) = v.value { return items.map { $0.inlineValue() } }
            if case .object = v.value { throw v.mismatch("a value or a list of two values") }
            return [v.inlineValue()]
        }
        let x = try values("x"), y = try values("y")
        let text = try r.lines("text")?.joined(separator: " ") ?? ""
        let color = try r.string("color")
        try r.finish()
        switch kind {
        case .rule:
            guard (x.count == 1) != (y.count == 1), x.count <= 1, y.count <= 1 else {
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "a rule annotation needs exactly one of \"x\" or \"y\", with one value")
            }
        case .range:
            guard (x.count == 2 && y.isEmpty) || (y.count == 2 && x.isEmpty) else {
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "a range annotation needs \"x\" or \"y\" with two values, e.g. \"x\": [\"2004\", \"2009\"]")
            }
        case .note:
            guard x.count == 1, y.count == 1, !text.isEmpty else {
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "a note annotation needs one \"x\", one \"y\" and a \"text\"")
            }
        }
        return Annotation(kind: kind, x: x, y: y, text: text, color: color)
    }
}
