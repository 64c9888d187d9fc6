/// A font request: family, size in points, weight and slant.
///
/// The family is a fontconfig family name or a comma-separated list of them; the renderer
/// resolves it against the fonts it pins, so the same descriptor measures and draws alike.
public struct FontDescriptor: Hashable, Sendable, CustomStringConvertible {
    public enum Weight: String, Hashable, Sendable { case regular, bold }

    public var family: String
    public var size: Double
    public var weight: Weight
    public var italic: Bool

    public init(family: String = "DejaVu Sans", size: Double, weight: Weight = .regular, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }

    public var description: String {
        "\(family) \(fmt(size))\(weight == .bold ? " bold" : "")\(italic ? " italic" : "")"
    }
}

/// The measured extent of one line of text.
public struct TextMetrics: Hashable, Sendable {
    /// Advance width in points.
    public var width: Double
    /// Distance from the top of the line box to the baseline.
    public var ascent: Double
    /// Distance from the baseline to the bottom of the line box.
    public var descent: Double

    /// Where the glyphs' ink lies, relative to the top left of the line box (x from the
    /// start of the advance, y from the top of the line box); nil when the measurer does
    /// not say. A large symbol (a 60-pt arrow) inks far less than its line box.
    public var ink: Rect?

    public init(width: Double, ascent: Double, descent: Double, ink: Rect? = nil) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
        self.ink = ink
    }

    /// The line box height, `ascent + descent`.
    public var height: Double { ascent + descent }
}

/// Measures text as the renderer will draw it.
///
/// Layout depends only on this protocol; the renderer module supplies the Pango
/// implementation, and tests may supply a deterministic one.
public protocol TextMeasurer: Sendable {
    /// Measures one line of `text` (no line breaks) set in `font`.
    ///
    /// Every line in one font has the same line box (`ascent` and `descent`) whichever
    /// characters it holds, so stacked lines of a block touch but never overlap.
    func measure(_ text: String, font: FontDescriptor) -> TextMetrics

    /// The places where a line of `text` may break: each index is the start of a
    /// character that may begin a new line, in ascending order, never the start or end of
    /// the text. A break after spaces puts it before the next non-space character.
    func lineBreaks(in text: String) -> [String.Index]
}

extension TextMeasurer {
    /// Breaks after every space, hyphen and slash — the opportunities of text in Latin,
    /// Greek or Cyrillic. A measurer that knows Unicode's line breaking (``lineBreaks(in:)``
    /// in the renderer's Pango measurer) adds the breaks between ideographs, kana and
    /// hangul, and keeps closing punctuation on its line.
    public func lineBreaks(in text: String) -> [String.Index] {
        Self.simpleLineBreaks(in: text)
    }

    /// The breaks after every space, hyphen and slash of `text`.
    public static func simpleLineBreaks(in text: String) -> [String.Index] {
        var out: [String.Index] = []
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: every character is one byte but "\r\n", which holds no break character,
            // so the bytes give the same places without breaking the text into characters.
            var i = utf8.startIndex
            while i < utf8.endIndex {
                let byte = utf8[i]
                i = utf8.index(after: i)
                if (byte == 0x20 || byte == 0x2D || byte == 0x2F) && i < utf8.endIndex { out.append(i) }
            }
            return out
        }
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            i = text.index(after: i)
            if (ch == " " || ch == "-" || ch == "/") && i < text.endIndex { out.append(i) }
        }
        return out
    }
}
