/// Vega-Lite's `errorband`, written out as its `normalizeErrorBand` does: the summary's
/// transforms, then an `area` from `lower_<field>` to `upper_<field>` (30% opaque unless the
/// spec says otherwise) and, with `borders`, a `line` along each edge; `interpolate` and
/// `tension` shape both. A band over one axis alone is a `rect` across the plot, its borders
/// `rule`s, and `interpolate` and `tension` are named in a warning, as Vega-Lite warns.
enum ErrorBand {
    static func layers(_ m: CompositeMark) throws -> (transforms: [JSONNode], layers: [JSONNode]) {
        let s = try m.errorBarSummary()
        let b = m.build
        let is2D = m.encoding["x"] != nil && m.encoding["y"] != nil
        var shape: [(String, JSONNode)] = []
        for key in ["interpolate", "tension"] {
            guard let n = m.prop(key) else { continue }
            if !is2D {
                DecodeWarnings.current?.add(Diagnostic(location: n.location, path: n.path,
                    message: "\"\(key)\" is not used by an errorband over one axis (a rect across the plot; Vega-Lite ignores it too)",
                    severity: .warning))
            } else if key == "interpolate" || shape.contains(where: { $0.0 == "interpolate" }) {
                shape.append((key, n))
            }
        }
        var layers: [JSONNode] = []
        func part(_ mark: JSONNode, _ prefix: String, end: String? = nil) {
            layers.append(s.layer(mark, prefix: prefix, end: end, of: m))
        }
        if try m.partIsOn("band", byDefault: true) {
            part(m.partMark("band", defaults: [("opacity", b.number(0.3))], base: [("type", b.string(is2D ? "area" : "rect"))] + shape),
                 "lower_", end: "upper_")
        }
        if try m.partIsOn("borders", byDefault: false) {
            let border = [("type", b.string(is2D ? "line" : "rule"))] + shape
            part(m.partMark("borders", base: border), "lower_")
            part(m.partMark("borders", base: border), "upper_")
        }
        return (s.transforms, layers)
    }
}
