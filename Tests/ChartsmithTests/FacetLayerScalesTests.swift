import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A facet of a layered view whose layers keep a colour scale (or legend) of their own
/// (`resolve` independent between the layers), drawn as Vega draws it: each cell's layers
/// take scales of that cell's data, and their legends stand beside the cell, in layer
/// order, with no legend for the figure; an empty cell of a grid has none. Compared with
/// Vega through vl_compare.
@Suite("Layer scales in a facet's cells")
struct FacetLayerScalesTests {
    typealias L = LayerScalesInCompositionTests

    static func facet(_ facet: String = #"{"field": "f", "type": "nominal"}"#, rows: String = L.rows,
                      resolve: String = #"{"scale": {"color": "independent"}}"#, outer: String = "") -> String {
        #"{"data": {"values": \#(rows)}, "facet": \#(facet), "spec": \#(L.layered(resolve))\#(outer)}"#
    }

    /// Each cell's plot: the union of its marks, left to right.
    static func plots(_ s: Scene) -> [Rect] {
        let marks = s.paths(.mark).compactMap(\.path.bounds) + s.rects(.mark).map(\.rect)
        var groups: [Rect] = []
        for r in marks.sorted(by: { $0.minX < $1.minX }) {
            if let last = groups.last, r.minX <= last.maxX + 20 { groups[groups.count - 1] = last.union(r) } else { groups.append(r) }
        }
        return groups
    }

    @Test("each cell: its lines' legend of its own d values, then its points' of its own c values, right of it")
    func ownScalesPerCell() throws {
        let s = try TestPipeline.scene(Self.facet())
        let titles = s.texts(.legendTitle).sorted { ($0.bounds.minX, $0.bounds.minY) < ($1.bounds.minX, $1.bounds.minY) }
        #expect(titles.map(\.text) == ["d", "c", "d", "c"], "\(titles.map(\.text))")
        let labels = s.texts(.legendLabel).sorted { ($0.bounds.minX > 200 ? 1 : 0, $0.bounds.minY) < ($1.bounds.minX > 200 ? 1 : 0, $1.bounds.minY) }
        // F1: d = p; c = a, b. F2: d = q, r; c = a, c.
        #expect(labels.map(\.text) == ["p", "a", "b", "q", "r", "a", "c"], "\(labels.map(\.text))")
        let p = Self.plots(s)
        try #require(p.count == 2 && titles.count == 4)
        #expect(titles[0].bounds.minX > p[0].maxX && titles[0].bounds.maxX < p[1].minX, "F1's legends between the cells")
        #expect(titles[2].bounds.minX > p[1].maxX, "F2's right of F2")
        // Each cell's scales start afresh: F1's "p" line and F2's "q" line take the same first colour.
        let lines = s.paths(.mark).filter { $0.fill == nil }.compactMap { $0.stroke?.color }
        #expect(lines.count == 2 && lines[0] == lines[1], "\(lines)")
        #expect(s.textCollisions().isEmpty)
    }

    @Test("the facet's own independent colour beside the layers' own: one set of legends per cell, not a merged one")
    func withFacetResolve() throws {
        let s = try TestPipeline.scene(Self.facet(outer: #", "resolve": {"scale": {"color": "independent"}}"#))
        #expect(s.texts(.legendTitle).map(\.text).sorted() == ["c", "c", "d", "d"], "\(s.texts(.legendTitle).map(\.text))")
    }

    @Test("legends independent over a shared scale: each cell a legend per layer, each of the whole scale")
    func legendOnly() throws {
        let s = try TestPipeline.scene(Self.facet(resolve: #"{"legend": {"color": "independent"}}"#))
        #expect(s.texts(.legendTitle).count == 4)
        #expect(s.texts(.legendLabel).count == 4 * 6)
    }

    @Test("a row × column grid: the empty cells have no legends")
    func emptyCells() throws {
        let rows = L.rows.replacingOccurrences(of: #""f": "F1"}"#, with: #""f": "F1", "g": "G1"}"#)
            .replacingOccurrences(of: #""f": "F2"}"#, with: #""f": "F2", "g": "G2"}"#)
        let s = try TestPipeline.scene(Self.facet(#"{"row": {"field": "f", "type": "nominal"}, "column": {"field": "g", "type": "nominal"}}"#, rows: rows))
        // Two cells of four hold data: two legends each.
        #expect(s.texts(.legendTitle).map(\.text) == ["d", "c", "d", "c"], "\(s.texts(.legendTitle).map(\.text))")
        #expect(s.texts.filter { $0.text == "No data" }.count == 2)
    }

    @Test("a layer's legend with an orient other than right in a facet's cells is a located error naming orient")
    func orientRefused() throws {
        let spec = Self.facet().replacingOccurrences(of: #""color": {"field": "d", "type": "nominal"}"#,
                                                      with: #""color": {"field": "d", "type": "nominal", "legend": {"orient": "bottom"}}"#)
        #expect(spec.contains("bottom"))
        #expect {
            _ = try TestPipeline.scene(spec)
        } throws: { "\($0)".contains("orient") && "\($0)".contains("not supported by Chartsmith") && "\($0)".contains("resolve.scale.color") }
    }
}
