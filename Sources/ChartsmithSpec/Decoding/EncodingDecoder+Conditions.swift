// A channel's `condition`s: values or fields chosen by a test or a parameter.

extension SpecDecoder {
    /// `condition`: an object or a list of `{"test": predicate, "value": v}` or
    /// `{"param": name, "empty"?: bool, "value": v}`; or one conditional field definition
    /// (`{"param": name, "field": ...}`), returned apart with its test.
    func decodeConditions(_ node: JSONNode, channel: Channel) throws -> ([ChannelCondition], (FilterPredicate, ChannelDef)?) {
        let items: [JSONNode]
        if case .array(let a) = node.value { items = a } else { items = [node] }
        var out: [ChannelCondition] = []
        var fieldCondition: (FilterPredicate, ChannelDef)? = nil
        for item in items {
            var q = try ObjectReader(item, what: "a condition", kind: "condition")
            if q.object["selection"] != nil {
                throw Diagnostic(location: q.object.keyLocation(of: "selection") ?? item.location, path: item.path.appending("selection"),
                                 message: "conditions on selections (\"selection\", Vega-Lite 4) are not supported by Chartsmith; use \"param\"")
            }
            let testNode = q.take("test"), paramNode = q.take("param"), emptyNode = q.take("empty")
            let test: FilterPredicate
            if let p = paramNode {
                if let t = testNode {
                    throw Diagnostic(location: t.location, path: t.path, message: "a condition has either \"param\" or \"test\", not both")
                }
                test = try ParamScope.predicate(p, empty: try emptyNode?.asBool())
            } else if let t = testNode {
                if let e = emptyNode {
                    throw Diagnostic(location: e.location, path: e.path, message: "\"empty\" applies only to a condition on a \"param\"")
                }
                test = try TransformDecoder.decodePredicate(t)
            } else {
                throw Diagnostic(location: item.location, path: item.path, message: "the condition has no \"param\" or \"test\"")
            }
            if q.object["field"] != nil || q.object["aggregate"] != nil || q.object["datum"] != nil {
                guard items.count == 1 else {
                    throw Diagnostic(location: item.location, path: item.path,
                                     message: "a conditional field definition must be the only condition")
                }
                fieldCondition = (test, try decodeChannel(item, channel: channel, conditional: true))
                continue
            }
            guard var v = q.take("value") else {
                throw Diagnostic(location: item.location, path: item.path, message: "the condition has no \"value\" (or \"field\")")
            }
            if case .object(let o) = v.value, case .string(let src)? = o["expr"]?.value, let c = ParamScope.constantNode(for: src) {
                v = JSONNode(value: c.value, location: v.location, path: v.path)
            }
            if case .object = v.value { throw v.mismatch("a constant value") }
            try q.finish()
            out.append(ChannelCondition(test: test, value: v.inlineValue()))
        }
        return (out, fieldCondition)
    }
}
