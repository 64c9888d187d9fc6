import ChartsmithScene

/// Measures text with Pango exactly as ``CairoRenderer`` will draw it.
///
/// Both use the same ``FontLibrary`` and the same Pango settings — unhinted metrics and
/// outlines, unrounded glyph positions, sizes in points (`pango_font_description_set_absolute_size`)
/// — so measurements hold for PNG at any scale as well as for PDF and SVG.
///
/// Results are cached; the measurer is safe to use from many threads at once.
public final class PangoTextMeasurer: TextMeasurer {
    /// A measurer over ``FontLibrary/shared``.
    public static let shared = PangoTextMeasurer()

    /// The measurer over `fontLibrary`: ``shared`` for ``FontLibrary/shared``, otherwise one
    /// per library, made on first use and kept (with its cache) for every later chart.
    public static func shared(for fontLibrary: FontLibrary) -> PangoTextMeasurer {
        if fontLibrary === FontLibrary.shared { return shared }
        return measurers.withLock { all in
            if let m = all[ObjectIdentifier(fontLibrary)] { return m }
            let m = PangoTextMeasurer(fontLibrary: fontLibrary)
            all[ObjectIdentifier(fontLibrary)] = m
            return m
        }
    }

    /// The measurers of ``shared(for:)``; the libraries they hold live as long, so their
    /// identifiers are never reused.
    private static let measurers = Locked<[ObjectIdentifier: PangoTextMeasurer]>([:])

    /// The fonts measured with.
    public let fontLibrary: FontLibrary
    /// The most measurements kept; the cache is emptied when it fills.
    public let cacheLimit: Int

    private struct Key: Hashable {
        var text: String
        var font: FontDescriptor
    }

    private let cache = Locked<[Key: TextMetrics]>([:])

    /// A measurer over `fontLibrary` that keeps up to `cacheLimit` measurements.
    public init(fontLibrary: FontLibrary = .shared, cacheLimit: Int = 50_000) {
        self.fontLibrary = fontLibrary
        self.cacheLimit = cacheLimit
    }

    /// How many characters of `text` no font of the library (the requested family, DejaVu,
    /// the fallback chain, a style's own files) has a glyph for: Pango draws each as a box.
    public func unknownGlyphCount(_ text: String, font: FontDescriptor) -> Int {
        fontLibrary.withSession { $0.unknownGlyphCount(text, font: font) }
    }

    /// The logical extent of one line of `text` in `font`, in points: `width` is the
    /// logical width, `ascent` the distance from the top of the line box to the baseline,
    /// `descent` the rest of the line box's height. A size that is not positive measures zero.
    public func measure(_ text: String, font: FontDescriptor) -> TextMetrics {
        let key = Key(text: text, font: font)
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let metrics = fontLibrary.withSession { $0.measure(text, font: font) }
        cache.withLock { cache in
            if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[key] = metrics
        }
        return metrics
    }

    /// The places where a line of `text` may break: Pango's Unicode line breaking
    /// (``PangoLineBreaks``, so between ideographs, kana and hangul but never before closing
    /// punctuation), together with Chartsmith's breaks after every space, hyphen and slash,
    /// so Latin text wraps where it always has (`2020-21` and `1/2` may still break).
    public func lineBreaks(in text: String) -> [String.Index] {
        let simple = Self.simpleLineBreaks(in: text)
        // Text without a character beyond Latin-1 breaks nowhere else.
        guard text.unicodeScalars.contains(where: { $0.value > 0xFF }) else { return simple }
        return Array(Set(simple).union(PangoLineBreaks.opportunities(in: text))).sorted()
    }
}
