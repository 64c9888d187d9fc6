/// A spec's `config.boxplot`, `config.errorbar` and `config.errorband`: the defaults its
/// composite marks take, read as Vega-Lite 5's normalizer reads them. A part (`box`,
/// `median`, `rule`, `ticks`, `outliers`, `band`, `borders`) set there is drawn or left out
/// when the mark does not say (`true`, `false` or mark properties, laid under the mark's
/// own); `config.boxplot.extent` and `size` are the boxplot's defaults; `config.errorbar.center`
/// `"median"` makes an error bar or band summarise by the interquartile range. What
/// Vega-Lite 5 reads nowhere (`config.errorbar.size`, `thickness` and `extent`,
/// `config.errorband.extent`, `interpolate` and `tension`) is named in a warning.
struct CompositeConfig {
    /// Each kind's block as written.
    var blocks: [CompositeMark.Kind: JSONObject] = [:]

    /// The keys each block takes, and those Vega-Lite 5 accepts but never applies.
    static let keys: [CompositeMark.Kind: (used: [String], unused: [String])] = [
        .boxplot: (["box", "median", "outliers", "rule", "ticks", "extent", "size"], []),
        .errorbar: (["ticks", "rule", "center"], ["size", "thickness", "extent"]),
        .errorband: (["band", "borders"], ["extent", "interpolate", "tension"]),
    ]

    /// Reads the blocks from the spec's top-level `config`, checking their keys, and returns
    /// the spec without them (the rest of the config is decoded as usual).
    static func take(from root: JSONNode) throws -> (config: CompositeConfig, root: JSONNode) {
        guard case .object(var o) = root.value, let ci = o.entries.firstIndex(where: { $0.key == "config" }),
              case .object(var c) = o.entries[ci].value.value else { return (CompositeConfig(), root) }
        var out = CompositeConfig()
        for kind in CompositeMark.Kind.allCases {
            guard let node = c[kind.rawValue] else { continue }
            guard case .object(let block) = node.value else { throw node.mismatch("an object of \(kind.rawValue) defaults") }
            let (used, unused) = keys[kind]!
            for e in block.entries {
                let path = node.path.appending(e.key)
                if unused.contains(e.key) {
                    DecodeWarnings.current?.add(Diagnostic(location: e.keyLocation, path: path,
                        message: "\"\(e.key)\" is not honoured: Vega-Lite 5 does not apply config.\(kind.rawValue).\(e.key) either; set \"\(e.key)\" on the \(kind.rawValue) mark",
                        severity: .warning))
                } else if !used.contains(e.key) {
                    throw Diagnostic(location: e.keyLocation, path: path,
                                     message: "unknown property \"\(e.key)\" in config.\(kind.rawValue) (it takes " + (used + unused).joined(separator: ", ") + ")",
                                     suggestion: Suggest.closest(to: e.key, in: used + unused))
                }
            }
            if let center = block["center"] {
                let s = try center.asString()
                guard s == "mean" || s == "median" else {
                    throw Diagnostic(location: center.location, path: center.path,
                                     message: "expected \"mean\" or \"median\" for config.errorbar.center, found \(center.describeValue())",
                                     suggestion: Suggest.closest(to: s, in: ["mean", "median"]))
                }
            }
            out.blocks[kind] = block
        }
        c.entries.removeAll { e in CompositeMark.Kind(rawValue: e.key) != nil }
        o.entries[ci].value.value = .object(c)
        return (out, JSONNode(value: .object(o), location: root.location, path: root.path))
    }

    subscript(_ kind: CompositeMark.Kind, _ key: String) -> JSONNode? { blocks[kind]?[key] }
}
