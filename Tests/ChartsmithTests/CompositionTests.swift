import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// Small multiples and multi-view figures (facet, concat, repeat): where the axes go when
/// scales are shared or independent, where the headers go, the panels' geometry, one legend
/// for the figure, and located errors for what cannot be drawn.
@Suite("Compositions")
struct CompositionTests {
    /// Four groups of three bars, `region` wrapped into two columns.
    static func facet(_ extra: String = "", resolve: String = "") -> String {
        let rows = ["North", "South", "East", "West"].enumerated().flatMap { i, r in
            ["A", "B", "C"].enumerated().map { j, c in #"{"region": "\#(r)", "cat": "\#(c)", "n": \#(10 * (i + 1) + j * 5)}"# }
        }.joined(separator: ", ")
        return #"""
            {"data": {"values": [\#(rows)]}, "width": 200, "height": 120, "columns": 2 \#(resolve),
             "facet": {"field": "region", "type": "nominal" \#(extra)},
             "spec": {"mark": "bar", "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}}}
            """#
    }

    /// The headers (bold axis titles) in drawing order.
    func headers(_ s: Scene) -> [TextNode] { s.texts(.axisTitle).filter { $0.font.weight == .bold } }

    /// Each panel's plot: the box around the bars drawn under each header, found from the
    /// bars (three per panel, in the panels' order).
    func plots(_ s: Scene) -> [Rect] {
        let bars = s.rects(.mark).map(\.rect)
        return stride(from: 0, to: bars.count, by: 3).map { i in
            bars[i..<min(i + 3, bars.count)].reduce(bars[i]) { $0.union($1) }
        }
    }

    @Test("a shared facet draws y labels only on the first column and x labels only on the bottom row")
    func sharedAxes() throws {
        let s = try TestPipeline.scene(Self.facet())
        let plots = plots(s)
        #expect(plots.count == 4)
        let yLabels = s.texts(.axisLabel).filter { $0.align == .end }
        let xLabels = s.texts(.axisLabel).filter { $0.align == .center }
        // y labels: left of the first column only, one set per row.
        #expect(!yLabels.isEmpty && yLabels.allSatisfy { $0.bounds.maxX < plots[0].minX })
        #expect(Set(yLabels.map(\.text)).count * 2 == yLabels.count)
        // x labels: under the bottom row only, one set per column.
        #expect(xLabels.count == 6 && xLabels.allSatisfy { $0.bounds.minY > plots[2].maxY })
        #expect(s.textCollisions().isEmpty)
    }

    @Test("independent y scales give every panel its own y axis")
    func independentAxes() throws {
        let s = try TestPipeline.scene(Self.facet(resolve: #", "resolve": {"scale": {"y": "independent"}}"#))
        let plots = plots(s)
        let yLabels = s.texts(.axisLabel).filter { $0.align == .end }
        // Labels left of the second column's plot, beyond the first's right edge.
        #expect(yLabels.contains { $0.bounds.minX > plots[0].maxX && $0.bounds.maxX < plots[1].minX })
        // Each panel's own domain: the South panel's labels stop below the West panel's.
        #expect(s.textCollisions().isEmpty)
    }

    @Test("headers sit above their panels, left-aligned, in the facet's order; panels are equal and aligned")
    func headersAndGeometry() throws {
        let s = try TestPipeline.scene(Self.facet())
        let h = headers(s)
        #expect(h.map(\.text) == ["East", "North", "South", "West"])
        let plots = plots(s)
        for (header, plot) in zip(h, plots) {
            #expect(header.bounds.maxY < plot.minY)
            #expect(header.bounds.minX <= plot.minX + 1)
        }
        // The second column's header starts at its plot's left edge, past the first column.
        #expect(h[1].bounds.minX > plots[0].maxX && h[1].bounds.minX < plots[1].minX)
        // Rows share their tops, columns their lefts, and the cells are 200 × 120.
        let barsTop = s.rects(.mark).map(\.rect)
        #expect(barsTop.count == 12)
        #expect(abs(h[0].anchor.y - h[1].anchor.y) < 0.01 && abs(h[2].anchor.y - h[3].anchor.y) < 0.01)
        #expect(h[2].anchor.y > h[0].anchor.y + 120)
        #expect(abs(h[0].anchor.x - h[2].anchor.x) < 0.01)
    }

    @Test("facet sort: by a list of values, descending, and by an aggregate of another field")
    func sort() throws {
        #expect(headers(try TestPipeline.scene(Self.facet(#", "sort": ["West", "North"]"#))).map(\.text) == ["West", "North", "East", "South"])
        #expect(headers(try TestPipeline.scene(Self.facet(#", "sort": "descending""#))).map(\.text) == ["West", "South", "North", "East"])
        #expect(headers(try TestPipeline.scene(Self.facet(#", "sort": {"field": "n", "op": "sum", "order": "descending"}"#))).map(\.text)
                    == ["West", "East", "South", "North"])
    }

    @Test("facet sort {op: count} without a field: by each group's count of rows, as Vega's aggregate counts; another op without a field is a located error")
    func sortByCount() throws {
        let spec = { (sort: String) in
            #"{"data": {"values": [{"g": "A", "v": 3}, {"g": "B", "v": 5}, {"g": "B", "v": 2}, {"g": "C", "v": 4}, {"g": "C", "v": 6}, {"g": "C", "v": 1}]}, "#
                + #""mark": "point", "width": 80, "height": 60, "encoding": {"x": {"field": "v", "type": "quantitative"}, "#
                + #""column": {"field": "g", "type": "nominal", "sort": \#(sort)}}}"#
        }
        #expect(headers(try TestPipeline.scene(spec(#"{"op": "count", "order": "descending"}"#))).map(\.text) == ["C", "B", "A"])
        #expect(headers(try TestPipeline.scene(spec(#"{"op": "count"}"#))).map(\.text) == ["A", "B", "C"])
        do {
            _ = try TestPipeline.chart(spec(#"{"op": "sum", "order": "descending"}"#))
            Issue.record("a sum without a field was accepted")
        } catch {
            #expect("\(error)".contains("encoding.column.sort.op: a facet sort by \"op\": \"sum\" needs the \"field\""), "\(error)")
        }
    }

    @Test("a concat keeps each view's own y axis and draws one legend for the figure")
    func concat() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"k": "a", "v": 1, "w": 100}, {"k": "b", "v": 2, "w": 300}]}, "title": "Two views",
             "hconcat": [
               {"title": "Left", "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "k", "type": "nominal"}}},
               {"title": "Right", "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "w", "type": "quantitative"}, "color": {"field": "k", "type": "nominal"}}}
             ]}
            """#)
        #expect(headers(s).map(\.text) == ["Left", "Right"])
        let yLabels = s.texts(.axisLabel).filter { $0.align == .end }.map(\.text)
        #expect(yLabels.contains("2.0") || yLabels.contains("2"))
        #expect(yLabels.contains("300"))
        #expect(s.texts(.legendLabel).map(\.text).sorted() == ["a", "b"])
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a vconcat over a shared x scale draws each view's own x axis with its own title, as Vega-Lite does; the domain is shared")
    func concatSharedScaleOwnAxes() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"x": 1, "y": 2}, {"x": 2, "y": 3}, {"x": 3, "y": 1}]},
             "resolve": {"scale": {"x": "shared"}},
             "vconcat": [
               {"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative", "title": "Top x title"}, "y": {"field": "y", "type": "quantitative"}}},
               {"mark": "bar", "encoding": {"x": {"field": "x", "type": "quantitative", "title": "Bottom x title"}, "y": {"field": "y", "type": "quantitative"}}}
             ]}
            """#)
        let titles = s.texts(.axisTitle).map(\.text)
        #expect(titles.contains("Top x title") && titles.contains("Bottom x title"))
        // Two x axes, one under each view, with the same (shared) tick labels.
        let xLabels = s.texts(.axisLabel).filter { $0.align == .center }
        let rows = Dictionary(grouping: xLabels, by: { ($0.bounds.minY * 10).rounded() })
        #expect(rows.count == 2)
        let sets = rows.values.map { $0.map(\.text).sorted() }
        #expect(sets.count == 2 && sets[0] == sets[1])
        #expect(s.textCollisions().isEmpty)
    }

    @Test("repeat writes one view per field, each naming its field")
    func repeatViews() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"k": "a", "v": 1, "w": 100}, {"k": "b", "v": 2, "w": 300}]},
             "repeat": ["v", "w"], "columns": 2,
             "spec": {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": {"repeat": "repeat"}, "type": "quantitative"}}}}
            """#)
        #expect(s.rects(.mark).count == 4)
        #expect(Set(s.texts(.axisTitle).map(\.text)).isSuperset(of: ["v", "w"]))
    }

    func error(_ json: String, limits: RenderLimits = RenderLimits()) -> String {
        do {
            _ = try limits.apply { try TestPipeline.scene(json) }
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test("bad compositions are located errors, never empty figures")
    func badInput() {
        let unit = #"{"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}}}"#
        #expect(error(#"{"data": {"values": [{"k": 1}]}, "columns": 2, "facet": {"row": {"field": "k"}}, "spec": \#(unit)}"#)
                    .contains(#"spec.json:1:45: columns: "columns" wraps a facet of one field"#))
        #expect(error(#"{"data": {"values": [{"k": 1}]}, "facet": {"field": "region"}, "spec": \#(unit)}"#)
                    .contains(#"spec.json:1:53: facet.field: no field "region" in the data to facet by (fields: k)"#))
        #expect(error(#"{"data": {"values": [{"k": 1}]}, "mark": "bar", "encoding": {"row": {"field": "kk"}}}"#)
                    .contains(#"encoding.row.field: no field "kk" in the data to facet by (fields: k)"#))
        #expect(error(#"{"hconcat": []}"#).contains(#"spec.json:1:13: hconcat: "hconcat" is empty; expected at least one view"#))
        #expect(error(#"{"data": {"values": [{"k": 1}]}, "mark": "bar", "encoding": {"x": {"field": {"repeat": "row"}}}}"#)
                    .contains(#"encoding.x.field: {"repeat": "row"} is a repeat reference outside a repeat"#))
        #expect(error(#"{"data": {"values": [{"k": 1}]}, "repeat": {"row": ["k"]}, "spec": {"mark": "bar", "encoding": {"x": {"field": {"repeat": "column"}}}}}"#)
                    .contains(#"{"repeat": "column"} refers to a repeat over "column", which this repeat does not have"#))
        var limits = RenderLimits()
        limits.maxPanels = 3
        #expect(error(Self.facet(), limits: limits).contains("the figure has 4 panels, more than the limit of 3 panels; facet by a field with fewer values or raise the limit with --limit panels=N"))
    }
}
