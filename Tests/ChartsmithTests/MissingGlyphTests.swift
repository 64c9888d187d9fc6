import ChartsmithSpec
import Foundation
import Testing
@testable import Chartsmith

/// A character no font draws is shown by Pango as a box; the chart says so.
@Suite("Characters no font draws")
struct MissingGlyphTests {
    func warnings(title: String) throws -> [String] {
        let json = #"{"title": "\#(title)", "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#
        let spec = try SpecDecoder().decode(Array(json.utf8))
        let chart = try ChartPipeline().chart(for: spec, baseFolder: URL(fileURLWithPath: NSTemporaryDirectory()), file: "spec.json")
        return chart.warnings.map(\.description)
    }

    @Test("a private-use character gets a warning naming its text; arrows from Noto Sans Symbols2 and plain text do not")
    func warned() throws {
        let boxed = try warnings(title: "Private \u{E000} sign")
        #expect(boxed.contains { $0.contains("characters no installed font draws") && $0.contains("Private \u{E000} sign") })
        let arrows = try warnings(title: "Arrows \u{1F803}\u{1F801} and an en dash – here")
        #expect(!arrows.contains { $0.contains("no installed font") }, "\(arrows)")
        #expect(try !warnings(title: "Plain").contains { $0.contains("no installed font") })
    }
}
