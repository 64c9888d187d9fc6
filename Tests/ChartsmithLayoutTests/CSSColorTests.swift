@testable import ChartsmithLayout
import ChartsmithScene
import Testing

/// CSS colours as Vega-Lite specs write them (the browser's grammar): every named colour,
/// short and long hex with alpha, rgb() and hsl().
@Suite("CSS colours")
struct CSSColorTests {
    func hex(_ c: Color?) -> String? {
        c.map { String(format: "#%02x%02x%02x/%.2f", Int(($0.red * 255).rounded()), Int(($0.green * 255).rounded()),
                       Int(($0.blue * 255).rounded()), $0.alpha) }
    }

    @Test("all 148 CSS named colours, with CSS's values where X11's differ")
    func named() {
        #expect(CSSColor.named.count == 148)
        #expect(hex(CSSColor.parse("rebeccapurple")) == "#663399/1.00")
        #expect(hex(CSSColor.parse("gray")) == "#808080/1.00")
        #expect(hex(CSSColor.parse("green")) == "#008000/1.00")
        #expect(hex(CSSColor.parse("LightGoldenrodYellow")) == "#fafad2/1.00")
        #expect(hex(CSSColor.parse(" papayawhip ")) == "#ffefd5/1.00")
        #expect(CSSColor.parse("steelblu") == nil)
    }

    @Test("hex with 3, 4, 6 or 8 digits; rgb() and rgba()")
    func hexAndRGB() {
        #expect(hex(CSSColor.parse("#f80")) == "#ff8800/1.00")
        #expect(hex(CSSColor.parse("#f808")) == "#ff8800/0.53")
        #expect(hex(CSSColor.parse("#12436D")) == "#12436d/1.00")
        #expect(hex(CSSColor.parse("#12436d80")) == "#12436d/0.50")
        #expect(hex(CSSColor.parse("rgba(18, 67, 109, 0.5)")) == "#12436d/0.50")
        #expect(hex(CSSColor.parse("rgb(18 67 109 / 50%)")) == "#12436d/0.50")
        #expect(CSSColor.parse("#12") == nil)
        #expect(CSSColor.parse("#12436g") == nil)
    }

    @Test("hsl() and hsla(), as d3-color converts them")
    func hsl() {
        #expect(hex(CSSColor.parse("hsl(0, 100%, 50%)")) == "#ff0000/1.00")
        #expect(hex(CSSColor.parse("hsl(120, 100%, 25%)")) == "#008000/1.00")
        #expect(hex(CSSColor.parse("hsl(207, 44%, 49%)")) == "#4682b4/1.00")  // steelblue
        #expect(hex(CSSColor.parse("hsla(240, 100%, 50%, 0.25)")) == "#0000ff/0.25")
        #expect(hex(CSSColor.parse("hsl(-120deg 100% 50%)")) == "#0000ff/1.00")
        #expect(CSSColor.parse("hsl(10, 20, 30)") == nil)
    }
}
