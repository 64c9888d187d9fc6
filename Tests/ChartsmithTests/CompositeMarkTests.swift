import Chartsmith
import ChartsmithData
import ChartsmithSpec
import Foundation
import Testing

/// `errorbar`, `errorband` and `boxplot` written out as Vega-Lite normalizes them: the
/// numbers each part draws, and the located errors for what they cannot take.
@Suite("Composite marks (errorbar, errorband, boxplot)")
struct CompositeMarkTests {
    static let groupA: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30]
    static let groupB: [Double] = [10, 12, 14, 16]

    static func spec(mark: String, extra: String = "") -> String {
        let rows = (groupA.map { "{\"g\": \"A\", \"v\": \($0)}" } + groupB.map { "{\"g\": \"B\", \"v\": \($0)}" }).joined(separator: ", ")
        return """
        {"data": {"values": [\(rows)]}, "mark": \(mark),
         "encoding": {"x": {"field": "g", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}\(extra)}}
        """
    }

    func views(_ text: String) throws -> [PreparedView] {
        let spec = try SpecDecoder().decode(Array(text.utf8))
        return try ChartPipeline().views(for: spec, baseFolder: URL(fileURLWithPath: NSTemporaryDirectory()))
    }

    /// The value of `field` in group `g` of the first view that has it.
    func value(_ views: [PreparedView], _ field: String, _ g: String) -> Double? {
        for v in views { if let r = v.table.rows.first(where: { $0["g"].text == g && $0[field].number != nil }) { return r[field].number } }
        return nil
    }

    @Test("boxplot: quartiles (R-7), whiskers to the furthest data within 1.5 × IQR, outliers beyond")
    func tukey() throws {
        let v = try views(Self.spec(mark: "\"boxplot\""))
        #expect(v.map(\.mark.type) == [.point, .rule, .rule, .bar, .tick])
        // A: q1 3.25, q3 7.75, IQR 4.5: fences −3.5 and 14.5; 30 is an outlier.
        #expect(value(v, "lower_box_v", "A") == 3.25 && value(v, "upper_box_v", "A") == 7.75)
        #expect(value(v, "mid_box_v", "A") == 5.5)
        #expect(value(v, "lower_whisker_v", "A") == 1 && value(v, "upper_whisker_v", "A") == 9)
        #expect(v[0].table.rows.map { $0["v"].number } == [30])
        #expect(value(v, "lower_whisker_v", "B") == 10 && value(v, "upper_whisker_v", "B") == 16)
    }

    @Test("boxplot: extent k and min-max; parts can be turned off")
    func extents() throws {
        let k10 = try views(Self.spec(mark: "{\"type\": \"boxplot\", \"extent\": 10}"))
        #expect(value(k10, "upper_whisker_v", "A") == 30)
        #expect(k10[0].table.rows.isEmpty)
        let minmax = try views(Self.spec(mark: "{\"type\": \"boxplot\", \"extent\": \"min-max\", \"ticks\": true, \"median\": false}"))
        #expect(minmax.map(\.mark.type) == [.rule, .rule, .tick, .tick, .bar])
        #expect(value(minmax, "lower_whisker_v", "A") == 1 && value(minmax, "upper_whisker_v", "A") == 30)
    }

    @Test("errorbar: stderr (the default), stdev, iqr and ci around each group")
    func errorbar() throws {
        let b = Self.groupB, mean = 13.0
        let sd = (b.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        let stderr = try views(Self.spec(mark: "\"errorbar\""))
        #expect(stderr.map(\.mark.type) == [.rule])
        #expect(abs(value(stderr, "upper_v", "B")! - (mean + sd / 2)) < 1e-12)
        let stdev = try views(Self.spec(mark: "{\"type\": \"errorbar\", \"extent\": \"stdev\", \"ticks\": true}"))
        #expect(stdev.map(\.mark.type) == [.tick, .tick, .rule])
        #expect(abs(value(stdev, "lower_v", "B")! - (mean - sd)) < 1e-12)
        let iqr = try views(Self.spec(mark: "{\"type\": \"errorbar\", \"extent\": \"iqr\"}"))
        #expect(value(iqr, "lower_v", "B") == 11.5 && value(iqr, "upper_v", "B") == 14.5)
        let ci = try views(Self.spec(mark: "{\"type\": \"errorbar\", \"extent\": \"ci\"}"))
        let expected = try #require(BootstrapCI.interval(b))
        #expect(value(ci, "lower_v", "B") == expected.lower && value(ci, "upper_v", "B") == expected.upper)
    }

    @Test("a range given directly: y with y2, y with yError (and yError2)")
    func givenRange() throws {
        let text = """
        {"data": {"values": [{"g": "A", "m": 5, "lo": 3, "hi": 8, "e": 1, "e2": -2}]}, "mark": "errorbar",
         "encoding": {"x": {"field": "g", "type": "nominal"}, "y": {"field": "lo", "type": "quantitative"}, "y2": {"field": "hi"}}}
        """
        let v = try views(text)
        #expect(value(v, "lower_lo", "A") == 3 && value(v, "upper_lo", "A") == 8)
        let err = text.replacingOccurrences(of: "\"y\": {\"field\": \"lo\", \"type\": \"quantitative\"}, \"y2\": {\"field\": \"hi\"}",
                                            with: "\"y\": {\"field\": \"m\", \"type\": \"quantitative\"}, \"yError\": {\"field\": \"e\"}, \"yError2\": {\"field\": \"e2\"}")
        let w = try views(err)
        #expect(value(w, "upper_m", "A") == 6 && value(w, "lower_m", "A") == 3)
    }

    @Test("errorband: a ranged area, 30% opaque, with border lines when asked")
    func errorband() throws {
        let v = try views(Self.spec(mark: "{\"type\": \"errorband\", \"extent\": \"stdev\", \"borders\": true}")
            .replacingOccurrences(of: "\"nominal\"", with: "\"ordinal\""))
        #expect(v.map(\.mark.type) == [.area, .line, .line])
        #expect(v[0].mark.opacity == 0.3)
    }

    static func failure(_ text: String) -> Diagnostic? {
        do { _ = try SpecDecoder().decode(Array(text.utf8)) } catch let d as Diagnostic { return d } catch {}
        return nil
    }

    @Test("bad input is a located error naming the property, with a suggestion")
    func errors() throws {
        let extent = try #require(Self.failure(Self.spec(mark: "{\"type\": \"errorbar\", \"extent\": \"cl\"}")))
        #expect(extent.path?.description == "mark.extent" && extent.suggestion == "ci")
        #expect(extent.location?.line == 1)
        let box = try #require(Self.failure(Self.spec(mark: "{\"type\": \"boxplot\", \"extent\": \"minmax\"}")))
        #expect(box.path?.description == "mark.extent" && box.suggestion == "min-max")
        let nominal = try #require(Self.failure(Self.spec(mark: "\"boxplot\"").replacingOccurrences(of: "\"quantitative\"", with: "\"nominal\"")))
        #expect(nominal.path?.description == "encoding.y" && nominal.message.contains("continuous field"))
        #expect(nominal.suggestion == "quantitative")
        let property = try #require(Self.failure(Self.spec(mark: "{\"type\": \"boxplot\", \"extend\": 2}")))
        #expect(property.path?.description == "mark.extend" && property.suggestion == "extent")
        let part = try #require(Self.failure(Self.spec(mark: "{\"type\": \"errorbar\", \"ticks\": {\"colr\": \"red\"}}")))
        #expect(part.path?.description == "mark.ticks.colr")
    }

    @Test("the extent transform is accepted; a use of its parameter is a located error naming it")
    func extentTransform() throws {
        let base = """
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 5, "b": 3}]},
         "transform": [{"extent": "a", "param": "a_extent"}],
         "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}
        """
        let v = try views(base)
        #expect(v[0].table.rows.count == 2)
        let domain = base.replacingOccurrences(of: "\"type\": \"quantitative\"}, \"y\"",
                                               with: "\"type\": \"quantitative\", \"scale\": {\"domain\": {\"param\": \"a_extent\"}}}, \"y\"")
        let d = try #require(Self.failure(domain))
        #expect(d.path?.description == "encoding.x.scale.domain.param" && d.message.contains("\"a_extent\" is set from the data"))
        let expr = base.replacingOccurrences(of: "\"transform\": [", with: "\"transform\": [{\"filter\": \"datum.a > a_extent[0]\"}, ")
        let e = try #require(Self.failure(expr))
        #expect(e.message.contains("extent") && e.location?.line == 2)
        let clash = base.replacingOccurrences(of: "\"transform\"", with: "\"params\": [{\"name\": \"a_extent\", \"value\": 1}], \"transform\"")
        #expect(Self.failure(clash)?.message.contains("already defined") == true)
        let noParam = base.replacingOccurrences(of: ", \"param\": \"a_extent\"", with: "")
        #expect(Self.failure(noParam)?.message.contains("no \"param\"") == true)
    }
}
