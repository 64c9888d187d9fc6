/// Writes a decoded ``ChartSpec`` back out as Vega-Lite JSON that ``SpecDecoder`` reads
/// to an equal spec (source locations and warnings aside): the round trip.
///
/// Members are written in a fixed order (the order the model declares them), so the same
/// spec always gives the same text. What the decoder normalised stays normalised: a
/// `repeat` comes back as the concat it stands for, `datasets` as inline `values`, a
/// parameter's uses as the tests they stand for in the chart's initial state, and a
/// config's guide styles as the roles they set.
public struct VegaLiteEncoder: Sendable {
    /// The spec's parameters, so a test that a parameter gave (an empty selection's
    /// "every row" or "no row") is written as a reference to one again.
    let params: [ParamSpec]

    init(params: [ParamSpec]) {
        self.params = params
    }

    /// The whole spec: its figure, views, config and parameters.
    public static func encode(_ spec: ChartSpec) -> ChartValue {
        let encoder = VegaLiteEncoder(params: spec.params)
        var placement = ParamPlacement(spec.params)
        let body = encoder.view(spec, placement: &placement, chain: [])
        guard case .object(var members) = body else { return body }
        // The Vega-Lite version the spec was written for; none given reads as version 5.
        if let v = spec.vegaLiteMajorVersion {
            members.insert(("$schema", .string("https://vega.github.io/schema/vega-lite/v\(v).json")), at: 0)
        }
        // Parameters no view could take in order go to the top: each still decodes the same.
        let rest = placement.remaining
        if !rest.isEmpty {
            if let i = members.firstIndex(where: { $0.0 == "params" }), case .array(let first) = members[i].1 {
                members[i].1 = .array(first + rest.map(encoder.param))
            } else {
                members.append(("params", .array(rest.map(encoder.param))))
            }
        }
        return .object(members)
    }

    /// One view: a unit or layered spec, or a composition, with the properties of the
    /// figure it holds. `chain` is the encodings above it (for where a parameter goes).
    func view(_ spec: ChartSpec, placement: inout ParamPlacement, chain: [Encoding]) -> ChartValue {
        var o = figure(spec)
        if let comp = spec.composition {
            let here = placement.claim(chain: [])
            if !here.isEmpty { o.add("params", .array(here.map(param))) }
            o.append(contentsOf: composition(comp, placement: &placement))
        } else {
            let chain = [spec.encoding] + chain
            // Parameters are read in document order: this view's before its layers'.
            let here = placement.claim(chain: chain)
            if !here.isEmpty { o.add("params", .array(here.map(param))) }
            if let m = spec.mark { o.add("mark", mark(m)) }
            if !spec.encoding.channels.isEmpty { o.add("encoding", encoding(spec.encoding)) }
            if !spec.layers.isEmpty { o.add("layer", layers(spec.layers, placement: &placement, chain: chain)) }
            if spec.resolve != ResolveSpec() { o.add("resolve", resolve(spec.resolve)) }
            if !spec.annotations.isEmpty { o.add("annotations", .array(spec.annotations.map(annotation))) }
        }
        return o.value
    }

    /// The properties a single view and a composition share.
    func figure(_ spec: ChartSpec) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("description", spec.description)
        if let t = spec.title { o.add("title", title(t)) }
        o.add("width", spec.width.map { size($0, forOffset: spec.widthStepForOffset) })
        o.add("height", spec.height.map { size($0, forOffset: spec.heightStepForOffset) })
        o.add("autosize", spec.autosize?.rawValue)
        o.add("background", spec.background)
        o.add("padding", spec.padding.map(padding))
        o.add("data", spec.data.map(data))
        if !spec.transforms.isEmpty { o.add("transform", .array(spec.transforms.map(transform))) }
        if spec.config != Config() { o.add("config", config(spec.config)) }
        o.add("source", spec.source)
        if !spec.notes.isEmpty { o.add("notes", .array(spec.notes.map(ChartValue.string))) }
        o.add("style", spec.style)
        return o
    }

    /// `layer`: the views in order; views flattened from one nested layer (one `group`)
    /// are nested again, so each keeps the top-level layer it belongs to.
    func layers(_ views: [LayerSpec], placement: inout ParamPlacement, chain: [Encoding]) -> ChartValue {
        var out: [ChartValue] = []
        var i = 0
        while i < views.count {
            let group = views[i].group
            // A top-level layer that drew no views (an empty nested layer) keeps its place.
            while out.count < group { out.append(.object([("layer", .array([]))])) }
            var j = i
            while j < views.count && views[j].group == group { j += 1 }
            let members = views[i..<j].map { layer($0, placement: &placement, chain: chain) }
            out.append(members.count == 1 ? members[0] : .object([("layer", .array(members))]))
            i = j
        }
        return .array(out)
    }

    func layer(_ l: LayerSpec, placement: inout ParamPlacement, chain: [Encoding]) -> ChartValue {
        var o = ObjectMembers()
        let here = placement.claim(chain: [l.encoding] + chain)
        if !here.isEmpty { o.add("params", .array(here.map(param))) }
        o.add("data", l.data.map(data))
        if !l.transforms.isEmpty { o.add("transform", .array(l.transforms.map(transform))) }
        o.add("mark", mark(l.mark))
        if !l.encoding.channels.isEmpty { o.add("encoding", encoding(l.encoding)) }
        return o.value
    }

    func size(_ s: SizeSpec, forOffset: Bool) -> ChartValue {
        switch s {
        case .points(let n): return .number(n)
        case .container: return "container"
        case .step(let n): return forOffset ? .object([("step", .number(n))]) : .object([("step", .number(n)), ("for", "position")])
        }
    }

    func padding(_ p: Padding) -> ChartValue {
        if p.top == p.right && p.top == p.bottom && p.top == p.left { return .number(p.top) }
        return .object([("top", .number(p.top)), ("right", .number(p.right)), ("bottom", .number(p.bottom)), ("left", .number(p.left))])
    }

    /// `resolve`: each map's channels in ``Channel`` order.
    func resolve(_ r: ResolveSpec) -> ChartValue {
        func map(_ m: [Channel: ResolveSpec.Entry]) -> ChartValue? {
            m.isEmpty ? nil : .object(Channel.allCases.compactMap { ch in m[ch].map { (ch.rawValue, .string($0.mode.rawValue)) } })
        }
        var o = ObjectMembers()
        o.add("scale", map(r.scale))
        o.add("axis", map(r.axis))
        o.add("legend", map(r.legend))
        return o.value
    }

    func annotation(_ a: Annotation) -> ChartValue {
        var o = ObjectMembers()
        o.add("type", a.kind.rawValue)
        if !a.x.isEmpty { o.add("x", .array(a.x.map(inline))) }
        if !a.y.isEmpty { o.add("y", .array(a.y.map(inline))) }
        if !a.text.isEmpty { o.add("text", a.text) }
        o.add("color", a.color)
        return o.value
    }
}

extension ChartSpec {
    /// The spec as Vega-Lite JSON that Chartsmith decodes to an equal spec (see
    /// ``VegaLiteEncoder``).
    public var vegaLite: ChartValue { VegaLiteEncoder.encode(self) }

    /// ``vegaLite`` as text, indented by two spaces a level unless `pretty` is false.
    public func vegaLiteJSON(pretty: Bool = true) -> String { vegaLite.jsonText(pretty: pretty) }
}
