/// The one home for making text safe inside another language: JSON string literals,
/// HTML and XML text. Every writer of manifests, contact sheets, SVG, style files and
/// diagnostics escapes through here, so the rules live in one place.
public enum Escaping {
    /// `text` safe inside HTML elements and attribute values: `&`, `<`, `>`, `"` and `'`
    /// as character references (`'` as `&#39;`).
    public static func html(_ text: String) -> String {
        markup(text, apostrophe: "&#39;", keeps: { _ in true })
    }

    /// `text` safe inside an XML element or attribute: `&`, `<`, `>`, `"` and `'` as
    /// entities (`'` as `&apos;`); characters XML 1.0 forbids are dropped.
    public static func xml(_ text: String) -> String {
        markup(text, apostrophe: "&apos;", keeps: isXMLCharacter)
    }

    /// Whether XML 1.0 allows the character (its production `Char`).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
            || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
    }

    /// The markup escaping HTML and XML share; they differ only in the apostrophe's
    /// reference and in which other characters are kept.
    private static func markup(_ text: String, apostrophe: String, keeps: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let entity = markupEntities[scalar] {
                out += entity
            } else if scalar == "'" {
                out += apostrophe
            } else if keeps(scalar) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The references HTML and XML write alike.
    private static let markupEntities: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;",
    ]
}
