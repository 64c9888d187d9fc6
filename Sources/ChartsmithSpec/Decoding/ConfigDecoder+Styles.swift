// `config.style`: named mark styles and the guide styles Vega uses for text.

extension ConfigDecoder {
    /// `config.style`: named mark styles. A style may set any mark property Chartsmith
    /// draws (applied to whichever mark names it). The guide styles Vega uses for text
    /// (`guide-label`, `guide-title`, `group-title`, `group-subtitle`) set fonts and colours
    /// of axis and legend labels and titles, and of the chart title and subtitle, beneath
    /// `config.axis`, `config.legend` and `config.title`.
    static func decodeStyles(_ n: JSONNode, into c: inout Config) throws -> [String: MarkConfig] {
        guard case .object(let o) = n.value else { throw n.mismatch("an object of named styles") }
        var out: [String: MarkConfig] = [:]
        for e in o.entries {
            let node = e.value
            switch e.key {
            case "guide-label", "guide-title", "group-title", "group-subtitle":
                var q = try ObjectReader(node, what: "config.style.guide")
                var t = TextStyle()
                t.font = try fontFamily(&q, "font")
                t.fontSize = try positive(&q, "fontSize", allowZero: false)
                t.bold = try weight(&q, "fontWeight")
                let fill = try color(&q, "fill")
                t.color = try color(&q, "color") ?? fill
                q.ignore("aria", "description", "tooltip", "cursor")
                try q.finish(unsupported: [
                    "fontStyle": "italic text (\"fontStyle\")", "opacity": "text opacity", "fillOpacity": "text opacity",
                    "angle": "turned text (\"angle\")", "align": "guide text alignment", "baseline": "guide text baselines",
                    "dx": "guide text offsets", "dy": "guide text offsets", "limit": "guide text limits",
                    "lineHeight": "guide line heights", "stroke": "outlined text", "strokeWidth": "outlined text",
                ])
                func under(_ s: inout TextStyle) {
                    s.font = s.font ?? t.font
                    s.fontSize = s.fontSize ?? t.fontSize
                    s.bold = s.bold ?? t.bold
                    s.color = s.color ?? t.color
                }
                switch e.key {
                case "guide-label": under(&c.axisLabel); under(&c.legendLabel)
                case "guide-title": under(&c.axisTitle); under(&c.legendTitle)
                case "group-title": under(&c.title)
                default: under(&c.subtitle)
                }
            case "cell", "view":
                // The plot's frame and background: Chartsmith draws none, which is what a
                // transparent fill and no stroke ask for.
                var q = try ObjectReader(node, what: "config.style.cell")
                for key in ["fill", "stroke"] {
                    guard let v = q.take(key), !v.isNull else { continue }
                    let text = try v.asString().lowercased()
                    guard text == "transparent" || text == "none" else {
                        throw Diagnostic(location: v.location, path: v.path,
                                         message: "a plot \(key == "fill" ? "background" : "frame") (config.style.\(e.key).\(key)) is not supported by Chartsmith; use \"transparent\" or null")
                    }
                }
                q.ignore("aria", "description", "cursor")
                try q.finish(unsupported: ["strokeWidth": "plot frames", "strokeDash": "plot frames", "strokeOpacity": "plot frames",
                                           "cornerRadius": "plot frames", "opacity": "plot opacity", "fillOpacity": "plot backgrounds"])
            default:
                var q = try ObjectReader(node, what: "config.style.name")
                let allowed = Set(markProperties.values.joined())
                out[e.key] = try decodeMarkProperties(&q, allowed: allowed, what: "named styles (config.style.\(e.key)")
            }
        }
        return out
    }
}
