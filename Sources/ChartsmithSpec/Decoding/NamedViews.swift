/// The views of a spec that have a `name`, found by the name a selection's `views` lists.
///
/// Altair writes every selection of a composition as a top-level parameter with
/// `"views": ["view_1"]` and names that view (`"name": "view_1"`); Vega-Lite defines the
/// selection in the views so named.
struct NamedViews {
    /// A named view and the encodings its channels read, its own first, then those of the
    /// views above it (a layer's view inherits its parent's encoding).
    struct View {
        let node: JSONNode
        let encodings: [JSONObject]
    }

    private var views: [String: View] = [:]

    /// Finds the named views of `root` (a view in a layer, a composition or a facet's `spec`).
    init(_ root: JSONNode) {
        func walk(_ node: JSONNode, encodings: [JSONObject], depth: Int) {
            guard depth < 64, case .object(let o) = node.value else { return }
            var encs = encodings
            if case .object(let e)? = o["encoding"]?.value { encs.insert(e, at: 0) }
            if case .string(let name)? = o["name"]?.value, views[name] == nil {
                // A layered view's channels are those of its layers too.
                var all = encs
                if case .array(let layers)? = o["layer"]?.value {
                    for l in layers {
                        if case .object(let lo) = l.value, case .object(let e)? = lo["encoding"]?.value { all.append(e) }
                    }
                }
                views[name] = View(node: node, encodings: all)
            }
            if case .array(let layers)? = o["layer"]?.value {
                for l in layers { walk(l, encodings: encs, depth: depth + 1) }
            }
            for key in ["hconcat", "vconcat", "concat"] {
                if case .array(let vs)? = o[key]?.value { for v in vs { walk(v, encodings: [], depth: depth + 1) } }
            }
            if let inner = o["spec"] { walk(inner, encodings: [], depth: depth + 1) }
        }
        walk(root, encodings: [], depth: 0)
    }

    /// The first view a parameter's `views` names that the spec has; nil without `views`.
    /// A list that names no view of the spec is a located error listing the named views.
    func view(for param: JSONNode) throws -> View? {
        guard case .object(let o) = param.value, let list = o["views"], case .array(let names) = list.value else { return nil }
        for n in names {
            if case .string(let s) = n.value, let v = views[s] { return v }
        }
        guard let first = names.first, case .string(let name) = first.value else { return nil }
        let known = views.keys.sorted()
        throw Diagnostic(location: first.location, path: first.path,
                         message: "no view is named \"\(name)\"" + (known.isEmpty ? "; no view of the spec has a \"name\""
                             : " (named views: " + known.joined(separator: ", ") + ")")
                             + "; a selection's \"views\" lists the \"name\" of the views it is defined in",
                         suggestion: Suggest.closest(to: name, in: known))
    }
}
