/// Vega-Lite's `errorband`, written out as its `normalizeErrorBand` does: the summary's
/// transforms, then an `area` from `lower_<field>` to `upper_<field>` (30% opaque unless the
/// spec says otherwise) and, with `borders`, a `line` along each edge; `interpolate` and
/// `tension` shape both. A band over one axis alone (Vega-Lite draws a `rect`) is refused.
enum ErrorBand {
    static func layers(_ m: CompositeMark) throws -> (transforms: [JSONNode], layers: [JSONNode]) {
        let s = try m.errorBarSummary()
        let b = m.build
        guard m.encoding["x"] != nil, m.encoding["y"] != nil else {
            throw Diagnostic(location: m.markNode.location, path: m.markNode.path,
                             message: "an errorband over one axis alone (Vega-Lite draws it as a \"rect\" across the plot) is not supported by Chartsmith; encode both x and y")
        }
        var shape: [(String, JSONNode)] = []
        if let i = m.prop("interpolate") {
            shape.append(("interpolate", i))
            if let t = m.prop("tension") { shape.append(("tension", t)) }
        }
        var layers: [JSONNode] = []
        func part(_ mark: JSONNode, _ prefix: String, end: String? = nil) {
            layers.append(s.layer(mark, prefix: prefix, end: end, of: m))
        }
        if try m.partIsOn("band", byDefault: true) {
            part(m.partMark("band", defaults: [("opacity", b.number(0.3))], base: [("type", b.string("area"))] + shape),
                 "lower_", end: "upper_")
        }
        if try m.partIsOn("borders", byDefault: false) {
            part(m.partMark("borders", base: [("type", b.string("line"))] + shape), "lower_")
            part(m.partMark("borders", base: [("type", b.string("line"))] + shape), "upper_")
        }
        return (s.transforms, layers)
    }
}
