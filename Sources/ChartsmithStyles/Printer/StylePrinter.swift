import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// Writes a resolved ``Theme`` back out as a complete style file: every setting a style
/// can make, in the same Vega-Lite `config` shape a style file is written in, so the
/// output of `chartsmith styles show NAME` can be saved as a style and gives the same
/// theme.
public enum StylePrinter {
    /// The theme as pretty-printed JSON, keys in a fixed order; `description` first when given.
    public static func json(_ t: Theme, description: String? = nil) -> String {
        var root: [(String, JSON)] = []
        if let description { root.append(("description", .string(description))) }
        if !t.fontFiles.isEmpty { root.append(("fonts", .array(t.fontFiles.map(JSON.string)))) }
        root.append(("font", .string(t.font)))
        root.append(("textColor", color(t.textColor)))
        root.append(("mutedTextColor", color(t.mutedTextColor)))
        root.append(("background", color(t.background)))
        if let p = t.paddingInsets {
            root.append(("padding", .object([("top", .number(p.top)), ("right", .number(p.right)),
                                             ("bottom", .number(p.bottom)), ("left", .number(p.left))])))
        } else {
            root.append(("padding", .number(t.padding)))
        }
        root.append(("autosize", .string(t.autosize.rawValue)))
        root.append(("locale", .string(t.locale)))
        if let s = t.sizePreset, let name = s.name, s.width == t.defaultCanvas.width, s.height == t.defaultCanvas.height {
            root.append(("size", .string(name)))
        } else {
            root.append(("size", .object([("width", .number(t.defaultCanvas.width)), ("height", .number(t.defaultCanvas.height)),
                                          ("scale", .number(t.sizePreset?.pixelScale ?? 1))])))
        }

        var title: [(String, JSON)] = [("anchor", .string(t.titleAnchor))]
        title += text(t.titleFont, t.titleColor, base: t.textColor, t.font, prefix: "", capitalise: false)
        title += text(t.subtitleFont, t.subtitleColor, base: t.mutedTextColor, t.font, prefix: "subtitle", capitalise: true)
        root.append(("title", .object(title)))

        var axis: [(String, JSON)] = []
        axis += text(t.axisLabelFont, t.axisLabelColor, base: t.textColor, t.font, prefix: "label", capitalise: true)
        axis += text(t.axisTitleFont, t.axisTitleColor, base: t.textColor, t.font, prefix: "title", capitalise: true)
        axis += [("grid", .bool(t.grid)), ("gridColor", color(t.gridColor)), ("gridWidth", .number(t.gridWidth)),
                 ("gridDash", .array(t.gridDash.map(JSON.number))),
                 ("domainColor", color(t.axisColor)), ("domainWidth", .number(t.axisWidth))]
        root.append(("axis", .object(axis)))
        root.append(("axisX", .object(switches(t.axisX))))
        root.append(("axisY", .object([("titleAngle", .number(t.horizontalAxisTitles ? 0 : 270))] + switches(t.axisY))))
        for key in ConfigDecoder.axisBlockKeys { if let b = t.axisBlocks[key] { root.append((key, .object(switches(b)))) } }

        var legend: [(String, JSON)] = [("orient", .string(t.legendOrient))]
        legend += text(t.legendFont, t.legendLabelColor, base: t.textColor, t.font, prefix: "label", capitalise: true)
        legend += text(t.legendTitleFont, t.legendTitleColor, base: t.textColor, t.font, prefix: "title", capitalise: true)
        if t.legendDisabled { legend.append(("disable", .bool(true))) }
        legend += legendLook(t.legendLook)
        root.append(("legend", .object(legend)))

        root.append(("range", .object([
            ("category", .array(t.categoryPalette.map(color))),
            ("ordinal", .array(t.ordinalPalette.map(color))),
            ("ramp", .array(t.sequentialPalette.map(color))),
            ("diverging", .array(t.divergingPalette.map(color))),
        ] + (t.heatmapPalette.map { [("heatmap", JSON.array($0.map(color)))] } ?? []))))
        root.append(("scale", .object([("bandPaddingInner", .number(t.bandPaddingInner)),
                                       ("bandPaddingOuter", .number(t.bandPaddingOuter))])))
        root.append(("mark", .object([("color", color(t.markColor))] + mark(t.allMarkDefaults))))
        if !t.markStyles.isEmpty {
            root.append(("style", .object(t.markStyles.keys.sorted().map { ($0, .object(mark(t.markStyles[$0]!))) })))
        }
        var line = mark(t.markDefaults[.line] ?? MarkConfig())
        line.insert(("strokeWidth", .number(t.lineWidth)), at: 0)
        var marks: [(String, JSON)] = [("line", .object(line))]
        for type in MarkType.allCases where type != .line {
            if let m = t.markDefaults[type], !m.isEmpty { marks.append((type.rawValue, .object(mark(m)))) }
        }
        root += marks.sorted { $0.0 < $1.0 }
        root.append(("view", .object([("continuousWidth", .number(t.defaultPlot.width)),
                                      ("continuousHeight", .number(t.defaultPlot.height)),
                                      ("step", .number(t.defaultStep))] + view(t))))
        root.append(("footer", .object(text(t.footerFont, t.footerColor, base: t.mutedTextColor, t.font, prefix: "", capitalise: false))))
        root.append(("labels", .object([("direct", .bool(t.directLabels)), ("values", .bool(t.valueLabels)),
                                        ("totals", .bool(t.stackTotals))]
                                       + text(t.valueLabelFont, t.textColor, base: t.textColor, t.font, prefix: "", capitalise: false))))
        root.append(("seriesDashes", .array(t.seriesDashes.map { .array($0.map(JSON.number)) })))
        if let w = t.separatorWidth {
            var sep: [(String, JSON)] = []
            if let c = t.separatorColor { sep.append(("color", color(c))) }
            sep.append(("width", .number(w)))
            root.append(("separator", .object(sep)))
        } else {
            root.append(("separator", .null))
        }
        return JSON.object(root).render(indent: 0) + "\n"
    }

    static func switches(_ s: AxisSwitches) -> [(String, JSON)] {
        var out: [(String, JSON)] = []
        if let g = s.grid { out.append(("grid", .bool(g))) }
        if let d = s.domain { out.append(("domain", .bool(d))) }
        if let t = s.ticks { out.append(("ticks", .bool(t))) }
        if let l = s.labels { out.append(("labels", .bool(l))) }
        if let v = s.labelExpr { out.append(("labelExpr", .string(v))) }
        if let v = s.labelAlign { out.append(("labelAlign", .string(v))) }
        if let v = s.labelOffset { out.append(("labelOffset", .number(v))) }
        if let v = s.labelPadding { out.append(("labelPadding", .number(v))) }
        if let v = s.tickSize { out.append(("tickSize", .number(v))) }
        if let f = s.labelFlush { out.append(("labelFlush", f.threshold.map(JSON.number) ?? .bool(false))) }
        if let v = s.labelFlushOffset { out.append(("labelFlushOffset", .number(v))) }
        // (Dashes that depend on the tick are not printed: their tests have no JSON here.)
        if let d = s.gridDash, d.conditions.isEmpty { out.append(("gridDash", .array(d.value.map(JSON.number)))) }
        if let d = s.tickDash, d.conditions.isEmpty { out.append(("tickDash", .array(d.value.map(JSON.number)))) }
        if let v = s.labelAngle { out.append(("labelAngle", .number(v))) }
        if let v = s.gridColor { out.append(("gridColor", .string(v.value))) }
        if let v = s.gridWidth { out.append(("gridWidth", .number(v))) }
        if let v = s.gridOpacity { out.append(("gridOpacity", .number(v))) }
        if let v = s.domainColor { out.append(("domainColor", .string(v.value))) }
        if let v = s.domainWidth { out.append(("domainWidth", .number(v))) }
        return out + axisLook(s.look)
    }

    /// `view.stroke`, `strokeWidth`, `strokeDash` and `fill`.
    static func view(_ t: Theme) -> [(String, JSON)] {
        var out: [(String, JSON)] = [("stroke", t.viewStroke.map(color) ?? .null), ("strokeWidth", .number(t.viewStrokeWidth))]
        if !t.viewStrokeDash.isEmpty { out.append(("strokeDash", .array(t.viewStrokeDash.map(JSON.number)))) }
        out.append(("fill", t.viewFill.map(color) ?? .null))
        return out
    }

    static func mark(_ m: MarkConfig) -> [(String, JSON)] {
        var out: [(String, JSON)] = []
        if let v = m.color { out.append(("color", .string(v.value))) }
        if let v = m.fill { out.append(("fill", .string(v.value))) }
        if let v = m.opacity { out.append(("opacity", .number(v))) }
        if let v = m.fillOpacity { out.append(("fillOpacity", .number(v))) }
        if let v = m.strokeWidth { out.append(("strokeWidth", .number(v))) }
        if let v = m.strokeDash { out.append(("strokeDash", .array(v.map(JSON.number)))) }
        if let v = m.interpolate { out.append(("interpolate", .string(v.rawValue))) }
        if let v = m.cornerRadius { out.append(("cornerRadius", .number(v))) }
        if let v = m.cornerRadiusEnd { out.append(("cornerRadiusEnd", .number(v))) }
        if let v = m.size { out.append(("size", .number(v))) }
        if let v = m.filled { out.append(("filled", .bool(v))) }
        if let v = m.fontSize { out.append(("fontSize", .number(v))) }
        if let v = m.fontWeight { out.append(("fontWeight", .string(v))) }
        if let v = m.thickness { out.append(("thickness", .number(v))) }
        if let v = m.stroke { out.append(("stroke", .string(v.value))) }
        if let v = m.strokeOpacity { out.append(("strokeOpacity", .number(v))) }
        if let v = m.cornerRadiusTopLeft { out.append(("cornerRadiusTopLeft", .number(v))) }
        if let v = m.cornerRadiusTopRight { out.append(("cornerRadiusTopRight", .number(v))) }
        if let v = m.cornerRadiusBottomLeft { out.append(("cornerRadiusBottomLeft", .number(v))) }
        if let v = m.point { out.append(("point", .bool(v))) }
        if let v = m.cornerRadiusBottomRight { out.append(("cornerRadiusBottomRight", .number(v))) }
        if let v = m.binSpacing { out.append(("binSpacing", .number(v))) }
        if let v = m.align { out.append(("align", .string(v))) }
        if let v = m.baseline { out.append(("baseline", .string(v))) }
        if let v = m.dx { out.append(("dx", .number(v))) }
        if let v = m.dy { out.append(("dy", .number(v))) }
        if let v = m.invalidFilter {
            switch v {
            case .some(true): out.append(("invalid", .string("filter")))
            case .some(false): out.append(("invalid", .null))
            case .none: out.append(("invalid", .string("break-paths-show-domains")))
            }
        }
        return out
    }

    /// `font`, `fontSize`, `fontWeight`, `color` of a role (with a prefix such as `label`),
    /// leaving out the family when it is the theme's and the colour when it is the base one.
    static func text(_ f: FontDescriptor, _ c: Color, base: Color, _ family: String, prefix: String, capitalise: Bool) -> [(String, JSON)] {
        func key(_ k: String) -> String {
            guard !prefix.isEmpty else { return k }
            return prefix + k.prefix(1).uppercased() + k.dropFirst()
        }
        var out: [(String, JSON)] = []
        if f.family != family { out.append((key("font"), .string(f.family))) }
        out.append((key("fontSize"), .number(f.size)))
        out.append((key("fontWeight"), .string(f.weight == .bold ? "bold" : "normal")))
        if c != base { out.append((key("color"), color(c))) }
        return out
    }

    static func color(_ c: Color) -> JSON {
        if c.alpha < 1 {
            func b(_ v: Double) -> Int { Int((max(0, min(1, v)) * 255).rounded()) }
            return .string("rgba(\(b(c.red)), \(b(c.green)), \(b(c.blue)), \(JSON.format(c.alpha)))")
        }
        return .string(c.hexString.uppercased())
    }
}

/// A tiny JSON value with ordered keys, for deterministic output.
enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        let rounded = (v * 1e6).rounded() / 1e6
        return String(rounded)
    }

    /// Objects one key per line; arrays of scalars on one line.
    func render(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return JSON.format(n)
        case .string(let s): return Escaping.jsonQuoted(s)
        case .array(let items):
            return "[" + items.map { $0.render(indent: indent + 1) }.joined(separator: ", ") + "]"
        case .object(let entries):
            if entries.isEmpty { return "{}" }
            let inner = entries.map { pad + "  " + Escaping.jsonQuoted($0.0) + ": " + $0.1.render(indent: indent + 1) }
            return "{\n" + inner.joined(separator: ",\n") + "\n" + pad + "}"
        }
    }
}
