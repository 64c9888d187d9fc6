import ChartsmithRender
import ChartsmithSpec

/// Chooses the family a font property names from the pinned fonts, or refuses it.
///
/// The rule: a property holds one family or a CSS font stack as Vega writes them
/// (`"Helvetica Neue, Arial, sans-serif"`; quotes around a name are allowed). The first
/// entry of the stack that the pinned set has is used — a family of the set (DejaVu, the
/// Noto fallbacks, the style's own `fonts`), matched without regard to case, or a generic
/// family, which resolves to DejaVu (`sans-serif`, `sans` and `system-ui` to DejaVu Sans,
/// `serif` to DejaVu Serif, `monospace` to DejaVu Sans Mono). A stack with no such entry is
/// an error at the property that lists the families available — never a silent fallback.
public enum FontFamilies {
    /// The family `stack` resolves to among `families`, spelt as the set spells it; nil when
    /// no entry of the stack is in the set or generic.
    public static func resolve(_ stack: String, in families: [String]) -> String? {
        for entry in entries(of: stack) {
            if let generic = FontLibrary.genericFamily(entry) { return generic }
            if let known = families.first(where: { $0.caseInsensitiveCompare(entry) == .orderedSame }) { return known }
        }
        return nil
    }

    /// The family the located property `value` resolves to among `families`.
    ///
    /// - Throws: a ``Diagnostic`` at the property listing the families available, with the
    ///   closest as a suggestion.
    public static func resolve(_ value: Located<String>, in families: [String]) throws -> String {
        if let family = resolve(value.value, in: families) { return family }
        let names = entries(of: value.value)
        let generics = ["sans-serif", "serif", "monospace"]
        let suggestion = names.lazy.compactMap { Suggest.closest(to: $0, in: families + generics) }.first
        let what = names.count > 1 ? "none of the font families \"\(value.value)\" is" : "the font family \"\(value.value)\" is not"
        throw Diagnostic(message: "\(what) among Chartsmith's pinned fonts; available: " + (families + generics).joined(separator: ", ")
                            + ". Add the font's files to the style's \"fonts\" or end the stack with a generic family (\"sans-serif\")",
                         location: value.location, path: value.path, suggestion: suggestion)
    }

    /// The entries of a CSS font stack, trimmed and unquoted, empty ones left out.
    public static func entries(of stack: String) -> [String] {
        stack.split(separator: ",").compactMap { part in
            var s = Substring(part)
            while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
            while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
            if s.count >= 2, let q = s.first, q == "\"" || q == "'", s.last == q { s = s.dropFirst().dropLast() }
            return s.isEmpty ? nil : String(s)
        }
    }
}
