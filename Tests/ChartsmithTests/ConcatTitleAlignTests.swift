import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A concatenated view's title is its header, set as Vega sets a group title: its
/// `anchor` and `align` are drawn (Altair's `scatter_linked_table` right-aligns its table
/// columns' titles over their numbers); the figure's own title still names `align`.
@Suite("Concat view titles placed")
struct ConcatTitleAlignTests {
    /// An hconcat of two one-bar views, each titled by `title` (a JSON value).
    static func concat(_ title: String) -> String {
        let view = #"{"title": \#(title), "mark": "bar", "width": 120, "encoding": {"x": {"field": "k", "type": "nominal", "axis": null}, "y": {"field": "v", "type": "quantitative"}}}"#
        return #"{"data": {"values": [{"k": "a", "v": 3}]}, "hconcat": [\#(view), \#(view)]}"#
    }

    /// Each view's title (bold header) and bar, in drawing order.
    func titlesAndBars(_ s: Scene) -> [(title: Rect, bar: Rect)] {
        let t = s.texts(.axisTitle).filter { $0.text == "Values" }.map(\.bounds).sorted { $0.minX < $1.minX }
        let b = s.rects(.mark).map(\.rect).sorted { $0.minX < $1.minX }
        return Array(zip(t, b))
    }

    @Test("align right without an anchor: the title ends at the view's middle (Vega's anchor), and no warning")
    func alignRight() throws {
        let chart = try TestPipeline.chart(Self.concat(#"{"text": "Values", "align": "right"}"#))
        #expect(!chart.warnings.contains { $0.description.contains("align") }, "\(chart.warnings)")
        let pairs = titlesAndBars(chart.scene)
        #expect(pairs.count == 2)
        for (t, bar) in pairs { #expect(abs(t.maxX - bar.midX) < 0.5, "\(t) \(bar)") }
    }

    @Test("anchor end, align left, and the style's start when the title says neither")
    func anchors() throws {
        for t in titlesAndBars(try TestPipeline.scene(Self.concat(#"{"text": "Values", "anchor": "end", "align": "left"}"#))) {
            #expect(t.title.minX > t.bar.midX, "\(t)")  // starts at the view's right end
        }
        for t in titlesAndBars(try TestPipeline.scene(Self.concat(#"{"text": "Values", "anchor": "middle"}"#))) {
            #expect(abs(t.title.midX - t.bar.midX) < 0.5, "\(t)")
        }
        for t in titlesAndBars(try TestPipeline.scene(Self.concat(#""Values""#))) {
            #expect(t.title.maxX < t.bar.midX, "\(t)")  // the house style's left-aligned header
        }
    }

    @Test("the figure's own title still names an align it does not draw")
    func figureTitle() throws {
        let chart = try TestPipeline.chart(#"{"title": {"text": "T", "align": "right"}, "data": {"values": [{"k": "a", "v": 3}]}, "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(chart.warnings.contains { $0.description.contains("title.align") }, "\(chart.warnings)")
    }
}
