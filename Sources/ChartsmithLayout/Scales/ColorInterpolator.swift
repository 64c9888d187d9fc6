import ChartsmithScene
import Foundation

/// Blends two colours as d3-interpolate does for a Vega scale's `interpolate`: in RGB
/// (with `gamma`), HSL, CIELAB, HCL or Cubehelix, the hue the short way round or, for the
/// `-long` kinds, the long way; colour conversions are d3-color's.
struct ColorInterpolator: Sendable, Hashable {
    enum Space: String, Sendable, Hashable, CaseIterable {
        case rgb, hsl, hslLong = "hsl-long", lab, hcl, hclLong = "hcl-long", cubehelix, cubehelixLong = "cubehelix-long"
    }
    var space: Space
    /// d3's `.gamma(y)` for `rgb` and `cubehelix`; 1 elsewhere.
    var gamma: Double = 1

    static let rgb = ColorInterpolator(space: .rgb)

    /// The colour `t` of the way from `a` to `b`, rounded to whole 0–255 steps as d3's
    /// `rgb(r, g, b)` output is.
    func blend(_ a: Color, _ b: Color, _ t: Double) -> Color {
        let (r, g, bl): (Double, Double, Double)
        switch space {
        case .rgb:
            let ch = Self.gammaLerp(gamma)
            (r, g, bl) = (ch(a.red * 255, b.red * 255, t), ch(a.green * 255, b.green * 255, t), ch(a.blue * 255, b.blue * 255, t))
        case .hsl, .hslLong:
            let p = Self.hsl(a), q = Self.hsl(b)
            let h = space == .hsl ? Self.hue(p.h, q.h, t) : Self.plain(p.h, q.h, t)
            (r, g, bl) = Self.hslRGB(h, Self.plain(p.s, q.s, t), Self.plain(p.l, q.l, t))
        case .lab:
            let p = Self.lab(a), q = Self.lab(b)
            (r, g, bl) = Self.labRGB(Self.plain(p.l, q.l, t), Self.plain(p.a, q.a, t), Self.plain(p.b, q.b, t))
        case .hcl, .hclLong:
            let p = Self.hcl(a), q = Self.hcl(b)
            let h = space == .hcl ? Self.hue(p.h, q.h, t) : Self.plain(p.h, q.h, t)
            (r, g, bl) = Self.hclRGB(h, Self.plain(p.c, q.c, t), Self.plain(p.l, q.l, t))
        case .cubehelix, .cubehelixLong:
            let p = Self.cubehelix(a), q = Self.cubehelix(b)
            let h = space == .cubehelix ? Self.hue(p.h, q.h, t) : Self.plain(p.h, q.h, t)
            (r, g, bl) = Self.cubehelixRGB(h, Self.plain(p.s, q.s, t), Self.plain(p.l, q.l, Foundation.pow(t, gamma)))
        }
        func byte(_ v: Double) -> Double { (max(0, min(255, v.isNaN ? 0 : (v + 0.5).rounded(.down)))) / 255 }
        return Color(red: byte(r), green: byte(g), blue: byte(bl))
    }

    // MARK: d3-interpolate's component blends

    /// d3's `nogamma`: linear, or the defined end when the other is NaN.
    static func plain(_ a: Double, _ b: Double, _ t: Double) -> Double {
        let d = b - a
        if d != 0 && !d.isNaN { return a + t * d }
        return a.isNaN ? b : a
    }

    /// d3's `hue`: the shorter way round the circle.
    static func hue(_ a: Double, _ b: Double, _ t: Double) -> Double {
        var d = b - a
        if d == 0 || d.isNaN { return a.isNaN ? b : a }
        if d > 180 || d < -180 { d -= 360 * (d / 360).rounded(.toNearestOrAwayFromZero) }
        return a + t * d
    }

    /// d3's `gamma(y)`: channels blended in their `y`-th power.
    static func gammaLerp(_ y: Double) -> (Double, Double, Double) -> Double {
        if y == 1 { return plain }
        return { a, b, t in
            if b - a == 0 || (b - a).isNaN { return a.isNaN ? b : a }
            let pa = Foundation.pow(a, y), pb = Foundation.pow(b, y) - pa
            return Foundation.pow(pa + t * pb, 1 / y)
        }
    }

    // MARK: d3-color's conversions

    static let xn = 0.96422, yn = 1.0, zn = 0.82521
    static let t0 = 4.0 / 29, t1 = 6.0 / 29, t2 = 3 * t1 * t1, t3 = t1 * t1 * t1

    static func lab(_ c: Color) -> (l: Double, a: Double, b: Double) {
        func lin(_ x: Double) -> Double { x <= 0.04045 ? x / 12.92 : Foundation.pow((x + 0.055) / 1.055, 2.4) }
        func f(_ t: Double) -> Double { t > t3 ? Foundation.pow(t, 1.0 / 3) : t / t2 + t0 }
        // d3 reads the colour's 0–255 channels, so whole steps.
        let r = lin((c.red * 255).rounded() / 255), g = lin((c.green * 255).rounded() / 255), b = lin((c.blue * 255).rounded() / 255)
        let y = f((0.2225045 * r + 0.7168786 * g + 0.0606169 * b) / yn)
        var x = y, z = y
        if !(r == g && g == b) {
            x = f((0.4360747 * r + 0.3850649 * g + 0.1430804 * b) / xn)
            z = f((0.0139322 * r + 0.0971045 * g + 0.7141733 * b) / zn)
        }
        return (116 * y - 16, 500 * (x - y), 200 * (y - z))
    }

    static func labRGB(_ l: Double, _ a: Double, _ b: Double) -> (Double, Double, Double) {
        func f(_ t: Double) -> Double { t > t1 ? t * t * t : t2 * (t - t0) }
        func gam(_ x: Double) -> Double { 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * Foundation.pow(x, 1 / 2.4) - 0.055) }
        var y = (l + 16) / 116
        var x = a.isNaN ? y : y + a / 500
        var z = b.isNaN ? y : y - b / 200
        x = xn * f(x); y = yn * f(y); z = zn * f(z)
        return (gam(3.1338561 * x - 1.6168667 * y - 0.4906146 * z),
                gam(-0.9787684 * x + 1.9161415 * y + 0.0334540 * z),
                gam(0.0719453 * x - 0.2289914 * y + 1.4052427 * z))
    }

    static func hcl(_ c: Color) -> (h: Double, c: Double, l: Double) {
        let o = lab(c)
        if o.a == 0 && o.b == 0 { return (.nan, 0 < o.l && o.l < 100 ? 0 : .nan, o.l) }
        let h = atan2(o.b, o.a) * 180 / .pi
        return (h < 0 ? h + 360 : h, (o.a * o.a + o.b * o.b).squareRoot(), o.l)
    }

    static func hclRGB(_ h: Double, _ c: Double, _ l: Double) -> (Double, Double, Double) {
        if h.isNaN { return labRGB(l, 0, 0) }
        let r = h * .pi / 180
        return labRGB(l, cos(r) * c, sin(r) * c)
    }

    static func hsl(_ c: Color) -> (h: Double, s: Double, l: Double) {
        let r = (c.red * 255).rounded() / 255, g = (c.green * 255).rounded() / 255, b = (c.blue * 255).rounded() / 255
        let mn = min(r, g, b), mx = max(r, g, b)
        var h = Double.nan, s = mx - mn
        let l = (mx + mn) / 2
        if s != 0 {
            if r == mx { h = (g - b) / s + (g < b ? 6 : 0) } else if g == mx { h = (b - r) / s + 2 } else { h = (r - g) / s + 4 }
            s /= l < 0.5 ? mx + mn : 2 - mx - mn
            h *= 60
        } else {
            s = l > 0 && l < 1 ? 0 : h
        }
        return (h, s, l)
    }

    static func hslRGB(_ hIn: Double, _ sIn: Double, _ l: Double) -> (Double, Double, Double) {
        let h = hIn.truncatingRemainder(dividingBy: 360) + (hIn < 0 ? 360 : 0)
        let s = h.isNaN || sIn.isNaN ? 0 : sIn
        let m2 = l + (l < 0.5 ? l : 1 - l) * s, m1 = 2 * l - m2
        func v(_ h: Double) -> Double {
            (h < 60 ? m1 + (m2 - m1) * h / 60 : h < 180 ? m2 : h < 240 ? m1 + (m2 - m1) * (240 - h) / 60 : m1) * 255
        }
        return (v(h >= 240 ? h - 240 : h + 120), v(h), v(h < 120 ? h + 240 : h - 120))
    }

    static let ca = -0.14861, cb = 1.78277, cc = -0.29227, cd = -0.90649, ce = 1.97294

    static func cubehelix(_ c: Color) -> (h: Double, s: Double, l: Double) {
        let ed = ce * cd, eb = ce * cb, bcda = cb * cc - cd * ca
        let r = (c.red * 255).rounded() / 255, g = (c.green * 255).rounded() / 255, b = (c.blue * 255).rounded() / 255
        let l = (bcda * b + ed * r - eb * g) / (bcda + ed - eb)
        let bl = b - l, k = (ce * (g - l) - cc * bl) / cd
        let s = (k * k + bl * bl).squareRoot() / (ce * l * (1 - l))
        let h = s != 0 && !s.isNaN ? atan2(k, bl) * 180 / .pi - 120 : .nan
        return (h < 0 ? h + 360 : h, s, l)
    }

    static func cubehelixRGB(_ hIn: Double, _ sIn: Double, _ l: Double) -> (Double, Double, Double) {
        let h = hIn.isNaN ? 0 : (hIn + 120) * .pi / 180
        let a = sIn.isNaN ? 0 : sIn * l * (1 - l)
        let ch = cos(h), sh = sin(h)
        return (255 * (l + a * (ca * ch + cb * sh)), 255 * (l + a * (cc * ch + cd * sh)), 255 * (l + a * (ce * ch)))
    }
}
