import Chartsmith
import ChartsmithData
import ChartsmithSpec
import Foundation
import Testing

/// The numbers the official Vega-Lite box plot and error bar examples draw, end to end
/// (decode, expand the composite mark, aggregate), pinned to Vega's algorithms.
///
/// Expected values come from a scratch port of vega-statistics' `bootstrapCI` (with its
/// `lcg` seeded 20260101, Chartsmith's fixed seed), d3's R-7 `quantile` and Vega-Lite's
/// boxplot rule (whiskers at the furthest data within 1.5 × IQR of the box, the rest
/// outliers), run in Python on the fixture data files and on ``fenceValues`` (Python floats are
/// JavaScript's doubles). Each expectation was seen to fail with the seed, the 1.5 × IQR
/// factor (1.4 or 1.6) or the quantile's interpolation changed.
@Suite("Box plot and error bar statistics against Vega")
struct StatisticsAgainstVegaTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/vega-lite")

    /// The prepared views of an official fixture.
    func views(_ name: String) throws -> [PreparedView] {
        let url = Self.folder.appendingPathComponent(name + ".vl.json")
        let spec = try SpecDecoder().decode(Array(try Data(contentsOf: url)))
        return try ChartPipeline().views(for: spec, baseFolder: Self.folder)
    }

    /// The value of `field` in the row whose `key` field is `group`, from the first view that has it.
    func value(_ views: [PreparedView], _ field: String, key: String, _ group: String) -> Double? {
        for v in views {
            if let r = v.table.rows.first(where: { $0[key].text == group && $0[field].number != nil }) { return r[field].number }
        }
        return nil
    }

    static func close(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= 1e-9 * max(abs(expected), 1e-3)
    }

    @Test("boxplot_2D_vertical: quartiles, 1.5 × IQR whiskers and outliers of each species", arguments: [
        ("Adelie", 3350.0, 3700.0, 4000.0, 2850.0, 4775.0),
        ("Chinstrap", 3487.5, 3700.0, 3950.0, 2900.0, 4550.0),
        ("Gentoo", 4700.0, 5000.0, 5500.0, 3950.0, 6300.0),
    ])
    func tukeyBoxes(species: String, q1: Double, median: Double, q3: Double, lower: Double, upper: Double) throws {
        let v = try views("boxplot_2D_vertical")
        let f = "Body Mass (g)"
        #expect(Self.close(value(v, "lower_box_\(f)", key: "Species", species), q1))
        #expect(Self.close(value(v, "mid_box_\(f)", key: "Species", species), median))
        #expect(Self.close(value(v, "upper_box_\(f)", key: "Species", species), q3))
        #expect(Self.close(value(v, "lower_whisker_\(f)", key: "Species", species), lower))
        #expect(Self.close(value(v, "upper_whisker_\(f)", key: "Species", species), upper))
        // The outliers layer: only Chinstrap has any (2700 and 4800 g).
        let outliers = v[0].table.rows.filter { $0["Species"].text == species }.compactMap { $0[f].number }.sorted()
        #expect(outliers == (species == "Chinstrap" ? [2700, 4800] : []))
    }

    /// The prepared views of an inline box plot of `values` with the given `extent` member.
    func boxViews(_ values: [Double], extent: String) throws -> [PreparedView] {
        let rows = values.map { "{\"v\": \($0)}" }.joined(separator: ", ")
        let json = "{\"data\": {\"values\": [\(rows)]}, \"mark\": {\"type\": \"boxplot\"\(extent)}, "
            + "\"encoding\": {\"y\": {\"field\": \"v\", \"type\": \"quantitative\"}}}"
        return try ChartPipeline().views(for: try SpecDecoder().decode(Array(json.utf8)), baseFolder: Self.folder)
    }

    /// Values whose whiskers move with k: at 1.5 × IQR (2.75 to 8.75) the fences are −6.25
    /// and 17.75, so −5.8 is a whisker and 17.9 an outlier; 1.4 would drop −5.8, 1.6 take 17.9.
    static let fenceValues: [Double] = [-5.8, 1, 2, 3.5, 4, 5, 6, 7, 8, 9, 10.2, 17.9, 25, 2.5]

    @Test("the whiskers end at the furthest data within k × IQR of the box, the rest are outliers", arguments: [
        ("", -5.8, 10.2, [17.9, 25]),
        (", \"extent\": 3", -5.8, 25, []),
        (", \"extent\": 0.5", 1, 10.2, [-5.8, 17.9, 25]),
        (", \"extent\": \"min-max\"", -5.8, 25, []),
    ])
    func fences(extent: String, lower: Double, upper: Double, outliers: [Double]) throws {
        let v = try boxViews(Self.fenceValues, extent: extent)
        // Each layer's table carries the statistics its marks need; take each from the first that has it.
        func stat(_ field: String) -> Double? { v.lazy.compactMap { $0.table.rows.first?[field].number }.first }
        #expect(Self.close(stat("lower_box_v"), 2.75) && Self.close(stat("mid_box_v"), 5.5) && Self.close(stat("upper_box_v"), 8.75))
        #expect(Self.close(stat("lower_whisker_v"), lower), "lower whisker \(String(describing: stat("lower_whisker_v")))")
        #expect(Self.close(stat("upper_whisker_v"), upper), "upper whisker \(String(describing: stat("upper_whisker_v")))")
        let drawn = v.filter { $0.mark.type == .point }.flatMap { $0.table.rows.compactMap { $0["v"].number } }.sorted()
        #expect(drawn == outliers)
    }

    @Test("a group of one value has no stderr interval, as Vega's undefined, rather than one at its mean")
    func loneValue() throws {
        let json = #"{"data": {"values": [{"g": "a", "v": 1}, {"g": "a", "v": 3}, {"g": "b", "v": 5}]}, "mark": "errorbar", "#
            + #""encoding": {"x": {"field": "g", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}"#
        let v = try ChartPipeline().views(for: try SpecDecoder().decode(Array(json.utf8)), baseFolder: Self.folder)
        // a: mean 2, stderr √(2 / 2) = 1.
        #expect(Self.close(value(v, "lower_v", key: "g", "a"), 1) && Self.close(value(v, "upper_v", key: "g", "a"), 3))
        #expect(value(v, "lower_v", key: "g", "b") == nil && value(v, "upper_v", key: "g", "b") == nil)
    }

    @Test("layer_point_errorbar_ci: the seeded bootstrap interval of each variety's mean yield", arguments: [
        ("Glabron", 27.8248608125, 39.33076175),
        ("Manchuria", 27.7025005625, 35.776251604166674),
        ("No. 457", 30.1386816875, 42.087154999999996),
        ("Trebi", 33.274929666666665, 46.019711854166665),
    ])
    func bootstrapIntervals(variety: String, lower: Double, upper: Double) throws {
        let v = try views("layer_point_errorbar_ci")
        #expect(Self.close(value(v, "lower_yield", key: "variety", variety), lower))
        #expect(Self.close(value(v, "upper_yield", key: "variety", variety), upper))
    }
}
