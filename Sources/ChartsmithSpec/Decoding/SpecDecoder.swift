import Foundation

/// Decodes and validates a chart spec from JSON text.
///
/// Every error is a ``Diagnostic`` with the line, column and JSON path of the offending
/// value, what was expected, and a suggestion where one is close
/// (`encoding.colour: unknown property "colour" in encoding; did you mean "color"?`).
public struct SpecDecoder: Sendable {
    public init() {}

    /// Decoding a view of a composition, which may take its data from the figure.
    var dataInherited = false
    /// Decoding a view nested in a composition: the figure's `config`, whose defaults
    /// (header, spacing, columns) apply at every level.
    var figureConfig: Config?

    /// Decodes a spec from the bytes of a JSON file; `file` names it in messages.
    public func decode(_ bytes: [UInt8], file: String? = nil) throws -> ChartSpec {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw file.map { error.withFile($0) } ?? error
        }
        do {
            return try decode(root)
        } catch let d as Diagnostic {
            throw file.map { d.withFile($0) } ?? d
        }
    }

    /// Decodes a spec from the contents of a file on disk.
    public func decode(contentsOf url: URL) throws -> ChartSpec {
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.read(url.path)
        } catch {
            throw Diagnostic(message: "cannot read the spec file: \(error.reason)").withFile(url.path)
        }
        return try decode(bytes, file: url.path)
    }

    /// Decodes a spec from an already parsed JSON tree.
    public func decode(_ root: JSONNode) throws -> ChartSpec {
        try rejectCompositions(root, allowing: true)
        let root = Self.facetChannelsAsOperator(try RepeatExpansion.expand(root))
        try RepeatExpansion.rejectStrayReferences(root)
        let params = try collectParams(root)
        let dataParams = try TransformDecoder.collectDataParams(root, params: params)
        let datasets = try collectDatasets(root)
        let notes = DecodeWarnings()
        return try ParamScope.$current.withValue(ParamScope(params, dataParams: dataParams)) {
            try DatasetScope.$current.withValue(datasets) {
                try DecodeWarnings.$current.withValue(notes) {
                    let root = try CompositeExpansion.expand(root)
                    var spec = Self.isComposition(root) ? try decodeComposition(root) : try decodeSpec(root)
                    spec.params = params
                    spec.warnings = notes.warnings
                    spec.setVegaLiteMajorVersion(Self.schemaMajorVersion(root))
                    return spec
                }
            }
        }
    }

    /// The spec's properties, once its parameters are known.
    func decodeSpec(_ root: JSONNode) throws -> ChartSpec {
        var r = try ObjectReader(root, what: "the spec", kind: "spec")
        var spec = ChartSpec()
        spec.path = root.path
        r.ignore("$schema", "name")
        let usermetaTheme = try decodeFigure(&r, into: &spec)
        if let m = r.take("mark") { spec.mark = try decodeMark(m) }
        if let e = r.take("encoding") { spec.encoding = try decodeEncoding(e) }
        if let l = r.take("layer") {
            spec.layers = try l.asArray().enumerated().flatMap { i, node in
                try decodeLayer(node).map { layer in
                    var c = layer
                    c.group = i
                    return c
                }
            }
            if spec.mark != nil {
                throw Diagnostic(location: l.location, path: l.path,
                                 message: "a spec has either \"mark\" or \"layer\", not both")
            }
            try hoistLayerTitle(l, into: &spec)
        }
        if let c = r.take("config") { spec.config = try ConfigDecoder.decode(c) }
        if let res = r.take("resolve") {
            guard r.object["layer"] != nil else {
                throw Diagnostic(location: res.location, path: res.path,
                                 message: "\"resolve\" says how the views of a \"layer\" share scales, axes and legends; this spec has a single \"mark\" and no layers")
            }
            spec.resolve = try decodeResolve(res)
        }
        spec.source = try r.string("source")
        spec.notes = try r.lines("notes") ?? []
        spec.style = try r.string("style") ?? usermetaTheme
        r.ignore("view")
        Self.shareFieldlessChannels(&spec.encoding, into: &spec.layers)
        Self.dropBareOrder(&spec)
        Self.rangedLinesAsRules(&spec)
        if let m = spec.mark { try Self.checkPolarExpressions(m, encoding: spec.encoding) }
        for l in spec.layers { try Self.checkPolarExpressions(l.mark, encoding: l.encoding.inheriting(from: spec.encoding)) }
        try Self.checkChannels(spec)
        try Self.checkResolve(spec)
        spec.widthStepForOffset = Self.stepIsForOffset(r.object["width"])
        spec.heightStepForOffset = Self.stepIsForOffset(r.object["height"])
        if let a = r.take("annotations") { spec.annotations = try AnnotationDecoder.decodeList(a) }
        Self.clipForSelectionDomain(root, &spec)
        try r.finish()
        if spec.mark == nil && spec.layers.isEmpty {
            throw Diagnostic(location: root.location, path: .root,
                             message: "the spec has no \"mark\" (or \"layer\"); expected e.g. \"mark\": \"bar\"")
        }
        if spec.layers.isEmpty, spec.data == nil, !dataInherited {
            throw Diagnostic(location: root.location, path: .root,
                             message: "the spec has no \"data\"; expected \"data\": {\"values\": [...]} or {\"url\": \"file.csv\"}")
        }
        return spec
    }

    /// One entry of `layer`: a view, or a nested layer whose views inherit its data,
    /// transforms and encoding (flattened here, as Vega-Lite draws them).
    func decodeLayer(_ node: JSONNode) throws -> [LayerSpec] {
        try rejectCompositions(node)
        var r = try ObjectReader(node, what: "a layer", kind: "layer")
        r.ignore("name", "description", "$schema")
        _ = r.take("params")  // read by collectParams
        let data = try r.take("data").map { try decodeData($0) }
        let transformNode = r.take("transform")
        let transforms = try transformNode.map { try TransformDecoder.decodeList($0) } ?? []
        let sources = try transformNode.map { try $0.asArray().map(SourcePosition.init) } ?? []
        let encoding = try r.take("encoding").map { try decodeEncoding($0) } ?? Encoding()
        if let res = r.take("resolve") {
            // A nested layer's views are flattened into one group of the top-level layer,
            // which shares its scales, axes and legends: "shared" is what it does already.
            guard r.object["layer"] != nil else {
                throw Diagnostic(location: res.location, path: res.path,
                                 message: "\"resolve\" belongs on a spec with \"layer\"; this layer has a \"mark\" and no layers of its own")
            }
            let nestedResolve = try decodeResolve(res)
            for (name, map) in [("scale", nestedResolve.scale), ("axis", nestedResolve.axis), ("legend", nestedResolve.legend)] {
                for (ch, e) in map.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where e.mode == .independent {
                    throw Diagnostic(location: e.source.location, path: e.source.path,
                                     message: "independent \(name)s inside a nested layer (\"resolve\": {\"\(name)\": {\"\(ch.rawValue)\": \"independent\"}}) are not supported by Chartsmith; set \"resolve\" on the top-level spec, whose layers may each have their own")
                }
            }
        }
        if let nested = r.take("layer") {
            if r.object["mark"] != nil {
                throw Diagnostic(location: nested.location, path: nested.path, message: "a layer has either \"mark\" or \"layer\", not both")
            }
            r.ignore("title")  // read by hoistLayerTitle
            try r.finish(unsupported: ["width": "layer sizes (\"width\")",
                                       "height": "layer sizes (\"height\")"])
            var children = try nested.asArray().flatMap { try decodeLayer($0) }
            var encoding = encoding
            Self.shareFieldlessChannels(&encoding, into: &children)
            return children.map { child in
                var c = child
                if c.data == nil {
                    c.data = data
                    c.transforms = transforms + c.transforms
                    c.transformSources = sources + c.transformSources
                }
                c.encoding = c.encoding.inheriting(from: encoding)
                return c
            }
        }
        guard let m = r.take("mark") else {
            throw Diagnostic(location: node.location, path: node.path, message: "the layer has no \"mark\"")
        }
        let mark = try decodeMark(m)
        r.ignore("title")  // read by hoistLayerTitle
        try r.finish(unsupported: ["width": "layer sizes (\"width\")",
                                   "height": "layer sizes (\"height\")"])
        var layer = LayerSpec(data: data, transforms: transforms, mark: mark, encoding: encoding)
        layer.transformSources = sources
        return [layer]
    }

    /// A channel shared by layers that gives no field (`"x": {"type": "quantitative",
    /// "axis": {...}}`), for the layers that give one (`"x": {"field": "value"}`): each such
    /// layer takes it over its own definition; a layer that sets no such channel draws
    /// without it, as Vega-Lite drops a channel with no field, datum or value from a view
    /// (layer_likert's text layers, placed by their mark's `x`), named in a warning. When no
    /// layer gives the field, the shared definition stays, for `checkChannels` to refuse.
    static func shareFieldlessChannels(_ shared: inout Encoding, into layers: inout [LayerSpec]) {
        guard !layers.isEmpty else { return }
        for ch in Channel.allCases {
            guard let defs = shared.channels[ch], defs.count == 1, !defs[0].isComplete else { continue }
            let parent = defs[0]
            let completed = layers.contains { $0.encoding.inheriting(from: shared)[ch]?.isComplete == true }
            guard completed else { continue }
            var without: [Int] = []
            for i in layers.indices {
                if let own = layers[i].encoding.channels[ch], own.count == 1 {
                    layers[i].encoding.channels[ch] = [own[0].merged(over: parent)]
                } else if layers[i].encoding.channels[ch] == nil {
                    without.append(i)
                }
            }
            shared.channels[ch] = nil
            guard !without.isEmpty else { continue }
            let names = without.map { "\($0 + 1) (\(layers[$0].mark.type.rawValue))" }
            let list = names.count == 1 ? "layer " + names[0]
                : "layers " + names.dropLast().joined(separator: ", ") + " and " + names.last!
            let placed = without.allSatisfy { i in
                let m = layers[i].mark
                switch ch { case .x: return m.x != nil; case .y: return m.y != nil; default: return false }
            }
            DecodeWarnings.current?.add(Diagnostic(location: parent.location, path: parent.path,
                message: "the shared \(ch.rawValue) gives no \"field\", and \(list) of \(layers.count) set\(without.count == 1 ? "s" : "") no \(ch.rawValue) of \(without.count == 1 ? "its" : "their") own: "
                    + "drawn without the \(ch.rawValue) channel, as Vega-Lite drops a channel with no field from a view"
                    + (placed ? " (placed by the mark's own \"\(ch.rawValue)\")" : "")
                    + "; give \(without.count == 1 ? "that layer" : "those layers") a \"field\" to place \(without.count == 1 ? "it" : "them") on the shared scale",
                severity: .warning))
        }
    }

    /// `order: {"sort": "ascending"}` with no field (valid since Vega-Lite 5.23) sorts by the
    /// field the view stacks by, its colour field: it is read as an order on that field.
    static func dropBareOrder(_ spec: inout ChartSpec) {
        func bare(_ d: ChannelDef) -> Bool { !d.isComplete && d.sort != nil && d.field == nil && d.aggregate == nil }
        func resolve(_ enc: inout Encoding, colour: ChannelDef?) {
            guard let defs = enc.channels[.order], defs.contains(where: bare) else { return }
            enc.channels[.order] = defs.compactMap { d in
                guard bare(d) else { return d }
                guard let c = colour, let f = c.field else { return nil }
                var o = d
                o.field = f
                o.type = c.type
                o.timeUnit = c.timeUnit
                return o
            }
        }
        resolve(&spec.encoding, colour: spec.encoding[.color])
        for i in spec.layers.indices {
            let colour = spec.layers[i].encoding.inheriting(from: spec.encoding)[.color]
            resolve(&spec.layers[i].encoding, colour: colour)
        }
    }

    /// A `line` with `x2` or `y2` (its main channel a field, not binned, or a datum) is drawn
    /// as rule segments, as Vega-Lite's `RuleForRangedLineNormalizer` rewrites it (Altair's
    /// arrows drawn as `mark_line` from `x`,`y` to `x2`,`y2`).
    static func rangedLinesAsRules(_ spec: inout ChartSpec) {
        func ranged(_ enc: Encoding) -> Bool {
            [(Channel.x, Channel.x2), (.y, .y2)].contains { main, second in
                guard enc[second] != nil, let m = enc[main] else { return false }
                return (m.field != nil && m.bin?.binned != true) || m.datum != nil
            }
        }
        if spec.mark?.type == .line, ranged(spec.encoding) { spec.mark?.type = .rule }
        for i in spec.layers.indices where spec.layers[i].mark.type == .line {
            if ranged(spec.layers[i].encoding.inheriting(from: spec.encoding)) { spec.layers[i].mark.type = .rule }
        }
    }

    /// Every channel of every view, once layers have merged with the spec's encoding, must
    /// say what to show: a field, a value or a datum.
    static func checkChannels(_ spec: ChartSpec) throws {
        let views: [(Encoding, MarkType?)] = spec.layers.isEmpty ? [(spec.encoding, spec.mark?.type)]
            : spec.layers.map { ($0.encoding.inheriting(from: spec.encoding), $0.mark.type) }
        for (enc, mark) in views {
            for ch in Channel.allCases {
                for d in enc.channels[ch] ?? [] where !d.isComplete {
                    throw Diagnostic(location: d.location, path: d.path,
                                     message: "the \(ch.rawValue) channel needs a \"field\", a \"value\" or a \"datum\"")
                }
            }
            try Self.checkPolarChannels(enc, mark: mark)
            // Vega-Lite stacks a mean (or any aggregate) by default, with a warning that
            // the parts of a non-summative aggregate do not add up to anything.
            if let mark, [.bar, .area].contains(mark) {
                let sem = ViewSemantics(mark: MarkSpec(type: mark), encoding: enc)
                if let st = sem.stack, let d = enc[st.channel], d.stack == nil, let a = d.aggregate,
                   !ViewSemantics.summativeAggregates.contains(a) {
                    DecodeWarnings.current?.add(Diagnostic(location: d.location, path: d.path,
                        message: "the \(mark.rawValue)s' \(a.rawValue) values are stacked, as Vega-Lite stacks them, though \(a.rawValue)s do not add up; set \"stack\": null to draw them over one another, or group them side by side with \"\(st.channel == .y ? "xOffset" : "yOffset")\"",
                        severity: .warning))
                }
            }
            // Vega-Lite's `shape` channel shapes point marks only: circles and squares keep
            // their own symbol (Vega-Lite drops the channel with a console warning).
            if let d = enc[.shape], let mark, mark == .circle || mark == .square {
                DecodeWarnings.current?.add(Diagnostic(location: d.location, path: d.path,
                                                       message: "the \"shape\" channel is not drawn on \(mark.rawValue) marks, which are always \(mark.rawValue)s (as in Vega-Lite); use \"mark\": \"point\" for shapes",
                                                       severity: .warning))
            }
            // Bar thickness by data would be drawn as one thickness for all.
            if mark == .bar || mark == .tick, let d = enc[.size], d.field != nil || d.aggregate != nil {
                throw Diagnostic(location: d.location, path: d.path,
                                 message: "a size field on \(mark!.rawValue) marks (thickness by data) is not supported by Chartsmith; give the size as a \"value\"")
            }
            // `angle` turns symbols and text; Vega-Lite draws it on no other mark.
            if let d = enc[.angle], let mark, ![.point, .circle, .square, .text].contains(mark) {
                throw Diagnostic(location: d.location, path: d.path,
                                 message: "the \"angle\" channel on \(mark.rawValue) marks is not supported by Chartsmith (it turns point and text marks)")
            }
            // A quantitative offset is a position inside a band; Chartsmith draws it for
            // areas (Vega-Lite's ranged areas) and for point-like marks (jitter), and would
            // draw other marks wrongly.
            for ch in [Channel.xOffset, .yOffset] {
                guard let d = enc[ch], d.field != nil, d.effectiveType(for: ch) == .quantitative,
                      let mark, ![.area, .point, .circle, .square, .text].contains(mark) else { continue }
                throw Diagnostic(location: d.location, path: d.path,
                                 message: "quantitative offsets (\"\(ch.rawValue)\" with a quantitative field) on \(mark.rawValue) marks are not supported by Chartsmith")
            }
            // An offset by a discrete constant puts each layer's marks in its own slot (as
            // bar_grouped_repeated groups a repeated layer); a quantitative or temporal
            // datum would be a constant shift of the offset scale, which is not drawn.
            for ch in [Channel.xOffset, .yOffset] {
                guard let d = enc[ch], d.field == nil, d.datum != nil, d.isContinuous(for: ch) else { continue }
                throw Diagnostic(location: d.location, path: d.path,
                                 message: "an offset by a \(d.effectiveType(for: ch).rawValue) datum (\"\(ch.rawValue)\" with a number or date \"datum\") is not supported by Chartsmith; "
                                     + "give the datum \"type\": \"nominal\" to put each layer in its own slot, or offset by a field")
            }
        }
    }

    /// `resolve`: `{"scale": {...}, "axis": {...}, "legend": {...}}`, each channel →
    /// `"shared"` or `"independent"`.
    func decodeResolve(_ node: JSONNode) throws -> ResolveSpec {
        var r = try ObjectReader(node, what: "resolve", kind: "resolve")
        var out = ResolveSpec()
        if let s = r.take("scale") { out.scale = try decodeResolveMap(s, what: "resolve.scale", kind: "resolveScale", channels: ResolveSpec.scaleChannels) }
        if let a = r.take("axis") { out.axis = try decodeResolveMap(a, what: "resolve.axis", kind: "resolveAxis", channels: ResolveSpec.axisChannels) }
        if let l = r.take("legend") { out.legend = try decodeResolveMap(l, what: "resolve.legend", kind: "resolveLegend", channels: ResolveSpec.legendChannels) }
        try r.finish()
        return out
    }

    func decodeResolveMap(_ node: JSONNode, what: String, kind: String, channels: [Channel]) throws -> [Channel: ResolveSpec.Entry] {
        var r = try ObjectReader(node, what: what, kind: kind)
        var out: [Channel: ResolveSpec.Entry] = [:]
        for ch in channels {
            guard let v = r.take(ch.rawValue) else { continue }
            let s = try v.asString()
            guard let mode = ResolveSpec.Mode(rawValue: s) else {
                let all = ResolveSpec.Mode.allCases.map(\.rawValue)
                throw Diagnostic(location: v.location, path: v.path,
                                 message: "\"\(s)\" is not a resolve mode; expected \"shared\" or \"independent\"",
                                 suggestion: Suggest.closest(to: s, in: all))
            }
            out[ch] = ResolveSpec.Entry(mode: mode, source: SourcePosition(v))
        }
        try r.finish()
        return out
    }

    /// What an independent resolution asks must be something Chartsmith draws: its own
    /// x and y scales and axes per layer (at most one axis on each side of the plot).
    static func checkResolve(_ spec: ChartSpec) throws {
        let views = spec.layers.map { (group: $0.group, encoding: $0.encoding.inheriting(from: spec.encoding)) }
        for ch in ResolveSpec.axisChannels where spec.resolve.axisIsIndependent(ch) {
            // An explicit orient must be one of this channel's sides.
            let sides = ch == .x ? ["bottom", "top"] : ["left", "right"]
            for v in views {
                guard let d = v.encoding[ch], let o = d.axis?.orient, !sides.contains(o) else { continue }
                throw Diagnostic(location: d.location, path: d.path?.appending("axis").appending("orient"),
                                 message: "\"\(o)\" is not a side for an independent \(ch.rawValue) axis; expected \"\(sides[0])\" or \"\(sides[1])\"",
                                 suggestion: Suggest.closest(to: o, in: sides))
            }
            var taken: [String: Int] = [:]
            for p in ResolveSpec.axisPlacements(ch, views: views) {
                if let first = taken[p.orient] {
                    let d = views.first { $0.group == p.group }?.encoding[ch]
                    throw Diagnostic(location: d?.location, path: d?.path,
                                     message: "layer[\(p.group)] would draw a second \(ch.rawValue) axis on the \(p.orient) (layer[\(first)] has one there); "
                                         + "more than one independent axis on a side is not supported by Chartsmith; share the axis, or turn one off with \"axis\": null")
                }
                taken[p.orient] = p.group
            }
        }
        // Independent legend-channel scales give each layer its own scale and legend, and
        // independent legends of a shared scale a legend of it per layer (layout's `LayerScales`).
    }

    /// Whether a size is `{"step": N, "for": "offset"}`.
    /// Whether a `{"step": …}` size is for each offset band: Vega-Lite's `getStepFor`
    /// default (`for` is "offset" unless the spec says "position").
    static func stepIsForOffset(_ node: JSONNode?) -> Bool {
        guard case .object(let o)? = node?.value, case .string(let f)? = o["for"]?.value else { return true }
        return f != "position"
    }

    /// Multi-view compositions are named before anything else is read, so the message
    /// says what the spec is rather than the first property Chartsmith does not know.
    func rejectCompositions(_ root: JSONNode, allowing: Bool = false) throws {
        guard case .object(let o) = root.value else { return }
        let names: [(String, String)] = allowing ? [
            ("selection", "Vega-Lite 4 selections (\"selection\"; Vega-Lite 5 writes them as \"params\")"),
        ] : [
            ("facet", "faceting (\"facet\")"), ("repeat", "repeated views (\"repeat\")"),
            ("concat", "concatenated views (\"concat\")"), ("hconcat", "concatenated views (\"hconcat\")"),
            ("vconcat", "concatenated views (\"vconcat\")"),
            ("selection", "Vega-Lite 4 selections (\"selection\"; Vega-Lite 5 writes them as \"params\")"),
        ]
        for (key, why) in names {
            if let e = o.entries.first(where: { $0.key == key }) {
                throw Diagnostic(location: e.keyLocation, path: root.path.appending(key), message: "\(why) is not supported by Chartsmith")
            }
        }
    }

    /// The top-level properties a single view and a composition share: description, title,
    /// size, autosize, background, padding, data and transforms (params and datasets are
    /// read before, by `collectParams` and `collectDatasets`). Returns the style that
    /// `usermeta.embedOptions.theme` names, if any.
    func decodeFigure(_ r: inout ObjectReader, into spec: inout ChartSpec) throws -> String? {
        let usermetaTheme = try r.take("usermeta").flatMap(EmbedTheme.styleName)
        _ = r.take("params")  // read by collectParams
        _ = r.take("datasets")  // read by collectDatasets
        spec.description = try r.string("description")
        if let t = r.take("title") { spec.title = try decodeTitle(t, concatView: Self.isConcatView(spec.path)) }
        if let w = r.take("width") { spec.width = try decodeSize(w) }
        if let h = r.take("height") { spec.height = try decodeSize(h) }
        if let a = r.take("autosize") { spec.autosize = try decodeAutosize(a) }
        spec.background = try r.string("background")
        if let p = r.take("padding") { spec.padding = try decodePadding(p) }
        if let d = r.take("data") { spec.data = try decodeData(d) }
        if let t = r.take("transform") {
            spec.transforms = try TransformDecoder.decodeList(t)
            spec.transformSources = try t.asArray().map(SourcePosition.init)
        }
        return usermetaTheme
    }

    /// Whether a unit or layered view at `path` is one of a concat's views (its title is
    /// then its header, which honours the title's `align`).
    static func isConcatView(_ path: JSONPath) -> Bool {
        guard case .index? = path.components.last,
              case .key(let k)? = path.components.dropLast().last else { return false }
        return ["hconcat", "vconcat", "concat"].contains(k)
    }

    /// - Parameter concatView: the title is a concatenated view's, drawn as its header:
    ///   its `align` is read (the figure's title takes the style's and names it).
    func decodeTitle(_ node: JSONNode, concatView: Bool = false) throws -> TitleSpec {
        switch node.value {
        case .string, .array:
            return TitleSpec(text: try node.asLines())
        case .object:
            var r = try ObjectReader(node, what: "the title", kind: "title")
            guard let text = try r.lines("text") else {
                throw Diagnostic(location: node.location, path: node.path, message: "the title object has no \"text\"")
            }
            let subtitle = try r.lines("subtitle") ?? []
            var look = try ConfigDecoder.decodeTitleLook(&r)
            if concatView, r.hasPlain("align"), let a = r.take("align") {
                look.align = a.isNull ? nil : try ConfigDecoder.oneOf(a, ["left", "center", "right"])
            }
            var title = TitleSpec(text: text, subtitle: subtitle, look: look)
            title.font = try ConfigDecoder.fontFamily(&r, "font")
            title.subtitleFont = try ConfigDecoder.fontFamily(&r, "subtitleFont")
            r.cosmetic(["anchor", "fontSize", "subtitleFontSize", "color", "subtitleColor", "fontWeight",
                        "offset", "orient", "align", "baseline", "dx", "dy",
                        "limit", "subtitlePadding", "frame", "lineHeight", "subtitleLineHeight", "subtitleFontWeight"],
                       reason: "a title takes its look from the house style",
                       drawn: ["frame": "bounds"])  // aligned within the chart's bounds
            try r.finish()
            return title
        default:
            throw node.mismatch("a string or an object with \"text\"")
        }
    }

    func decodeSize(_ node: JSONNode) throws -> SizeSpec {
        switch node.value {
        case .number(let n):
            guard n > 0, n.isFinite else { throw node.mismatch("a positive number of points") }
            return .points(n)
        case .string(let s):
            guard s == "container" else { throw node.mismatch("a number, {\"step\": N} or \"container\"") }
            return .container
        case .object:
            var r = try ObjectReader(node, what: "a size", kind: "size")
            guard let step = try r.number("step"), step > 0 else {
                throw Diagnostic(location: node.location, path: node.path.appending("step"),
                                 message: "expected a positive \"step\"")
            }
            if let f = r.take("for") {
                let s = try f.asString()
                guard s == "position" || s == "offset" else {
                    throw Diagnostic(location: f.location, path: f.path, message: "expected \"position\" or \"offset\", found \(f.describeValue())",
                                     suggestion: Suggest.closest(to: s, in: ["position", "offset"]))
                }
                try r.finish()
                return .step(step)
            }
            try r.finish()
            return .step(step)
        default:
            throw node.mismatch("a number, {\"step\": N} or \"container\"")
        }
    }

    func decodeAutosize(_ node: JSONNode) throws -> Autosize {
        if case .object = node.value {
            var r = try ObjectReader(node, what: "autosize", kind: "autosize")
            let type = try r.enumeration("type", Autosize.self) ?? .pad
            r.autosizeContains(fit: type == .fit)
            try r.finish()
            return type
        }
        let s = try node.asString()
        switch s {
        case "fit-x", "fit-y": return .fit
        default: return try node.asEnum(Autosize.self)
        }
    }

    func decodePadding(_ node: JSONNode) throws -> Padding {
        if case .number(let n) = node.value { return Padding(all: n) }
        var r = try ObjectReader(node, what: "padding", kind: "padding")
        let p = Padding(top: try r.number("top") ?? 5, right: try r.number("right") ?? 5,
                        bottom: try r.number("bottom") ?? 5, left: try r.number("left") ?? 5)
        try r.finish()
        return p
    }

    func decodeData(_ node: JSONNode) throws -> DataSpec {
        var r = try ObjectReader(node, what: "data", kind: "data")
        let nameNode = r.take("name")
        let format = try r.take("format").map { try decodeFormat($0) }
        if let v = r.take("values") {
            try r.finish()
            switch v.value {
            case .array(let items): return .values(items.map { $0.inlineValue() }, format: format)
            case .string(let s): return .values([.string(s)], format: format)
            default: throw v.mismatch("an array of rows")
            }
        }
        if let u = r.take("url") {
            try r.finish()
            return .url(try u.asString(), format: format)
        }
        if let s = r.take("sequence") {
            try r.finish()
            var q = try ObjectReader(s, what: "a sequence", kind: "sequence")
            guard let start = try q.number("start"), let stop = try q.number("stop") else {
                throw Diagnostic(location: s.location, path: s.path, message: "a sequence needs \"start\" and \"stop\"")
            }
            let step = try q.number("step") ?? 1
            let name = try q.string("as") ?? "data"
            try q.finish()
            guard step != 0, ((stop - start) / step) < 10_000_000 else {
                throw Diagnostic(location: s.location, path: s.path, message: "the sequence is empty or too long")
            }
            return .sequence(start: start, stop: stop, step: step, as: name)
        }
        try r.finish(unsupported: ["graticule": "graticule generators (\"graticule\")",
                                   "sphere": "sphere generators (\"sphere\")"])
        if let nameNode {
            // `{"name": "table"}` alone reads the rows of `datasets.table`.
            return try namedDataset(nameNode, format: format)
        }
        throw Diagnostic(location: node.location, path: node.path,
                         message: "data needs \"values\", \"url\" or \"sequence\"")
    }

    func decodeFormat(_ node: JSONNode) throws -> DataFormat {
        var r = try ObjectReader(node, what: "data.format", kind: "dataFormat")
        var f = DataFormat()
        if let t = r.object["type"], case .string(let name) = t.value, name == "topojson" {
            throw Diagnostic(location: t.location, path: t.path, message: "TopoJSON data (\"topojson\") is not supported by Chartsmith")
        }
        f.type = try r.enumeration("type", DataFormat.FileType.self)
        f.property = try r.string("property")
        f.delimiter = try r.string("delimiter")
        if let p = r.take("parse") {
            if p.isNull {
                f.parse = [:]
            } else {
                var q = try ObjectReader(p, what: "data.format.parse", kind: "dataFormatParse")
                guard case .object(let o) = p.value else { throw p.mismatch("an object") }
                for e in o.entries {
                    let v = q.take(e.key)!
                    f.parse[e.key] = v.isNull ? .some(nil) : .some(try v.asString())
                }
                try q.finish()
            }
        }
        try r.finish(unsupported: ["feature": "TopoJSON (\"feature\")", "mesh": "TopoJSON (\"mesh\")"])
        return f
    }
}
