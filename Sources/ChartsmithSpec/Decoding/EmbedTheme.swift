/// Reads the Vega theme that `usermeta.embedOptions.theme` names (what Altair's
/// `alt.theme.enable("dark")` writes) as the Chartsmith style holding that theme's config.
///
/// Vega's themes are styles of the same names (`Styles/excel.json`…), except `dark`, which
/// Chartsmith's own dark style already names: Vega's is `vega-dark`. A spec's own `"style"`
/// key wins over the embed theme. Any other key under `usermeta` is the user's own data and
/// changes nothing drawn.
public enum EmbedTheme {
    /// Vega's theme names (vega-themes), each a built-in style.
    public static let vegaThemes = [
        "dark", "excel", "fivethirtyeight", "ggplot2", "googlecharts", "latimes", "powerbi", "quartz",
        "urbaninstitute", "vox", "carbonwhite", "carbong10", "carbong90", "carbong100",
    ]

    /// The style a Vega theme name selects.
    public static func style(forTheme name: String) -> String { name == "dark" ? "vega-dark" : name }

    /// The style `usermeta.embedOptions.theme` selects, if it names one; an unknown theme is
    /// an error naming the known ones.
    static func styleName(_ usermeta: JSONNode) throws -> String? {
        guard case .object(let members) = usermeta.value, let options = members["embedOptions"],
              case .object(let opts) = options.value, let theme = opts["theme"] else { return nil }
        let name = try theme.asString()
        guard vegaThemes.contains(name) else {
            throw Diagnostic(message: "unknown Vega theme \"\(name)\"; expected one of " + vegaThemes.joined(separator: ", "),
                             location: theme.location, path: theme.path, suggestion: Suggest.closest(to: name, in: vegaThemes))
        }
        return style(forTheme: name)
    }
}
