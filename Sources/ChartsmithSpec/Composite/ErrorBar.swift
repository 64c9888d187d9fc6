/// Vega-Lite's `errorbar`, written out as its `normalizeErrorBar` does: the summary's
/// transforms, then a `rule` from `lower_<field>` to `upper_<field>` and, with `ticks`, a
/// `tick` at each end (across the bar, as long as `size`, as thick as `thickness`).
enum ErrorBar {
    static func layers(_ m: CompositeMark) throws -> (transforms: [JSONNode], layers: [JSONNode]) {
        let s = try m.errorBarSummary()
        let b = m.build
        // Ticks lie across the bar: Chartsmith orients a tick by its encoding (a tick at a
        // value on y is horizontal), so Vega-Lite's `orient` for the tick is not written.
        var tick: [(String, JSONNode)] = [("type", b.string("tick"))]
        if let t = m.prop("thickness") { tick.append(("thickness", t)) }
        if let z = m.prop("size") { tick.append(("size", z)) }
        var rule: [(String, JSONNode)] = [("type", b.string("rule"))]
        if let t = m.prop("thickness") { rule.append(("strokeWidth", t)) }
        var layers: [JSONNode] = []
        func part(_ mark: JSONNode, _ prefix: String, end: String? = nil) {
            layers.append(s.layer(mark, prefix: prefix, end: end, of: m))
        }
        if try m.partIsOn("ticks", byDefault: false) {
            part(m.partMark("ticks", base: tick), "lower_")
            part(m.partMark("ticks", base: tick), "upper_")
        }
        if try m.partIsOn("rule", byDefault: true) {
            part(m.partMark("rule", base: rule), "lower_", end: "upper_")
        }
        return (s.transforms, layers)
    }
}
