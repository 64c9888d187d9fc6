import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A layered view's own scales inside a composition, as Vega-Lite resolves them: a concat's
/// view whose `resolve` gives its layers colour scales of their own draws each layer's
/// legend beside that view (the concat shares its other views' scales and draws their
/// legend once, after the view's); a dual-axis view keeps its y scales inside a concat
/// that shares y (the concat shares the others' y); independent legends of a shared
/// scale draw a legend of the whole scale per layer. Compared with Vega through vl_compare.
@Suite("Layer scales inside compositions")
struct LayerScalesInCompositionTests {
    static let rows = #"[{"x": 0, "y": 3, "c": "a", "d": "p", "f": "F1"}, {"x": 1, "y": 7, "c": "b", "d": "p", "f": "F1"}, "#
        + #"{"x": 2, "y": 4, "c": "b", "d": "p", "f": "F1"}, {"x": 3, "y": 8, "c": "a", "d": "q", "f": "F2"}, "#
        + #"{"x": 4, "y": 1, "c": "c", "d": "r", "f": "F2"}, {"x": 5, "y": 5, "c": "c", "d": "q", "f": "F2"}]"#

    /// Lines coloured by `d`, filled points by `c` (dark2), the colour scale resolved `resolve`.
    static func layered(_ resolve: String = #"{"scale": {"color": "independent"}}"#) -> String {
        #"{"width": 120, "height": 100, "layer": [{"mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "d", "type": "nominal"}}}, "#
            + #"{"mark": {"type": "point", "filled": true}, "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "#
            + #""color": {"field": "c", "type": "nominal", "scale": {"scheme": "dark2"}}}}], "resolve": \#(resolve)}"#
    }

    /// Bars of `y` by `c`, coloured by `d` without its "r" rows.
    static let bars = #"{"width": 60, "height": 100, "transform": [{"filter": "datum.d != 'r'"}], "mark": "bar", "#
        + #""encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "d", "type": "nominal"}}}"#

    /// Bars of the sum of `y` and a red line of the mean of `x` by `c`, each its own y scale.
    static let dual = #"{"width": 60, "height": 100, "layer": [{"mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"aggregate": "sum", "field": "y", "type": "quantitative"}}}, "#
        + #"{"mark": {"type": "line", "color": "red"}, "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"aggregate": "mean", "field": "x", "type": "quantitative"}}}], "#
        + #""resolve": {"scale": {"y": "independent"}}}"#

    static func hex(_ c: Color?) -> String { LayerLegendTests.hex(c) }

    /// Each plot's frame: the union of the gridlines drawn in it, left to right.
    func plots(_ s: Scene) -> [Rect] {
        let marks = s.paths(.mark).compactMap(\.path.bounds) + s.rects(.mark).map(\.rect)
        var groups: [Rect] = []
        for r in marks.sorted(by: { $0.minX < $1.minX }) {
            if let last = groups.last, r.minX <= last.maxX + 5 { groups[groups.count - 1] = last.union(r) } else { groups.append(r) }
        }
        return groups
    }

    @Test("a concat's layered view: its layers' legends beside it, the concat's shared legend after the view's")
    func concatLayerLegends() throws {
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "config": {"legend": {"orient": "right"}}, "hconcat": [\#(Self.layered()), \#(Self.bars)]}"#)
        // Left to right, top to bottom: the layers' legends, then the concat's (the bars').
        let titles = s.texts(.legendTitle).sorted { ($0.bounds.minX, $0.bounds.minY) < ($1.bounds.minX, $1.bounds.minY) }
        #expect(titles.map(\.text) == ["d", "c", "d"], "\(titles.map(\.text))")
        // The layer's own domains (all of d), and the bars' (d without "r").
        let labels = s.texts(.legendLabel).sorted { (Int($0.bounds.minX / 40), $0.bounds.minY) < (Int($1.bounds.minX / 40), $1.bounds.minY) }
        #expect(labels.map(\.text) == ["p", "q", "r", "a", "b", "c", "p", "q"], "\(labels.map(\.text))")
        let marks = s.paths(.mark).compactMap(\.path.bounds).map(\.maxX).max() ?? 0
        let barNodes = s.rects(.mark)
        let bars = barNodes.map(\.rect)
        let barsLeft = bars.map(\.minX).min() ?? 0
        guard titles.count == 3 else { return }
        // The layers' legends between the two views, stacked in one column; the bars' after them.
        #expect(titles[0].bounds.minX > marks && titles[0].bounds.maxX < barsLeft, "\(titles[0].bounds) \(marks) \(barsLeft)")
        #expect(abs(titles[1].bounds.minX - titles[0].bounds.minX) < 0.01 && titles[1].bounds.minY > titles[0].bounds.maxY)
        #expect(titles[2].bounds.minX > (bars.map(\.maxX).max() ?? 0))
        // The points take dark2 (their own scale), the lines and bars not.
        let dark2: Set = ["#1b9e77", "#d95f02", "#7570b3"]
        let points = Set(s.paths(.mark).filter { $0.fill != nil && $0.stroke == nil }.map { Self.hex($0.fill) })
        #expect(dark2.isSubset(of: points), "\(points)")
        let lines = Set(s.paths(.mark).filter { $0.fill == nil }.compactMap { $0.stroke.map { Self.hex($0.color) } })
        #expect(!lines.isEmpty && lines.isDisjoint(with: dark2), "\(lines)")
        #expect(Set(barNodes.map { Self.hex($0.fill) }).isDisjoint(with: dark2))
        // No direct labels: the layers' legends name the lines.
        #expect(s.texts(.directLabel).isEmpty)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("independent legends of a shared scale in a concat's view: the layers' legends beside it, the concat's titled by its other views")
    func concatLegendsOfSharedScale() throws {
        let layered = Self.layered(#"{"legend": {"color": "independent"}}"#)
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "config": {"legend": {"orient": "right"}}, "hconcat": [\#(layered), \#(Self.bars)]}"#)
        let titles = s.texts(.legendTitle).sorted { ($0.bounds.minX, $0.bounds.minY) < ($1.bounds.minX, $1.bounds.minY) }
        // Each legend shows the one scale shared by the concat: c's and d's values.
        #expect(titles.map(\.text) == ["d", "c", "d"], "\(titles.map(\.text))")
        #expect(s.texts(.legendLabel).count == 18)
        // Without another view coloured, the concat draws no legend of its own.
        let plain = Self.bars.replacingOccurrences(of: #", "color": {"field": "d", "type": "nominal"}"#, with: "")
        let alone = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(layered), \#(plain)]}"#)
        #expect(alone.texts(.legendTitle).map(\.text) == ["d", "c"])
    }

    @Test("one layer coloured under an independent colour resolve: its scale and legend stay the view's, out of the concat's")
    func oneLayerKeepsItsScale() throws {
        let layered = Self.layered().replacingOccurrences(of: #", "color": {"field": "d", "type": "nominal"}"#, with: "")
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "config": {"legend": {"orient": "right"}}, "hconcat": [\#(layered), \#(Self.bars)]}"#)
        let titles = s.texts(.legendTitle).sorted { $0.bounds.minX < $1.bounds.minX }
        // Two legends, each of one field (not one merged "c, d" scale): the points' beside them, the bars' after.
        #expect(titles.map(\.text) == ["c", "d"], "\(titles.map(\.text))")
        let bars = s.rects(.mark)
        if titles.count == 2 {
            #expect(titles[0].bounds.maxX < (bars.map(\.rect.minX).min() ?? 0) && titles[1].bounds.minX > (bars.map(\.rect.maxX).max() ?? 0))
        }
        // The points' dark2 colours are their own; the bars' "p" and "q" the style's first two.
        let points = Set(s.paths(.mark).filter { $0.fill != nil }.map { Self.hex($0.fill) })
        #expect(points == ["#1b9e77", "#d95f02", "#7570b3"], "\(points)")
        #expect(Set(bars.map { Self.hex($0.fill) }).isDisjoint(with: points))
        // In a facet the same resolve gives each cell its own scale and legend, as Vega
        // (F1's points are a and b, F2's a and c), and no legend for the figure.
        let f = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "facet": {"field": "f", "type": "nominal"}, "spec": \#(layered)}"#)
        #expect(f.texts(.legendTitle).map(\.text) == ["c", "c"], "\(f.texts(.legendTitle).map(\.text))")
        #expect(f.texts(.legendLabel).map(\.text) == ["a", "b", "a", "c"], "\(f.texts(.legendLabel).map(\.text))")
    }

    @Test("two layered views in a concat, and a repeat of one: each view its layers' legends")
    func everyViewItsLegends() throws {
        let two = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(Self.layered()), \#(Self.layered())]}"#)
        #expect(two.texts(.legendTitle).map(\.text) == ["d", "c", "d", "c"])
        let p = plots(two)
        let t = two.texts(.legendTitle)
        if p.count == 2, t.count == 4 {
            #expect(t[0].bounds.minX > p[0].maxX && t[0].bounds.maxX < p[1].minX)
            #expect(t[2].bounds.minX > p[1].maxX)
        }
        #expect(two.textCollisions().isEmpty)
        let cell = Self.layered().replacingOccurrences(of: #""y": {"field": "y""#, with: #""y": {"field": {"repeat": "repeat"}"#)
        let repeated = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "repeat": ["y", "x"], "spec": \#(cell)}"#)
        #expect(repeated.texts(.legendTitle).map(\.text) == ["d", "c", "d", "c"])
    }

    @Test("a dual-axis view in a concat that shares y keeps its layers' y scales; the concat shares the others'")
    func dualAxisInSharedConcat() throws {
        let point = #"{"width": 60, "height": 100, "mark": "point", "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "y", "type": "quantitative"}}}"#
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(Self.dual), \#(point)], "resolve": {"scale": {"y": "shared"}}}"#)
        // Three y axes, left to right: the bars' sums (to 11), the line's means (to 4.5), the points' y (to 8).
        let numbers = s.texts(.axisLabel).compactMap { t in Double(t.text).map { (x: t.bounds.midX, v: $0) } }.sorted { $0.x < $1.x }
        var axes: [[Double]] = []
        var lastX = -Double.infinity
        for n in numbers {
            if n.x - lastX > 15 { axes.append([]) }
            axes[axes.count - 1].append(n.v)
            lastX = n.x
        }
        let tops = axes.map { $0.max() ?? 0 }
        #expect(tops.count == 3, "\(axes)")
        if tops.count == 3 {
            // (The bars' 0–11 is Vega's nice domain: the ladder's 0–15 would run past it by
            // more than a quarter, so the axis ends at 11, labelled up to 10.)
            #expect(tops[0] >= 10 && tops[0] < 20, "\(tops)")
            #expect(tops[1] >= 4.5 && tops[1] < 6, "\(tops)")
            #expect(tops[2] >= 8 && tops[2] < 11, "\(tops)")
        }
        // Two dual-axis views sharing x: both draw both axes; a facet of one is named (Vega-Lite cannot compile it).
        let v = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "vconcat": [\#(Self.dual), \#(Self.dual)], "resolve": {"scale": {"x": "shared"}}}"#)
        #expect(v.texts(.axisTitle).filter { $0.text.hasPrefix("Mean") }.count == 2, "\(v.texts(.axisTitle).map(\.text))")
        do {
            _ = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "facet": {"field": "f", "type": "nominal"}, "spec": \#(Self.dual)}"#)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("independent y scales or axes inside the layers of a facet") && "\(error)".contains("Vega-Lite cannot compile"), "\(error)")
        }
    }

    @Test("independent legends of a shared scale: a legend per layer, each of the whole scale, titled by its layer's field")
    func legendPerLayerOfSharedScale() throws {
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "#
            + String(Self.layered(#"{"legend": {"color": "independent"}}"#).dropFirst()))
        #expect(s.texts(.legendTitle).map(\.text) == ["d", "c"])
        // Both list the one scale's values (c's and d's, in order).
        #expect(s.texts(.legendLabel).map(\.text) == ["a", "b", "c", "p", "q", "r", "a", "b", "c", "p", "q", "r"])
        // One scale: the legends' swatches match, the first line's colour is "p"'s.
        let swatches = s.paths(.legendSymbol).map { Self.hex($0.fill ?? $0.stroke?.color) }
        #expect(swatches.count == 12 && Array(swatches.prefix(6)) == Array(swatches.suffix(6)), "\(swatches)")
        let line = try #require(s.paths(.mark).first { $0.fill == nil })
        #expect(Self.hex(line.stroke?.color) == swatches[3])
    }

    @Test("what stays refused is named: a facet's layers' own colour scales inside a concat")
    func refused() throws {
        let facet = #"{"facet": {"field": "f", "type": "nominal"}, "spec": \#(Self.layered())}"#
        do {
            _ = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(facet), \#(Self.bars)]}"#)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("independent color scales between the layers of a view inside a facet inside a concat") && "\(error)".contains("resolve.scale.color"), "\(error)")
        }
    }
}
