/// One link of a ``FontLibrary``'s fallback chain: a family that draws the characters the
/// requested family lacks, and the font files that hold it.
///
/// The chain is fixed, so every machine draws the same glyphs: Pango takes each character
/// from the requested family if it can, then from DejaVu Sans, then from the first family in
/// the chain that has it. Only the listed files join the library (their folders are read
/// through fontconfig's caches, and every other file in them is left out); a file is opened
/// only when a string needs one of its glyphs, so the chain costs nothing for text that
/// DejaVu draws.
public struct FallbackFont: Hashable, Sendable {
    /// The fontconfig family name, e.g. `Noto Sans CJK SC`.
    public var family: String
    /// The absolute paths of the files that hold the family's faces (regular, bold …).
    public var files: [String]

    public init(family: String, files: [String]) {
        self.family = family
        self.files = files
    }

    /// Where Debian's `fonts-noto-core` puts its TrueType fonts.
    public static let notoCoreDirectory = "/usr/share/fonts/truetype/noto"
    /// Where Debian's `fonts-noto-cjk` puts its OpenType collections.
    public static let notoCJKDirectory = "/usr/share/fonts/opentype/noto"

    /// Chartsmith's chain, from Debian's `fonts-noto-cjk` and `fonts-noto-core`. DejaVu
    /// already covers Latin, Greek, Cyrillic, Hebrew and Arabic; this adds Chinese,
    /// Japanese and Korean (one collection; Han characters take the Simplified Chinese
    /// forms), then Arabic and Hebrew for the faces DejaVu lacks them in, Devanagari and
    /// Thai, each in regular and bold; then Noto's two symbol fonts (arrows such as
    /// U+1F803, which Altair's annotated charts draw as text, dingbats, chess and game
    /// symbols), regular only where Noto has no bold.
    public static let noto: [FallbackFont] = [
        FallbackFont(family: "Noto Sans CJK SC", files: cjk("NotoSansCJK")),
        FallbackFont(family: "Noto Sans Arabic", files: core("NotoSansArabic")),
        FallbackFont(family: "Noto Sans Hebrew", files: core("NotoSansHebrew")),
        FallbackFont(family: "Noto Sans Devanagari", files: core("NotoSansDevanagari")),
        FallbackFont(family: "Noto Sans Thai", files: core("NotoSansThai")),
        FallbackFont(family: "Noto Sans Symbols", files: core("NotoSansSymbols")),
        FallbackFont(family: "Noto Sans Symbols2", files: ["\(notoCoreDirectory)/NotoSansSymbols2-Regular.ttf"]),
    ]

    private static func core(_ stem: String) -> [String] {
        ["Regular", "Bold"].map { "\(notoCoreDirectory)/\(stem)-\($0).ttf" }
    }

    private static func cjk(_ stem: String) -> [String] {
        ["Regular", "Bold"].map { "\(notoCJKDirectory)/\(stem)-\($0).ttc" }
    }
}
