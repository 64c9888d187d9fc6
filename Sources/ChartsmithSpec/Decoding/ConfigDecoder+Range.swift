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
        range.heatmap = try palette("heatmap")
        try q.finish(unsupported: [
            "symbol": "symbol shape ranges (\"symbol\"; Chartsmith draws no shape legends)",
        ])
        return range
    }
}
