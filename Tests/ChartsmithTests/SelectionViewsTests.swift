import ChartsmithScene
import ChartsmithStyles
import ChartsmithTestSupport
import Foundation
import Testing

/// A top-level selection with `"views": [name]`, as Altair writes every selection of a
/// composition (the gallery's interval_selection, review 9 finding 4): it is defined in
/// the named view, and a view whose domain is bound to it is zoomed and clipped, as Vega
/// draws the initial state.
@Suite("Selections defined for named views")
struct SelectionViewsTests {
    static func spec(views: String = #"["overview"]"#) -> String {
        #"""
        {"data": {"values": [{"a": 0, "b": 1}, {"a": 4, "b": 9}, {"a": 10, "b": 3}]},
         "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]},
                     "value": {"x": [2, 6]}, "views": \#(views)}],
         "vconcat": [
           {"mark": "area", "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"domain": {"param": "brush"}}},
                                         "y": {"field": "b", "type": "quantitative"}}},
           {"name": "overview", "mark": "area",
            "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}]}
        """#
    }

    @Test("the selection reads the named view's channels; its brush is drawn there, below the detail")
    func namedView() throws {
        let scene = try TestPipeline.scene(Self.spec())
        let brush = try #require(scene.rects.first { $0.name == "brush brush" })
        let areas = scene.paths(.mark)
        #expect(areas.count == 2)
        // The overview is the lower view: the brush lies in its half of the canvas.
        let tops = areas.compactMap { $0.path.bounds?.minY }
        let overviewTop = try #require(tops.max())
        #expect(brush.rect.maxY > overviewTop, "\(brush.rect) overview from \(overviewTop)")
    }

    @Test("the detail view, zoomed to the brush, clips its marks to its plot")
    func clipped() throws {
        let scene = try TestPipeline.scene(Self.spec())
        let clips = scene.groups.compactMap(\.clip)
        #expect(!clips.isEmpty)
        let areas = scene.paths(.mark)
        // The detail area (drawn first) reaches past its plot on both sides (data 0–10 on a
        // 2–6 domain) and is inside a clipped group.
        let first = areas.first?.path.bounds
        let detail = try #require(first)
        #expect(clips.contains { $0.minX > detail.minX && $0.maxX < detail.maxX }, "\(clips) \(detail)")
        // The contrast check sees the area only where it is drawn: not behind the y labels.
        #expect(!ContrastCheck.check(scene).contains { $0.contains("axis label") }, "\(ContrastCheck.check(scene))")
    }

    @Test("a view name that no view has is a located error naming the views there are")
    func unknownView() throws {
        do {
            _ = try TestPipeline.scene(Self.spec(views: #"["overveiw"]"#))
            Issue.record("no error")
        } catch {
            #expect("\(error)".contains(#"params[0].views[0]: no view is named "overveiw" (named views: overview)"#), "\(error)")
            #expect("\(error)".contains(#"did you mean "overview"?"#), "\(error)")
        }
    }
}
