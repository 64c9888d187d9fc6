import Chartsmith
import ChartsmithData
@testable import ChartsmithLayout
import ChartsmithRender
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// The official Vega-Lite example specs in `Fixtures/vega-lite` (unedited, with their data
/// beside them): each renders a chart with marks, or fails with a message that names the
/// Vega-Lite feature Chartsmith does not support. Nothing crashes and nothing fails silently.
@Suite("Vega-Lite example specs")
struct VegaLiteFixtureTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/vega-lite")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".vl.json") }
            .map { String($0.dropLast(".vl.json".count)) }
            .sorted()
    }

    /// Fixtures that use features Chartsmith does not support, with a fragment the error
    /// message must contain (the feature's name).
    static let unsupported: [String: String] = [
        "interactive_index_chart": "lookups from a selection (\"param\")",
        "trellis_bar": "\"rangeStep\" (Vega-Lite 3",
    ]

    /// Renders a fixture's scene the way the command line does (decode, style, prepare, lay
    /// out); throws the user-facing error. With `CHARTSMITH_FIXTURE_OUT` set, also writes
    /// the PNG there for looking at.
    static func scene(_ name: String) throws -> Scene {
        let url = folder.appendingPathComponent(name + ".vl.json")
        do {
            let scene = try ChartRenderer().scene(forSpecAt: url)
            if let out = ProcessInfo.processInfo.environment["CHARTSMITH_FIXTURE_OUT"] {
                let png = try CairoRenderer().render(scene, as: .png, scale: 1)
                try Data(png).write(to: URL(fileURLWithPath: out).appendingPathComponent(name + ".png"))
            }
            return scene
        } catch {
            throw FixtureFailure(message: "\(error)")
        }
    }

    struct FixtureFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    @Test("every fixture renders marks, or fails naming the unsupported feature", arguments: fixtures)
    func fixture(_ name: String) throws {
        if let fragment = Self.unsupported[name] {
            do {
                _ = try Self.scene(name)
                Issue.record("\(name) rendered, but was expected to fail naming \(fragment)")
            } catch {
                let message = "\(error)"
                #expect(message.contains("not supported by Chartsmith"), "\(name): \(message)")
                #expect(message.contains(fragment), "\(name): \(message)")
            }
            return
        }
        let scene = try Self.scene(name)
        let marks = scene.rects(.mark).count + scene.paths(.mark).count + scene.texts(.markLabel).count
        #expect(marks > 0, "\(name) drew no marks")
        #expect(scene.width > 0 && scene.height > 0)
    }

    // MARK: Exact checks against what Vega-Lite 5 computes for the same specs
    //
    // The expected values were read from Vega-Lite 5.21's output for these fixtures (its
    // scenegraph's mark descriptions and axis labels) and checked by hand against its
    // documented rules: `nice` domains use d3's default count of 10, axis ticks about one
    // per 40 points, stacks sort by the colour field (descending for y, ascending for x).

    static func prepared(_ name: String) throws -> (ChartSpec, [PreparedView]) {
        let spec = try SpecDecoder().decode(contentsOf: folder.appendingPathComponent(name + ".vl.json"))
        return (spec, try ChartPipeline().views(for: spec, baseFolder: folder))
    }

    /// A position scale laid over Vega-Lite's default 200-point view.
    static func scale(_ name: String, _ channel: Channel, length: Double = 200) throws -> PositionScale {
        let (_, views) = try prepared(name)
        let d = try #require(try PositionDomain.resolve(channel, views: views, theme: .briefing))
        let range = channel == .y && !d.discrete ? (length, 0.0) : (0.0, length)
        return PositionScale(d, range: range, tickCount: AxisLabels.tickCount(length: length, axis: d.axis))
    }

    @Test("line: the price axis is niced to 0–800 with ticks every 200, and the date axis ticks each year 2005–2010")
    func lineTicks() throws {
        let y = try #require(try Self.scale("line", .y).continuous)
        #expect(y.domain.0 == 0 && y.domain.1 == 800)
        #expect(y.ticks(count: 5) == [0, 200, 400, 600, 800])
        let x = try #require(try Self.scale("line", .x).continuous)
        let years = x.ticks(count: 5).map { CivilTime(milliseconds: $0) }
        #expect(years.map(\.year) == [2005, 2006, 2007, 2008, 2009, 2010])
        #expect(years.allSatisfy { $0.month == 1 && $0.day == 1 && $0.hour == 0 })
    }

    @Test("bar_negative: negative bars keep zero inside a −40…100 axis ticked every 20")
    func negativeTicks() throws {
        let y = try #require(try Self.scale("bar_negative", .y).continuous)
        #expect(y.domain.0 == -40 && y.domain.1 == 100)
        #expect(y.ticks(count: 5) == [-40, -20, 0, 20, 40, 60, 80, 100])
    }

    @Test("bar_axis_space_saving: nice uses d3's default count (0–260) while the axis ticks stop at 250")
    func niceCount() throws {
        let x = try #require(try Self.scale("bar_axis_space_saving", .x).continuous)
        #expect(x.domain.0 == 0 && x.domain.1 == 260)
        #expect(x.ticks(count: 5) == [0, 50, 100, 150, 200, 250])
    }

    @Test("area_invalid_null: the x (dimension) axis does not start at zero; the y (value) axis does")
    func zeroOnValueAxisOnly() throws {
        let x = try #require(try Self.scale("area_invalid_null", .x).continuous)
        #expect(x.domain.0 == -1 && x.domain.1 == 10)
        #expect(x.ticks(count: 5) == [0, 2, 4, 6, 8, 10])
        let y = try #require(try Self.scale("area_invalid_null", .y).continuous)
        #expect(y.domain.0 == 0 && y.domain.1 == 40)
    }

    @Test("bar_aggregate_vertical: the means of Acceleration by Cylinders are Vega-Lite's")
    func aggregates() throws {
        let (_, views) = try Self.prepared("bar_aggregate_vertical")
        var means: [String: Double] = [:]
        for r in views[0].table.rows { means[r["Cylinders"].text] = r["mean_Acceleration"].number }
        let expected = ["8": 12.837037037, "4": 16.6164251208, "6": 16.2630952381, "3": 13.25, "5": 18.6333333333]
        #expect(Set(means.keys) == Set(expected.keys))
        for (k, v) in expected { #expect(abs((means[k] ?? 0) - v) < 1e-9, "Cylinders \(k)") }
    }

    @Test("stacked_bar_h: each variety stacks its sites in ascending order from zero, as Vega-Lite does for x")
    func horizontalStackOrder() throws {
        let (_, views) = try Self.prepared("stacked_bar_h")
        let rows = views[0].table.rows.filter { $0["variety"] == .string("Manchuria") }
            .sorted { ($0["sum_yield_start"].number ?? 0) < ($1["sum_yield_start"].number ?? 0) }
        #expect(rows.map(\.["site"].text) == ["Crookston", "Duluth", "Grand Rapids", "Morris", "University Farm", "Waseca"])
        #expect(rows.first?["sum_yield_start"].number == 0)
        for (a, b) in zip(rows, rows.dropFirst()) { #expect(a["sum_yield_end"] == b["sum_yield_start"]) }
        let total = rows.compactMap { $0["sum_yield"].number }.reduce(0, +)
        #expect(abs((rows.last?["sum_yield_end"].number ?? 0) - total) < 1e-9)
        // Vega-Lite draws Manchuria's parts at these fractions of the stack (pixels 0, 29.16, 49.77,
        // 71.81, 96.53, 118.09 of 151.03).
        let vl = [0, 29.16, 49.77, 71.81, 96.53, 118.09].map { $0 / 151.03 }
        for (r, f) in zip(rows, vl) { #expect(abs((r["sum_yield_start"].number ?? 0) / total - f) < 0.001) }
    }

    /// The fixture's `$schema` is Vega-Lite 6, whose stack follows the explicit colour domain
    /// (sun, fog, drizzle, rain, snow) in descending order: vl-convert's 6.4 scenegraph stacks
    /// January snow 18.5, rain 80.8, drizzle 23.1, fog 87.7, sun 76.2 px from the bottom.
    @Test("stacked_bar_weather: January stacks snow, rain, drizzle, fog, sun from the bottom (v6: colour domain descending)")
    func verticalStackOrder() throws {
        let (_, views) = try Self.prepared("stacked_bar_weather")
        let jan = TimeUnit.month.truncate(CivilTime(year: 2012, month: 1).milliseconds)
        let rows = views[0].table.rows.filter { Coercion.date($0["month_date"]) == jan }
            .sorted { ($0["__count_start"].number ?? 0) < ($1["__count_start"].number ?? 0) }
        #expect(rows.map(\.["weather"].text) == ["snow", "rain", "drizzle", "fog", "sun"])
        #expect(rows.map { $0["__count"].number ?? 0 } == [8, 35, 10, 38, 33])
    }

    @Test("stacked_area_normalize: every month's normalized stack runs from 0 to 1")
    func normalizedStack() throws {
        let (_, views) = try Self.prepared("stacked_area_normalize")
        let groups = Dictionary(grouping: views[0].table.rows) { $0["yearmonth_date"] }
        #expect(groups.count == 122)
        for (_, rows) in groups {
            let starts = rows.compactMap { $0["sum_count_start"].number }, ends = rows.compactMap { $0["sum_count_end"].number }
            #expect(abs((starts.min() ?? 1) - 0) < 1e-12)
            #expect(abs((ends.max() ?? 0) - 1) < 1e-9)
        }
    }

    @Test("histogram_rel_freq: Horsepower bins of 20 from 40 to 240, with Vega-Lite's relative frequencies")
    func binEdges() throws {
        let (_, views) = try Self.prepared("histogram_rel_freq")
        var share: [Double: Double] = [:]
        for r in views[0].table.rows {
            let lo = try #require(r["bin_Horsepwoer"].number), hi = try #require(r["bin_Horsepwoer_end"].number)
            #expect(hi - lo == 20)
            share[lo] = r["PercentOfTotal"].number
        }
        #expect(share.keys.sorted() == Array(stride(from: 40.0, through: 220, by: 20)))
        let vl: [Double: Double] = [40: 3.9, 60: 23.9, 80: 27.8, 100: 15.5, 120: 5.4, 140: 11.6, 160: 4.9, 180: 2.7, 200: 1.5, 220: 1.2]
        for (lo, pct) in vl { #expect(abs((share[lo] ?? 0) * 100 - pct) < 0.05, "bin \(lo)") }
    }

    @Test("bar_custom_sort_partial: listed values come first in the given order, the rest follow in data order")
    func partialSort() throws {
        let (_, views) = try Self.prepared("bar_custom_sort_partial")
        let d = try #require(try PositionDomain.resolve(.x, views: views, theme: .briefing))
        #expect(d.values.map(\.text) == ["B", "A", "C", "Z", "Y", "X"])
    }

    @Test("sort by another field's aggregate uses the rows before aggregation, descending when asked")
    func sortByField() throws {
        let spec = try SpecDecoder().decode(Array("""
            {"data": {"values": [{"k": "a", "v": 1}, {"k": "a", "v": 9}, {"k": "b", "v": 4}, {"k": "c", "v": 2}, {"k": "c", "v": 3}]},
             "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal", "sort": {"field": "v", "op": "max", "order": "descending"}},
                                         "y": {"aggregate": "count"}}}
            """.utf8))
        let views = try ChartPipeline().views(for: spec, baseFolder: Self.folder)
        let d = try #require(try PositionDomain.resolve(.x, views: views, theme: .briefing))
        #expect(d.values.map(\.text) == ["a", "b", "c"])  // max v: a 9, b 4, c 3
        let y = try #require(try PositionDomain.resolve(.y, views: views, theme: .briefing))
        #expect(y.hi == 2)
    }

    @Test("fields an encoding reads as numbers are parsed at the source, so expressions do arithmetic, not concatenation")
    func parseAtSource() throws {
        let folder = try temporaryFolder("vl-parse")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "k,v\na,1\nb,10\nc,\n".write(to: folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        let spec = try SpecDecoder().decode(Array("""
            {"data": {"url": "d.csv"}, "transform": [{"calculate": "datum.v + 1", "as": "w"}, {"filter": "datum.w > 5"}],
             "mark": "bar", "encoding": {"x": {"field": "k"}, "y": {"field": "v", "type": "quantitative"}}}
            """.utf8))
        let views = try ChartPipeline().views(for: spec, baseFolder: folder)
        #expect(views[0].table.rows.map(\.["k"].text) == ["b"])
        #expect(views[0].table.rows.first?["w"] == .number(11))
    }

    @Test("layers inherit the spec's data, transforms and encoding; a layer with its own data does not take the spec's transforms")
    func layerData() throws {
        let spec = try SpecDecoder().decode(Array("""
            {"data": {"values": [{"a": 1}, {"a": 2}, {"a": 3}]}, "transform": [{"filter": "datum.a > 1"}],
             "encoding": {"y": {"field": "a", "type": "quantitative"}},
             "layer": [{"mark": "point"}, {"data": {"values": [{"a": 0}]}, "mark": "rule"}]}
            """.utf8))
        let views = try ChartPipeline().views(for: spec, baseFolder: Self.folder)
        #expect(views[0].table.rows.count == 2)
        #expect(views[1].table.rows.map(\.["a"]) == [.number(0)])
        #expect(views[1].encoding[.y]?.field == "a")
    }

    @Test("labelExpr expressions compute labels from datum.label and datum.value, as the fixtures use them")
    func labelExpressions() throws {
        #expect(try Bridge.labelExpression("datum.label + '%'")("50", .number(50)) == "50%")  // histogram_nonlinear
        #expect(try Bridge.labelExpression("datum.label[0]")("Jan", .number(0)) == "J")        // bar_month_temporal_initial
        #expect(try Bridge.labelExpression("datum.value > 1 ? 'big' : 'small'")("2", .number(2)) == "big")
        #expect(throws: LayoutError.self) { try Bridge.labelExpression("datum.label +") }
    }
}
