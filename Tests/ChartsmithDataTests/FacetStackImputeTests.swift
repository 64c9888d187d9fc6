import ChartsmithSpec
import Foundation
import Testing
@testable import ChartsmithData

/// A faceted stacked area or line imputed as Vega-Lite imputes it: its `impute` (value 0,
/// grouped by the stack-by and facet fields) runs before the facet splits the data, so each
/// cell's series get 0 at the positions only the other cells have, where the facet moves
/// below the view's data flow (not past a fork: layers, a channel sorted by a field). An
/// aggregated area, which does not stack, and a bar are left as they are.
@Suite("Stack impute across facet cells")
struct FacetStackImputeTests {
    /// Cell "p" has x 1 and 2, cell "q" has x 3; series a and b in p, a only in q.
    static let rows = #"[{"x": 1, "y": 2, "c": "a", "f": "p"}, {"x": 2, "y": 3, "c": "b", "f": "p"}, {"x": 3, "y": 4, "c": "a", "f": "q"}]"#

    /// Each cell's rows, as (c, x, y) sorted by series then x.
    func cells(_ spec: String) throws -> [[String]] {
        let chart = try SpecDecoder().decode(Array(spec.utf8))
        let (cells, _) = try CellPreparation.prepare(chart, loader: DataLoader(baseFolder: URL(fileURLWithPath: "/nonexistent")))
        return cells.map { cell in
            cell.views[0].table.rows.map { r in "\(r["c"].text) \(r["x"].text) \(r["y"].text)" }.sorted()
        }
    }

    @Test("a stacked area in rows: zeros at the other cell's x, for each of the cell's series")
    func areaInRows() throws {
        let spec = #"{"data": {"values": \#(Self.rows)}, "mark": "area", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "c"}, "row": {"field": "f"}}}"#
        let c = try cells(spec)
        #expect(c == [["a 1 2", "a 2 0", "a 3 0", "b 1 0", "b 2 3", "b 3 0"], ["a 1 0", "a 2 0", "a 3 4"]], "\(c)")
    }

    @Test("the facet operator over a line stacked with no colour: each cell is one series, zero at the others' x")
    func facetOperatorLine() throws {
        let spec = #"{"data": {"values": \#(Self.rows)}, "facet": {"column": {"field": "f"}}, "spec": {"mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative", "stack": true}}}}"#
        let c = try cells(spec)
        // (The imputed rows carry no colour: the rows' own "c" is not a series here.)
        #expect(c == [["a 1 2", "b 2 3", "null 3 0"], ["a 3 4", "null 1 0", "null 2 0"]], "\(c)")
    }

    @Test("where the facet stays above a fork (a layered view; a colour sorted by a field) each cell imputes on its own x, as vl-convert 5.20")
    func forkKeepsImputeInCells() throws {
        let layered = #"{"data": {"values": \#(Self.rows)}, "facet": {"row": {"field": "f"}}, "spec": {"encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "c"}}, "layer": [{"mark": "area"}, {"mark": "point"}]}}"#
        let sorted = #"{"data": {"values": \#(Self.rows)}, "mark": "area", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "c", "sort": {"field": "y", "op": "sum"}}, "row": {"field": "f"}}}"#
        for spec in [layered, sorted] {
            let c = try cells(spec)
            #expect(c == [["a 1 2", "a 2 0", "b 1 0", "b 2 3"], ["a 3 4"]], "\(c)")
        }
    }

    @Test("an aggregated area (not stacked) and a stacked bar are not imputed")
    func notImputed() throws {
        let mean = #"{"data": {"values": \#(Self.rows)}, "mark": "area", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"aggregate": "mean", "field": "y", "type": "quantitative"}, "row": {"field": "f"}}}"#
        let chart = try SpecDecoder().decode(Array(mean.utf8))
        let (cells, _) = try CellPreparation.prepare(chart, loader: DataLoader(baseFolder: URL(fileURLWithPath: "/nonexistent")))
        #expect(cells.map { $0.views[0].table.rowCount } == [2, 1])
        let bar = #"{"data": {"values": \#(Self.rows)}, "mark": "bar", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "color": {"field": "c"}, "row": {"field": "f"}}}"#
        #expect(try self.cells(bar) == [["a 1 2", "b 2 3"], ["a 3 4"]])
    }
}
