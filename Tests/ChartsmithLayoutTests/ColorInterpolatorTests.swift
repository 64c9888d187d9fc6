import ChartsmithScene
import Testing
@testable import ChartsmithLayout

/// `scale.interpolate` blends as d3-interpolate does. The expected colours are Vega's own
/// (vl-convert 1.9's `vega_to_svg` of a linear scale from the first colour to the second
/// with that `interpolate`, sampled at ¼, ½ and ¾), so a blend that drifts from d3's
/// colour conversions (d3-color's Lab, HCL, HSL and Cubehelix) fails here.
@Suite("Colour interpolation as d3's")
struct ColorInterpolatorTests {
    static let cases: [(String, String, String, Double, [(Int, Int, Int)])] = [
        ("yellow", "purple", "rgb", 1, [(223, 191, 32), (192, 128, 64), (160, 64, 96)]),
        ("yellow", "purple", "rgb", 2.2, [(231, 224, 68), (204, 186, 93), (171, 136, 112)]),
        ("yellow", "purple", "hsl", 1, [(223, 112, 0), (192, 0, 0), (160, 0, 80)]),
        ("yellow", "purple", "hsl-long", 1, [(0, 223, 0), (0, 192, 192), (0, 0, 160)]),
        ("yellow", "purple", "lab", 1, [(229, 197, 80), (199, 140, 104), (166, 83, 119)]),
        ("yellow", "purple", "hcl", 1, [(255, 172, 28), (255, 89, 80), (213, 0, 114)]),
        ("yellow", "purple", "hcl-long", 1, [(0, 235, 129), (0, 185, 232), (0, 116, 237)]),
        ("yellow", "purple", "cubehelix", 1, [(255, 129, 0), (255, 3, 0), (255, 0, 134)]),
        ("yellow", "purple", "cubehelix", 3, [(255, 196, 57), (255, 118, 110), (255, 26, 192)]),
        ("yellow", "purple", "cubehelix-long", 1, [(0, 255, 0), (0, 255, 255), (42, 75, 255)]),
        ("steelblue", "orange", "rgb", 1, [(116, 139, 135), (163, 148, 90), (209, 156, 45)]),
        ("steelblue", "orange", "rgb", 2.2, [(146, 140, 158), (191, 149, 131), (226, 157, 96)]),
        ("steelblue", "orange", "hsl", 1, [(53, 198, 162), (35, 217, 45), (160, 236, 18)]),
        ("steelblue", "orange", "hsl-long", 1, [(53, 198, 162), (35, 217, 45), (160, 236, 18)]),
        ("steelblue", "orange", "lab", 1, [(137, 139, 148), (182, 148, 114), (220, 157, 75)]),
        ("steelblue", "orange", "hcl", 1, [(150, 127, 210), (236, 109, 187), (255, 113, 116)]),
        ("steelblue", "orange", "hcl-long", 1, [(0, 159, 178), (0, 179, 122), (135, 185, 33)]),
        ("steelblue", "orange", "cubehelix", 1, [(29, 179, 154), (38, 214, 72), (124, 209, 0)]),
        ("steelblue", "orange", "cubehelix", 3, [(16, 166, 141), (14, 195, 50), (103, 193, 0)]),
        ("steelblue", "orange", "cubehelix-long", 1, [(29, 179, 154), (38, 214, 72), (124, 209, 0)]),
        ("#000000", "#ffffff", "rgb", 1, [(64, 64, 64), (128, 128, 128), (191, 191, 191)]),
        ("#000000", "#ffffff", "rgb", 2.2, [(136, 136, 136), (186, 186, 186), (224, 224, 224)]),
        ("#000000", "#ffffff", "hsl", 1, [(64, 64, 64), (128, 128, 128), (191, 191, 191)]),
        ("#000000", "#ffffff", "hsl-long", 1, [(64, 64, 64), (128, 128, 128), (191, 191, 191)]),
        ("#000000", "#ffffff", "lab", 1, [(59, 59, 59), (119, 119, 119), (185, 185, 185)]),
        ("#000000", "#ffffff", "hcl", 1, [(59, 59, 59), (119, 119, 119), (185, 185, 185)]),
        ("#000000", "#ffffff", "hcl-long", 1, [(59, 59, 59), (119, 119, 119), (185, 185, 185)]),
        ("#000000", "#ffffff", "cubehelix", 1, [(64, 64, 64), (128, 128, 128), (191, 191, 191)]),
        ("#000000", "#ffffff", "cubehelix", 3, [(4, 4, 4), (32, 32, 32), (108, 108, 108)]),
        ("#000000", "#ffffff", "cubehelix-long", 1, [(64, 64, 64), (128, 128, 128), (191, 191, 191)]),
        ("red", "blue", "rgb", 1, [(191, 0, 64), (128, 0, 128), (64, 0, 191)]),
        ("red", "blue", "rgb", 2.2, [(224, 0, 136), (186, 0, 186), (136, 0, 224)]),
        ("red", "blue", "hsl", 1, [(255, 0, 128), (255, 0, 255), (128, 0, 255)]),
        ("red", "blue", "hsl-long", 1, [(255, 255, 0), (0, 255, 0), (0, 255, 255)]),
        ("red", "blue", "lab", 1, [(227, 0, 79), (193, 0, 136), (145, 0, 194)]),
        ("red", "blue", "hcl", 1, [(255, 0, 72), (245, 0, 134), (187, 0, 200)]),
        ("red", "blue", "hcl-long", 1, [(85, 127, 0), (0, 130, 64), (0, 114, 255)]),
        ("red", "blue", "cubehelix", 1, [(255, 0, 94), (238, 0, 209), (125, 0, 255)]),
        ("red", "blue", "cubehelix", 3, [(255, 0, 109), (255, 0, 255), (166, 0, 255)]),
        ("red", "blue", "cubehelix-long", 1, [(255, 0, 94), (238, 0, 209), (125, 0, 255)]),
    ]

    @Test("every d3 interpolator matches Vega's colours at ¼, ½ and ¾", arguments: 0..<cases.count)
    func matchesD3(_ i: Int) throws {
        let (from, to, space, gamma, want) = Self.cases[i]
        let a = try #require(CSSColor.parse(from)), b = try #require(CSSColor.parse(to))
        let interpolator = ColorInterpolator(space: try #require(ColorInterpolator.Space(rawValue: space)), gamma: gamma)
        for (t, w) in zip([0.25, 0.5, 0.75], want.map { [$0.0, $0.1, $0.2] }) {
            let c = interpolator.blend(a, b, t)
            let got = [Int((c.red * 255).rounded()), Int((c.green * 255).rounded()), Int((c.blue * 255).rounded())]
            #expect(got == w, "\(from)→\(to) \(space) γ\(gamma) at \(t): \(got), d3 \(w)")
        }
    }
}
