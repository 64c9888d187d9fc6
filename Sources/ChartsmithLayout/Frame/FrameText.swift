import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// The frame's text blocks: the header (title and subtitle) above everything, and the
/// footer (source and notes) below, each wrapped to the content's width.
extension Frame {
    /// The title's font: the style's, in the title's own `font` family when set.
    var titleFont: FontDescriptor {
        var f = theme.titleFont
        f.family = theme.family(spec.title?.font, or: f.family)
        return f
    }

    /// The subtitle's font: the style's, in the title's own `subtitleFont` family when set.
    var subtitleFont: FontDescriptor {
        var f = theme.subtitleFont
        f.family = theme.family(spec.title?.subtitleFont, or: f.family)
        return f
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

    func headerHeight(width: Double, degrade: Degrade) -> Double {
        let lines = headerLines(width: width, degrade: degrade)
        guard !lines.isEmpty else { return 0 }
        return lines.reduce(0) { $0 + kit.lineHeight($1.1) * lineSpacing($1.2) } + headerGap
    }

    func lineSpacing(_ role: Role) -> Double { role == .title ? 1.15 : 1.2 }

    func header(at x: Double, top y: inout Double, width: Double, degrade: Degrade) -> [SceneNode] {
        let lines = headerLines(width: width, degrade: degrade)
        guard !lines.isEmpty else { return [] }
        var out: [SceneNode] = []
        var prevRole: Role? = nil
        for (text, font, role) in lines {
            if prevRole == .title && role == .subtitle { y += 2 }
            let color = role == .title ? theme.titleColor : theme.subtitleColor
            out.append(.text(kit.node(text, at: Point(x: x, y: y), font: font, color: color, role: role)))
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

    func footerHeight(width: Double, degrade: Degrade) -> Double {
        let lines = footerLines(width: width, degrade: degrade)
        guard !lines.isEmpty else { return 0 }
        return footerGap + Double(lines.count) * kit.lineHeight(theme.footerFont) * 1.2
    }

    func footer(at x: Double, top y: inout Double, width: Double, degrade: Degrade) -> [SceneNode] {
        let lines = footerLines(width: width, degrade: degrade)
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
