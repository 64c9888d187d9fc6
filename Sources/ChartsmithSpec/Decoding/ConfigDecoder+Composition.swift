/// Decodes the composition keys of a spec's `config`: `header`, `headerRow`,
/// `headerColumn`, `headerFacet`, `facet` and `concat` (``CompositionConfig``).
extension ConfigDecoder {
    static func decodeComposition(_ r: inout ObjectReader) throws -> CompositionConfig {
        var c = CompositionConfig()
        if let h = r.take("header") { c.header = try HeaderDecoder.decode(h, what: "config.header") }
        if let h = r.take("headerRow") { c.headerRow = try HeaderDecoder.decode(h, what: "config.headerRow") }
        if let h = r.take("headerColumn") { c.headerColumn = try HeaderDecoder.decode(h, what: "config.headerColumn") }
        if let h = r.take("headerFacet") { c.headerFacet = try HeaderDecoder.decode(h, what: "config.headerFacet") }
        if let f = r.take("facet") { (c.facetSpacing, c.facetColumns) = try spacingAndColumns(f, what: "config.facet") }
        if let f = r.take("concat") { (c.concatSpacing, c.concatColumns) = try spacingAndColumns(f, what: "config.concat") }
        return c
    }

    /// `{"spacing": N, "columns": N}`.
    static func spacingAndColumns(_ node: JSONNode, what: String) throws -> (Double?, Int?) {
        var r = try ObjectReader(node, what: what)
        var spacing: Double?
        if let s = r.take("spacing") {
            let v = try s.asNumber()
            guard v >= 0, v.isFinite else { throw s.mismatch("a spacing in points, 0 or more") }
            spacing = v
        }
        var columns: Int?
        if let c = r.take("columns") {
            let v = try c.asNumber()
            guard v >= 1, v == v.rounded(), v < 100_000 else { throw c.mismatch("a whole number of columns, 1 or more") }
            columns = Int(v)
        }
        try r.finish()
        return (spacing, columns)
    }
}
