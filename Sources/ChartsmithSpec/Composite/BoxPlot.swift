/// Vega-Lite's `boxplot`, written out as its `normalizeBoxPlot` does.
///
/// The box runs from the first to the third quartile (`q1`/`q3`, d3's R-7 quantiles) with a
/// tick at the median; whiskers (`rule`) and, when asked for, end `ticks` reach out to the
/// extremes. With `extent: "min-max"` they reach the minimum and maximum. With a number k
/// (default 1.5) they reach the furthest data within k × IQR of the box (Tukey), and the rows
/// beyond are drawn as `outliers` (points). Each part takes mark properties or `false`.
enum BoxPlot {
    /// A number as an expression literal (`1.5`, `3`).
    static func number(_ k: Double) -> String { k == k.rounded() && abs(k) < 1e15 ? String(Int(k)) : "\(k)" }

    static func layers(_ m: CompositeMark) throws -> (transforms: [JSONNode], layers: [JSONNode]) {
        let b = m.build
        var k: Double? = 1.5
        if let e = m.prop("extent") ?? m.configured("extent") {
            switch e.value {
            case .string("min-max"): k = nil
            case .number(let n) where n >= 0 && n.isFinite: k = n
            default: throw m.badExtent(e)
            }
        }
        let orient = try m.orient()
        let axis = orient == "vertical" ? "y" : "x"
        let def = try m.continuousDef(axis)
        let f = def.field
        // A box plot's `tooltip` groups nothing: Vega-Lite takes it out of the encoding before
        // grouping (`filterTooltipWithAggregatedField`), keeping it for the outliers' hover
        // only, which a static chart does not show. (An error bar's or band's tooltip field
        // does group its summary, as Vega-Lite's.)
        let shared = try m.sharedEncoding(excluding: [axis, "tooltip"])
        // Ticks lie across the axis; Chartsmith orients a tick by its encoding, so Vega-Lite's
        // `orient` for them is not written.
        let size = m.prop("size") ?? m.configured("size") ?? b.number(14)
        let invalid = m.prop("invalid").map { [("invalid", $0)] } ?? []

        func part(_ mark: JSONNode, _ prefix: String, end: String? = nil, channels: [(String, JSONNode)]) -> JSONNode {
            var enc: [(String, JSONNode)] = [(axis, m.partChannel(def, prefix: prefix))]
            if let end { enc.append((axis + "2", b.object([("field", b.string(end + f))]))) }
            return b.object([("mark", mark), ("encoding", b.object(enc + channels))])
        }
        let extentChannels = shared.without(["color", "size"])
        var whiskers: [JSONNode] = []
        if try m.partIsOn("rule", byDefault: true) {
            let rule = m.partMark("rule", base: [("type", b.string("rule"))] + invalid)
            whiskers.append(part(rule, "lower_whisker_", end: "lower_box_", channels: extentChannels))
            whiskers.append(part(rule, "upper_box_", end: "upper_whisker_", channels: extentChannels))
        }
        if try m.partIsOn("ticks", byDefault: false) {
            let tick = m.partMark("ticks", base: [("type", b.string("tick")), ("color", b.string("black")), ("opacity", b.number(1))]
                                      + invalid)
            whiskers.append(part(tick, "lower_whisker_", channels: extentChannels))
            whiskers.append(part(tick, "upper_whisker_", channels: extentChannels))
        }
        var boxes = k == nil ? whiskers : []
        if try m.partIsOn("box", byDefault: true) {
            let bar = m.partMark("box", base: [("type", b.string("bar")), ("size", size), ("orient", b.string(orient))] + invalid)
            boxes.append(part(bar, "lower_box_", end: "upper_box_", channels: shared.channels))
        }
        if try m.partIsOn("median", byDefault: true) {
            // White on the box; in the box's colour when the box is empty (q1 = q3), so the
            // median still shows.
            let medianColor = m.partProperties("median").last { $0.0 == "color" }?.1 ?? b.string("white")
            let boxColor = shared["color"] ?? m.prop("color") ?? b.string("")
            let test = CompositeBuilder.datum("lower_box_" + f) + " >= " + CompositeBuilder.datum("upper_box_" + f)
            var cond: [(String, JSONNode)] = [("test", b.string(test))]
            if case .object(let o) = boxColor.value { cond += o.pairs.filter { $0.0 != "legend" } } else { cond.append(("value", boxColor)) }
            var channels = shared.without(["color", "size"])
            if let z = shared["size"] { channels.append(("size", z)) }
            var base: [(String, JSONNode)] = [("type", b.string("tick")), ("size", size)]
            if case .string("") = boxColor.value {
                // No colour given: the box has the style's mark colour, which the median falls
                // back to when the box is empty.
                let full = CompositeBuilder.datum("lower_box_" + f) + " < " + CompositeBuilder.datum("upper_box_" + f)
                channels.append(("color", b.object([("condition", b.object([("test", b.string(full)), ("value", medianColor)]))])))
            } else {
                base.append(("color", medianColor))
                channels.append(("color", b.object([("condition", b.object(cond)), ("value", medianColor)])))
            }
            let tick = m.partMark("median", base: base + invalid)
            boxes.append(part(tick, "mid_box_", channels: channels))
        }
        let quartiles: [(op: String, field: String, as: String)] = [("q1", f, "lower_box_" + f), ("q3", f, "upper_box_" + f)]
        var summary = quartiles + [("median", f, "mid_box_" + f)]
        summary += [("min", f, (k == nil ? "lower_whisker_" : "min_") + f), ("max", f, (k == nil ? "upper_whisker_" : "max_") + f)]
        let boxTransforms = shared.timeUnits + [b.aggregate(summary, groupby: shared.groupby)]
        guard let k else { return (boxTransforms, boxes) }

        // Tukey: whiskers to the furthest rows within k × IQR of the box, outliers beyond.
        let d = CompositeBuilder.datum
        let iqr = "(\(d("upper_box_" + f)) - \(d("lower_box_" + f)))"
        let lowerFence = "\(d("lower_box_" + f)) - \(number(k)) * \(iqr)"
        let upperFence = "\(d("upper_box_" + f)) + \(number(k)) * \(iqr)"
        let value = d(f)
        let whiskerSpec = b.object([
            ("transform", b.array([
                b.object([("filter", b.string("(\(lowerFence) <= \(value)) && (\(value) <= \(upperFence))"))]),
                b.aggregate([("min", f, "lower_whisker_" + f), ("max", f, "upper_whisker_" + f),
                             ("min", "lower_box_" + f, "lower_box_" + f), ("max", "upper_box_" + f, "upper_box_" + f)],
                            groupby: shared.groupby),
            ])),
            ("layer", b.array(whiskers)),
        ])
        var filtered: [JSONNode] = []
        if try m.partIsOn("outliers", byDefault: true) {
            var enc: [(String, JSONNode)] = [(axis, m.partChannel(def, prefix: ""))]
            enc += shared.without(["color", "size", "tooltip"])
            if let c = shared["color"] { enc.append(("color", c)) }
            // Vega-Lite's style for the part: `config.style["boxplot-outliers"]` applies, and a
            // box plot with no outliers is not reported as an empty layer.
            let point = m.partMark("outliers", base: [("type", b.string("point")), ("style", b.string("boxplot-outliers"))] + invalid)
            filtered.append(b.object([
                ("transform", b.array([b.object([("filter", b.string("(\(value) < \(lowerFence)) || (\(value) > \(upperFence))"))])])),
                ("mark", point), ("encoding", b.object(enc)),
            ]))
        }
        if !whiskers.isEmpty { filtered.append(whiskerSpec) }
        let filteredTransforms = shared.timeUnits + [b.aggregate(quartiles, groupby: shared.groupby, join: true)]
        var layers: [JSONNode] = []
        if !filtered.isEmpty { layers.append(b.object([("transform", b.array(filteredTransforms)), ("layer", b.array(filtered))])) }
        if !boxes.isEmpty { layers.append(b.object([("transform", b.array(boxTransforms)), ("layer", b.array(boxes))])) }
        return ([], layers)
    }
}
