import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Compositions nested in concats, laid out as Vega's grid layout lays out a concat's
/// groups: a concat of another direction, a facet or a repeat inside a concat is a
/// sub-grid aligned by its first plot's corner, `spacing` (20 by default) from the reach of
/// its neighbour, and views whose legends are resolved independent draw each its own legend
/// to the right of the view.
@Suite("Nested compositions")
struct NestedCompositionTests {
    static let rows = #"[{"c": "A", "g": "p", "h": "u", "n": 5}, {"c": "B", "g": "q", "h": "v", "n": 5}]"#

    /// A bar view `width` × `height` whose bars fill the plot (bands without padding, the y
    /// domain up to the bars' value), with no axes: its box is its plot alone.
    static func bare(_ width: Int, _ height: Int, extra: String = "") -> String {
        #"{"width": \#(width), "height": \#(height), "mark": "bar", "encoding": {"#
            + #""x": {"field": "c", "type": "nominal", "axis": null, "scale": {"paddingInner": 0, "paddingOuter": 0}}, "#
            + #""y": {"field": "n", "type": "quantitative", "axis": null, "scale": {"domain": [0, 5]}}\#(extra)}}"#
    }

    /// The plot of each view (the union of its bars), in drawing order.
    func plots(_ s: Scene, views: Int) -> [Rect] {
        let bars = s.rects(.mark).map(\.rect)
        let per = bars.count / views
        return (0..<views).map { v in bars[v * per..<(v + 1) * per].reduce(bars[v * per]) { $0.union($1) } }
    }

    @Test("a vconcat of a view over an hconcat of two: plots aligned by their corners, 20 apart")
    func twoByOneAndTwo() throws {
        let spec = #"{"data": {"values": \#(Self.rows)}, "vconcat": [\#(Self.bare(200, 60)), "#
            + #"{"hconcat": [\#(Self.bare(80, 60)), \#(Self.bare(100, 40))]}]}"#
        let s = try TestPipeline.scene(spec)
        let p = plots(s, views: 3)
        // Each view its own size.
        #expect(abs(p[0].width - 200) < 0.5 && abs(p[0].height - 60) < 0.5)
        #expect(abs(p[1].width - 80) < 0.5 && abs(p[1].height - 60) < 0.5)
        #expect(abs(p[2].width - 100) < 0.5 && abs(p[2].height - 40) < 0.5)
        // The nested hconcat's origin is its first view's corner: in the vconcat's column.
        #expect(abs(p[1].minX - p[0].minX) < 0.01)
        // Its views' plots share their top edge (align "each"), 20 apart (config.concat.spacing).
        #expect(abs(p[2].minY - p[1].minY) < 0.01)
        #expect(abs(p[2].minX - p[1].maxX - 20) < 0.01)
        // The rows 20 apart, beyond the room a bar view keeps above its plot (as the first
        // view keeps it below the padding, which is the room left of its plot).
        let above = p[0].minY - p[0].minX
        #expect(abs(p[1].minY - p[0].maxY - 20 - above) < 0.01)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("the nested level's own spacing, and the reach of axes between the views")
    func spacingAndAxes() throws {
        let axes = #"{"width": 80, "height": 50, "mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}}"#
        let spec = #"{"data": {"values": \#(Self.rows)}, "vconcat": [{"hconcat": [\#(Self.bare(80, 50)), \#(Self.bare(80, 50))], "spacing": 35}, "#
            + #"{"hconcat": [\#(axes), \#(axes)]}]}"#
        let s = try TestPipeline.scene(spec)
        var p = Array(plots(s, views: 4)[0..<2])
        #expect(abs(p[1].minX - p[0].maxX - 35) < 0.01)
        // The views with axes: their plots are where their x axes' domain lines run.
        p += s.paths(.axisDomain).map { d in
            let xs = d.path.points.map(\.x), y = d.path.points[0].y
            return Rect(x: xs.min()!, y: y - 50, width: xs.max()! - xs.min()!, height: 50)
        }
        #expect(p.count == 4)
        guard p.count == 4 else { return }
        // The second row's views have axes: its second plot sits 20 beyond the reach of its
        // y axis (labels and title), which lies between the two plots.
        let between = s.texts.filter { $0.bounds.midX > p[2].maxX && $0.bounds.midX < p[3].minX && $0.bounds.midY > p[2].minY - 40 }
        let reach = p[3].minX - (between.map(\.bounds.minX).min() ?? p[3].minX)
        #expect(reach > 5)
        #expect(abs(p[3].minX - p[2].maxX - 20 - reach) < 1)
        // The second row's first plot stays in the column of the first row's.
        #expect(abs(p[2].minX - p[0].minX) < 0.01)
        #expect(p[2].minY - p[0].maxY > 20 + 5)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a facet inside an hconcat: headers above their own cells, plots level with the view beside")
    func facetInConcat() throws {
        let facet = #"{"facet": {"column": {"field": "g", "type": "nominal", "title": "Group"}}, "spec": \#(Self.bare(60, 50))}"#
        let view = Self.bare(90, 50, extra: "").replacingOccurrences(of: #"{"width": 90"#, with: #"{"title": "Both", "width": 90"#)
        let spec = #"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(facet), \#(view)]}"#
        let s = try TestPipeline.scene(spec)
        let bars = s.rects(.mark).map(\.rect)
        #expect(bars.count == 4)
        // The facet's two cells hold one bar each; the view two.
        let cells = [bars[0], bars[1]]
        let both = bars[2].union(bars[3])
        #expect(abs(both.width - 90) < 0.5)
        for (i, label) in ["p", "q"].enumerated() {
            let header = try #require(s.texts.first { $0.text == label })
            // Left-aligned on its own cell's plot (the cell's bar 30 wide in band i of two), above it.
            #expect(abs(header.bounds.minX - (cells[i].maxX - 30 * Double(i + 1))) < 1, "\(label)")
            #expect(header.bounds.maxY <= cells[i].minY)
        }
        let title = try #require(s.texts.first { $0.text == "Group" })
        #expect(title.bounds.maxY <= (s.texts.first { $0.text == "p" }?.bounds.minY ?? 0))
        let own = try #require(s.texts.first { $0.text == "Both" })
        #expect(own.bounds.maxY <= both.minY && abs(own.bounds.minX - both.minX) < 1)
        // Row alignment: the facet's plots and the view's share their top edge.
        #expect(abs(cells[0].minY - both.minY) < 0.01 && abs(cells[1].minY - both.minY) < 0.01)
        #expect(both.minX - cells[1].maxX >= 20 - 0.01)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("independent colour scales: each view its own legend, to its right, level with its plot")
    func legendsPerView() throws {
        func view(_ field: String) -> String {
            Self.bare(80, 50, extra: #", "color": {"field": "\#(field)", "type": "nominal"}"#)
        }
        for resolve in [#"{"scale": {"color": "independent"}}"#, #"{"legend": {"color": "independent"}}"#] {
            let spec = #"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(view("g")), \#(view("h"))], "resolve": \#(resolve)}"#
            let s = try TestPipeline.scene(spec)
            let p = plots(s, views: 2)
            let titles = s.texts(.legendTitle)
            #expect(titles.map(\.text) == ["g", "h"], "\(resolve)")
            guard titles.count == 2 else { continue }
            // The first legend between the plots, the second right of the second plot.
            #expect(titles[0].bounds.minX > p[0].maxX && titles[0].bounds.maxX < p[1].minX)
            #expect(titles[1].bounds.minX > p[1].maxX)
            #expect(abs(titles[0].bounds.minY - p[0].minY) < 4 && abs(titles[1].bounds.minY - p[1].minY) < 4)
            let labels = s.texts(.legendLabel).map(\.text)
            if resolve.contains("scale") {
                // Each legend shows its own scale's values.
                #expect(labels == ["p", "q", "u", "v"], "\(labels)")
            } else {
                // A shared scale with a legend per view: each shows the whole domain.
                #expect(labels.count == 8, "\(labels)")
            }
            #expect(s.textCollisions().isEmpty)
        }
    }

    @Test("the panel limit counts the panels of every nested level")
    func panelLimit() {
        let facet = #"{"facet": {"column": {"field": "g", "type": "nominal"}}, "spec": \#(Self.bare(60, 50))}"#
        let spec = #"{"data": {"values": \#(Self.rows)}, "vconcat": [\#(Self.bare(60, 50)), {"hconcat": [\#(facet), \#(Self.bare(60, 50))]}]}"#
        var limits = RenderLimits()
        limits.maxPanels = 3
        do {
            _ = try limits.apply { try TestPipeline.scene(spec) }
            Issue.record("a figure of 4 panels rendered under a limit of 3")
        } catch {
            #expect("\(error)".contains("the figure has 4 panels, more than the limit of 3 panels"), "\(error)")
        }
    }

    @Test("a repeat nested in a concat aligns its cells \"all\", as Vega-Lite's repeat does (a concat \"each\")")
    func nestedRepeatAlignsAll() throws {
        // Three cells in a row; the second one's y labels are wider than the others'.
        let data = #"[{"c": "A", "n": 5, "a": 1, "b": 10000, "d": 2}, {"c": "Bb", "n": 5, "a": 2, "b": 30000, "d": 3}]"#
        let cell = #"{"width": 60, "height": 40, "mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "#
            + #""y": {"field": {"repeat": "column"}, "type": "quantitative"}}}"#
        func spec(_ inner: String) -> String {
            #"{"data": {"values": \#(data)}, "vconcat": [\#(Self.bare(200, 30)), \#(inner)]}"#
        }
        let repeated = spec(#"{"repeat": {"column": ["a", "b", "d"]}, "spec": \#(cell)}"#)
        func written(_ align: String) -> String {
            let cells = ["a", "b", "d"].map { cell.replacingOccurrences(of: #"{"repeat": "column"}"#, with: #""\#($0)""#) }
            return spec(#"{"concat": [\#(cells.joined(separator: ", "))], "columns": 3, "align": "\#(align)"}"#)
        }
        func cellPlots(_ json: String) throws -> [Rect] {
            let bars = try TestPipeline.scene(json).rects(.mark).map(\.rect)
            return stride(from: 2, to: bars.count - 1, by: 2).map { bars[$0].union(bars[$0 + 1]) }
        }
        let r = try cellPlots(repeated), all = try cellPlots(written("all")), each = try cellPlots(written("each"))
        #expect(r.count == 3)
        for (a, b) in zip(r, all) { #expect(abs(a.minX - b.minX) < 0.01 && abs(a.minY - b.minY) < 0.01, "\(r) \(all)") }
        // (Aligned "each", the third column would start sooner: its neighbour's axis is narrower.)
        #expect(zip(r, each).contains { abs($0.minX - $1.minX) > 0.5 }, "\(r) \(each)")
    }
}
