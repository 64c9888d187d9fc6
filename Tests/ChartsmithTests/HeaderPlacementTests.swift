import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// Where a facet's headers go, as Vega-Lite sets them: row labels beside each row (turned
/// -90° on the left by default), column labels once over each column, each field's title
/// outside its labels, and each header's orient, angle, anchor, padding and limit drawn.
@Suite("Header placement")
struct HeaderPlacementTests {
    /// A facet by `row` and `column` (2 × 2 cells) of one full-height bar each (y fixed to
    /// 0–10, every value 10), so each bar spans its plot's height.
    static func grid(row: String = "", column: String = "", config: String = "") -> String {
        let values = ["North", "South"].flatMap { r in ["Alpha", "Beta"].map { c in #"{"r": "\#(r)", "c": "\#(c)", "k": "x", "n": 10}"# } }
        return #"""
            {"data": {"values": [\#(values.joined(separator: ", "))]}, "width": 120, "height": 90 \#(config),
             "facet": {"row": {"field": "r", "type": "nominal" \#(row)}, "column": {"field": "c", "type": "nominal" \#(column)}},
             "spec": {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"},
                      "y": {"field": "n", "type": "quantitative", "scale": {"domain": [0, 10]}}}}}
            """#
    }

    func text(_ s: Scene, _ t: String) throws -> TextNode { try #require(s.texts.first { $0.text == t }, "no text \"\(t)\"") }
    /// The bars, row by row: each spans its cell's plot height.
    func bars(_ s: Scene) -> [Rect] {
        s.rects(.mark).map(\.rect).sorted { ($0.minY, $0.minX) < ($1.minY, $1.minX) }
    }

    @Test("row labels sit left of the axes, turned -90° and centred on their row; the row title is turned beside them")
    func rowDefault() throws {
        let s = try TestPipeline.scene(Self.grid())
        let b = bars(s)
        #expect(b.count == 4)
        let yLabels = s.texts(.axisLabel).filter { $0.bounds.maxX <= b[0].minX }
        let axisLeft = try #require(yLabels.map(\.bounds.minX).min())
        for (name, rowBar) in [("North", b[0]), ("South", b[2])] {
            let t = try text(s, name)
            #expect(t.angle == -90)
            #expect(abs(t.bounds.midY - (rowBar.minY + rowBar.maxY) / 2) < 0.5)
            // Vega-Lite's labelPadding: 10 points clear of the axis.
            #expect(abs(axisLeft - t.bounds.maxX - 10) < 0.5, "\(axisLeft) \(t.bounds)")
        }
        let title = try text(s, "r")
        #expect(title.angle == -90)
        let north = try text(s, "North")
        #expect(title.bounds.maxX <= north.bounds.minX - 9.9)
        #expect(abs(title.bounds.midY - (b[0].minY + b[2].maxY) / 2) < 0.5)
        // Each row's label once, each column's once (not "North · Alpha" on every cell).
        #expect(s.texts.filter { $0.text.contains("·") }.isEmpty)
        #expect(s.texts.filter { $0.text == "Alpha" }.count == 1)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("column labels sit once over the first row, left-aligned with the plot in the house style; the column title over them")
    func columnDefault() throws {
        let s = try TestPipeline.scene(Self.grid())
        let b = bars(s)
        let alpha = try text(s, "Alpha"), beta = try text(s, "Beta")
        #expect(alpha.angle == 0 && alpha.bounds.maxY <= b[0].minY - 10)
        #expect(abs(alpha.bounds.maxY - beta.bounds.maxY) < 0.01)
        #expect(beta.bounds.minX > alpha.bounds.maxX)
        let title = try text(s, "c")
        #expect(title.bounds.maxY <= alpha.bounds.minY - 10 + 0.01)
    }

    @Test("labelAnchor middle centres a column label over its plot; labelAngle 0 sets a row label level, ending at the padding")
    func anchorAndLevel() throws {
        let s = try TestPipeline.scene(Self.grid(row: #", "header": {"labelAngle": 0}"#, column: #", "header": {"labelAnchor": "middle"}"#))
        let b = bars(s)
        let north = try text(s, "North")
        #expect(north.angle == 0)
        #expect(abs(north.bounds.midY - (b[0].minY + b[0].maxY) / 2) < 0.5)
        let alpha = try text(s, "Alpha"), beta = try text(s, "Beta")
        // The bar is centred in its plot (one band), so the label is centred on the bar.
        #expect(abs(alpha.bounds.midX - b[0].midX) < 0.5 && abs(beta.bounds.midX - b[1].midX) < 0.5)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("labelOrient bottom puts the column labels under the last row's x axis; right puts row labels right, turned 90°")
    func otherSides() throws {
        let s = try TestPipeline.scene(Self.grid(row: #", "header": {"labelOrient": "right", "titleOrient": "right"}"#,
                                                 column: #", "header": {"orient": "bottom"}"#))
        let b = bars(s)
        // The x axis' ink, its title included, as Vega measures a cell's bounds.
        let xInk = (s.texts(.axisLabel) + s.texts(.axisTitle)).filter { $0.bounds.minY >= b[3].maxY && !["Alpha", "Beta", "c"].contains($0.text) }
        let axisBottom = try #require(xInk.map(\.bounds.maxY).max())
        let alpha = try text(s, "Alpha")
        #expect(abs(alpha.bounds.minY - axisBottom - 10) < 0.5)
        let columnTitle = try text(s, "c")
        #expect(columnTitle.bounds.minY >= alpha.bounds.maxY + 9.9)
        let north = try text(s, "North")
        #expect(north.angle == 90 && north.bounds.minX >= b[1].maxX + 10 - 0.01)
        let rowTitle = try text(s, "r")
        #expect(rowTitle.bounds.minX >= north.bounds.maxX + 9.9)
        #expect(s.textCollisions().isEmpty)
        #expect(s.texts.allSatisfy { s.bounds.contains($0.bounds, tolerance: 0.5) })
    }

    @Test("labelPadding moves the labels; labelLimit cuts them with an ellipsis; labels false and title null draw none")
    func paddingLimitAndNone() throws {
        /// From the label's foot to its column's plot.
        func gap(_ s: Scene) throws -> Double { bars(s)[0].minY - (try text(s, "Alpha")).bounds.maxY }
        let near = try gap(try TestPipeline.scene(Self.grid()))
        let far = try gap(try TestPipeline.scene(Self.grid(column: #", "header": {"labelPadding": 30}"#)))
        #expect(abs((far - near) - 20) < 0.01, "\(near) \(far)")
        let cut = try TestPipeline.scene(Self.grid(column: #", "header": {"labelLimit": 30}"#))
        let cutAlpha = try #require(cut.texts.first { $0.text.hasSuffix("…") && "Alpha".hasPrefix($0.text.dropLast()) })
        #expect(cutAlpha.bounds.width <= 30.5 && cutAlpha.text.count > 2, "\(cutAlpha.bounds)")
        let none = try TestPipeline.scene(Self.grid(row: #", "header": {"labels": false, "title": null}"#))
        #expect(!none.texts.contains { ["North", "South", "r"].contains($0.text) })
        #expect(none.texts.contains { $0.text == "Alpha" })
    }

    @Test("a long wrapped-facet label wraps to its cell; no text overlaps or leaves the canvas")
    func longLabelsWrap() throws {
        let long = "A police force area with a very long name indeed"
        let spec = #"""
            {"data": {"values": [{"g": "\#(long)", "k": "x", "n": 3}, {"g": "Short", "k": "x", "n": 4}]}, "width": 100, "height": 60,
             "facet": {"field": "g", "type": "nominal"}, "columns": 2,
             "spec": {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}}}
            """#
        let s = try TestPipeline.scene(spec)
        let lines = s.texts(.axisTitle).filter { long.contains($0.text) && $0.text.count > 2 }
        #expect(lines.count >= 2)
        #expect(lines.map(\.text).joined(separator: " ") == long)
        #expect(s.textCollisions().isEmpty)
        #expect(s.texts.allSatisfy { s.bounds.contains($0.bounds, tolerance: 0.5) })
    }

    @Test("a wrapped facet's labelOrient bottom sets each label under its own cell's x axis; titleAngle 0 sets the row title level")
    func wrappedBottomAndTitleAngle() throws {
        let spec = #"""
            {"data": {"values": [{"g": "One", "k": "x", "n": 3}, {"g": "Two", "k": "x", "n": 4}]}, "width": 100, "height": 60,
             "facet": {"field": "g", "type": "nominal", "header": {"labelOrient": "bottom"}}, "columns": 2,
             "spec": {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}}}
            """#
        let s = try TestPipeline.scene(spec)
        for name in ["One", "Two"] {
            let t = try text(s, name)
            let axisInk = s.texts.filter { ["x", "k"].contains($0.text) && abs($0.anchor.x - t.anchor.x) < 200 }.map(\.bounds.maxY).max() ?? 0
            #expect(t.bounds.minY >= axisInk + 9.9, "\(name) \(t.bounds) \(axisInk)")
        }
        #expect(s.textCollisions().isEmpty)
        let level = try TestPipeline.scene(Self.grid(row: #", "header": {"titleAngle": 0}"#))
        let title = try text(level, "r")
        #expect(title.angle == 0)
        #expect(title.bounds.maxX <= (try text(level, "North")).bounds.minX - 9.9)
    }

    @Test("labels on a side Chartsmith does not set them for the kind of facet are a located error naming the setting")
    func refusedSides() {
        func error(_ json: String) -> String {
            do { _ = try TestPipeline.scene(json); return "no error" } catch { return "\(error)" }
        }
        #expect(error(Self.grid(row: #", "header": {"labelOrient": "top"}"#))
                    .contains(#"facet.row.header.labelOrient: the row facet's header labels on the "top" side are not supported by Chartsmith; use "left" or "right""#))
        #expect(error(Self.grid(column: #", "header": {"orient": "left"}"#))
                    .contains(#"facet.column.header.orient: the column facet's header labels on the "left" side are not supported by Chartsmith"#))
    }

    @Test("a header's colours and font sizes are named in a warning; its placement settings are drawn, not warned")
    func warnings() throws {
        let chart = try TestPipeline.chart(Self.grid(column: #", "header": {"labelColor": "red", "titleFontSize": 20, "labelAngle": -45, "labelAlign": "right", "labelBaseline": "top", "titlePadding": 4}"#))
        let w = chart.warnings.map(\.description)
        #expect(w.contains { $0.contains("\"labelColor\" is not honoured") })
        #expect(w.contains { $0.contains("\"titleFontSize\" is not honoured") })
        for key in ["labelAngle", "labelAlign", "labelBaseline", "titlePadding"] { #expect(!w.contains { $0.contains(key) }, "\(key)") }
        let s = try TestPipeline.scene(Self.grid(column: #", "header": {"labelAngle": -45}"#))
        let turned = try text(s, "Alpha")
        #expect(turned.angle == -45)
        #expect(s.textCollisions().isEmpty)
    }
}
