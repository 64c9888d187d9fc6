import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// Facet headers in full: the facet field's title written once over the headers, the
/// header's and `config.header`'s text settings honoured, and every styling setting
/// Chartsmith does not draw named in a warning (placement: ``HeaderPlacementTests``).
@Suite("Composition headers")
struct CompositionHeaderTests {
    /// The headers (bold axis titles) in drawing order.
    func headers(_ s: Scene) -> [TextNode] { s.texts(.axisTitle).filter { $0.font.weight == .bold } }
    /// The header title: the regular-weight axis title above every header.
    func titles(_ s: Scene) -> [TextNode] {
        let h = headers(s)
        return s.texts(.axisTitle).filter { t in t.font.weight != .bold && h.allSatisfy { t.bounds.maxY <= $0.bounds.minY } }
    }

    @Test("the facet field's name is the header title, once, above the first row's headers and left-aligned with them")
    func fieldTitle() throws {
        let s = try TestPipeline.scene(CompositionTests.facet())
        let t = titles(s)
        #expect(t.map(\.text) == ["region"])
        let h = headers(s)
        #expect(abs(t[0].bounds.minX - h[0].bounds.minX) < 0.01)
        #expect(t[0].bounds.maxY <= h[0].bounds.minY)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("the header's title, then the field's title, name the header title; null writes none")
    func titleOverrides() throws {
        #expect(titles(try TestPipeline.scene(CompositionTests.facet(#", "title": "Area""#))).map(\.text) == ["Area"])
        #expect(titles(try TestPipeline.scene(CompositionTests.facet(#", "title": "Area", "header": {"title": "Region of England"}"#)))
            .map(\.text) == ["Region of England"])
        for empty in ["null", "\"\""] {
            let none = try TestPipeline.scene(CompositionTests.facet(#", "header": {"title": \#(empty)}"#))
            #expect(titles(none).isEmpty && none.texts(.axisTitle).allSatisfy { !$0.text.isEmpty })
            #expect(headers(none).map(\.text) == ["East", "North", "South", "West"])
        }
    }

    @Test("config.header sets every header's labelExpr and title; the field's own header wins")
    func configHeader() throws {
        let spec = CompositionTests.facet().replacingOccurrences(
            of: #""columns": 2"#, with: #""columns": 2, "config": {"header": {"labelExpr": "'Region: ' + datum.label", "title": null}}"#)
        let s = try TestPipeline.scene(spec)
        #expect(headers(s).map(\.text) == ["Region: East", "Region: North", "Region: South", "Region: West"])
        #expect(titles(s).isEmpty)
        let own = try TestPipeline.scene(CompositionTests.facet(#", "header": {"labelExpr": "upper(datum.label)", "title": "Where"}"#)
            .replacingOccurrences(of: #""columns": 2"#, with: #""columns": 2, "config": {"header": {"labelExpr": "'x'"}}"#))
        #expect(headers(own).map(\.text) == ["EAST", "NORTH", "SOUTH", "WEST"])
        #expect(titles(own).map(\.text) == ["Where"])
    }

    @Test("a number header's format, and a time format for a formatType of time")
    func formats() throws {
        let spec = #"""
            {"data": {"values": [{"y": 2019, "t": 1546300800000, "n": 1}, {"y": 2020, "t": 1577836800000, "n": 2}]},
             "facet": {"column": {"field": "%FIELD%", "type": "ordinal", "header": {%HEADER%}}},
             "spec": {"width": 120, "mark": "bar", "encoding": {"x": {"field": "n", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}}}
            """#
        func labels(_ field: String, _ header: String) throws -> [String] {
            headers(try TestPipeline.scene(spec.replacingOccurrences(of: "%FIELD%", with: field)
                .replacingOccurrences(of: "%HEADER%", with: header))).map(\.text)
        }
        #expect(try labels("y", #""format": ".1f""#) == ["2019.0", "2020.0"])
        #expect(try labels("t", #""format": "%b %Y", "formatType": "time""#) == ["Jan 2019", "Jan 2020"])
        #expect(throws: (any Error).self) { try labels("t", #""formatType": "date""#) }
    }

    @Test("a colour the house style decides is named in a warning; angle, orient and padding are drawn")
    func warnings() throws {
        let chart = try TestPipeline.chart(CompositionTests.facet(
            #", "header": {"labelAngle": -90, "labelOrient": "bottom", "labelPadding": 8, "labelColor": "red", "titleOrient": "top"}"#))
        let w = chart.warnings.map(\.description)
        #expect(w.contains { $0.contains("\"labelColor\" is not honoured") }, "\(w)")
        for key in ["labelAngle", "labelOrient", "labelPadding", "titleOrient"] {
            #expect(!w.contains { $0.contains(key) }, "\(key): \(w)")
        }
        let level = try TestPipeline.chart(CompositionTests.facet(#", "header": {"labelAngle": 0, "labelOrient": "top"}"#))
        #expect(level.warnings.isEmpty)
    }

    @Test("config.facet and config.concat set the spacing and columns; a style file may not set headers")
    func facetAndConcatConfig() throws {
        func gap(_ config: String) throws -> Double {
            let spec = CompositionTests.facet().replacingOccurrences(of: #""columns": 2"#, with: #""columns": 2, "config": \#(config)"#)
            let h = headers(try TestPipeline.scene(spec))
            return h[1].bounds.minX - h[0].bounds.minX
        }
        #expect(try gap(#"{"facet": {"spacing": 60}}"#) - gap("{}") == 40)
        let wrapped = CompositionTests.facet().replacingOccurrences(of: #""columns": 2"#, with: #""config": {"facet": {"columns": 4}}"#)
        let h = headers(try TestPipeline.scene(wrapped))
        #expect(Set(h.map(\.anchor.y)).count == 1 && h.count == 4)
        #expect(throws: Diagnostic.self) { try ConfigDecoderProbe.style(#"{"header": {"labelExpr": "'x'"}}"#) }
    }

    @Test("a time-unit facet field's header title is Vega-Lite's default title, as its axis's: \"d (year)\", \"d (year-month)\"")
    func timeUnitTitle() throws {
        let data = #"{"values": [{"d": "2020-03-01", "v": 1}, {"d": "2021-05-01", "v": 2}, {"d": "2021-06-01", "v": 3}]}"#
        // A UTC unit is titled by its fields alone, as Vega-Lite's title formatter does.
        for (unit, title) in [("year", "d (year)"), ("yearmonth", "d (year-month)"), ("utcyear", "d (year)")] {
            for channel in ["row", "column", "facet"] {
                let spec = #"{"data": \#(data), "mark": "bar", "width": 60, "height": 40, "encoding": {"#
                    + #""x": {"field": "v", "type": "quantitative"}, "y": {"field": "d", "timeUnit": "\#(unit)", "type": "ordinal"}, "#
                    + #""\#(channel)": {"field": "d", "timeUnit": "\#(unit)", "type": "ordinal"}}}"#
                let s = try TestPipeline.scene(spec)
                let texts = s.texts(.axisTitle).map(\.text)
                // The header title (and the y axis title, the same function's).
                #expect(texts.contains(title), "\(channel) \(unit): \(texts)")
                #expect(!texts.contains("\(unit)_d"), "\(channel) \(unit): \(texts)")
                #expect(!texts.contains { $0.contains("\(unit)_d") }, "\(channel) \(unit): \(texts)")
            }
        }
    }
}

/// Decodes a style file's text, as `chartsmith` reads one.
enum ConfigDecoderProbe {
    static func style(_ text: String) throws {
        _ = try ConfigDecoder.decodeStyle(Array(text.utf8))
    }
}
