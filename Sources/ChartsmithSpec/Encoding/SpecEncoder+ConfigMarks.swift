// The rest of `config`: palettes, band padding, named styles, mark defaults, the
// briefing's value labels, series dashes and separator.

extension VegaLiteEncoder {
    func configMarks(_ c: Config) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("range", configRange(c.range).nonEmpty)
        var scale = ObjectMembers()
        scale.add("bandPaddingInner", c.bandPaddingInner)
        scale.add("bandPaddingOuter", c.bandPaddingOuter)
        o.add("scale", scale.nonEmpty)
        if !c.styles.isEmpty {
            o.add("style", .object(c.styles.keys.sorted().map { ($0, markConfig(c.styles[$0]!).value) }))
        }
        var all = markConfig(c.markAll)
        if let colour = c.markColor { all = { var m = ObjectMembers(); m.add("color", colour.value); m.append(contentsOf: all); return m }() }
        o.add("mark", all.nonEmpty)
        for type in MarkType.allCases {
            if let m = c.marks[type] { o.add(type.rawValue, markConfig(m).value) }
        }
        o.add("footer", textStyle(c.footer).nonEmpty)
        var labels = ObjectMembers()
        labels.add("direct", c.directLabels)
        labels.add("values", c.valueLabels)
        labels.add("totals", c.stackTotals)
        var valueText = c.valueLabel
        valueText.color = nil  // (not a config key: labels take the text colour)
        labels.append(contentsOf: textStyle(valueText))
        o.add("labels", labels.nonEmpty)
        o.add("maxPieParts", c.maxPieParts)
        o.add("seriesDashes", c.seriesDashes.map { .array($0.map { .array($0.map(ChartValue.number)) }) })
        if let sep = c.separator {
            if let s = sep {
                var m = ObjectMembers()
                m.add("color", s.color?.value)
                m.add("width", s.width)
                o.add("separator", m.value)
            } else {
                o.add("separator", .null)
            }
        }
        return o
    }

    func configRange(_ r: RangeConfig) -> ObjectMembers {
        func palette(_ p: [ConfigColor]?) -> ChartValue? { p.map { .array($0.map { .string($0.value) }) } }
        var o = ObjectMembers()
        o.add("category", palette(r.category))
        o.add("ordinal", palette(r.ordinal))
        o.add("ramp", palette(r.ramp))
        o.add("diverging", palette(r.diverging))
        o.add("heatmap", palette(r.heatmap) ?? r.heatmapScheme.map { .object([("scheme", .string($0))]) })
        return o
    }

    /// One mark type's defaults (`config.bar`, a named style, …).
    func markConfig(_ m: MarkConfig) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("color", m.color?.value)
        o.add("fill", m.fill?.value)
        o.add("stroke", m.stroke?.value)
        o.append(contentsOf: markPaint(m))
        o.append(contentsOf: markCorners(m))
        o.add("binSpacing", m.binSpacing)
        o.add("size", m.size)
        o.add("filled", m.filled)
        o.add("font", m.font?.value)
        o.add("fontSize", m.fontSize)
        o.add("fontWeight", m.fontWeight)
        o.append(contentsOf: markLinesAndOrder(m))
        o.add("thickness", m.thickness)
        o.append(contentsOf: markTextPlacement(m))
        if let inv = m.invalidFilter {
            switch inv {
            case nil: o.add("invalid", "break-paths-show-domains")
            case true?: o.add("invalid", "filter")
            case false?: o.add("invalid", .null)
            }
        }
        o.add("point", m.point)
        return o
    }
}
