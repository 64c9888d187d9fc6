// A channel's `axis` and `legend` objects, the chart's `title` object, and the looks
// (colours, sizes, weights, paddings…) they and the config blocks share.

extension VegaLiteEncoder {
    func axis(_ a: AxisSpec) -> ChartValue {
        if a.disabled { return .null }
        var o = ObjectMembers()
        if let lines = a.titleLines { o.add("title", .lines(lines)) } else if let t = a.title { o.add("title", t.map(ChartValue.string) ?? .null) }
        o.add("format", a.format)
        o.add("formatType", a.formatType)
        o.add("labelAngle", a.labelAngle)
        o.add("tickCount", a.tickCount)
        o.add("grid", a.grid)
        o.add("domain", a.domain)
        o.add("ticks", a.ticks)
        o.add("labels", a.labels)
        o.add("orient", a.orient)
        o.add("values", a.values.map { .array($0.map(inline)) })
        o.add("labelLimit", a.labelLimit)
        o.add("labelExpr", a.labelExpr)
        if let overlap = a.labelOverlap { o.add("labelOverlap", overlap == .none ? .bool(false) : .string(overlap.rawValue)) }
        o.add("labelSeparation", a.labelSeparation)
        o.add("offset", a.offset)
        o.add("tickMinStep", a.tickMinStep)
        // The axis object's own settings (its `labelExpr` is the axis's, above).
        var s = a.overrides
        s.labelExpr = nil
        o.append(contentsOf: axisDetails(s))
        o.add("gridDash", s.gridDash.map(axisDash))
        o.append(contentsOf: axisLines(s))
        var look = s.look
        if a.labelLimit != nil { look.labelLimit = nil }  // (read as the axis's own)
        o.append(contentsOf: axisLook(look, text: true))
        o.append(contentsOf: tickLooks(s.tickLooks))
        o.add("labelFont", a.labelFont?.value)
        o.add("titleFont", a.titleFont?.value)
        return o.value
    }

    /// `gridColor`, `gridWidth`, `gridOpacity`, `domainColor`, `domainWidth`.
    func axisLines(_ s: AxisSwitches) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("gridColor", s.gridColor?.value)
        o.add("gridWidth", s.gridWidth)
        o.add("gridOpacity", s.gridOpacity)
        o.add("domainColor", s.domainColor?.value)
        o.add("domainWidth", s.domainWidth)
        return o
    }

    /// An ``AxisLook``; with `text`, its label and title colours, sizes and weights too
    /// (`config.axis` holds those as the theme's text roles instead).
    func axisLook(_ l: AxisLook, text: Bool) -> ObjectMembers {
        var o = ObjectMembers()
        if text {
            o.append(contentsOf: guideText(l))
            o.add("labelFont", l.labelFont?.value)  // (a config.axis* block's families)
            o.add("titleFont", l.titleFont?.value)
        }
        o.add("labelFontStyle", l.labelItalic.map(Self.fontStyle))
        o.add("titleFontStyle", l.titleItalic.map(Self.fontStyle))
        o.add("labelOpacity", l.labelOpacity)
        o.add("titleOpacity", l.titleOpacity)
        o.add("labelLimit", l.labelLimit)
        o.add("titleLimit", l.titleLimit)
        o.add("titlePadding", l.titlePadding)
        o.add("titleAnchor", l.titleAnchor)
        o.add("tickColor", l.tickColor?.value)
        o.add("tickWidth", l.tickWidth)
        o.add("tickOpacity", l.tickOpacity)
        o.add("domainDash", numbers: l.domainDash)
        o.add("domainOpacity", l.domainOpacity)
        return o
    }

    /// A guide's label and title colours, sizes and weights (an axis's or a legend's).
    func guideText(_ l: some GuideTextLook) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("labelColor", l.labelColor?.value)
        o.add("labelFontSize", l.labelFontSize)
        o.add("labelFontWeight", l.labelBold.map(Self.weight))
        o.add("titleColor", l.titleColor?.value)
        o.add("titleFontSize", l.titleFontSize)
        o.add("titleFontWeight", l.titleBold.map(Self.weight))
        return o
    }

    static func weight(_ bold: Bool) -> String { bold ? "bold" : "normal" }
    static func fontStyle(_ italic: Bool) -> String { italic ? "italic" : "normal" }

    func legend(_ l: LegendSpec) -> ChartValue {
        if l.disabled { return .null }
        var o = ObjectMembers()
        if let t = l.title { o.add("title", t.map(ChartValue.string) ?? .null) }
        o.add("orient", l.orient)
        o.add("direction", l.direction ?? l.look.direction)
        o.add("format", l.format)
        o.add("formatType", l.formatType)
        var look = l.look
        look.direction = nil  // (written above: the legend's direction is its look's)
        o.append(contentsOf: legendLook(look, text: true))
        o.add("labelFont", l.labelFont?.value)
        o.add("titleFont", l.titleFont?.value)
        o.add("gradientLength", l.gradientLength)
        o.add("gradientThickness", l.gradientThickness)
        o.add("values", l.values.map { .array($0.map(inline)) })
        o.add("labelExpr", l.labelExpr)
        o.add("tickCount", l.tickCount)
        return o.value
    }

    /// A ``LegendLook``; with `text`, its label and title colours, sizes and weights too
    /// (`config.legend` holds those as the theme's text roles instead).
    func legendLook(_ l: LegendLook, text: Bool) -> ObjectMembers {
        var o = ObjectMembers()
        if text { o.append(contentsOf: guideText(l)) }
        o.add("direction", l.direction)
        o.add("columns", l.columns)
        o.add("padding", l.padding)
        o.add("offset", l.offset)
        o.add("rowPadding", l.rowPadding)
        o.add("columnPadding", l.columnPadding)
        o.add("labelOpacity", l.labelOpacity)
        o.add("titleOpacity", l.titleOpacity)
        o.add("labelLimit", l.labelLimit)
        o.add("labelOffset", l.labelOffset)
        o.add("titlePadding", l.titlePadding)
        o.add("titleOrient", l.titleOrient)
        o.add("symbolSize", l.symbolSize)
        o.add("symbolType", l.symbolType)
        o.add("symbolStrokeWidth", l.symbolStrokeWidth)
        o.add("symbolOpacity", l.symbolOpacity)
        o.add("fillColor", l.fillColor?.value)
        o.add("strokeColor", l.strokeColor?.value)
        o.add("strokeWidth", l.strokeWidth)
        o.add("cornerRadius", l.cornerRadius)
        return o
    }

    /// `title`: a string when it is one line with nothing else set, else an object.
    func title(_ t: TitleSpec) -> ChartValue {
        if t.subtitle.isEmpty && t.text.count == 1 && t.look == TitleLook() && t.font == nil && t.subtitleFont == nil {
            return .string(t.text[0])
        }
        var o = ObjectMembers()
        o.add("text", .lines(t.text))
        if !t.subtitle.isEmpty { o.add("subtitle", .lines(t.subtitle)) }
        o.add("color", t.look.title.color?.value)
        o.add("fontSize", t.look.title.fontSize)
        o.add("fontWeight", t.look.title.bold.map(Self.weight))
        o.add("subtitleColor", t.look.subtitle.color?.value)
        o.add("subtitleFontSize", t.look.subtitle.fontSize)
        o.add("subtitleFontWeight", t.look.subtitle.bold.map(Self.weight))
        o.add("anchor", t.look.anchor)
        o.add("align", t.look.align)
        o.add("font", t.font?.value)
        o.add("subtitleFont", t.subtitleFont?.value)
        return o.value
    }
}
