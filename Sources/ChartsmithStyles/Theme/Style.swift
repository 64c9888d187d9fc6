import ChartsmithScene
import ChartsmithSpec
import Foundation

/// A house style, resolved.
public struct Style: Sendable {
    /// The style's name: the built-in name or the file's name without `.json`.
    public var name: String
    /// The style's one-line `description`.
    public var summary: String
    /// The file it was read from; nil for a built-in style.
    public var file: URL?
    /// The names of the styles applied, base first (`["briefing", "print"]`).
    public var chain: [String]
    /// The style file's own `config`, as written.
    public var config: Config
    /// The built-in defaults with the chain applied.
    public var theme: Theme
    /// Contrast and font problems of the style, naming its file.
    public var warnings: [Diagnostic]
    /// Those of ``warnings`` about neighbouring palette colours (`ContrastCheck.checkPalette`):
    /// a chart reports them only where its marks touch.
    public var paletteWarnings: [Diagnostic] = []
}

/// One line of `chartsmith styles`.
public struct StyleListing: Sendable, Hashable {
    /// The name that selects the style (`--style NAME`, `"style": "NAME"`).
    public var name: String
    /// The style's one-line `description`, or why it cannot be loaded.
    public var summary: String
    /// The file, or nil for a built-in style.
    public var file: URL?
}
