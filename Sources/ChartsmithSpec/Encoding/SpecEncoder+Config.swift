// `config` (and a style file, which is a config block): the whole chart, text roles,
// axes, legend and view.

extension VegaLiteEncoder {
    func config(_ c: Config) -> ChartValue {
        var o = ObjectMembers()
        o.add("description", c.description)
        o.add("countTitle", c.countTitle)
        o.add("extends", c.extends?.value)
        if let files = c.fonts { o.add("fonts", .array(files.map { .string($0.value) })) }
        o.add("font", c.font?.value)
        o.add("textColor", c.textColor?.value)
        o.add("mutedTextColor", c.mutedTextColor?.value)
        o.add("background", c.background?.value)
        o.add("padding", c.padding.map(configPadding))
        o.add("autosize", c.autosize?.rawValue)
        o.add("locale", c.locale)
        o.add("normalizedNumberFormat", c.normalizedNumberFormat)
        o.add("size", c.size.map(sizePreset))
        o.add("title", configTitle(c).nonEmpty)
        o.add("axis", configAxis(c).nonEmpty)
        if c.axisX != AxisSwitches() { o.add("axisX", axisSwitches(c.axisX).value) }
        var y = axisSwitches(c.axisY)
        y.add("titleAngle", c.yTitleAngle)
        o.add("axisY", y.nonEmpty)
        for key in ConfigDecoder.axisBlockKeys {
            if let block = c.axisBlocks[key] { o.add(key, axisSwitches(block).value) }
        }
        o.add("legend", configLegend(c).nonEmpty)
        o.add("view", configView(c).nonEmpty)
        o.append(contentsOf: configMarks(c))
        o.append(contentsOf: configComposition(c.composition))
        return o.value
    }

    /// Config padding: always an object of the four sides (a number means the same).
    func configPadding(_ p: Padding) -> ChartValue {
        .object([("top", .number(p.top)), ("right", .number(p.right)), ("bottom", .number(p.bottom)), ("left", .number(p.left))])
    }

    func sizePreset(_ s: SizePreset) -> ChartValue {
        if let name = s.name { return .string(name) }
        var o = ObjectMembers()
        o.add("width", s.width)
        o.add("height", s.height)
        if s.pixelScale != 1 { o.add("scale", s.pixelScale) }
        return o.value
    }

    /// A text role's members, each name given its `prefix` (`labelFont`, `titleFontSize`).
    func textStyle(_ t: TextStyle, prefix: String = "") -> ObjectMembers {
        func key(_ name: String) -> String { prefix.isEmpty ? name : prefix + name.prefix(1).uppercased() + name.dropFirst() }
        var o = ObjectMembers()
        o.add(key("font"), t.font?.value)
        o.add(key("fontSize"), t.fontSize)
        o.add(key("fontWeight"), t.bold.map { $0 ? "bold" : "normal" })
        o.add(key("color"), t.color?.value)
        return o
    }

    func configTitle(_ c: Config) -> ObjectMembers {
        var o = textStyle(c.title)
        o.append(contentsOf: textStyle(c.subtitle, prefix: "subtitle"))
        o.add("anchor", c.titleAnchor)
        return o
    }

    /// `config.axis`: text of both axes, their lines, and the details given for both.
    func configAxis(_ c: Config) -> ObjectMembers {
        var o = textStyle(c.axisLabel, prefix: "label")
        o.append(contentsOf: textStyle(c.axisTitle, prefix: "title"))
        o.add("grid", c.axis.grid)
        o.add("gridColor", c.axis.gridColor?.value)
        o.add("gridWidth", c.axis.gridWidth)
        if let dash = c.axisBoth.gridDash { o.add("gridDash", axisDash(dash)) } else { o.add("gridDash", numbers: c.axis.gridDash) }
        o.append(contentsOf: axisDetails(c.axisBoth))
        o.add("gridOpacity", c.axis.gridOpacity)
        o.add("domain", c.axis.domain)
        o.add("domainColor", c.axis.domainColor?.value)
        o.add("domainWidth", c.axis.domainWidth)
        o.add("ticks", c.axis.ticks)
        o.append(contentsOf: axisLook(c.axisBoth.look, text: false))
        o.append(contentsOf: tickLooks(c.axisBoth.tickLooks))
        return o
    }

    /// `labels`, `labelExpr`, `labelAlign`, `labelOffset`, `labelPadding`, `tickSize`, `tickDash`.
    func axisDetails(_ s: AxisSwitches) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("labels", s.labels)
        if s.defaultTitles == false { o.add("title", ChartValue.null) }
        o.add("labelExpr", s.labelExpr)
        o.add("labelAlign", s.labelAlign)
        o.add("labelBaseline", s.labelBaseline)
        o.add("labelOffset", s.labelOffset)
        o.add("labelPadding", s.labelPadding)
        o.add("tickSize", s.tickSize)
        o.add("tickDash", s.tickDash.map(axisDash))
        if let f = s.labelFlush { o.add("labelFlush", f.threshold.map(ChartValue.number) ?? .bool(false)) }
        o.add("labelFlushOffset", s.labelFlushOffset)
        return o
    }

    /// `axisX`, `axisY` and the side- and type-specific blocks.
    func axisSwitches(_ s: AxisSwitches) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("grid", s.grid)
        o.add("domain", s.domain)
        o.add("ticks", s.ticks)
        o.add("gridDash", s.gridDash.map(axisDash))
        o.append(contentsOf: axisDetails(s))
        o.append(contentsOf: axisLines(s))
        o.append(contentsOf: axisLook(s.look, text: true))
        o.append(contentsOf: tickLooks(s.tickLooks))
        o.add("labelAngle", s.labelAngle)
        return o
    }

    /// The conditional looks of an axis (``AxisTickLooks``), each `{"condition": …, "value": …}`
    /// or `{"expr": …}`.
    func tickLooks(_ l: AxisTickLooks) -> ObjectMembers {
        func conditional<T>(_ c: TickConditional<T>?, _ value: (T) -> ChartValue) -> ChartValue? {
            guard let c else { return nil }
            if let e = c.expression { return .object([("expr", .string(e))]) }
            let items = c.conditions.map { k -> ChartValue in .object([("test", predicate(k.test)), ("value", value(k.value))]) }
            var members: [(String, ChartValue)] = [("condition", items.count == 1 ? items[0] : .array(items))]
            if let v = c.value { members.append(("value", value(v))) }
            return .object(members)
        }
        let colour: (ConfigColor) -> ChartValue = { .string($0.value) }
        var o = ObjectMembers()
        o.add("labelColor", conditional(l.labelColor, colour))
        o.add("labelOpacity", conditional(l.labelOpacity, ChartValue.number))
        o.add("tickColor", conditional(l.tickColor, colour))
        o.add("tickOpacity", conditional(l.tickOpacity, ChartValue.number))
        o.add("tickWidth", conditional(l.tickWidth, ChartValue.number))
        o.add("gridColor", conditional(l.gridColor, colour))
        o.add("gridOpacity", conditional(l.gridOpacity, ChartValue.number))
        o.add("gridWidth", conditional(l.gridWidth, ChartValue.number))
        o.add("labelFontSize", conditional(l.labelFontSize, ChartValue.number))
        o.add("labelFontWeight", conditional(l.labelFontWeight) { .string($0 ? "bold" : "normal") })
        o.add("labelFontStyle", conditional(l.labelFontStyle) { .string($0 ? "italic" : "normal") })
        o.add("labelFont", conditional(l.labelFont, ChartValue.string))
        o.add("labelAlign", conditional(l.labelAlign, ChartValue.string))
        o.add("labelBaseline", conditional(l.labelBaseline, ChartValue.string))
        o.add("labelOffset", conditional(l.labelOffset, ChartValue.number))
        o.add("labelPadding", conditional(l.labelPadding, ChartValue.number))
        o.add("tickSize", conditional(l.tickSize, ChartValue.number))
        return o
    }

    /// A dash pattern: a list, or `{"condition": …, "value": …}` when conditional.
    func axisDash(_ d: AxisDash) -> ChartValue {
        let value = ChartValue.array(d.value.map(ChartValue.number))
        if d.conditions.isEmpty { return value }
        let items = d.conditions.map { c -> ChartValue in
            .object([("test", predicate(c.test)), ("value", .array(c.value.map(ChartValue.number)))])
        }
        return .object([("condition", items.count == 1 ? items[0] : .array(items)), ("value", value)])
    }

    func configLegend(_ c: Config) -> ObjectMembers {
        var o = textStyle(c.legendLabel, prefix: "label")
        o.append(contentsOf: textStyle(c.legendTitle, prefix: "title"))
        o.add("orient", c.legendOrient)
        o.add("disable", c.legendDisable)
        o.append(contentsOf: legendLook(c.legendLook, text: false))
        return o
    }

    /// `config.header` (and its row, column and facet blocks), `config.facet`, `config.concat`.
    func configComposition(_ c: CompositionConfig) -> ObjectMembers {
        func block(_ spacing: Double?, _ columns: Int?) -> ChartValue? {
            var m = ObjectMembers()
            m.add("spacing", spacing)
            m.add("columns", columns)
            return m.nonEmpty
        }
        var o = ObjectMembers()
        o.add("header", c.header.map(header))
        o.add("headerRow", c.headerRow.map(header))
        o.add("headerColumn", c.headerColumn.map(header))
        o.add("headerFacet", c.headerFacet.map(header))
        o.add("facet", block(c.facetSpacing, c.facetColumns))
        o.add("concat", block(c.concatSpacing, c.concatColumns))
        return o
    }

    func configView(_ c: Config) -> ObjectMembers {
        var o = ObjectMembers()
        if let s = c.viewStroke { o.add("stroke", s.map { ChartValue.string($0.value) } ?? .null) }
        o.add("strokeWidth", c.viewStrokeWidth)
        o.add("strokeOpacity", c.viewStrokeOpacity)
        o.add("strokeDash", numbers: c.viewStrokeDash)
        if let f = c.viewFill { o.add("fill", f.map { ChartValue.string($0.value) } ?? .null) }
        o.add("fillOpacity", c.viewFillOpacity)
        o.add("continuousWidth", c.viewContinuousWidth)
        o.add("continuousHeight", c.viewContinuousHeight)
        o.add("step", c.viewStep)
        return o
    }
}

extension Config {
    /// The config as Vega-Lite JSON (a `config` block, or a style file) that
    /// ``ConfigDecoder`` reads to an equal config.
    public var vegaLite: ChartValue { VegaLiteEncoder(params: []).config(self) }
}
