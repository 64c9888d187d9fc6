import ChartsmithScene
import Foundation

/// The text variant of a series colour: the same hue and chroma in OKLCh, darkened (or, on
/// a dark background, lightened) in small steps of perceptual lightness until it meets the
/// contrast text needs, so a label drawn in its series' colour stays readable while the
/// marks keep the palette's own colour. Deterministic: fixed steps, no search tolerance.
extension Color {
    /// This colour if it already contrasts `minimum` with `background`; else the nearest
    /// OKLCh lightness (steps of 0.005, hue kept, chroma reduced only where sRGB cannot
    /// hold it) that does, moving away from the background's lightness.
    public func textVariant(on background: Color, minimum: Double = ContrastCheck.textMinimum) -> Color {
        let bg = background.flattened(over: .white)
        let base = flattened(over: bg)
        if base.contrastRatio(with: bg) >= minimum { return self }
        let (l0, c0, h) = base.oklch
        let darker = bg.relativeLuminance > 0.18
        var l = l0
        var best = base
        for _ in 0..<200 {
            l += darker ? -0.005 : 0.005
            guard l > 0, l < 1 else { break }
            best = Color.fromOKLCh(l, c0, h)
            if best.contrastRatio(with: bg) >= minimum { return best }
        }
        return darker ? .black : .white
    }

    /// OKLab lightness, chroma and hue (radians) of the colour (Björn Ottosson's OKLab).
    var oklch: (Double, Double, Double) {
        func lin(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let r = lin(red), g = lin(green), b = lin(blue)
        let l = cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
        let m = cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
        let s = cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
        let L = 0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s
        let A = 1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s
        let B = 0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s
        return (L, (A * A + B * B).squareRoot(), atan2(B, A))
    }

    /// The sRGB colour of an OKLCh triple; where sRGB cannot show the chroma, the chroma is
    /// reduced (in steps of 2%) until it can, keeping lightness and hue.
    static func fromOKLCh(_ L: Double, _ C: Double, _ h: Double) -> Color {
        func gamma(_ c: Double) -> Double { c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055 }
        var c = C
        for _ in 0..<50 {
            let A = c * cos(h), B = c * sin(h)
            let l = pow(L + 0.3963377774 * A + 0.2158037573 * B, 3)
            let m = pow(L - 0.1055613458 * A - 0.0638541728 * B, 3)
            let s = pow(L - 0.0894841775 * A - 1.2914855480 * B, 3)
            let r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s
            let g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s
            let b = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s
            let eps = 1e-9
            if [r, g, b].allSatisfy({ $0 >= -eps && $0 <= 1 + eps }) {
                return Color(red: gamma(min(1, max(0, r))), green: gamma(min(1, max(0, g))), blue: gamma(min(1, max(0, b))))
            }
            c *= 0.98
        }
        let g = gamma(min(1, max(0, L * L * L)))
        return Color(red: g, green: g, blue: g)
    }
}
