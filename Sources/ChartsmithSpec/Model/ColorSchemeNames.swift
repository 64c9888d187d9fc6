/// The names of the colour schemes Chartsmith knows (`scale.scheme`), so a misspelt
/// scheme is reported where it is written, with a suggestion. The layout holds the colours.
public enum ColorSchemeNames {
    public static let all: [String] = [
        "accent", "analysisfunction", "bluegreen", "blueorange", "bluepurple", "blues", "brownbluegreen",
        "browns", "category10", "category20", "category20b", "category20c", "cividis", "dark2", "darkblue",
        "darkgold", "darkgreen", "darkmulti", "darkred", "goldgreen", "goldorange", "goldred", "greenblue",
        "greens", "greys", "inferno", "lightgreyred", "lightgreyteal", "lightmulti", "lightorange",
        "lighttealblue", "magma", "observable10", "okabeito", "orangered", "oranges", "paired", "pastel1",
        "pastel2", "pinkyellowgreen", "plasma", "purpleblue", "purplebluegreen", "purplegreen", "purpleorange",
        "purplered", "purples", "rainbow", "redblue", "redgrey", "redpurple", "reds", "redyellowblue",
        "redyellowgreen", "set1", "set2", "set3", "sinebow", "spectral", "tableau10", "tableau20", "tealblues",
        "teals", "turbo", "viridis", "warmgreys", "yellowgreen", "yellowgreenblue", "yelloworangebrown",
        "yelloworangered",
    ]
}
