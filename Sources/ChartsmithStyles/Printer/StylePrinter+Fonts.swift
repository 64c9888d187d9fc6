import ChartsmithRender

extension StylePrinter {
    /// The fonts of a resolved style, for `chartsmith styles show`: each of the style's own
    /// font files with the families in it, then the family, size and weight of every text
    /// role, then the families the whole pinned set offers.
    public static func fontListing(_ t: Theme) -> String {
        var lines = ["Fonts:"]
        if t.fontFiles.isEmpty {
            lines.append("  style files: none (the pinned set only)")
        } else {
            lines.append("  style files:")
            for file in t.fontFiles {
                let families = FontFile.families(in: file)?.joined(separator: ", ") ?? "(cannot be read)"
                lines.append("    \(file): \(families)")
            }
        }
        lines.append("  text roles:")
        let width = t.roleFonts.map(\.role.count).max() ?? 0
        for (role, font) in t.roleFonts {
            lines.append("    \(role):" + String(repeating: " ", count: width - role.count + 1) + font.description)
        }
        lines.append("  families available: " + t.fontFamilies.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
