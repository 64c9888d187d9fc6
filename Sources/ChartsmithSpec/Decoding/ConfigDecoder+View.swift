// `config.view`: the settings of the plot area (its frame, fill and default sizes).

extension ConfigDecoder {
    static func decodeView(_ v: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(v, what: "config.view")
        if let s = q.take("stroke") { c.viewStroke = .some(try clearableColor(s)) }
        c.viewStrokeWidth = try positive(&q, "strokeWidth", allowZero: true)
        c.viewStrokeOpacity = try fraction(&q, "strokeOpacity")
        if let d = q.take("strokeDash") { c.viewStrokeDash = try dash(d) }
        if let f = q.take("fill") { c.viewFill = .some(try clearableColor(f)) }
        c.viewFillOpacity = try fraction(&q, "fillOpacity")
        c.viewContinuousWidth = try positive(&q, "continuousWidth", allowZero: false)
        c.viewContinuousHeight = try positive(&q, "continuousHeight", allowZero: false)
        c.viewStep = try positive(&q, "step", allowZero: false)
        for key in ["discreteWidth", "discreteHeight"] {
            guard let d = q.take(key) else { continue }
            var s = try ObjectReader(d, what: "config.view.\(key)")
            guard let step = try positive(&s, "step", allowZero: false) else {
                throw Diagnostic(location: d.location, path: d.path, message: "expected {\"step\": N}")
            }
            try s.finish()
            if let other = c.viewStep, other != step {
                throw Diagnostic(location: d.location, path: d.path,
                                 message: "different steps for width and height are not supported by Chartsmith; give one \"step\"")
            }
            c.viewStep = step
        }
        // The frame is drawn with square corners and always clips nothing Chartsmith draws
        // outside the plot (labels placed clear of the plot edge stay where they are).
        try q.finish(unsupported: [
            "cornerRadius": "rounded plot frames (\"view.cornerRadius\")",
            "opacity": "plot opacity (\"view.opacity\"; use fillOpacity and strokeOpacity)",
            "clip": "clipping marks to the plot (\"view.clip\")",
            "strokeCap": "plot frame line caps", "strokeJoin": "plot frame line joins",
            "strokeMiterLimit": "plot frame line joins", "strokeDashOffset": "plot frame dash offsets",
            "cursor": "cursors (nothing interactive is drawn)",
        ])
    }

    /// A colour that `null` or `"transparent"` clears (nil).
    static func clearableColor(_ n: JSONNode) throws -> ConfigColor? {
        if n.isNull { return nil }
        let text = try n.asString()
        // Vega draws no stroke for an empty string (it is falsy), as Vega-Lite's examples use.
        if text.isEmpty || text.lowercased() == "transparent" || text.lowercased() == "none" { return nil }
        return Located(text, location: n.location, path: n.path)
    }
}
