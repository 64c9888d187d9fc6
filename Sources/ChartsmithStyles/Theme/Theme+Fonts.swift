import ChartsmithRender
import ChartsmithSpec

extension Theme {
    /// The fonts this theme draws with: Chartsmith's pinned library with the style's own
    /// ``fontFiles`` added (built once per set of files, ``FontLibrary/including(fontFiles:)``).
    public var fontLibrary: FontLibrary {
        FontLibrary.shared.including(fontFiles: fontFiles)
    }

    /// The family names text may be set in: ``fontLibrary``'s families.
    public var fontFamilies: [String] { fontLibrary.families }

    /// The family a font property resolves to under ``FontFamilies``' rule.
    ///
    /// - Throws: a ``Diagnostic`` at the property when no family of it is pinned.
    public func fontFamily(_ value: Located<String>) throws -> String {
        try FontFamilies.resolve(value, in: fontFamilies)
    }
}

extension Theme {
    /// The family a spec's own font property (`axis.labelFont`, `title.font`, `mark.font`…)
    /// resolves to, or `fallback` (the style's) when it is unset. A family the set lacks
    /// never reaches layout: the pipeline's font check refuses it first, with its location.
    public func family(_ value: Located<String>?, or fallback: String) -> String {
        guard let value else { return fallback }
        return FontFamilies.resolve(value.value, in: fontFamilies) ?? fallback
    }
}

extension Theme {
    /// Refuses a mark default's `font` (`config.mark`, `config.text`, `config.style`) that
    /// names no family of this theme's fonts, at the property.
    func checkMarkFonts(_ c: Config) throws {
        let configs = [c.markAll] + c.marks.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { c.marks[$0] }
            + c.styles.keys.sorted().compactMap { c.styles[$0] }
        for m in configs { if let f = m.font { _ = try fontFamily(f) } }
        // The per-axis blocks' label and title families.
        let blocks = [c.axisBoth, c.axisX, c.axisY] + c.axisBlocks.keys.sorted().compactMap { c.axisBlocks[$0] }
        for b in blocks {
            if let f = b.look.labelFont { _ = try fontFamily(f) }
            if let f = b.look.titleFont { _ = try fontFamily(f) }
        }
    }
}
