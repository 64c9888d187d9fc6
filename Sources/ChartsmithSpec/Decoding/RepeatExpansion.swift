/// Writes `repeat` out before decoding, as Vega-Lite compiles it: a repeat over rows and
/// columns (or a list wrapped into `columns`) becomes a concat of the inner spec, one copy
/// per cell; a repeat over layers becomes a layer. In each copy, `{"repeat": "row"}`
/// (`"column"`, `"layer"`, or `"repeat"` for a list) is replaced by that cell's value.
///
/// Copies keep the locations and paths of the spec as written, so messages point there.
enum RepeatExpansion {
    /// The tree with every repeat written out, at any depth of concats.
    static func expand(_ node: JSONNode, depth: Int = 0) throws -> JSONNode {
        guard depth < 64, case .object(var o) = node.value else { return node }
        if o["repeat"] != nil, case .object = o["spec"]?.value {
            return try expand(try expandRepeat(node, o, nested: depth > 0), depth: depth + 1)
        }
        for i in o.entries.indices where ["hconcat", "vconcat", "concat"].contains(o.entries[i].key) {
            if case .array(let items) = o.entries[i].value.value {
                o.entries[i].value.value = .array(try items.map { try expand($0, depth: depth + 1) })
            }
        }
        for i in o.entries.indices where o.entries[i].key == "spec" {
            o.entries[i].value = try expand(o.entries[i].value, depth: depth + 1)
        }
        return JSONNode(value: .object(o), location: node.location, path: node.path)
    }

    /// One repeat: the spec's other properties, and a `concat` (or `layer`) of copies. A
    /// `nested` repeat (inside a concat) keeps Vega-Lite's repeat default `"align": "all"`
    /// unless it sets its own (a figure's own grid aligns its cells alike anyway).
    static func expandRepeat(_ node: JSONNode, _ o: JSONObject, nested: Bool = false) throws -> JSONNode {
        let rep = o["repeat"]!, inner = o["spec"]!
        PropertyRecorder.current?.record(kind: "spec", key: "repeat")
        var rows: [String?] = [nil], cols: [String?] = [nil], layers: [String]? = nil
        var listForm = false
        switch rep.value {
        case .array(let items):
            cols = try items.map { try $0.asString() }
            listForm = true
        case .object:
            var r = try ObjectReader(rep, what: "repeat", kind: "repeat")
            if let v = r.take("row") { rows = try v.asArray().map { try $0.asString() } }
            if let v = r.take("column") { cols = try v.asArray().map { try $0.asString() } }
            if let v = r.take("layer") { layers = try v.asArray().map { try $0.asString() } }
            try r.finish()
            if let c = o.entries.first(where: { $0.key == "columns" }), rows != [nil] || cols != [nil] {
                throw Diagnostic(location: c.keyLocation, path: node.path.appending("columns"),
                                 message: "\"columns\" wraps a repeat given as a list; a repeat over \"row\" and \"column\" sets its own grid; remove \"columns\"")
            }
        default:
            throw rep.mismatch("a list of fields, or an object with \"row\", \"column\" or \"layer\"")
        }
        if layers?.isEmpty == true {
            throw Diagnostic(location: rep.location, path: rep.path.appending("layer"), message: "repeat.layer is empty; expected at least one field")
        }
        if (listForm && cols.isEmpty) || rows.isEmpty || cols.isEmpty {
            throw Diagnostic(location: rep.location, path: rep.path, message: "the repeat is empty; expected at least one field")
        }
        var cells: [JSONNode] = []
        for row in rows {
            for col in cols {
                var bindings: [String: String] = [:]
                if let row { bindings["row"] = row }
                if let col { bindings[listForm ? "repeat" : "column"] = col }
                if let layers {
                    let copies = try layers.map { l -> JSONNode in
                        var b = bindings
                        b["layer"] = l
                        return try substitute(inner, bindings: b)
                    }
                    cells.append(JSONNode(value: .object(JSONObject(entries: [("layer", inner.location, JSONNode(value: .array(copies), location: inner.location, path: inner.path))])),
                                          location: inner.location, path: inner.path))
                } else {
                    cells.append(try substitute(inner, bindings: bindings))
                }
            }
        }
        var out = JSONObject(entries: o.entries.filter { $0.key != "repeat" && $0.key != "spec" && !($0.key == "columns" && !listForm) })
        if layers != nil && rows == [nil] && cols == [nil] {
            // A repeat over layers alone is a layered spec.
            guard case .object(let only) = cells[0].value else { return node }
            out.entries += only.entries
        } else {
            let arr = JSONNode(value: .array(cells), location: inner.location, path: inner.path)
            out.entries.append(("concat", rep.location, arr))
            if !listForm {
                let n = JSONNode(value: .number(Double(cols.count)), location: rep.location, path: rep.path)
                out.entries.append(("columns", rep.location, n))
            }
            if nested && o["align"] == nil {
                out.entries.append(("align", rep.location, JSONNode(value: .string("all"), location: rep.location, path: rep.path)))
            }
        }
        return JSONNode(value: .object(out), location: node.location, path: node.path)
    }

    /// A copy of `node` with each `{"repeat": name}` replaced by its bound value.
    static func substitute(_ node: JSONNode, bindings: [String: String], depth: Int = 0) throws -> JSONNode {
        guard depth < 64 else { return node }
        switch node.value {
        case .object(let o):
            if let name = reference(o) {
                guard let v = bindings[name] else {
                    throw Diagnostic(location: node.location, path: node.path,
                                     message: "{\"repeat\": \"\(name)\"} refers to a repeat over \"\(name)\", which this repeat does not have (it has \(bindings.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")))")
                }
                return JSONNode(value: .string(v), location: node.location, path: node.path)
            }
            var c = o
            for i in c.entries.indices { c.entries[i].value = try substitute(c.entries[i].value, bindings: bindings, depth: depth + 1) }
            return JSONNode(value: .object(c), location: node.location, path: node.path)
        case .array(let items):
            return JSONNode(value: .array(try items.map { try substitute($0, bindings: bindings, depth: depth + 1) }),
                            location: node.location, path: node.path)
        default:
            return node
        }
    }

    /// The name of a repeat reference, `{"repeat": "row"}`.
    static func reference(_ o: JSONObject) -> String? {
        guard o.entries.count == 1, o.entries[0].key == "repeat", case .string(let s) = o.entries[0].value.value else { return nil }
        return s
    }

    /// A repeat reference left once every repeat is written out is outside any repeat.
    static func rejectStrayReferences(_ node: JSONNode, depth: Int = 0) throws {
        guard depth < 64 else { return }
        switch node.value {
        case .object(let o):
            if let name = reference(o) {
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "{\"repeat\": \"\(name)\"} is a repeat reference outside a repeat; it belongs inside the \"spec\" of a spec with \"repeat\"")
            }
            for e in o.entries { try rejectStrayReferences(e.value, depth: depth + 1) }
        case .array(let items):
            for i in items { try rejectStrayReferences(i, depth: depth + 1) }
        default: break
        }
    }
}
