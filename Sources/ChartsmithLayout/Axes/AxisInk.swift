import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// The resolved fonts, colours and spacing of one axis's labels and title: the style's
/// (`config.axis`), with the per-axis config blocks' and the axis object's looks on top.
struct AxisInk {
    var labelFont: FontDescriptor
    var labelColor: Color
    var titleFont: FontDescriptor
    var titleColor: Color
    /// The gap between the labels and the title.
    var titlePad: Double
    /// `titleAnchor`: `start`, `middle`, `end`, or nil for the layout's own place.
    var titleAnchor: String?
    /// `titleLimit`: the widest the title may be, or nil for no limit.
    var titleLimit: Double?
    /// `labelLimit`: the widest a label may be, or nil for no limit.
    var labelLimit: Double?
}

extension Panel {
    /// An axis's settings: the config's (`config.axis` under the blocks that apply to it)
    /// with the axis object's own on top.
    func switches(_ vertical: Bool, _ d: PositionDomain) -> AxisSwitches {
        switches(vertical).overlaid(with: d.axis.overrides)
    }

    /// The label and title fonts of the axis of `d` with settings `sw`: the style's, in the
    /// axis's own `labelFont`/`titleFont` family when set, with the looks' sizes and weights.
    func axisFonts(_ sw: AxisSwitches, _ d: PositionDomain) -> (label: FontDescriptor, title: FontDescriptor) {
        var label = theme.axisLabelFont, title = theme.axisTitleFont
        label.family = theme.family(d.axis.labelFont ?? sw.look.labelFont, or: label.family)
        title.family = theme.family(d.axis.titleFont ?? sw.look.titleFont, or: title.family)
        let l = sw.look
        if let v = l.labelFontSize { label.size = v }
        if let v = l.labelBold { label.weight = v ? .bold : .regular }
        if let v = l.labelItalic { label.italic = v }
        if let v = l.titleFontSize { title.size = v }
        if let v = l.titleBold { title.weight = v ? .bold : .regular }
        if let v = l.titleItalic { title.italic = v }
        return (label, title)
    }

    /// Everything an axis's text is drawn with.
    ///
    /// - Throws: a ``Diagnostic`` at a colour that is not a CSS colour.
    func ink(_ sw: AxisSwitches, _ d: PositionDomain) throws -> AxisInk {
        let l = sw.look
        let fonts = axisFonts(sw, d)
        var labelColor = try l.labelColor.map(Theme.color) ?? theme.axisLabelColor
        if let o = l.labelOpacity { labelColor = labelColor.withOpacity(o) }
        var titleColor = try l.titleColor.map(Theme.color) ?? theme.axisTitleColor
        if let o = l.titleOpacity { titleColor = titleColor.withOpacity(o) }
        let labelLimit = (d.axis.labelLimit ?? l.labelLimit).flatMap { $0 > 0 ? $0 : nil }
        return AxisInk(labelFont: fonts.label, labelColor: labelColor, titleFont: fonts.title, titleColor: titleColor,
                       titlePad: l.titlePadding ?? titlePad, titleAnchor: l.titleAnchor,
                       titleLimit: l.titleLimit.flatMap { $0 > 0 ? $0 : nil }, labelLimit: labelLimit)
    }

    /// Tick labels cut short with "…" at `labelLimit` (a band axis's labels on a y axis
    /// wrap to it instead, as measured).
    func limited(_ ticks: [AxisTick], _ ink: AxisInk, font: FontDescriptor, wraps: Bool) -> [AxisTick] {
        guard let limit = ink.labelLimit, !wraps else { return ticks }
        return ticks.map { t in
            var t = t
            t.text = Self.lines(t.text).map { kit.width($0, font) > limit ? kit.truncate($0, font: font, maxWidth: limit) : $0 }
                .joined(separator: "\n")
            return t
        }
    }

    /// The lines of a title the spec gives as an array of two or more, each cut short at
    /// `titleLimit`; nil for any other title.
    func givenTitleLines(_ d: PositionDomain, _ ink: AxisInk) -> [String]? {
        guard let lines = d.explicitTitleLines, lines.count > 1, d.explicitTitle != nil else { return nil }
        return lines.map { line in limitedTitle(line, ink)?.first ?? line }
    }

    /// An axis title's lines under `titleLimit`: one line, cut short with "…".
    func limitedTitle(_ title: String, _ ink: AxisInk) -> [String]? {
        guard let limit = ink.titleLimit else { return nil }
        return [kit.width(title, ink.titleFont) > limit ? kit.truncate(title, font: ink.titleFont, maxWidth: limit) : title]
    }
}
