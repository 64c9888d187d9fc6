import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Every layer draws marks or comes with a warning naming why it drew nothing (issue 14,
/// item 1).
@Suite("No layer vanishes in silence")
struct EmptyLayerTests {
    @Test("every empty layer of every fixture and example is named in a warning", arguments: SceneDumpTests.cases)
    func named(_ c: SceneDumpTests.Case) throws {
        guard let chart = try? ChartRenderer().chart(forSpecAt: c.spec) else { return }
        // A box plot's outliers layer (a point layer it writes itself) is empty when no row
        // lies beyond the whiskers, and is not reported: the spec asked for no such layer.
        let boxplot = (try? String(contentsOf: c.spec, encoding: .utf8))?.contains("boxplot") ?? false
        for layer in chart.scene.emptyLayers where !(boxplot && layer.hasSuffix(" point")) {
            let n = (Int(layer.split(separator: " ")[1]) ?? -1) + 1
            #expect(chart.warnings.contains { $0.description.contains("layer \(n) of ") && $0.description.contains("drew nothing") },
                    "\(c): \(layer) is empty with no warning")
        }
    }

    /// The warnings of an inline spec, rendered as a file is.
    static func warnings(_ json: String) throws -> [String] {
        let folder = try temporaryFolder("chartsmith-empty-layer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("spec.json")
        try Data(json.utf8).write(to: url)
        return try ChartRenderer().chart(forSpecAt: url).warnings.map(\.description)
    }

    static let data = #"{"values":[{"k":"A","v":3,"t":""},{"k":"B","v":5,"t":""}]}"#

    @Test("a layer whose filter leaves no rows is named, with the reason")
    func filteredOut() throws {
        let w = try Self.warnings(#"""
        {"data":\#(Self.data),"layer":[
          {"mark":"bar","encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative"}}},
          {"mark":"rule","transform":[{"filter":"datum.v > 100"}],"encoding":{"y":{"field":"v","type":"quantitative"}}}]}
        """#)
        #expect(w.contains { $0.contains("layer 2 of 2 (rule) drew nothing: its data has no rows") }, "\(w)")
    }

    @Test("a text layer whose text is empty on every row is named, with the reason")
    func emptyText() throws {
        let w = try Self.warnings(#"""
        {"data":\#(Self.data),"layer":[
          {"mark":"bar","encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative"}}},
          {"mark":"text","encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative"},
                                     "text":{"field":"t","type":"nominal"}}}]}
        """#)
        #expect(w.contains { $0.contains("layer 2 of 2 (text) drew nothing: its text field \"t\" is empty on every row") }, "\(w)")
    }

    @Test("a layer that draws gets no such warning")
    func drawn() throws {
        let w = try Self.warnings(#"""
        {"data":\#(Self.data),"mark":"bar","encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative"}}}
        """#)
        #expect(!w.contains { $0.contains("drew nothing") }, "\(w)")
    }

    @Test("a layer whose rows all lack a valid position says so, not that it has no rows")
    func invalidPositions() throws {
        let w = try Self.warnings(#"""
        {"data":\#(Self.data),"transform":[{"calculate":"datum.nothing.x * 2","as":"y2"}],
         "mark":"bar","encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"y2","type":"quantitative"}}}
        """#)
        let line = w.first { $0.contains("drew nothing") } ?? ""
        #expect(line.contains("none of its 2 rows (after any transforms) has a valid value for its y field \"y2\""), "\(w)")
        #expect(!line.contains("has no rows"))
    }
}
