extension SpecDecoder {
    static let unsupportedMarks: [String: String] = [
        "geoshape": "the \"geoshape\" mark (maps)", "image": "the \"image\" mark",
    ]

    func decodeMarkType(_ node: JSONNode) throws -> MarkType {
        let s = try node.asString()
        if let t = MarkType(rawValue: s) { return t }
        if let why = Self.unsupportedMarks[s] {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "\(why) is not supported by Chartsmith (supported marks: "
                                 + MarkType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        throw Diagnostic(location: node.location, path: node.path, message: "unknown mark type \"\(s)\"",
                         suggestion: Suggest.closest(to: s, in: MarkType.allCases.map(\.rawValue)))
    }

    /// Mark properties that may be given as `{"expr": ...}` over the row (`datum`).
    static let expressionProperties: Set<String> = ["align", "baseline", "dx", "dy", "text", "color", "fill",
                                                    "stroke", "opacity", "fillOpacity", "angle"]
    /// Mark properties that may be given as `{"expr": ...}` over parameters only: evaluated
    /// once before layout (see `ConstantMarkExpressions` in the layout stage).
    /// The channel that overrides each polar mark property (Vega-Lite reads the property
    /// only when the channel is absent).
    static let polarOverrides: [String: Channel] = ["theta": .theta, "theta2": .theta, "radius": .radius, "radius2": .radius2]

    /// Throws the error of a polar property given as an unreadable expression, unless its
    /// channel is encoded (then Vega-Lite never evaluates it, and neither does Chartsmith).
    static func checkPolarExpressions(_ mark: MarkSpec, encoding: Encoding) throws {
        for key in mark.overridablePolarErrors.keys.sorted() {
            guard let ch = polarOverrides[key], encoding[ch] == nil, let error = mark.overridablePolarErrors[key] else { continue }
            throw error
        }
    }

    static let constantExpressionProperties: Set<String> = [
        "size", "strokeWidth", "thickness", "binSpacing", "cornerRadius", "cornerRadiusEnd", "cornerRadiusTopLeft",
        "cornerRadiusTopRight", "cornerRadiusBottomLeft", "cornerRadiusBottomRight",
    ]

    func decodeMark(_ node: JSONNode) throws -> MarkSpec {
        if case .string = node.value { return MarkSpec(type: try decodeMarkType(node)) }
        // A property given as a variable parameter's name (`"interpolate": {"expr":
        // "interpolate"}`) reads the parameter's value as if it were written there.
        var node = node
        if case .object(var o) = node.value {
            for (i, e) in o.entries.enumerated() {
                guard case .object(let eo) = e.value.value, eo.entries.count == 1, case .string(let src)? = eo["expr"]?.value,
                      let c = ParamScope.constantNode(for: src) else { continue }
                o.entries[i].value = JSONNode(value: c.value, location: e.value.location, path: e.value.path)
            }
            node.value = .object(o)
        }
        var r = try ObjectReader(node, what: "mark", kind: "mark")
        guard let t = r.take("type") else {
            throw Diagnostic(location: node.location, path: node.path, message: "the mark object has no \"type\"")
        }
        var m = MarkSpec(type: try decodeMarkType(t))
        // Properties given as expressions over the row (and parameters) are kept for the
        // layout.
        if case .object(let o) = node.value {
            for e in o.entries {
                guard case .object(let eo) = e.value.value, let expr = eo["expr"] else { continue }
                let path = node.path.appending(e.key)
                guard Self.expressionProperties.contains(e.key) || Self.constantExpressionProperties.contains(e.key),
                      case .string(let src) = expr.value else {
                    let error = Diagnostic(location: e.keyLocation, path: path,
                                           message: "expressions for the mark's \"\(e.key)\" ({\"expr\": ...}) other than a parameter's name are not supported by Chartsmith")
                    if Self.polarOverrides[e.key] != nil {
                        m.overridablePolarErrors[e.key] = error
                        continue
                    }
                    throw error
                }
                m.expressions[e.key] = try ParamScope.substitute(src, at: expr)
            }
        }
        func plain(_ key: String) -> JSONNode? {
            guard let n = r.take(key) else { return nil }
            if m.expressions[key] != nil { return nil }
            return n
        }
        if let p = r.take("point") {
            m.pointExplicit = true
            switch p.value {
            case .bool(let b): m.point = b
            case .string(let s) where s == "transparent": m.point = false
            case .object:
                m.point = true
                var q = try ObjectReader(p, what: "mark.point", kind: "overlayPoint")
                m.pointFilled = try q.bool("filled")
                m.pointFill = try q.string("fill")
                m.pointColor = try q.string("color")
                m.pointSize = try q.number("size")
                m.pointShape = try q.take("shape").map(decodeShapeName)
                q.cosmetic(["opacity", "stroke", "strokeWidth", "fillOpacity", "strokeOpacity"],
                           reason: "Chartsmith does not style a mark's overlay points by it")
                q.ignore("tooltip")
                try q.finish()
            default: throw p.mismatch("true, false, \"transparent\" or an object")
            }
        }
        if let l = r.take("line") {
            switch l.value {
            case .bool(let b): m.line = b
            case .object:
                m.line = true
                var q = try ObjectReader(l, what: "mark.line", kind: "overlayLine")
                let lineColor = try q.string("color"), lineStroke = try q.string("stroke")
                m.lineColor = lineColor ?? lineStroke
                m.lineStrokeWidth = try q.number("strokeWidth")
                q.cosmetic(["opacity", "strokeDash", "strokeOpacity"], reason: "Chartsmith does not style an area's overlay line by it")
                q.ignore("tooltip")
                try q.finish()
            default: throw l.mismatch("true, false or an object")
            }
        }
        for key in ["color", "fill", "stroke"] {
            guard let c = plain(key) else { continue }
            if case .object(let o) = c.value {
                if o["gradient"] != nil {
                    m.gradient = try decodeGradient(c)
                    continue
                }
                throw c.mismatch("a CSS colour or a gradient")
            }
            // `fill: null` and `stroke: null` are Vega-Lite's "no fill" and "no stroke".
            let s = c.isNull && key != "color" ? "transparent" : try c.asString()
            m.sources[key] = SourcePosition(c)
            switch key {
            case "color": m.color = s
            case "fill": m.fill = s
            default: m.stroke = s
            }
        }
        m.opacity = try plain("opacity")?.asNumber()
        m.fillOpacity = try plain("fillOpacity")?.asNumber()
        m.strokeOpacity = try r.number("strokeOpacity")
        m.strokeWidth = try plain("strokeWidth")?.asNumber()
        if let d = r.take("strokeDash") { m.strokeDash = try d.asNumbers() }
        if let i = r.take("interpolate") {
            let s = try i.asString()
            if ["basis", "basis-open", "basis-closed", "bundle", "cardinal", "cardinal-open", "cardinal-closed",
                "catmull-rom", "linear-closed", "natural"].contains(s) {
                throw Diagnostic(location: i.location, path: i.path,
                                 message: "\"\(s)\" interpolation is not supported by Chartsmith (supported: linear, step, step-before, step-after, monotone)")
            }
            m.interpolate = try i.asEnum(Interpolate.self)
        }
        m.orient = try r.enumeration("orient", Orient.self)
        m.cornerRadius = try plain("cornerRadius")?.asNumber()
        m.cornerRadiusEnd = try plain("cornerRadiusEnd")?.asNumber()
        m.cornerRadiusTopLeft = try plain("cornerRadiusTopLeft")?.asNumber()
        m.cornerRadiusTopRight = try plain("cornerRadiusTopRight")?.asNumber()
        m.cornerRadiusBottomLeft = try plain("cornerRadiusBottomLeft")?.asNumber()
        m.cornerRadiusBottomRight = try plain("cornerRadiusBottomRight")?.asNumber()
        m.size = try plain("size")?.asNumber()
        m.filled = try r.bool("filled")
        m.shape = try r.take("shape").map(decodeShapeName)
        if let inv = r.take("invalid") {
            if inv.isNull { m.invalidFilter = false } else {
                let s = try inv.asString()
                switch s {
                case "filter": m.invalidFilter = true
                case "break-paths-filter-domains", "break-paths-show-domains": m.invalidFilter = nil
                case "show": m.invalidFilter = false
                default:
                    throw Diagnostic(location: inv.location, path: inv.path, message: "expected \"filter\" or null for mark.invalid, found \(inv.describeValue())",
                                     suggestion: Suggest.closest(to: s, in: ["filter"]))
                }
            }
        }
        m.align = try plain("align")?.asString()
        m.baseline = try plain("baseline")?.asString()
        m.dx = try plain("dx")?.asNumber()
        m.dy = try plain("dy")?.asNumber()
        func position(_ key: String, far: String) throws -> MarkPosition? {
            guard let n = plain(key) else { return nil }
            // Layout places text and points by a mark position; other marks would ignore it.
            guard [.text, .point, .circle, .square].contains(m.type) else {
                throw Diagnostic(location: n.location, path: n.path,
                                 message: "positions in points (\"\(key)\" on the mark) for \(m.type.rawValue) marks are not supported by Chartsmith")
            }
            if case .string(let s) = n.value {
                guard s == far else { throw n.mismatch("a number of points or \"\(far)\"") }
                return .farEdge
            }
            return .points(try n.asNumber())
        }
        m.x = try position("x", far: "width")
        m.y = try position("y", far: "height")
        m.x2 = try position("x2", far: "width")
        m.y2 = try position("y2", far: "height")
        m.xOffset = try r.number("xOffset")
        m.yOffset = try r.number("yOffset")
        m.x2Offset = try r.number("x2Offset")
        m.y2Offset = try r.number("y2Offset")
        m.fontSize = try r.number("fontSize")
        m.font = try ConfigDecoder.fontFamily(&r, "font")
        if let w = r.take("fontWeight") {
            if case .number(let n) = w.value { m.fontWeight = n >= 600 ? "bold" : "normal" } else { m.fontWeight = try w.asString() }
        }
        if let s = r.take("fontStyle") { m.italic = try ConfigDecoder.italic(s) }
        if let b = r.take("lineBreak") {
            let s = try b.asString()
            m.lineBreak = s.isEmpty ? nil : s
        }
        if let h = r.take("lineHeight") {
            let v = try h.asNumber()
            guard v.isFinite, v > 0 else { throw h.mismatch("a line height in points, more than 0") }
            m.lineHeight = v
        }
        if let o = r.take("order") {
            switch o.value {
            case .null: m.order = false
            case .bool(let b): m.order = b
            default: throw o.mismatch("false or null (points in data order), or true")
            }
        }
        // An array is one line each, as Vega draws it (kept joined by newlines).
        if let t = plain("text") { m.text = try t.asLines().joined(separator: "\n") }
        for key in ["width", "height"] {
            guard let w = r.take(key) else { continue }
            let v: Double
            if case .object = w.value {
                var q = try ObjectReader(w, what: "mark.\(key)", kind: "relativeBandSize")
                guard let band = try q.number("band") else { throw w.mismatch("{\"band\": N}") }
                try q.finish()
                v = -band  // negative: a fraction of the band
            } else {
                v = try w.asNumber()
            }
            if key == "width" { m.width = v } else { m.height = v }
        }
        m.binSpacing = try plain("binSpacing")?.asNumber()
        m.clip = try r.bool("clip")
        m.thickness = try plain("thickness")?.asNumber()
        if let l = r.take("limit") {
            let v = try l.asNumber()
            guard v >= 0, v.isFinite else { throw l.mismatch("a width in points, 0 (no limit) or more") }
            m.limit = v > 0 ? v : nil
        }
        if let a = try plain("angle")?.asNumber() {
            guard a.isFinite else { throw Diagnostic(location: nil, path: node.path.appending("angle"), message: "expected a finite angle in degrees") }
            m.angle = a.truncatingRemainder(dividingBy: 360)
        }
        if let st = r.take("style") { m.style = try st.asLines() }
        m.innerRadius = try r.number("innerRadius")
        m.outerRadius = try r.number("outerRadius")
        m.padAngle = try r.number("padAngle")
        // A polar property whose expression a channel overrides is read later (see
        // `checkPolarExpressions`), not as a number.
        func polarNumber(_ key: String) throws -> Double? {
            if m.overridablePolarErrors[key] != nil { _ = r.take(key); return nil }
            return try r.number(key)
        }
        m.radius = try polarNumber("radius")
        m.theta = try polarNumber("theta")
        m.radiusOffset = try r.number("radiusOffset")
        m.thetaOffset = try r.number("thetaOffset")
        m.theta2 = try polarNumber("theta2")
        m.radius2 = try polarNumber("radius2")
        // Interaction and accessibility only: nothing drawn changes. (`tension` and `smooth`
        // shape only the cardinal and bundle curves, which Chartsmith refuses by name.)
        r.ignore("tooltip", "cursor", "href", "aria", "ariaRole", "ariaRoleDescription", "description", "tension", "smooth")
        MarkDecoder.warnUndrawn(&r)
        try r.finish()
        return m
    }

    /// A symbol shape: one of Vega's names.
    func decodeShapeName(_ node: JSONNode) throws -> String {
        let s = try node.asString()
        guard SymbolShape.names.contains(s) else {
            // Vega reads any other string as SVG path data (a custom symbol).
            if let c = s.drop(while: { $0 == " " }).first, c == "M" || c == "m" {
                throw Diagnostic(location: node.location, path: node.path,
                                 message: "custom SVG-path shapes are not supported by Chartsmith; expected one of " + SymbolShape.names.joined(separator: ", "))
            }
            throw Diagnostic(location: node.location, path: node.path,
                             message: "\"\(s)\" is not a symbol shape Chartsmith draws; expected one of " + SymbolShape.names.joined(separator: ", "),
                             suggestion: Suggest.closest(to: s, in: SymbolShape.names))
        }
        return s
    }

    /// A linear gradient colour: `{"gradient": "linear", "stops": [...], "x1".."y2"}`.
    func decodeGradient(_ node: JSONNode) throws -> Gradient {
        var q = try ObjectReader(node, what: "a gradient", kind: "gradient")
        let kind = try q.take("gradient")!.asString()
        guard kind == "linear" else {
            throw Diagnostic(location: node.location, path: node.path.appending("gradient"),
                             message: "\"\(kind)\" gradients are not supported by Chartsmith (only \"linear\")")
        }
        var g = Gradient()
        g.x1 = try q.number("x1") ?? 0
        g.y1 = try q.number("y1") ?? 0
        g.x2 = try q.number("x2") ?? 1
        g.y2 = try q.number("y2") ?? 0
        guard let stops = q.take("stops") else { throw Diagnostic(location: node.location, path: node.path, message: "the gradient has no \"stops\"") }
        g.stops = try stops.asArray().map { s in
            var sq = try ObjectReader(s, what: "a gradient stop", kind: "gradientStop")
            guard let o = try sq.number("offset"), let c = try sq.string("color") else {
                throw Diagnostic(location: s.location, path: s.path, message: "a gradient stop needs \"offset\" and \"color\"")
            }
            try sq.finish()
            return Gradient.Stop(offset: o, color: c)
        }
        try q.finish()
        return g
    }
}
