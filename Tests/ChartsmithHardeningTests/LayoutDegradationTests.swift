import Chartsmith
import Foundation
import Testing

/// Layout under duress: no data at all, and canvases too small for their text. What to
/// drop or shorten is the layout's decision; these tests hold it to the rules (a note when
/// there is nothing to draw; text never overlaps and never leaves the canvas).
@Suite("Layout degrades gracefully")
struct LayoutDegradationTests {
    func scene(_ json: String) throws -> Scene {
        let folder = try Tool.temporaryFolder("layout")
        let spec = try folder.write("chart.json", json)
        return try ChartRenderer().scene(forSpecAt: spec)
    }

    static let decorated = #"""
        "title": {"text": "Offenders convicted or cautioned, by offence and outcome", "subtitle": "England and Wales, 2003 to 2010"},
        "source": "Source: Ministry of Justice (synthetic figures for this test)", "notes": ["Figures are rounded.", "A second note."],
        "data": {"values": [{"a": "Taking, making or distributing", "b": 1246, "c": "Convicted"}, {"a": "Taking, making or distributing", "b": 155, "c": "Cautioned"},
                            {"a": "Possessing", "b": 165, "c": "Convicted"}, {"a": "Possessing", "b": 215, "c": "Cautioned"}]},
        "mark": "bar",
        "encoding": {"x": {"field": "a", "type": "nominal", "title": "Offence"}, "y": {"field": "b", "type": "quantitative", "title": "Offenders"},
                     "color": {"field": "c", "type": "nominal", "title": "Outcome"}}
        """#

    @Test("empty data renders an empty chart with a note saying there is no data")
    func emptyDataNote() throws {
        let s = try scene(#"{"title": "Nothing yet", "data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(s.texts.contains { $0.text.lowercased().contains("no data") }, "\(s.texts.map(\.text))")
        #expect(s.textCollisions().isEmpty)
    }

    @Test("data filtered to nothing also gets the note")
    func filteredToNothing() throws {
        let s = try scene(#"{"data": {"values": [{"a": "x", "b": 1}]}, "transform": [{"filter": "datum.b > 1"}], "mark": "line", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(s.texts.contains { $0.text.lowercased().contains("no data") }, "\(s.texts.map(\.text))")
    }

    @Test("a canvas too small for its text drops or shortens text: nothing overlaps or leaves the canvas",
          arguments: [(60.0, 40.0), (120, 80), (200, 120), (300, 150), (640, 60), (80, 500)])
    func smallCanvas(width: Double, height: Double) throws {
        let s = try scene(#"{"width": \#(width), "height": \#(height), "autosize": "fit", \#(Self.decorated)}"#)
        #expect(s.width == width && s.height == height, "the canvas keeps its size")
        let collisions = s.textCollisions()
        #expect(collisions.isEmpty, "\(width)×\(height): \(collisions.map(\.description).joined(separator: "; "))")
    }

    @Test("60 categories on a small canvas: labels thin out or shorten, never overlap")
    func manyCategories() throws {
        let s = try scene(#"""
            {"width": 400, "height": 300, "autosize": "fit",
             "data": {"sequence": {"start": 0, "stop": 60, "as": "i"}},
             "transform": [{"calculate": "'Category number ' + datum.i", "as": "a"}],
             "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "i", "type": "quantitative"}}}
            """#)
        let collisions = s.textCollisions()
        #expect(collisions.isEmpty, "\(collisions.prefix(5).map(\.description).joined(separator: "; "))")
    }
}
