/// Writes Vega-Lite's composite marks (`errorbar`, `errorband`, `boxplot`) out before
/// decoding, as Vega-Lite's normalizer does: each becomes a layer of primitive marks (rule,
/// tick, bar, area, line, point) with the aggregate, joinaggregate, calculate and filter
/// transforms that compute what they draw, so every part is drawn by the ordinary marks.
///
/// A layer holding a composite mark passes its encoding down to its views first (Vega-Lite's
/// `mergeEncoding`: a child's field definition is laid over its parent's), since the
/// composite groups by the channels it inherits. Written-out nodes keep the locations and
/// paths of the spec as written, so messages point there.
enum CompositeExpansion {
    static let names = Set(CompositeMark.Kind.allCases.map(\.rawValue))

    /// The spec with its composite marks written out, the config's defaults for them
    /// (``CompositeConfig``) applied and taken out of its `config`.
    static func expand(_ root: JSONNode) throws -> JSONNode {
        let (config, root) = try CompositeConfig.take(from: root)
        return try expand(root, config: config)
    }

    static func expand(_ node: JSONNode, config: CompositeConfig, inherited: JSONObject? = nil, depth: Int = 0) throws -> JSONNode {
        guard depth < 64, case .object(var o) = node.value else { return node }
        var encoding = o["encoding"]
        if let inherited {
            let merged = merge(child: o["encoding"], over: inherited, at: node)
            encoding = merged
            set(&o, "encoding", merged, at: node)
        }
        if let mark = o["mark"], case .object(let enc) = (encoding ?? CompositeBuilder(at: node).object([])).value,
           var m = try CompositeMark(markNode: mark, encoding: enc, encodingNode: encoding ?? mark) {
            m.config = config
            return try write(m, o, at: node)
        }
        for i in o.entries.indices where ["hconcat", "vconcat", "concat"].contains(o.entries[i].key) {
            if case .array(let items) = o.entries[i].value.value {
                o.entries[i].value.value = .array(try items.map { try expand($0, config: config, depth: depth + 1) })
            }
        }
        for i in o.entries.indices where o.entries[i].key == "spec" {
            o.entries[i].value = try expand(o.entries[i].value, config: config, depth: depth + 1)
        }
        if let li = o.entries.firstIndex(where: { $0.key == "layer" }), case .array(let items) = o.entries[li].value.value,
           items.contains(where: holdsComposite) {
            // Pass the encoding down to every view, as Vega-Lite does.
            var down: JSONObject? = nil
            if case .object(let e)? = encoding?.value { down = e }
            o.entries.removeAll { $0.key == "encoding" }
            let li = o.entries.firstIndex { $0.key == "layer" }!
            o.entries[li].value.value = .array(try items.map { try expand($0, config: config, inherited: down, depth: depth + 1) })
        }
        return JSONNode(value: .object(o), location: node.location, path: node.path)
    }

    /// Whether a view, or any view layered inside it, has a composite mark.
    static func holdsComposite(_ node: JSONNode) -> Bool {
        guard case .object(let o) = node.value else { return false }
        if let m = o["mark"] {
            if case .string(let s) = m.value { return names.contains(s) }
            if case .object(let mo) = m.value, case .string(let s)? = mo["type"]?.value { return names.contains(s) }
        }
        if case .array(let items)? = o["layer"]?.value { return items.contains(where: holdsComposite) }
        return false
    }

    /// The view with its composite mark replaced by the layer it stands for: the view's
    /// other properties stay, its transforms run first.
    static func write(_ m: CompositeMark, _ o: JSONObject, at node: JSONNode) throws -> JSONNode {
        let written: (transforms: [JSONNode], layers: [JSONNode])
        switch m.kind {
        case .errorbar: written = try ErrorBar.layers(m)
        case .errorband: written = try ErrorBand.layers(m)
        case .boxplot: written = try BoxPlot.layers(m)
        }
        var out = o
        out.entries.removeAll { ["mark", "encoding", "transform", "layer"].contains($0.key) }
        var transforms: [JSONNode] = []
        if case .array(let own)? = o["transform"]?.value { transforms = own }
        transforms += written.transforms
        let b = m.build
        if !transforms.isEmpty {
            out.entries.append(("transform", o.keyLocation(of: "transform") ?? m.markNode.location,
                                JSONNode(value: .array(transforms), location: o["transform"]?.location ?? m.markNode.location,
                                         path: o["transform"]?.path ?? node.path.appending("transform"))))
        }
        out.entries.append(("layer", o.keyLocation(of: "mark") ?? node.location, b.array(written.layers)))
        return JSONNode(value: .object(out), location: node.location, path: node.path)
    }

    /// A view's encoding laid over the one it inherits, channel by channel: a field or datum
    /// definition takes the parent's properties it does not set; anything else replaces it.
    static func merge(child: JSONNode?, over parent: JSONObject, at node: JSONNode) -> JSONNode {
        let b = CompositeBuilder(at: child ?? node)
        var own = JSONObject()
        if case .object(let o)? = child?.value { own = o }
        var entries: [(String, JSONNode)] = []
        for (k, pv) in parent.pairs {
            guard let cv = own[k] else { entries.append((k, pv)); continue }
            if case .object(let co) = cv.value, case .object(let po) = pv.value,
               co["field"] != nil || co["datum"] != nil || (co["value"] == nil && po["value"] == nil) {
                var merged = po.pairs.filter { p in co[p.0] == nil }
                merged += co.pairs
                entries.append((k, JSONNode(value: b.object(merged).value, location: cv.location, path: cv.path)))
            } else {
                entries.append((k, cv))
            }
        }
        for (k, cv) in own.pairs where parent[k] == nil { entries.append((k, cv)) }
        return JSONNode(value: b.object(entries).value, location: child?.location ?? node.location,
                        path: child?.path ?? node.path.appending("encoding"))
    }

    static func set(_ o: inout JSONObject, _ key: String, _ value: JSONNode, at node: JSONNode) {
        if let i = o.entries.firstIndex(where: { $0.key == key }) { o.entries[i].value = value }
        else { o.entries.append((key, node.location, value)) }
    }
}
