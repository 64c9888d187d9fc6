import Chartsmith
import ChartsmithData
import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// Transforms that make new rows or join other data, checked on the data the chart draws.
@Suite("Vega-Lite density and lookup transforms")
struct VegaLiteTransformTests {
    func prepared(_ url: URL) throws -> [PreparedView] {
        let spec = try SpecDecoder().decode(contentsOf: url)
        return try ChartPipeline().views(for: spec, baseFolder: url.deletingLastPathComponent())
    }

    @Test("area_density_stacked_fold: one 201-sample curve per measurement over the extent, smoothed counts")
    func densityFixture() throws {
        let url = VegaLiteFixtureTests.folder.appendingPathComponent("area_density_stacked_fold.vl.json")
        let rows = try #require(prepared(url).first).table.rows
        let groups = Dictionary(grouping: rows) { $0["Measurement"].text }
        #expect(groups.keys.sorted() == ["Displacement", "Horsepower"])
        for (name, g) in groups {
            let xs = g.compactMap { $0["value"].number }.sorted()
            #expect(xs.count == 201, "\(name)")
            #expect(xs.first == 10 && xs.last == 500, "\(name)")
            // Counts: the curve integrates to about the group's size (406 cars, the few above
            // 500 or below 10 aside).
            let ys = g.sorted { ($0["value"].number ?? 0) < ($1["value"].number ?? 0) }.compactMap { $0["density"].number }
            let area = zip(ys, ys.dropFirst()).reduce(0.0) { $0 + ($1.0 + $1.1) / 2 * (490.0 / 200) }
            #expect(area > 380 && area < 410, "\(name): \(area)")
        }
        let scene = try VegaLiteFixtureTests.scene("area_density_stacked_fold")
        #expect(scene.paths(.mark).count >= 2)
    }

    @Test("lookup joins fields from a secondary file by key; unmatched rows get the default")
    func lookupFromFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-lookup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("name,age\nAlan,25\nGeorge,32\n".utf8).write(to: folder.appendingPathComponent("people.csv"))
        let spec = folder.appendingPathComponent("chart.json")
        try Data(#"""
            {"data": {"values": [{"group": 1, "person": "Alan"}, {"group": 2, "person": "George"}, {"group": 3, "person": "Fiona"}]},
             "transform": [{"lookup": "person", "from": {"data": {"url": "people.csv"}, "key": "name", "fields": ["age"]}, "default": 0}],
             "mark": "bar", "encoding": {"x": {"field": "person"}, "y": {"field": "age", "type": "quantitative"}}}
            """#.utf8).write(to: spec)
        let rows = try #require(prepared(spec).first).table.rows
        let ages = Dictionary(uniqueKeysWithValues: rows.map { ($0["person"].text, $0["age"].number) })
        #expect(ages == ["Alan": 25, "George": 32, "Fiona": 0])
        // A key the lookup data lacks is named, with the fields there are.
        try Data(#"""
            {"data": {"values": [{"person": "Alan"}]},
             "transform": [{"lookup": "person", "from": {"data": {"url": "people.csv"}, "key": "nmae", "fields": ["age"]}}],
             "mark": "bar", "encoding": {"x": {"field": "person"}, "y": {"field": "age", "type": "quantitative"}}}
            """#.utf8).write(to: spec)
        #expect(throws: (any Error).self) { try ChartRenderer().scene(forSpecAt: spec) }
        do { _ = try ChartRenderer().scene(forSpecAt: spec) } catch {
            #expect("\(error)".contains(#"transform[0].from.key: no field "nmae" in the lookup data; did you mean "name"?"#), "\(error)")
        }
    }
}
