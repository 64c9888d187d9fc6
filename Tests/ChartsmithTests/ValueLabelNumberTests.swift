import ChartsmithScene
import Testing

/// The numbers in automatic value labels (issue 14, item 6).
@Suite("Value label numbers")
struct ValueLabelNumberTests {
    static let shares = #"{"values":[{"k":"A","v":0.5787037},{"k":"B","v":0.25},{"k":"C","v":0.1712963}]}"#

    @Test("a percent axis format without a precision gives labels one decimal, trimmed (57.9%, 25%)")
    func percentPrecision() throws {
        let scene = try inlineScene(#"""
        {"width":300,"height":200,"data":\#(Self.shares),"mark":"bar",
         "encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative","axis":{"format":"%"}}}}
        """#)
        let labels = Set(scene.texts(.markLabel).map(\.text))
        #expect(labels == ["57.9%", "25%", "17.1%"], "\(labels)")
    }

    @Test("a percent format with its own precision is used as written")
    func percentWithPrecision() throws {
        let scene = try inlineScene(#"""
        {"width":300,"height":200,"data":\#(Self.shares),"mark":"bar",
         "encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative","axis":{"format":".2%"}}}}
        """#)
        #expect(Set(scene.texts(.markLabel).map(\.text)) == ["57.87%", "25.00%", "17.13%"])
    }

    static func normalized(_ config: String) -> String {
        #"""
        {"width":300,"height":240,"config":\#(config),
         "data":{"values":[{"k":"A","s":"x","v":1},{"k":"A","s":"y","v":2},{"k":"B","s":"x","v":3},{"k":"B","s":"y","v":1}]},
         "mark":"bar",
         "encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative","stack":"normalize"},
                     "color":{"field":"s","type":"nominal"}}}
        """#
    }

    @Test("normalized stacks label their shares in config.normalizedNumberFormat, .0% by default")
    func normalizedFormat() throws {
        let plain = Set(try inlineScene(Self.normalized("{}")).texts(.markLabel).map(\.text))
        #expect(plain == ["33%", "67%", "75%", "25%"], "\(plain)")
        let set = Set(try inlineScene(Self.normalized(#"{"normalizedNumberFormat":".1%"}"#)).texts(.markLabel).map(\.text))
        #expect(set == ["33.3%", "66.7%", "75.0%", "25.0%"], "\(set)")
    }
}
