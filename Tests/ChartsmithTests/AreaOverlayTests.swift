import ChartsmithScene
import Testing

/// An area with its own line or points is drawn translucent, as Vega-Lite's path overlay
/// makes it (opacity 0.7 unless the mark or config sets one), so the overlay stays visible.
@Suite("Area overlays")
struct AreaOverlayTests {
    static func spec(_ mark: String) -> String {
        #"""
        {"width":200,"height":120,"data":{"values":[{"t":1,"v":3},{"t":2,"v":5},{"t":3,"v":4}]},
         "mark":\#(mark),
         "encoding":{"x":{"field":"t","type":"quantitative"},"y":{"field":"v","type":"quantitative"}}}
        """#
    }

    /// The fill opacity of the area: the first filled mark path (lines and points come after).
    static func areaAlphas(_ scene: Scene) -> [Double] {
        scene.paths(.mark).filter { $0.stroke == nil }.prefix(1).compactMap { $0.fill?.alpha }
    }

    @Test("line and points on an area: the area is 0.7 opaque",
          arguments: [#"{"type":"area","line":true}"#, #"{"type":"area","point":true}"#, #"{"type":"area","line":true,"point":true}"#])
    func overlaid(_ mark: String) throws {
        let alphas = Self.areaAlphas(try inlineScene(Self.spec(mark)))
        #expect(alphas.count == 1)
        #expect(alphas.allSatisfy { abs($0 - 0.7) < 0.01 }, "\(alphas)")
    }

    @Test("a plain area stays opaque; an overlaid one keeps the opacity it sets",
          arguments: [(#""area""#, 1.0), (#"{"type":"area","line":true,"opacity":0.4}"#, 0.4),
                      (#"{"type":"area","point":true,"fillOpacity":0.9}"#, 0.9)])
    func ownOpacity(_ mark: String, _ expected: Double) throws {
        let alphas = Self.areaAlphas(try inlineScene(Self.spec(mark)))
        #expect(alphas.count == 1)
        #expect(alphas.allSatisfy { abs($0 - expected) < 0.01 }, "\(alphas)")
    }
}
