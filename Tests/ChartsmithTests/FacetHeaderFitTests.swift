import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Facet headers wider than their cells: the gaps between columns (or rows) grow so no
/// header overlaps another or is left out, and a header set level beside a row sits
/// outside the plot whatever its `labelAlign`, as Vega sets a header's text box.
@Suite("Facet headers that fit")
struct FacetHeaderFitTests {
    /// Bars by year in one cell per site: cells two steps wide under site names wider
    /// than that ("Crookston" is one word, "University Farm" two).
    static func barley(_ channel: String, header: String = "", extra: String = "") -> String {
        let sites = ["Crookston", "Duluth", "Grand Rapids", "Morris", "University Farm", "Waseca"]
        let rows = sites.enumerated().flatMap { i, s in
            [#"{"site": "\#(s)", "year": "1931", "yield": \#(30 + i)}"#, #"{"site": "\#(s)", "year": "1932", "yield": \#(40 - i)}"#]
        }
        let (cat, val) = channel == "row" ? ("y", "x") : ("x", "y")
        return #"""
        {"data": {"values": [\#(rows.joined(separator: ", "))]}, "mark": "bar"\#(extra),
         "encoding": {"\#(channel)": {"field": "site", "type": "nominal"\#(header)},
           "\#(cat)": {"field": "year", "type": "nominal"}, "\#(val)": {"field": "yield", "type": "quantitative"}}}
        """#
    }

    static let sites = ["Crookston", "Duluth", "Grand", "Rapids", "Morris", "University", "Farm", "Waseca"]

    /// The bold header lines, by their text.
    func headers(_ s: Scene) -> [TextNode] {
        s.texts(.axisTitle).filter { $0.font.weight == .bold && Self.sites.contains($0.text) }
    }

    @Test("column headers wider than their cells: every one drawn, 12 points or more apart, on the canvas")
    func columns() throws {
        for look in ["", #", "header": {"labelAnchor": "middle"}"#] {
            let chart = try TestPipeline.chart(Self.barley("column", header: look))
            #expect(!chart.warnings.contains { $0.description.contains("left out") }, "\(chart.warnings)")
            let h = headers(chart.scene)
            #expect(h.map(\.text).sorted() == Self.sites.sorted())
            // Side by side (on one line), each next header starts 12 points or more after the one before.
            let lines = Dictionary(grouping: h) { ($0.bounds.minY * 10).rounded() }
            for line in lines.values {
                let byX = line.sorted { $0.bounds.minX < $1.bounds.minX }
                for (a, b) in zip(byX, byX.dropFirst()) {
                    #expect(b.bounds.minX - a.bounds.maxX >= 12 - 0.01, "\(a.text) → \(b.text): \(a.bounds) \(b.bounds)")
                }
            }
            for t in h { #expect(chart.scene.bounds.contains(t.bounds, tolerance: 0.01), "\(t.text) \(t.bounds)") }
        }
    }

    @Test("row headers turned -90° longer than their rows: none overlaps the next, none left out")
    func rows() throws {
        let chart = try TestPipeline.chart(Self.barley("row", extra: #", "height": {"step": 8}"#))
        #expect(!chart.warnings.contains { $0.description.contains("axis title") }, "\(chart.warnings)")
        let h = headers(chart.scene)
        #expect(h.count == Self.sites.count)
        // A two-line label ("Grand Rapids") has its lines side by side across its row,
        // centred alike: one box per row, each 12 points or more above the next.
        let rows = Dictionary(grouping: h) { ($0.bounds.midY * 100).rounded() }.values.map { lines in
            lines.dropFirst().reduce(lines[0].bounds) { $0.union($1.bounds) }
        }.sorted { $0.minY < $1.minY }
        #expect(rows.count == 6)
        for (a, b) in zip(rows, rows.dropFirst()) { #expect(b.minY - a.maxY >= 12 - 0.01, "\(a) → \(b)") }
        for t in h { #expect(chart.scene.bounds.contains(t.bounds, tolerance: 0.01), "\(t.text) \(t.bounds)") }
    }

    @Test("a level row header with labelAlign left ends before the plot (trellis_area_seattle), right-aligned as Vega sets it")
    func levelRowHeaders() throws {
        let scene = try TestPipeline.scene(Self.barley("row", header: #", "header": {"labelAngle": 0, "labelAlign": "left", "labelPadding": 2}"#,
                                                       extra: #", "height": {"step": 12}"#))
        let h = headers(scene)  // the one-word sites, set on one line each
        let plotLeft = try #require(scene.rects(.mark).map(\.rect.minX).min())
        let rights = h.map(\.bounds.maxX)
        #expect(h.count == 4)
        for t in h { #expect(t.bounds.maxX <= plotLeft - 2 + 0.01, "\(t.text) \(t.bounds) plot at \(plotLeft)") }
        // Each box ends at the same place, however long (Vega places each header's box).
        #expect((rights.max() ?? 0) - (rights.min() ?? 0) < 0.01, "\(rights)")
    }

    @Test("on a fixed canvas (autosize fit) the rows' gaps grow only while every row keeps its least plot")
    func rowsCappedOnAFixedCanvas() throws {
        let spec = Self.barley("row", extra: #", "autosize": "fit", "height": 180"#)  // a 400-point canvas
        let chart = try TestPipeline.chart(spec)
        // Two bars (1931, 1932) a row, six rows: each row's two bars span most of its plot,
        // which keeps 20 points or more (uncapped, the gaps left each row some 3 points).
        let bars = chart.scene.rects(.mark).map(\.rect).sorted { $0.minY < $1.minY }
        #expect(bars.count == 12)
        let bands = stride(from: 0, to: bars.count - 1, by: 2).map { bars[$0].union(bars[$0 + 1]) }
        for b in bands { #expect(b.height >= 10, "\(b)") }
        // What could not be fitted is named, never dropped in silence.
        let drawn = headers(chart.scene).count
        if drawn < Self.sites.count { #expect(chart.warnings.contains { $0.description.contains("left out") }, "\(chart.warnings)") }
    }
}
