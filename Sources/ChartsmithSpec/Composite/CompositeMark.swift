/// One composite mark as written (`errorbar`, `errorband` or `boxplot`) with the encoding it
/// sees (its own merged over its parent layers'): reads its properties strictly and finds its
/// orientation and continuous axis as Vega-Lite's `compositemark/common.ts` does.
struct CompositeMark {
    enum Kind: String, CaseIterable { case errorbar, errorband, boxplot }

    /// The properties each composite mark takes (Vega-Lite 5's `ErrorBarDef`,
    /// `ErrorBandDef`, `BoxPlotDef`).
    static let properties: [Kind: [String]] = [
        .errorbar: ["type", "extent", "orient", "ticks", "rule", "size", "thickness", "color", "opacity", "clip"],
        .errorband: ["type", "extent", "orient", "band", "borders", "interpolate", "tension", "color", "opacity", "clip"],
        .boxplot: ["type", "extent", "orient", "box", "median", "outliers", "rule", "ticks", "size", "color", "opacity",
                   "clip", "invalid"],
    ]

    let kind: Kind
    /// The `mark` node as written.
    let markNode: JSONNode
    /// The mark's properties (empty when the mark is a bare name).
    let props: JSONObject
    /// The encoding the mark sees, and where it was written.
    var encoding: JSONObject
    let encodingNode: JSONNode
    let build: CompositeBuilder
    /// The spec's `config.boxplot`, `config.errorbar` and `config.errorband`.
    var config = CompositeConfig()

    init?(markNode: JSONNode, encoding: JSONObject, encodingNode: JSONNode) throws {
        var name: String
        var props = JSONObject()
        switch markNode.value {
        case .string(let s): name = s
        case .object(let o):
            guard case .string(let s)? = o["type"]?.value else { return nil }
            name = s
            props = o
        default: return nil
        }
        guard let kind = Kind(rawValue: name) else { return nil }
        self.kind = kind
        self.markNode = markNode
        self.props = props
        self.encoding = encoding
        self.encodingNode = encodingNode
        self.build = CompositeBuilder(at: markNode)
        let allowed = Self.properties[kind]!
        for e in props.entries where !allowed.contains(e.key) {
            throw Diagnostic(location: e.keyLocation, path: markNode.path.appending(e.key),
                             message: "\"\(e.key)\" on the \(name) mark is not supported by Chartsmith (the \(name) mark takes "
                                 + allowed.dropFirst().joined(separator: ", ") + ")",
                             suggestion: Suggest.closest(to: e.key, in: allowed))
        }
    }

    func prop(_ key: String) -> JSONNode? { props[key] }

    /// A key of this kind's config block (`config.boxplot.size`).
    func configured(_ key: String) -> JSONNode? { config[kind, key] }

    /// Whether a part (`ticks`, `rule`, `box`…) is drawn: `true` or an object draws it,
    /// `false` (or null) leaves it out; unset on the mark, as the config says; unset in
    /// both, `byDefault`.
    func partIsOn(_ part: String, byDefault: Bool) throws -> Bool {
        guard let n = prop(part) ?? configured(part) else { return byDefault }
        switch n.value {
        case .bool(let b): return b
        case .null: return false
        case .object: return true
        default: throw n.mismatch("true, false or an object of mark properties")
        }
    }

    /// A part's mark properties from the config (`config.boxplot.median`), then its own
    /// (`"ticks": {"color": "red"}`), as written: a key's last entry wins.
    func partProperties(_ part: String) -> [(String, JSONNode)] {
        var out: [(String, JSONNode)] = []
        for n in [configured(part), prop(part)] { if case .object(let o)? = n?.value { out += o.pairs } }
        return out
    }

    /// The part's mark: Vega-Lite's `partLayerMixins` order, later winning: the part's
    /// defaults with the config's part laid over them (`config.boxplot.median`), the
    /// composite's `clip`, `color` and `opacity`, the part's own base properties, then what
    /// the spec gives for the part.
    /// Written as an object the part's own (or configured) properties took part in, it is
    /// located there, so a message about one of them names `mark.ticks.colr`.
    func partMark(_ part: String, defaults: [(String, JSONNode)] = [], base: [(String, JSONNode)]) -> JSONNode {
        var out: [JSONObject.Entry] = []
        func add(_ e: JSONObject.Entry) {
            if let i = out.firstIndex(where: { $0.key == e.key }) { out[i] = e } else { out.append(e) }
        }
        for (k, v) in defaults { add((k, build.location, v)) }
        let fromConfig = configured(part).flatMap { n -> (JSONNode, JSONObject)? in
            if case .object(let o) = n.value { return (n, o) } else { return nil }
        }
        for e in fromConfig?.1.entries ?? [] { add(e) }
        for key in ["clip", "color", "opacity"] { if let n = prop(key) { add((key, build.location, n)) } }
        for (k, v) in base { add((k, build.location, v)) }
        var at = fromConfig?.0
        if let own = prop(part), case .object(let o) = own.value {
            for e in o.entries { add(e) }
            at = own
        }
        guard let at else { return build.object(out.map { ($0.key, $0.value) }) }
        return JSONNode(value: .object(JSONObject(entries: out)), location: at.location, path: at.path)
    }

    // MARK: Encoding

    static func isFieldOrDatum(_ n: JSONNode?) -> Bool {
        guard case .object(let o)? = n?.value else { return false }
        return o["field"] != nil || o["datum"] != nil
    }

    /// The type a field or datum definition has, written or inferred as Vega-Lite infers it.
    func type(of n: JSONNode?) -> String? {
        guard case .object(let o)? = n?.value, Self.isFieldOrDatum(n) else { return nil }
        if case .string(let t)? = o["type"]?.value { return t }
        if o["timeUnit"] != nil { return "temporal" }
        if o["aggregate"] != nil || o["bin"] != nil { return "quantitative" }
        if case .number? = o["datum"]?.value { return "quantitative" }
        return "nominal"
    }

    /// Whether a channel holds a continuous (quantitative or temporal, unbinned) field.
    func isContinuous(_ ch: String) -> Bool {
        guard let n = encoding[ch], let t = type(of: n) else { return false }
        if case .object(let o) = n.value, let b = o["bin"], b.value != .bool(false), b.value != .null { return false }
        return t == "quantitative" || t == "temporal"
    }

    func aggregate(of ch: String) -> String? {
        guard case .object(let o)? = encoding[ch]?.value, case .string(let a)? = o["aggregate"]?.value else { return nil }
        return a
    }

    /// The mark's orientation from its `orient` or its continuous axis, as Vega-Lite's
    /// `compositeMarkOrient`.
    func orient() throws -> String {
        if let o = prop("orient") {
            let s = try o.asString()
            guard s == "vertical" || s == "horizontal" else {
                throw Diagnostic(location: o.location, path: o.path, message: "expected \"vertical\" or \"horizontal\" for the \(kind.rawValue)'s orient, found \(o.describeValue())",
                                 suggestion: Suggest.closest(to: s, in: ["vertical", "horizontal"]))
            }
            return s
        }
        let xc = isContinuous("x"), yc = isContinuous("y")
        if xc && yc {
            let xa = aggregate(of: "x"), ya = aggregate(of: "y")
            if xa == nil && ya == kind.rawValue { return "vertical" }
            if ya == nil && xa == kind.rawValue { return "horizontal" }
            if xa == kind.rawValue && ya == kind.rawValue {
                throw Diagnostic(location: encodingNode.location, path: encodingNode.path,
                                 message: "both x and y have \"aggregate\": \"\(kind.rawValue)\"; the \(kind.rawValue) summarises one of them")
            }
            if type(of: encoding["y"]) == "temporal" && type(of: encoding["x"]) != "temporal" { return "horizontal" }
            return "vertical"
        }
        if xc { return "horizontal" }
        if yc { return "vertical" }
        throw noContinuousAxis()
    }

    func noContinuousAxis() -> Diagnostic {
        let ch = encoding["y"] != nil ? "y" : encoding["x"] != nil ? "x" : nil
        let at = ch.flatMap { encoding[$0] } ?? encodingNode
        let found = ch.map { "encoding.\($0) is \(type(of: encoding[$0]).map { "a \($0) field" } ?? "not a field")" } ?? "the encoding has no x or y"
        return Diagnostic(location: at.location, path: at.path,
                          message: "the \(kind.rawValue) mark needs a continuous field on x or y to summarise (a quantitative or temporal field); \(found)"
                              + (ch == nil ? "; add e.g. \"y\": {\"field\": \"value\", \"type\": \"quantitative\"}" : ""),
                          suggestion: ch == nil ? nil : "quantitative")
    }

    /// The continuous channel's definition without its `aggregate` (the composite's own
    /// name, or an op Vega-Lite ignores there with a warning, which Chartsmith refuses).
    func continuousDef(_ axis: String) throws -> (field: String, object: JSONObject) {
        guard let n = encoding[axis], case .object(var o) = n.value else { throw noContinuousAxis() }
        if let a = o["aggregate"] {
            guard case .string(kind.rawValue) = a.value else {
                throw Diagnostic(location: a.location, path: a.path,
                                 message: "an aggregate on the \(kind.rawValue)'s continuous axis (\(a.describeValue())) is not supported by Chartsmith: the \(kind.rawValue) computes its own summary; remove \"aggregate\"",
                                 suggestion: kind.rawValue)
            }
            o.entries.removeAll { $0.key == "aggregate" }
        }
        guard case .string(let f)? = o["field"]?.value else {
            throw Diagnostic(location: n.location, path: n.path, message: "the \(kind.rawValue)'s \(axis) needs a \"field\" to summarise")
        }
        return (f, o)
    }

    /// The continuous channel of one part: `{field: prefix_field, type, title, scale, axis}`
    /// (the title is the one written, or the field's name, as Vega-Lite's `getTitle`).
    func partChannel(_ def: (field: String, object: JSONObject), prefix: String, keepAxis: Bool = true) -> JSONNode {
        var entries: [(String, JSONNode)] = [("field", build.string(prefix + def.field))]
        entries.append(("type", def.object["type"] ?? build.string("quantitative")))
        entries.append(("title", def.object["title"] ?? build.string(def.field)))
        for key in ["scale", "axis"] { if let n = def.object[key] { entries.append((key, n)) } }
        return build.object(entries)
    }
}
