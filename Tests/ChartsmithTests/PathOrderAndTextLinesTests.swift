import ChartsmithScene
import Foundation
import Testing

/// Review faults 3, 5 and 10 drawn: a line in data order (`order: false`), text split at
/// `lineBreak` in italic, and charts whose expressions read nested members.
@Suite("Path order, text lines and nested members in charts")
struct PathOrderAndTextLinesTests {
    static let loop = #"{"values":[{"a":3,"b":9},{"a":5,"b":7},{"a":4,"b":4},{"a":7,"b":5},{"a":9,"b":8},{"a":6,"b":10}]}"#

    /// The x positions of the one line's points, in drawing order.
    static func lineXs(_ mark: String, order: String = "") throws -> [Double] {
        let scene = try inlineScene(#"""
        {"width":300,"height":200,"data":\#(loop),"mark":\#(mark),
         "encoding":{"x":{"field":"a","type":"quantitative"},"y":{"field":"b","type":"quantitative"}\#(order)}}
        """#)
        let line = try #require(scene.paths(.mark).first { $0.stroke != nil })
        return line.path.points.map(\.x)
    }

    @Test("a line joins its points along x by default, in data order with order: false, null or an order value of null",
          arguments: [#"{"type":"line","order":false}"#, #"{"type":"line","order":null}"#])
    func dataOrder(_ mark: String) throws {
        let sorted = try Self.lineXs(#""line""#)
        #expect(sorted == sorted.sorted())
        let inData = try Self.lineXs(mark)
        #expect(inData.count == 6)
        // a: 3 5 4 7 9 6 — back and forth.
        #expect(inData[1] > inData[0] && inData[2] < inData[1] && inData[5] < inData[4], "\(inData)")
        let byValue = try Self.lineXs(#""line""#, order: #","order":{"value":null}"#)
        #expect(byValue == inData)
    }

    @Test("config.line.order: false puts every line in data order")
    func configOrder() throws {
        let scene = try inlineScene(#"""
        {"width":300,"height":200,"data":\#(Self.loop),"mark":"line","config":{"line":{"order":false}},
         "encoding":{"x":{"field":"a","type":"quantitative"},"y":{"field":"b","type":"quantitative"}}}
        """#)
        let xs = try #require(scene.paths(.mark).first { $0.stroke != nil }).path.points.map(\.x)
        #expect(xs != xs.sorted())
    }

    static func textScene(_ mark: String, config: String = "{}") throws -> Scene {
        try inlineScene(#"""
        {"width":300,"height":300,"config":\#(config),
         "data":{"values":[{"f":"apple","n":28,"l":"apple|28"},{"f":"date","n":91,"l":"date|91"}]},
         "mark":\#(mark),
         "encoding":{"x":{"field":"f","type":"nominal"},"y":{"field":"n","type":"quantitative"},"text":{"field":"l"}}}
        """#)
    }

    @Test("lineBreak splits a text into lines a line height apart, one over the other, none dropped")
    func lineBreak() throws {
        let scene = try Self.textScene(#"{"type":"text","lineBreak":"|","fontSize":14}"#)
        let texts = scene.texts(.markLabel)
        #expect(Set(texts.map(\.text)) == ["apple", "28", "date", "91"], "\(texts.map(\.text))")
        let date = try #require(texts.first { $0.text == "date" }), ninety = try #require(texts.first { $0.text == "91" })
        // Baselines 16 points apart (14 + 2, Vega's default), the lines' boxes not overlapping.
        #expect(abs((ninety.anchor.y - date.anchor.y) - 16) < 1e-6)
        #expect(abs(ninety.anchor.x - date.anchor.x) < 1e-6)
        #expect(!date.overlaps(ninety))
        let spaced = try Self.textScene(#"{"type":"text","lineBreak":"|","fontSize":14,"lineHeight":30}"#).texts(.markLabel)
        let d = try #require(spaced.first { $0.text == "date" }), n = try #require(spaced.first { $0.text == "91" })
        #expect(abs((n.anchor.y - d.anchor.y) - 30) < 1e-6)
        // Without lineBreak the text is one line, as Vega draws it.
        #expect(try Self.textScene(#""text""#).texts(.markLabel).contains { $0.text == "date|91" })
    }

    @Test("fontStyle italic on the mark, config.text and config.mark; lineBreak from config.text")
    func italic() throws {
        #expect(try Self.textScene(#"{"type":"text","fontStyle":"italic"}"#).texts(.markLabel).allSatisfy(\.font.italic))
        #expect(try Self.textScene(#""text""#, config: #"{"text":{"fontStyle":"italic","lineBreak":"|"}}"#)
            .texts(.markLabel).allSatisfy { $0.font.italic && !$0.text.contains("|") })
        #expect(try Self.textScene(#""text""#, config: #"{"mark":{"fontStyle":"oblique"}}"#).texts(.markLabel).allSatisfy(\.font.italic))
        #expect(try Self.textScene(#"{"type":"text","fontStyle":"normal"}"#).texts(.markLabel).allSatisfy { !$0.font.italic })
    }

    @Test("a nested JSON member in calculate draws its bars")
    func nestedJSON() throws {
        let scene = try inlineScene(#"""
        {"width":200,"height":200,"data":{"values":[{"k":"A","stats":{"mean":0.3}},{"k":"B","stats":{"mean":0.5}}]},
         "transform":[{"calculate":"datum.stats.mean * 100","as":"pct"}],"mark":"bar",
         "encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"pct","type":"quantitative"}}}
        """#)
        let heights = scene.rects(.mark).map(\.rect.height).sorted()
        #expect(heights.count == 2)
        if heights.count == 2 { #expect(abs(heights[1] / heights[0] - 5.0 / 3) < 0.01, "\(heights)") }
    }

    @Test("a member of an argmax row colours the bars, with its values in the legend")
    func argmaxMember() throws {
        let scene = try inlineScene(#"""
        {"data":{"values":[{"k":"P","s":"x","v":5},{"k":"P","s":"y","v":19},{"k":"Q","s":"x","v":9},{"k":"Q","s":"y","v":3}]},
         "transform":[{"joinaggregate":[{"op":"argmax","field":"v","as":"best"}],"groupby":["k"]},
                      {"calculate":"datum.best.s","as":"winner"}],
         "mark":"bar","encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative","aggregate":"sum"},
                                  "color":{"field":"winner","type":"nominal"}}}
        """#)
        let legend = Set(scene.texts(.legendLabel).map(\.text))
        #expect(legend == ["x", "y"], "\(legend)")
    }

    @Test("text and overlay settings Chartsmith does not draw are named in warnings, Vega's defaults are not")
    func namedSettings() throws {
        let w = try EmptyLayerTests.warnings(#"""
        {"data":\#(Self.loop),"layer":[
          {"mark":{"type":"line","point":{"opacity":0.5},"strokeCap":"round"},
           "encoding":{"x":{"field":"a","type":"quantitative"},"y":{"field":"b","type":"quantitative"}}},
          {"mark":{"type":"text","ellipsis":"..","dir":"rtl","limit":40},
           "encoding":{"x":{"field":"a","type":"quantitative"},"y":{"field":"b","type":"quantitative"},"text":{"field":"a"}}}]}
        """#)
        for key in ["ellipsis", "dir", "opacity"] {
            #expect(w.contains { $0.contains("\"\(key)\" is not honoured") }, "\(key): \(w)")
        }
        let quiet = try EmptyLayerTests.warnings(#"""
        {"data":\#(Self.loop),"mark":{"type":"text","ellipsis":"…","dir":"ltr"},
         "encoding":{"x":{"field":"a","type":"quantitative"},"y":{"field":"b","type":"quantitative"},"text":{"field":"a"}}}
        """#)
        #expect(!quiet.contains { $0.contains("not honoured") }, "\(quiet)")
    }
}
