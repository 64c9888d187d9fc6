import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// The frame's text blocks: the header (title and subtitle) above everything, and the
/// footer (source and notes) below, each wrapped to the content's width.
extension Frame {
    /// The title's font: the style's with the title object's size and weight on top.
    /// In the title's own `font`/`subtitleFont` family when set.
    var titleFont: FontDescriptor {
        var f = theme.titleFont
        f.family = theme.family(spec.title?.font, or: f.family)
        return Self.font(f, spec.title?.look.title)
    }
    var subtitleFont: FontDescriptor {
        var f = theme.subtitleFont
        f.family = theme.family(spec.title?.subtitleFont, or: f.family)
        return Self.font(f, spec.title?.look.subtitle)
    }

    static func font(_ base: FontDescriptor, _ s: TextStyle?) -> FontDescriptor {
        var f = base
        if let z = s?.fontSize { f.size = z }
        if let b = s?.bold { f.weight = b ? .bold : .regular }
        return f
    }

    /// The title's and subtitle's colours: the title object's over the style's.
    func headerColor(_ role: Role) throws -> Color {
        let look = spec.title?.look
        if role == .title { return try look?.title.color.map(Theme.color) ?? theme.titleColor }
        return try look?.subtitle.color.map(Theme.color) ?? theme.subtitleColor
    }

    func titleNaturalWidth(degrade: Degrade) -> Double {
        var w = 0.0
        if !degrade.dropTitle { for l in spec.title?.text ?? [] { w = max(w, kit.width(l, titleFont)) } }
        if !degrade.dropSubtitle { for l in spec.title?.subtitle ?? [] { w = max(w, kit.width(l, subtitleFont)) } }
        return w
    }

    func headerLines(width: Double, degrade: Degrade) -> [(String, FontDescriptor, Role)] {
        var out: [(String, FontDescriptor, Role)] = []
        if !degrade.dropTitle {
            for l in spec.title?.text ?? [] {
                for w in kit.wrap(l, font: titleFont, maxWidth: width) { out.append((w, titleFont, .title)) }
            }
        }
        if !degrade.dropSubtitle {
            for l in spec.title?.subtitle ?? [] {
                for w in kit.wrap(l, font: subtitleFont, maxWidth: width) { out.append((w, subtitleFont, .subtitle)) }
            }
        }
        return out
    }

    /// The header's and footer's lines wrapped to `width`: `last` itself when it holds them
    /// for that very width (measuring the frame and placing its blocks ask for the same
    /// width several times in one layout, and wrapping measures text).
    func textLines(width: Double, degrade: Degrade, reusing last: FrameTextLines? = nil) -> FrameTextLines {
        if let last, last.width.bitPattern == width.bitPattern { return last }
        return FrameTextLines(width: width, header: headerLines(width: width, degrade: degrade),
                              footer: footerLines(width: width, degrade: degrade))
    }

    func headerHeight(_ text: FrameTextLines) -> Double {
        let lines = text.header
        guard !lines.isEmpty else { return 0 }
        return lines.reduce(0) { $0 + kit.lineHeight($1.1) * lineSpacing($1.2) } + headerGap
    }

    func lineSpacing(_ role: Role) -> Double { role == .title ? 1.15 : 1.2 }

    /// The title and subtitle from `x` across `width`: left-aligned, centred or
    /// right-aligned as the title object's or `config.title`'s `anchor` asks.
    func header(at x: Double, top y: inout Double, _ text: FrameTextLines) throws -> [SceneNode] {
        let lines = text.header, width = text.width
        guard !lines.isEmpty else { return [] }
        var out: [SceneNode] = []
        var prevRole: Role? = nil
        let (ax, align): (Double, TextNode.Align) = switch spec.title?.look.anchor ?? theme.titleAnchor {
        case "middle": (x + width / 2, .center)
        case "end": (x + width, .end)
        default: (x, .start)
        }
        for (text, font, role) in lines {
            if prevRole == .title && role == .subtitle { y += 2 }
            let color = try headerColor(role)
            out.append(.text(kit.node(text, at: Point(x: ax, y: y), font: font, color: color, align: align, role: role)))
            y += kit.lineHeight(font) * lineSpacing(role)
            prevRole = role
        }
        y += headerGap
        return out
    }

    func footerLines(width: Double, degrade: Degrade) -> [(String, Role)] {
        var out: [(String, Role)] = []
        if let s = spec.source, !degrade.dropSource {
            for w in kit.wrap(s, font: theme.footerFont, maxWidth: width) { out.append((w, .source)) }
        }
        if !degrade.dropNotes {
            for n in spec.notes {
                for w in kit.wrap(n, font: theme.footerFont, maxWidth: width) { out.append((w, .notes)) }
            }
        }
        return out
    }

    func footerHeight(_ text: FrameTextLines) -> Double {
        let lines = text.footer
        guard !lines.isEmpty else { return 0 }
        return footerGap + Double(lines.count) * kit.lineHeight(theme.footerFont) * 1.2
    }

    func footer(at x: Double, top y: inout Double, _ text: FrameTextLines) -> [SceneNode] {
        let lines = text.footer
        guard !lines.isEmpty else { return [] }
        y += footerGap
        var out: [SceneNode] = []
        for (text, role) in lines {
            out.append(.text(kit.node(text, at: Point(x: x, y: y), font: theme.footerFont, color: theme.footerColor, role: role)))
            y += kit.lineHeight(theme.footerFont) * 1.2
        }
        return out
    }
}

/// The frame's header lines (title and subtitle, each with its font and role) and footer
/// lines (source and notes), wrapped to one width.
struct FrameTextLines {
    let width: Double
    let header: [(String, FontDescriptor, Role)]
    let footer: [(String, Role)]
}
