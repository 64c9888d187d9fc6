import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// A facet's transforms as Vega-Lite runs them: the figure's and the faceted view's own
/// both before the data is split (so either may make the field to facet by), the view's
/// `aggregate`, `joinaggregate`, `window` and `stack` still per group, a `bin`'s extent
/// over every row; and the facet's sort by another field aggregated by its `op`.
@Suite("Facet transforms")
struct FacetTransformTests {
    static let rows = #"[{"a": 1, "g": "x", "k": "p"}, {"a": 5, "g": "y", "k": "p"}, {"a": 3, "g": "x", "k": "q"}, {"a": 7, "g": "y", "k": "q"}, {"a": 2, "g": "x", "k": "p"}, {"a": 6, "g": "y", "k": "p"}]"#

    /// The column headers (bold axis titles), left to right.
    func headers(_ s: Scene) -> [String] {
        s.texts(.axisTitle).filter { $0.font.weight == .bold }.sorted { $0.anchor.x < $1.anchor.x }.map(\.text)
    }

    /// The bars' heights, cell by cell (left to right), each cell's left to right.
    func barHeights(_ s: Scene) -> [[Double]] {
        let bars = s.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }
        var cells: [[RectNode]] = []
        for b in bars {
            if let last = cells.last?.last, b.rect.minX - last.rect.maxX > 10 { cells.append([b]) }
            else if cells.isEmpty { cells.append([b]) } else { cells[cells.count - 1].append(b) }
        }
        return cells.map { $0.map { ($0.rect.height * 100).rounded() / 100 } }
    }

    @Test("a calculate at the top level or in the faceted view makes the facet field; the encoding's facet too")
    func calculatedFacetField() throws {
        let calc = #"{"calculate": "datum.a > 2 ? 'big' : 'small'", "as": "size"}"#
        let view = #""mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}"#
        let specs = [
            #"{"data": {"values": \#(Self.rows)}, "transform": [\#(calc)], "facet": {"column": {"field": "size"}}, "spec": {\#(view)}}"#,
            #"{"data": {"values": \#(Self.rows)}, "facet": {"column": {"field": "size"}}, "spec": {"transform": [\#(calc)], \#(view)}}"#,
            #"{"data": {"values": \#(Self.rows)}, "transform": [\#(calc)], "mark": "point", "encoding": {"column": {"field": "size"}, "x": {"field": "a", "type": "quantitative"}}}"#,
        ]
        for spec in specs {
            let scene = try TestPipeline.scene(spec)
            #expect(headers(scene) == ["big", "small"], "\(spec)")
            // Four points in "big" (a = 3, 5, 6, 7), two in "small".
            #expect(scene.paths(.mark).count + scene.rects(.mark).count == 6)
        }
    }

    @Test("the faceted view's aggregate runs per group, then a calculate on its result (Vega-Lite's 6, 6 | 22, 14)")
    func aggregatePerGroup() throws {
        let spec = #"""
        {"data": {"values": \#(Self.rows)}, "facet": {"column": {"field": "g"}},
         "spec": {"transform": [{"aggregate": [{"op": "sum", "field": "a", "as": "s"}], "groupby": ["k"]}, {"calculate": "datum.s * 2", "as": "s2"}],
           "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "s2", "type": "quantitative", "scale": {"domain": [0, 22]}}}}}
        """#
        let scene = try TestPipeline.scene(spec)
        #expect(headers(scene) == ["x", "y"])
        let h = barHeights(scene)
        try #require(h.count == 2 && h.allSatisfy { $0.count == 2 }, "\(h)")
        // Heights in proportion to 6, 6 and 22, 14.
        #expect(abs(h[0][0] / h[1][0] - 6.0 / 22) < 0.01 && abs(h[0][1] / h[1][1] - 6.0 / 14) < 0.01, "\(h)")
    }

    @Test("a bin in the faceted view spans every row, so every cell has the same bins")
    func binOverAllRows() throws {
        let spec = #"""
        {"data": {"values": [{"a": 1, "g": "x"}, {"a": 50, "g": "y"}, {"a": 3, "g": "x"}, {"a": 70, "g": "y"}]},
         "facet": {"column": {"field": "g"}},
         "spec": {"transform": [{"bin": true, "field": "a", "as": "b"}], "mark": "bar",
           "encoding": {"x": {"field": "b", "type": "ordinal"}, "y": {"aggregate": "count", "type": "quantitative"}}}}
        """#
        let scene = try TestPipeline.scene(spec)
        // Bins of 10 over 0–70 (Vega's), shared: both cells' x axes show the bins 0, 50 and 60
        // that hold rows (per cell, "x" would have bins of 1 or 0.5 over 1–3).
        let labels = scene.texts(.axisLabel).map(\.text).filter { !$0.contains(".") }
        #expect(labels == ["0", "50", "60", "0", "50", "60"], "\(labels)")
    }

    @Test("a density not grouped by the facet field is a located error naming the transform")
    func densityWithoutFacetField() throws {
        let spec = #"""
        {"data": {"values": \#(Self.rows)}, "facet": {"column": {"field": "g"}},
         "spec": {"transform": [{"density": "a"}], "mark": "area",
           "encoding": {"x": {"field": "value", "type": "quantitative"}, "y": {"field": "density", "type": "quantitative"}}}}
        """#
        #expect {
            try TestPipeline.scene(spec)
        } throws: { e in
            let d = "\(e)"
            return d.contains("spec.json:2:25") && d.contains("transform[0] (density)") && d.contains("facet field \"g\"")
                && d.contains("\"groupby\"")
        }
        // Grouped by it, it draws one density per cell.
        let grouped = try TestPipeline.scene(spec.replacingOccurrences(of: #"{"density": "a"}"#, with: #"{"density": "a", "groupby": ["g"]}"#))
        #expect(headers(grouped) == ["x", "y"])
    }

    @Test("a facet sorted by another field: by its median with op median, by its min without an op (Vega-Lite's default)")
    func sortByFieldOp() throws {
        // Medians: x → 2, y → 6, z → 3; means: x 2, y 6, z 34/3; mins: x 1, y 5, z 0.
        let rows = #"[{"a": 1, "g": "x"}, {"a": 2, "g": "x"}, {"a": 3, "g": "x"}, {"a": 5, "g": "y"}, {"a": 6, "g": "y"}, {"a": 7, "g": "y"}, {"a": 0, "g": "z"}, {"a": 3, "g": "z"}, {"a": 31, "g": "z"}]"#
        func order(_ sort: String) throws -> [String] {
            headers(try TestPipeline.scene(#"""
            {"data": {"values": \#(rows)}, "facet": {"column": {"field": "g", "sort": \#(sort)}},
             "spec": {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}}
            """#))
        }
        #expect(try order(#"{"field": "a", "op": "median"}"#) == ["x", "z", "y"])
        #expect(try order(#"{"field": "a", "op": "mean"}"#) == ["x", "y", "z"])
        #expect(try order(#"{"field": "a"}"#) == ["z", "x", "y"])
        #expect(throws: (any Error).self) { try order(#"{"field": "a", "op": "middle"}"#) }
    }
}
