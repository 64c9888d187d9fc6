import ChartsmithData
@testable import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation
import Testing

/// What one layout works out once and reuses (issue 16, the fixed cost per chart): panels
/// share their resolved parts when copied, the frame stops measuring once the plot's size
/// settles, and the header's and footer's lines are wrapped once per width. Each check
/// compares with doing the work again: reuse must never change what is laid out.
@Suite("Frame: work done once per layout")
struct FrameReuseTests {
    static func frame(autosize: String, title: String = "A frame whose title is long enough to wrap on a narrow canvas") throws -> Frame {
        let json = """
            {"data": {"values": [{"a": "A", "b": 28}, {"a": "B", "b": 55}, {"a": "C", "b": 43}]},
             "mark": "bar", "title": {"text": "\(title)", "subtitle": "A subtitle, also long enough to need a second line"},
             "source": "Source: a test", "autosize": "\(autosize)", "width": 260, "height": 180,
             "encoding": {"x": {"field": "a", "type": "nominal", "title": "Category"},
                          "y": {"field": "b", "type": "quantitative", "title": "Count"},
                          "color": {"field": "a", "type": "nominal"}}}
            """
        let spec = try SpecDecoder().decode(Array(json.utf8), file: "test.json")
        let views = try ViewPreparation.prepare(spec, loader: DataLoader(baseFolder: URL(fileURLWithPath: "/nonexistent")))
        return try Frame(spec: spec, views: views, theme: Theme.briefing.applying(spec.config), kit: TextKit(measurer: FixedMeasurer()))
    }

    @Test("a copy of a panel shares its spec, style and scales rather than copying them")
    func panelCopiesShareParts() throws {
        let grid = try Self.frame(autosize: "fit").grid
        var copy = grid.panels[0]
        copy.header = ["A header of the copy's own"]
        #expect(copy.parts === grid.panels[0].parts)
        #expect(grid.panels[0].header.isEmpty)
        // What the copy reads through the shared parts is the original's.
        #expect(copy.naturalLength(.x) == grid.panels[0].naturalLength(.x))
        #expect(copy.spec.title?.text == grid.panels[0].spec.title?.text)
    }

    @Test("measuring stops once a pass ends at the plot size it began with, with what all three passes give",
          arguments: ["fit", "pad"])
    func measureStopsWhenSettled(autosize: String) throws {
        let f = try Self.frame(autosize: autosize)
        for level in 0...Frame.Degrade.max {
            let d = Frame.Degrade(level: level)
            let (settled, _) = try f.measure(d, grid: f.grid, extraRight: 0)
            let (full, _) = try f.measure(d, grid: f.grid, extraRight: 0, stopWhenSettled: false)
            #expect(full.passes == 3)
            #expect(settled.passes <= full.passes)
            #expect(settled.plot == full.plot && settled.fittedPlot == full.fittedPlot)
            #expect(settled.contentWidth == full.contentWidth)
            #expect(settled.headerHeight == full.headerHeight && settled.footerHeight == full.footerHeight)
            #expect(settled.legendBox.size == full.legendBox.size)
            let (a, b) = (settled.panels.insets, full.panels.insets)
            #expect(a.left == b.left && a.right == b.right && a.top == b.top && a.bottom == b.bottom && a.titleAbove == b.titleAbove)
            #expect(settled.text?.header.map(\.0) == full.text?.header.map(\.0))
        }
        // A chart whose plot size is set (pad) settles in one pass; a fitted one needs a second.
        let (m, _) = try f.measure(Frame.Degrade(), grid: f.grid, extraRight: 0)
        #expect(m.passes == (autosize == "pad" ? 1 : 2))
    }

    @Test("the header's and footer's lines are wrapped again only for a new width")
    func textLinesReused() throws {
        let f = try Self.frame(autosize: "fit")
        let d = Frame.Degrade()
        let wide = f.textLines(width: 400, degrade: d)
        let narrow = f.textLines(width: 150, degrade: d, reusing: wide)
        #expect(narrow.width == 150 && narrow.header.count > wide.header.count)
        #expect(narrow.header.map(\.0) == f.headerLines(width: 150, degrade: d).map(\.0))
        #expect(narrow.footer.map(\.0) == f.footerLines(width: 150, degrade: d).map(\.0))
        let again = f.textLines(width: 400, degrade: d, reusing: wide)
        #expect(again.header.map(\.0) == wide.header.map(\.0) && again.footer.map(\.0) == wide.footer.map(\.0))
        #expect(f.headerHeight(narrow) > f.headerHeight(wide))
    }
}

/// Reading one property of a channel's definition in place gives what the subscript's copy gives.
@Suite("Encoding: reading a channel in place")
struct EncodingInPlaceTests {
    @Test("outputField(_:) is the subscript's outputField for every channel, set or not")
    func outputFieldInPlace() throws {
        let json = """
            {"data": {"values": [{"a": "A", "b": 2}]}, "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal"},
                          "y": {"field": "b", "aggregate": "sum", "type": "quantitative"},
                          "color": {"value": "red"}}}
            """
        let spec = try SpecDecoder().decode(Array(json.utf8), file: "test.json")
        let e = spec.encoding
        for ch in Channel.allCases { #expect(e.outputField(ch) == e[ch]?.outputField) }
        #expect(e.outputField(.x) == "a" && e.outputField(.color) == nil && e.outputField(.theta) == nil)
        #expect(e.outputField(.y) != nil)
    }
}
