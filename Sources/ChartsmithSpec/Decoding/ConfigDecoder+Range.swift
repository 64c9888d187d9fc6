// `config.range`: the default colour schemes and ranges.

extension ConfigDecoder {
    static func decodeRange(_ g: JSONNode) throws -> RangeConfig {
        var q = try ObjectReader(g, what: "config.range")
        var range = RangeConfig()
        func palette(_ key: String) throws -> [ConfigColor]? {
            guard let n = q.take(key) else { return nil }
            if case .object = n.value {
                throw Diagnostic(location: n.location, path: n.path,
                                 message: "scheme objects in config.range are not supported by Chartsmith; give a list of colours")
            }
            let items = try n.asArray()
            guard !items.isEmpty else { throw n.mismatch("a non-empty list of colours") }
            return try items.map { Located(try $0.asString(), location: $0.location, path: $0.path) }
        }
        range.category = try palette("category")
        range.ordinal = try palette("ordinal")
        range.ramp = try palette("ramp")
        range.diverging = try palette("diverging")
        // The heatmap ramp may name a scheme, as Vega-Lite's `{"scheme": "greenblue"}`.
        if case .object? = q.object["heatmap"]?.value, let n = q.take("heatmap") {
            var s = try ObjectReader(n, what: "config.range.heatmap")
            guard let name = s.take("scheme") else {
                throw Diagnostic(location: n.location, path: n.path, message: "config.range.heatmap needs a \"scheme\" name or a list of colours")
            }
            let scheme = try name.asString()
            guard ColorSchemeNames.all.contains(scheme.lowercased()) else {
                throw Diagnostic(location: name.location, path: name.path, message: "unknown colour scheme \"\(scheme)\"",
                                 suggestion: Suggest.closest(to: scheme, in: ColorSchemeNames.all))
            }
            try s.finish(unsupported: ["extent": "scheme extents in config.range", "count": "scheme counts in config.range"])
            range.heatmapScheme = scheme
        } else {
            range.heatmap = try palette("heatmap")
        }
        try q.finish(unsupported: [
            "symbol": "symbol shape ranges (\"symbol\"; Chartsmith draws no shape legends)",
        ])
        return range
    }
}
