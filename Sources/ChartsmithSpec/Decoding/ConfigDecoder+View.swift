// `config.view`: the settings of the plot area (its frame, fill and default sizes).

extension ConfigDecoder {
    static func decodeView(_ v: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(v, what: "config.view")
        if let s = q.take("stroke") {
            // Chartsmith draws no frame around the plot, which is what null and transparent ask for.
            if !s.isNull {
                let text = try s.asString()
                guard text.lowercased() == "transparent" else {
                    throw Diagnostic(location: s.location, path: s.path,
                                     message: "frames around the plot (\"view.stroke\") are not supported by Chartsmith; use null or \"transparent\"")
                }
            }
        }
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
        try q.finish(unsupported: [
            "fill": "plot backgrounds (\"view.fill\"; set \"background\")", "strokeWidth": "plot frames",
            "strokeOpacity": "plot frames", "strokeDash": "plot frames", "cornerRadius": "plot frames",
            "opacity": "plot opacity", "fillOpacity": "plot backgrounds", "clip": "clipping",
        ])
    }
}
