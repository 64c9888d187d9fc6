// `mark`: a type name, or an object of the properties set.

extension VegaLiteEncoder {
    func mark(_ m: MarkSpec) -> ChartValue {
        var o = ObjectMembers()
        if let overlay = overlayPoint(m) { o.add("point", overlay) }
        if m.line || m.lineColor != nil || m.lineStrokeWidth != nil {
            var l = ObjectMembers()
            l.add("color", m.lineColor)
            l.add("strokeWidth", m.lineStrokeWidth)
            o.add("line", l.nonEmpty ?? .bool(true))
        }
        // A gradient takes the first of the colour keys no plain colour holds.
        let colours: [(String, String?)] = [("color", m.color), ("fill", m.fill), ("stroke", m.stroke)]
        let gradientKey = m.gradient == nil ? nil : colours.first { $0.1 == nil && m.expressions[$0.0] == nil }?.0
        for (key, value) in colours {
            if key == gradientKey, let g = m.gradient { o.add(key, gradient(g)) } else { o.add(key, value) }
        }
        o.append(contentsOf: markPaint(m))
        o.add("orient", m.orient?.rawValue)
        o.append(contentsOf: markCorners(m))
        o.add("size", m.size)
        o.add("filled", m.filled)
        o.add("shape", m.shape)
        if let inv = m.invalidFilter { o.add("invalid", inv ? .string("filter") : .null) }
        o.append(contentsOf: markTextPlacement(m))
        o.add("x", m.x.map { position($0, far: "width") })
        o.add("y", m.y.map { position($0, far: "height") })
        o.add("x2", m.x2.map { position($0, far: "width") })
        o.add("y2", m.y2.map { position($0, far: "height") })
        o.add("xOffset", m.xOffset)
        o.add("yOffset", m.yOffset)
        o.add("x2Offset", m.x2Offset)
        o.add("y2Offset", m.y2Offset)
        o.add("font", m.font?.value)
        o.add("fontSize", m.fontSize)
        o.add("fontWeight", m.fontWeight)
        o.append(contentsOf: markLinesAndOrder(m))
        if let t = m.text, t.contains("\n") { o.add("text", strings: t.components(separatedBy: "\n")) } else { o.add("text", m.text) }
        o.add("width", m.width.map(bandSize))
        o.add("height", m.height.map(bandSize))
        o.add("binSpacing", m.binSpacing)
        o.add("clip", m.clip)
        o.add("thickness", m.thickness)
        o.add("limit", m.limit)
        o.add("angle", m.angle)
        o.add("innerRadius", m.innerRadius)
        o.add("outerRadius", m.outerRadius)
        o.add("padAngle", m.padAngle)
        o.add("radius", m.radius)
        o.add("theta", m.theta)
        o.add("radiusOffset", m.radiusOffset)
        o.add("thetaOffset", m.thetaOffset)
        o.add("theta2", m.theta2)
        o.add("radius2", m.radius2)
        if !m.style.isEmpty { o.add("style", .lines(m.style)) }
        for key in m.expressions.keys.sorted() {
            o.add(key, .object([("expr", .string(m.expressions[key]!))]))
        }
        if o.isEmpty { return .string(m.type.rawValue) }
        return .object([("type", .string(m.type.rawValue))] + o.members)
    }

    /// `point` on a line or area: `true`, `false`, or the overlay points' properties.
    func overlayPoint(_ m: MarkSpec) -> ChartValue? {
        var p = ObjectMembers()
        p.add("filled", m.pointFilled)
        p.add("fill", m.pointFill)
        p.add("color", m.pointColor)
        p.add("size", m.pointSize)
        p.add("shape", m.pointShape)
        if let object = p.nonEmpty { return object }
        if m.point { return .bool(true) }
        return m.pointExplicit ? .bool(false) : nil
    }

    func gradient(_ g: Gradient) -> ChartValue {
        .object([("gradient", "linear"), ("x1", .number(g.x1)), ("y1", .number(g.y1)), ("x2", .number(g.x2)), ("y2", .number(g.y2)),
                 ("stops", .array(g.stops.map { .object([("offset", .number($0.offset)), ("color", .string($0.color))]) }))])
    }

    func position(_ p: MarkPosition, far: String) -> ChartValue {
        switch p {
        case .points(let n): return .number(n)
        case .farEdge: return .string(far)
        }
    }

    /// A bar's `width` or `height`: points, or (stored negative) a fraction of the band.
    func bandSize(_ v: Double) -> ChartValue {
        v < 0 ? .object([("band", .number(-v))]) : .number(v)
    }
}
