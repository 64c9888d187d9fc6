import ChartsmithScene

/// CSS colour strings as Vega-Lite accepts them: hex, `rgb()`/`rgba()`, and the named
/// colours.
public enum CSSColor {
    public static func parse(_ s: String) -> Color? {
        let t = s.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("#") { return Color(hex: t) }
        if t.hasPrefix("rgb") {
            guard let open = t.firstIndex(of: "("), let close = t.lastIndex(of: ")") else { return nil }
            let parts = t[t.index(after: open)..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3 || parts.count == 4 else { return nil }
            func channel(_ p: String) -> Double? {
                if p.hasSuffix("%") { return Double(p.dropLast()).map { $0 / 100 } }
                return Double(p).map { $0 / 255 }
            }
            guard let r = channel(parts[0]), let g = channel(parts[1]), let b = channel(parts[2]) else { return nil }
            let a = parts.count == 4 ? Double(parts[3]) ?? 1 : 1
            return Color(red: r, green: g, blue: b, alpha: a)
        }
        if t == "transparent" { return .clear }
        return named[t].flatMap { Color(hex: $0) }
    }

    static let named: [String: String] = [
        "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
        "yellow": "#ffff00", "orange": "#ffa500", "purple": "#800080", "gray": "#808080", "grey": "#808080",
        "lightgray": "#d3d3d3", "lightgrey": "#d3d3d3", "darkgray": "#a9a9a9", "darkgrey": "#a9a9a9",
        "silver": "#c0c0c0", "maroon": "#800000", "navy": "#000080", "teal": "#008080", "olive": "#808000",
        "lime": "#00ff00", "aqua": "#00ffff", "cyan": "#00ffff", "fuchsia": "#ff00ff", "magenta": "#ff00ff",
        "brown": "#a52a2a", "pink": "#ffc0cb", "gold": "#ffd700", "steelblue": "#4682b4",
        "darkblue": "#00008b", "darkred": "#8b0000", "darkgreen": "#006400", "firebrick": "#b22222",
        "indianred": "#cd5c5c", "tomato": "#ff6347", "salmon": "#fa8072", "coral": "#ff7f50",
        "skyblue": "#87ceeb", "lightblue": "#add8e6", "lightsteelblue": "#b0c4de", "slategray": "#708090",
        "dimgray": "#696969", "goldenrod": "#daa520", "darkorange": "#ff8c00", "seagreen": "#2e8b57",
        "forestgreen": "#228b22", "crimson": "#dc143c", "indigo": "#4b0082", "violet": "#ee82ee",
        "orchid": "#da70d6", "tan": "#d2b48c", "beige": "#f5f5dc", "khaki": "#f0e68c", "lavender": "#e6e6fa",
        "whitesmoke": "#f5f5f5", "gainsboro": "#dcdcdc", "darkslategray": "#2f4f4f", "midnightblue": "#191970",
        "royalblue": "#4169e1", "dodgerblue": "#1e90ff", "cornflowerblue": "#6495ed", "turquoise": "#40e0d0",
        "mediumseagreen": "#3cb371", "limegreen": "#32cd32", "yellowgreen": "#9acd32", "chocolate": "#d2691e",
        "sienna": "#a0522d", "peru": "#cd853f", "darkgoldenrod": "#b8860b", "rosybrown": "#bc8f8f",
        "hotpink": "#ff69b4", "deeppink": "#ff1493", "plum": "#dda0dd", "thistle": "#d8bfd8",
        "darkviolet": "#9400d3", "blueviolet": "#8a2be2", "mediumpurple": "#9370db", "slateblue": "#6a5acd",
        "darkcyan": "#008b8b", "cadetblue": "#5f9ea0", "powderblue": "#b0e0e6", "lightgreen": "#90ee90",
        "palegreen": "#98fb98", "darkseagreen": "#8fbc8f", "olivedrab": "#6b8e23", "darkolivegreen": "#556b2f",
        "lightcoral": "#f08080", "darksalmon": "#e9967a", "lightsalmon": "#ffa07a", "orangered": "#ff4500",
        "wheat": "#f5deb3", "ivory": "#fffff0", "linen": "#faf0e6", "snow": "#fffafa", "mintcream": "#f5fffa",
        "aliceblue": "#f0f8ff", "azure": "#f0ffff", "honeydew": "#f0fff0", "seashell": "#fff5ee",
    ]
}

import Foundation
