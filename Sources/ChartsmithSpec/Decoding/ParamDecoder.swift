/// The parameters of the spec being decoded (`params` at the top level and in every
/// layer), so references to them can be resolved where they are read: a selection's
/// `{"param": ...}` in a filter or condition, a variable's name in an expression.
///
/// Chartsmith draws a chart as Vega-Lite shows it before any interaction: a variable has
/// its `value`; a selection holds its initial `value`, or is empty.
final class ParamScope: Sendable {
    let params: [String: ParamSpec]
    let names: [String]
    /// Parameters an `extent` transform sets from the data. Chartsmith substitutes
    /// parameters while it decodes, before any data is loaded, so a use of one of these is
    /// refused by name (``refuseDataParam(_:at:)``), except in ``dataStage``.
    let dataParams: Set<String>
    /// The parameters an earlier `extent` transform of the transform list being decoded
    /// sets: a `calculate` or `filter` expression there keeps their names, and the data
    /// stage writes their values in once it has computed them (`ExtentParams`).
    @TaskLocal static var dataStage: Set<String> = []

    /// The scope of the decode running on this task.
    @TaskLocal static var current: ParamScope?

    init(_ list: [ParamSpec], dataParams: Set<String> = []) {
        var d: [String: ParamSpec] = [:]
        for p in list { d[p.name] = p }
        params = d
        names = list.map(\.name)
        self.dataParams = dataParams
    }

    /// A use of a parameter an `extent` transform sets: refused, naming it.
    static func refuseDataParam(_ name: String, at node: JSONNode) throws {
        guard current?.dataParams.contains(name) == true else { return }
        throw Diagnostic(location: node.location, path: node.path,
                         message: "the parameter \"\(name)\" is set from the data by an \"extent\" transform; Chartsmith reads parameters before it loads data, so using it here is not supported by Chartsmith: only the calculate and filter transforms after the extent transform, in its transform list, can read it (or write the range out, e.g. \"domain\": [min, max])")
    }

    /// The parameter a `"param"` names, or a diagnostic naming the closest one.
    static func lookup(_ node: JSONNode) throws -> ParamSpec {
        let name = try node.asString()
        try refuseDataParam(name, at: node)
        guard let scope = current, let p = scope.params[name] else {
            let names = current?.names ?? []
            throw Diagnostic(location: node.location, path: node.path,
                             message: "unknown parameter \"\(name)\"" + (names.isEmpty ? "; the spec defines no \"params\""
                                 : " (parameters: " + names.joined(separator: ", ") + ")"),
                             suggestion: Suggest.closest(to: name, in: names))
        }
        return p
    }

    /// The test a reference to a parameter stands for in its initial state: a selection's
    /// initial rows, or for an empty selection every row (`empty` true, Vega-Lite's
    /// default) or none; a variable tests its value's truthiness.
    static func predicate(_ node: JSONNode, empty: Bool?) throws -> FilterPredicate {
        let p = try lookup(node)
        if p.selection != nil { return p.initial ?? .constant(empty ?? true) }
        if let e = p.expr { return .expression(try substitute(e, at: node)) }
        return .constant(truthy(p.value))
    }

    static func truthy(_ v: InlineValue?) -> Bool {
        switch v {
        case nil, .null?: return false
        case .bool(let b)?: return b
        case .number(let n)?: return n != 0 && !n.isNaN
        case .string(let s)?: return !s.isEmpty
        default: return true
        }
    }

    /// An expression with every variable parameter it names replaced by its value (or its
    /// own expression, in parentheses). Names after a `.`, names of functions and text in
    /// quotes are left alone. A selection named in an expression is refused: its state
    /// belongs to interaction.
    static func substitute(_ source: String, at node: JSONNode, depth: Int = 0) throws -> String {
        guard let scope = current, !scope.params.isEmpty || !scope.dataParams.isEmpty else { return source }
        return try ExpressionNames.map(source) { name in
            // A parameter an earlier extent transform in this list sets stays, for the data stage.
            if !dataStage.contains(name) { try refuseDataParam(name, at: node) }
            guard let p = scope.params[name] else { return nil }
            if p.selection != nil {
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "the selection \"\(name)\" in an expression is not supported by Chartsmith (use {\"param\": \"\(name)\"} in a filter or condition)")
            }
            if let e = p.expr {
                guard depth < 10 else {
                    throw Diagnostic(location: node.location, path: node.path, message: "the parameter \"\(name)\" is defined in terms of itself")
                }
                return "(" + (try substitute(e, at: node, depth: depth + 1)) + ")"
            }
            return try literal(p.value ?? .null, name: name, at: node)
        }
    }

    /// A value written as an expression literal.
    static func literal(_ v: InlineValue, name: String, at node: JSONNode) throws -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return ExpressionNames.literal(n)
        case .string(let s):
            return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
                .replacingOccurrences(of: "\n", with: "\\n") + "'"
        case .array(let items):
            return "[" + (try items.map { try literal($0, name: name, at: node) }).joined(separator: ", ") + "]"
        case .object:
            throw Diagnostic(location: node.location, path: node.path,
                             message: "the parameter \"\(name)\" holds an object, which expressions cannot read in Chartsmith")
        }
    }

    /// The value node of a variable parameter that an `{"expr": "name"}` names exactly,
    /// for a property that needs a constant.
    static func constantNode(for source: String) -> JSONNode? {
        let name = source.trimmingCharacters(in: .whitespaces)
        guard let p = current?.params[name], p.selection == nil, p.expr == nil, let node = p.valueNode else { return nil }
        return node
    }
}

extension SpecDecoder {
    /// Reads every `params` list in the spec, its layers and theirs, before anything else,
    /// so a reference may come before (or beside) the parameter it names.
    func collectParams(_ root: JSONNode) throws -> [ParamSpec] {
        var out: [ParamSpec] = []
        var seen: [String: SourceLocation?] = [:]
        var firstNode: [String: JSONNode] = [:]
        let named = NamedViews(root)
        func walk(_ node: JSONNode, encodings: [JSONObject], depth: Int) throws {
            guard depth < 64, case .object(let o) = node.value else { return }
            var encs = encodings
            if case .object(let e)? = o["encoding"]?.value { encs.insert(e, at: 0) }
            if let list = o["params"] {
                for item in try list.asArray() {
                    // A selection written for the views it names (`"views": ["view_1"]`, as
                    // Altair writes every selection of a composition) is defined in the first
                    // of them: its channels show that view's fields, and its brush is drawn there.
                    let view = try named.view(for: item)
                    var p = try decodeParam(item, encodings: view?.encodings ?? encs)
                    p.definedIn = view?.node.path ?? node.path
                    if let at = seen[p.name] {
                        // A repeated view's copies of its own parameter are one parameter, as in
                        // Vega-Lite.
                        if at != nil && at == item.location { continue }
                        // Two views defining a selection of one name share it in Vega-Lite (one
                        // store of the points picked in either): with nothing picked yet (no
                        // initial "value") and the same kind of selection, it is that one
                        // selection, empty, as Chartsmith draws it.
                        let first = out.first { $0.name == p.name }
                        if let first, first.selection != nil, first.selection == p.selection,
                           first.isEmptySelection, p.isEmptySelection { continue }
                        let there = firstNode[p.name]
                        let place = there.map { " (at \($0.location.line):\($0.location.column), \($0.path))" } ?? ""
                        let shared = first?.selection != nil && p.selection != nil
                        throw Diagnostic(location: item.location, path: item.path.appending("name"),
                                         message: "a parameter named \"\(p.name)\" is already defined\(place)"
                                             + (shared ? "; Vega-Lite shares a selection of one name between the views that define it, which Chartsmith draws only when both are the same kind of selection and neither sets an initial \"value\": give both the same \"select\" and no \"value\", or rename one (and the conditions and filters that name it)"
                                                       : "; a variable parameter's name is defined once in the whole spec: rename one (and the expressions that name it)"))
                    }
                    seen[p.name] = item.location
                    firstNode[p.name] = item
                    out.append(p)
                }
            }
            if case .array(let layers)? = o["layer"]?.value {
                for l in layers { try walk(l, encodings: encs, depth: depth + 1) }
            }
            // The views of a composition each have their own encoding.
            for key in ["hconcat", "vconcat", "concat"] {
                if case .array(let views)? = o[key]?.value { for v in views { try walk(v, encodings: [], depth: depth + 1) } }
            }
            if let inner = o["spec"] { try walk(inner, encodings: [], depth: depth + 1) }
        }
        try walk(root, encodings: [], depth: 0)
        return out
    }

    /// Names a parameter cannot take: expression words. (`width`, `height` and Vega's other
    /// built-in signals may be redefined, as the gallery's bullet chart does with `height`.)
    static let reservedParamNames: Set<String> = ["datum", "event", "item", "parent", "true", "false", "null", "undefined", "NaN", "Infinity"]

    /// One entry of `params`: `{"name", "value"?, "bind"?, "expr"?}` for a variable, or
    /// `{"name", "select", "value"?, "bind"?, "views"?}` for a selection.
    func decodeParam(_ node: JSONNode, encodings: [JSONObject]) throws -> ParamSpec {
        var r = try ObjectReader(node, what: "a parameter", kind: "param")
        guard let nameNode = r.take("name") else {
            throw Diagnostic(location: node.location, path: node.path, message: "the parameter has no \"name\"")
        }
        let name = try nameNode.asString()
        let identifier = name.first.map { $0 == "_" || $0 == "$" || ($0.isASCII && $0.isLetter) } ?? false
            && name.allSatisfy { $0 == "_" || $0 == "$" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        guard identifier, !Self.reservedParamNames.contains(name) else {
            throw Diagnostic(location: nameNode.location, path: nameNode.path,
                             message: "\"\(name)\" is not a usable parameter name; expected a name such as \"brush\" (letters, digits, _ and $, not starting with a digit, not a reserved word)")
        }
        var p = ParamSpec(name: name)
        let valueNode = r.take("value")
        let exprNode = r.take("expr")
        let selectNode = r.take("select")
        if let b = r.take("bind") {
            switch b.value {
            case .object: break  // an input widget: nothing to draw
            case .string(let s) where s == "legend" || s == "scales": break
            default: throw b.mismatch("\"legend\", \"scales\" or an input binding object")
            }
        }
        if let v = r.take("views") { _ = try v.asArray() }
        if let v = r.take("react") { _ = try v.asBool() }
        try r.finish()
        guard let selectNode else {
            p.value = valueNode?.inlineValue()
            p.valueNode = valueNode
            if let e = exprNode { p.expr = try e.asString() }
            return p
        }
        if let e = exprNode {
            throw Diagnostic(location: e.location, path: e.path, message: "a selection parameter cannot have an \"expr\"; \"expr\" defines a variable")
        }
        var fields: [String] = [], channels: [String] = []
        switch selectNode.value {
        case .string:
            p.selection = try selectNode.asEnum(ParamSpec.SelectionType.self)
        case .object:
            var q = try ObjectReader(selectNode, what: "a selection", kind: "selection")
            guard let t = q.take("type") else {
                throw Diagnostic(location: selectNode.location, path: selectNode.path,
                                 message: "the selection has no \"type\"; expected \"point\" or \"interval\"")
            }
            p.selection = try t.asEnum(ParamSpec.SelectionType.self)
            if let f = q.take("fields") { fields = try f.asArray().map { try $0.asString() } }
            if let e = q.take("encodings") {
                for c in try e.asArray() {
                    let s = try c.asString()
                    guard Channel(rawValue: s) != nil else {
                        throw Diagnostic(location: c.location, path: c.path, message: "unknown channel \"\(s)\"",
                                         suggestion: Suggest.closest(to: s, in: Channel.allCases.map(\.rawValue)))
                    }
                    channels.append(s)
                }
            }
            for key in ["clear", "on", "translate", "zoom", "toggle"] {
                if let v = q.take(key) {
                    switch v.value {
                    case .string, .bool, .object: break
                    default: throw v.mismatch("an event stream (a string or an object) or true/false")
                    }
                }
            }
            if let n = q.take("nearest") { _ = try n.asBool() }
            if let res = q.take("resolve") {
                let s = try res.asString()
                guard ["global", "union", "intersect"].contains(s) else {
                    throw Diagnostic(location: res.location, path: res.path, message: "\"\(s)\" is not one of \"global\", \"union\", \"intersect\"",
                                     suggestion: Suggest.closest(to: s, in: ["global", "union", "intersect"]))
                }
            }
            if let m = q.take("mark") { guard case .object = m.value else { throw m.mismatch("an object of brush mark properties") } }
            try q.finish()
        default:
            throw selectNode.mismatch("\"point\", \"interval\" or a selection object ({\"type\": ...})")
        }
        if let v = valueNode, !v.isNull {
            if p.selection == .interval {
                try decodeIntervalValue(v, into: &p, channels: channels, encodings: encodings)
            } else {
                p.initial = try pointValue(v, fields: fields, channels: channels, encodings: encodings)
            }
        }
        return p
    }

    /// The field a channel shows in the view that defines a selection (or a view above it).
    func fieldOf(_ channel: String, _ encodings: [JSONObject]) -> String? {
        for e in encodings {
            if case .object(let def)? = e[channel]?.value, case .string(let f)? = def["field"]?.value { return f }
        }
        return nil
    }

    /// A point selection's initial value, `[{"field": value, ...}, ...]`: the rows whose
    /// fields equal one of the entries.
    func pointValue(_ v: JSONNode, fields: [String], channels: [String], encodings: [JSONObject]) throws -> FilterPredicate? {
        let entries: [JSONNode]
        switch v.value {
        case .array(let items): entries = items
        case .object: entries = [v]
        default: throw v.mismatch("an array of {field: value} objects, the selection's initial points")
        }
        if entries.isEmpty { return nil }
        var alternatives: [FilterPredicate] = []
        for entry in entries {
            guard case .object(let o) = entry.value, !o.entries.isEmpty else {
                throw entry.mismatch("an object of field values, such as {\"symbol\": \"AAPL\"}")
            }
            var tests: [FilterPredicate] = []
            for e in o.entries {
                let field: String
                if fields.contains(e.key) {
                    field = e.key
                } else if channels.contains(e.key) {
                    guard let f = fieldOf(e.key, encodings) else {
                        throw Diagnostic(location: e.keyLocation, path: e.value.path,
                                         message: "the selection projects the \(e.key) channel, which shows no field in its view")
                    }
                    field = f
                } else if fields.isEmpty && channels.isEmpty {
                    throw Diagnostic(location: e.keyLocation, path: e.value.path,
                                     message: "an initial value for a point selection needs the selection's \"fields\" or \"encodings\" (such as \"select\": {\"type\": \"point\", \"fields\": [\"\(e.key)\"]})")
                } else {
                    throw Diagnostic(location: e.keyLocation, path: e.value.path,
                                     message: "\"\(e.key)\" is not one of the selection's fields or encodings (" + (fields + channels).joined(separator: ", ") + ")",
                                     suggestion: Suggest.closest(to: e.key, in: fields + channels))
                }
                tests.append(.equal(field: field, value: try TransformDecoder.predicateValue(e.value)))
            }
            alternatives.append(tests.count == 1 ? tests[0] : .and(tests))
        }
        return alternatives.count == 1 ? alternatives[0] : .or(alternatives)
    }

    /// An interval selection's initial value, `{"x": [lo, hi], ...}`: the rows inside every
    /// extent.
    func decodeIntervalValue(_ v: JSONNode, into p: inout ParamSpec, channels: [String], encodings: [JSONObject]) throws {
        guard case .object(let o) = v.value else { throw v.mismatch("an object of extents, such as {\"x\": [0, 10]}") }
        let allowed = channels.isEmpty ? ["x", "y"] : channels
        var tests: [FilterPredicate] = []
        for e in o.entries {
            guard allowed.contains(e.key) else {
                throw Diagnostic(location: e.keyLocation, path: e.value.path,
                                 message: "\"\(e.key)\" is not one of the selection's encodings (" + allowed.joined(separator: ", ") + ")",
                                 suggestion: Suggest.closest(to: e.key, in: allowed))
            }
            let items = try e.value.asArray()
            guard items.count == 2 else { throw e.value.mismatch("[start, end]") }
            var lo = try TransformDecoder.predicateValue(items[0]), hi = try TransformDecoder.predicateValue(items[1])
            if let a = DateTimeObject.milliseconds(lo) { lo = .number(a) }
            if let b = DateTimeObject.milliseconds(hi) { hi = .number(b) }
            if case .number(let a) = lo, case .number(let b) = hi, a > b { swap(&lo, &hi) }
            guard let field = fieldOf(e.key, encodings) else {
                throw Diagnostic(location: e.keyLocation, path: e.value.path,
                                 message: "the selection's \(e.key) channel shows no field in its view")
            }
            p.intervals[e.key] = [lo, hi]
            tests.append(.range(field: field, min: lo, max: hi))
        }
        if !tests.isEmpty { p.initial = tests.count == 1 ? tests[0] : .and(tests) }
    }
}
