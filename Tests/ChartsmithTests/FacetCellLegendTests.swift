import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A facet whose colour (size, shape, …) scale or legend is resolved `"independent"`: each
/// cell draws with its own scale (or the shared one) and has its own legend to its right,
/// level with its plot's top, inside the cell's room, as Vega-Lite lays out a facet cell's
/// legends; the channels left shared keep one legend for the figure.
@Suite("Independent legends across a facet's cells")
struct FacetCellLegendTests {
    /// Three groups: A (c = p, q), B (c = longer name t, r, s), C (c = p, u).
    static let rows = [("A", "p", 1, 2, 3), ("A", "q", 2, 4, 5), ("A", "p", 3, 1, 1), ("B", "r", 1, 3, 10), ("B", "s", 2, 5, 20),
                       ("B", "longer name t", 3, 2, 30), ("C", "p", 1, 1, 2), ("C", "u", 2, 2, 4)]
        .map { #"{"g": "\#($0.0)", "c": "\#($0.1)", "x": \#($0.2), "y": \#($0.3), "s": \#($0.4)}"# }.joined(separator: ", ")

    /// A facet of `g` (`facet` as written) over points of x, y and the `extra` encodings.
    static func spec(facet: String = #"{"field": "g", "type": "nominal"}"#, columns: String = #", "columns": 2"#,
                     extra: String = #", "color": {"field": "c", "type": "nominal"}"#, resolve: String) -> String {
        #"{"data": {"values": [\#(rows)]}, "config": {"view": {"stroke": "gray"}}, "facet": \#(facet)\#(columns), "#
            + #""spec": {"width": 120, "height": 90, "mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "#
            + #""y": {"field": "y", "type": "quantitative"}\#(extra)}}, "resolve": \#(resolve)}"#
    }

    /// The cells' plots (their frames), row by row.
    static func plots(_ s: Scene) -> [Rect] {
        s.rects(.background).filter { $0.name == "view" && $0.fill == nil }.map(\.rect)
    }

    /// The legend texts (titles and labels) whose left edge is right of `plot` and left of
    /// `before`, from the plot's top to a little past its foot.
    static func legendTexts(_ s: Scene, beside plot: Rect, before: Double = .infinity) -> [TextNode] {
        (s.texts(.legendTitle) + s.texts(.legendLabel)).filter {
            $0.bounds.minX > plot.maxX && $0.bounds.minX < before && $0.bounds.minY >= plot.minY - 4 && $0.bounds.minY < plot.maxY + 40
        }.sorted { ($0.bounds.minY, $0.bounds.minX) < ($1.bounds.minY, $1.bounds.minX) }
    }

    @Test("independent colour scales: each cell's legend right of it, level with its top, of its own values")
    func ownScales() throws {
        let s = try TestPipeline.scene(Self.spec(resolve: #"{"scale": {"color": "independent"}}"#))
        let p = Self.plots(s)
        try #require(p.count == 3)
        let titles = s.texts(.legendTitle)
        #expect(titles.map(\.text) == ["c", "c", "c"], "\(titles.map(\.text))")
        // A and C's legends between their plot and the next column, B's right of B.
        let a = Self.legendTexts(s, beside: p[0], before: p[1].minX), b = Self.legendTexts(s, beside: p[1]), c = Self.legendTexts(s, beside: p[2])
        #expect(a.map(\.text) == ["c", "p", "q"], "\(a.map(\.text))")
        #expect(b.map(\.text) == ["c", "longer name t", "r", "s"], "\(b.map(\.text))")
        #expect(c.map(\.text) == ["c", "p", "u"], "\(c.map(\.text))")
        for (plot, texts) in zip(p, [a, b, c]) {
            guard let title = texts.first else { continue }
            #expect(abs(title.bounds.minY - plot.minY) < 4, "the legend starts level with its plot's top")
            #expect(title.bounds.minX - plot.maxX < 40, "the legend sits right after its plot")
        }
        // The column gap holds the widest legend (B's) and the spacing.
        let widest = b.map(\.bounds.maxX).max() ?? 0
        #expect(p[1].minX - p[0].maxX >= widest - p[1].maxX + 20 - 0.5, "\(p)")
        // Each cell's scale starts at the palette's first colour: every legend's first swatch is alike.
        let swatches = s.paths(.legendSymbol).sorted { ($0.path.bounds?.minY ?? 0, $0.path.bounds?.minX ?? 0) < ($1.path.bounds?.minY ?? 0, $1.path.bounds?.minX ?? 0) }
        #expect(swatches.count == 7)
        let firsts = p.map { plot in swatches.first { ($0.path.bounds?.minX ?? 0) > plot.maxX && abs(($0.path.bounds?.minY ?? 0) - plot.minY) < 40 } }
        let colors = Set(firsts.compactMap { $0?.stroke?.color ?? $0?.fill }.map { "\($0)" })
        #expect(colors.count == 1, "\(colors)")
        #expect(s.textCollisions().isEmpty)
    }

    @Test("independent legends of a shared colour scale: a legend per cell, each of the whole scale")
    func sharedScale() throws {
        let s = try TestPipeline.scene(Self.spec(facet: #"{"column": {"field": "g", "type": "nominal"}}"#, columns: "",
                                                 resolve: #"{"legend": {"color": "independent"}}"#))
        let p = Self.plots(s)
        try #require(p.count == 3)
        #expect(s.texts(.legendTitle).count == 3)
        for (i, plot) in p.enumerated() {
            let texts = Self.legendTexts(s, beside: plot, before: i + 1 < p.count ? p[i + 1].minX : .infinity)
            #expect(texts.map(\.text) == ["c", "longer name t", "p", "q", "r", "s", "u"], "\(texts.map(\.text))")
        }
        #expect(s.textCollisions().isEmpty)
    }

    @Test("colour independent, size shared: a colour legend per cell, one size legend for the figure")
    func mixed() throws {
        let s = try TestPipeline.scene(Self.spec(facet: #"{"row": {"field": "g", "type": "nominal"}}"#, columns: "",
                                                 extra: #", "color": {"field": "c", "type": "nominal"}, "size": {"field": "s", "type": "quantitative"}"#,
                                                 resolve: #"{"scale": {"color": "independent"}}"#))
        let p = Self.plots(s)
        try #require(p.count == 3)
        let titles = s.texts(.legendTitle)
        #expect(titles.filter { $0.text == "c" }.count == 3 && titles.filter { $0.text == "s" }.count == 1, "\(titles.map(\.text))")
        let c = titles.filter { $0.text == "c" }, size = try #require(titles.first { $0.text == "s" })
        // Each colour legend beside its row's plot; the size legend beyond all of them.
        for (plot, t) in zip(p, c.sorted { $0.bounds.minY < $1.bounds.minY }) {
            #expect(abs(t.bounds.minY - plot.minY) < 4 && t.bounds.minX > plot.maxX)
        }
        // The size legend is the figure's, set where the style sets the figure's legend
        // (above the plots), not beside any cell.
        #expect(size.bounds.maxY <= (p.map(\.minY).min() ?? 0) || size.bounds.minX > (c.map(\.bounds.maxX).max() ?? 0), "\(size.bounds)")
        #expect(s.textCollisions().isEmpty)
    }

    @Test("independent size and shape scales in a row × column grid: each cell its own legend of its own values")
    func sizeAndShape() throws {
        for (extra, resolve) in [(#", "size": {"field": "s", "type": "quantitative"}"#, #"{"scale": {"size": "independent"}}"#),
                                 (#", "shape": {"field": "c", "type": "nominal"}"#, #"{"scale": {"shape": "independent"}}"#)] {
            let s = try TestPipeline.scene(Self.spec(facet: #"{"column": {"field": "g", "type": "nominal"}}"#, columns: "", extra: extra, resolve: resolve))
            let p = Self.plots(s)
            try #require(p.count == 3)
            #expect(s.texts(.legendTitle).count == 3, "\(resolve)")
            for (i, plot) in p.enumerated() {
                #expect(!Self.legendTexts(s, beside: plot, before: i + 1 < p.count ? p[i + 1].minX : .infinity).isEmpty, "\(resolve) cell \(i)")
            }
            if resolve.contains("shape") {
                // B's legend lists B's values only.
                let b = Self.legendTexts(s, beside: p[1], before: p[2].minX).map(\.text)
                #expect(b == ["c", "longer name t", "r", "s"], "\(b)")
            }
            #expect(s.textCollisions().isEmpty)
        }
    }

    @Test("a row × column grid's empty cell has no legend, not a bare title")
    func emptyCell() throws {
        let s = try TestPipeline.scene(Self.spec(facet: #"{"row": {"field": "g", "type": "nominal"}, "column": {"field": "x", "type": "ordinal"}}"#, columns: "",
                                                 extra: #", "shape": {"field": "c", "type": "nominal"}"#, resolve: #"{"scale": {"shape": "independent"}}"#))
        // 3 × 3 cells; (C, 3) holds no row: 8 legends of one entry each.
        #expect(s.texts(.legendTitle).count == 8)
        #expect(s.texts(.legendLabel).count == 8)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a shared colour legend stays one legend for the figure, where the style sets it")
    func sharedUnchanged() throws {
        let s = try TestPipeline.scene(Self.spec(resolve: #"{"scale": {"x": "shared"}}"#))
        let p = Self.plots(s)
        let titles = s.texts(.legendTitle)
        #expect(titles.map(\.text) == ["c"])
        // Where the style sets the figure's legend: above the grid, beside no cell.
        #expect(p.allSatisfy { Self.legendTexts(s, beside: $0).isEmpty })
    }

    @Test("a facet inside a concat with independent colour legends, and a cell legend's orient, are located errors")
    func refusals() throws {
        let facet = Self.spec(resolve: #"{"scale": {"color": "independent"}}"#)
        let data = #"{"values": [\#(Self.rows)]}"#
        let inner = facet.replacingOccurrences(of: #"{"data": {"values": [\#(Self.rows)]}, "#, with: "{")
        let nested = #"{"data": \#(data), "hconcat": [\#(inner), {"mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}}}]}"#
        do {
            _ = try TestPipeline.scene(nested)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("across the cells of a facet inside a concat") && "\(error)".contains("resolve.scale.color"), "\(error)")
        }
        let oriented = Self.spec(extra: #", "color": {"field": "c", "type": "nominal", "legend": {"orient": "bottom"}}"#,
                                 resolve: #"{"scale": {"color": "independent"}}"#)
        do {
            _ = try TestPipeline.scene(oriented)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("\"orient\" \"bottom\"") && "\(error)".contains("resolve.scale.color"), "\(error)")
        }
    }
}

/// A wrapped facet without `columns` takes as many columns as fit the canvas: its cells'
/// own legends count in each column's width.
@Suite("A wrapped facet's columns with cell legends")
struct FacetWrapLegendColumnsTests {
    /// Six groups of points of 120-point cells, each with two colours named at length.
    static func spec(resolve: String) -> String {
        let rows = (0..<6).flatMap { g in (0..<2).map { k in
            #"{"g": "group \#(g)", "c": "a rather long category \#(g)-\#(k)", "x": \#(k + 1), "y": \#(g + k)}"# } }
            .joined(separator: ", ")
        return #"{"data": {"values": [\#(rows)]}, "config": {"view": {"stroke": "gray"}}, "facet": {"field": "g", "type": "nominal"}, "#
            + #""spec": {"width": 120, "height": 80, "mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "#
            + #""y": {"field": "y", "type": "quantitative"}, "color": {"field": "c", "type": "nominal"}}}, "resolve": \#(resolve)}"#
    }

    @Test("independent legends: fewer columns, so the figure keeps within the 600-point canvas")
    func legendsCountInColumns() throws {
        let s = try TestPipeline.scene(Self.spec(resolve: #"{"scale": {"color": "independent"}}"#))
        let plots = FacetCellLegendTests.plots(s)
        try #require(plots.count == 6)
        let columns = Set(plots.map { ($0.minX * 10).rounded() }).count
        let labels = s.texts(.legendLabel)
        try #require(labels.count == 12, "\(labels.map(\.text))")
        let right = labels.map(\.bounds.maxX).max() ?? 0
        #expect(right <= 600, "legends reach \(right) in \(columns) columns")
        #expect(s.width <= 600.5, "the figure is \(s.width) wide in \(columns) columns")
        // The shared legend (one, right of the figure) leaves more columns.
        let shared = try TestPipeline.scene(Self.spec(resolve: "{}"))
        let sharedColumns = Set(FacetCellLegendTests.plots(shared).map { ($0.minX * 10).rounded() }).count
        #expect(columns < sharedColumns, "\(columns) columns with cell legends, \(sharedColumns) with one")
    }
}
