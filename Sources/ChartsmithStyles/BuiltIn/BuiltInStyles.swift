// Generated from Styles/*.json by the style tests (CHARTSMITH_RECORD_STYLES=1 swift test --filter "Style files").
// Do not edit: edit the JSON files and record again.

/// The repository's `Styles/*.json`, compiled in so the built-in styles work anywhere.
enum BuiltInStyles {
    /// The built-in style names, in listing order.
    static let names: [String] = ["briefing", "print", "slide", "dark", "colorblind", "govuk-liberation", "carbong10", "carbong100", "carbong90", "carbonwhite", "excel", "fivethirtyeight", "ggplot2", "googlecharts", "latimes", "powerbi", "quartz", "urbaninstitute", "vega-dark", "vox"]

    /// Each built-in style's file text, by name: the house styles and Vega's themes.
    static let files: [String: String] = houseStyles.merging(vegaThemes) { a, _ in a }.merging(carbonThemes) { a, _ in a }
}
