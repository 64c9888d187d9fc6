import ChartsmithFormat
import ChartsmithScene

extension SVGWriter {
    /// ARIA attributes for a group, as Vega's SVG renderer writes them: a class naming the
    /// scene role, an ARIA object (or, for an axis or legend, a symbol) with a role
    /// description and a label. Axis and legend groups are labelled by their title texts;
    /// gridlines are hidden from assistive technology.
    func groupAccessibility(_ group: GroupNode) -> String {
        var out = " class=\"role-\(group.role.rawValue)\""
        switch group.role {
        case .grid, .background:
            return out + " aria-hidden=\"true\""
        case .axis, .legend:
            let titleRole: Role = group.role == .axis ? .axisTitle : .legendTitle
            let titles = group.children.compactMap { node -> String? in
                if case .text(let t) = node, t.role == titleRole { return t.text }
                return nil
            }
            let kind = group.role == .axis ? "Axis" : "Legend"
            let label = group.name ?? (titles.isEmpty ? kind : "\(kind) titled '\(titles.joined(separator: " "))'")
            out += " role=\"graphics-symbol\" aria-roledescription=\"\(group.role.rawValue)\""
            return out + " aria-label=\"\(Escaping.xml(label))\""
        default:
            out += " role=\"graphics-object\" aria-roledescription=\"\(Escaping.xml(Self.describe(group.role))) container\""
            if let name = group.name, !name.isEmpty { out += " aria-label=\"\(Escaping.xml(name))\"" }
            return out
        }
    }

    /// ARIA attributes for a rectangle or path: a named mark or legend symbol is an ARIA
    /// symbol labelled with its datum; other shapes carry none.
    func accessibility(of role: Role, name: String?) -> String {
        guard let name, !name.isEmpty, role == .mark || role == .legendSymbol else { return "" }
        return " role=\"graphics-symbol\" aria-roledescription=\"\(Self.describe(role))\" aria-label=\"\(Escaping.xml(name))\""
    }

    /// A role in words: `markLabel` → `mark label`.
    static func describe(_ role: Role) -> String {
        var words = ""
        for ch in role.rawValue {
            if ch.isUppercase { words += " " + ch.lowercased() } else { words.append(ch) }
        }
        return words
    }
}
