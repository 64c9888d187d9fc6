import Foundation

/// The small-multiples benchmark's specs (issue 12): a facet of `panels` bar charts wrapped
/// into columns, and the same view with one group's rows, for comparing one figure of
/// many panels with as many one-panel charts. The data are SYNTHETIC, for timing only.
enum BenchFacet {
    /// Rows of `panels` groups, three bars each.
    static func rows(panels: Int) -> [String] {
        var rng = SplitMix64(seed: 7)
        return (0..<panels).flatMap { g in
            ["A", "B", "C"].map { c in #"{"group": "Group \#(g + 1)", "cat": "\#(c)", "n": \#(Int(10 + rng.nextUnit() * 90))}"# }
        }
    }

    static func spec(_ rows: [String], facet: Bool) -> String {
        let view = #"{"mark": "bar", "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}}"#
        let data = #""data": {"values": [\#(rows.joined(separator: ", "))]}"#
        if facet {
            return #"{"title": "Synthetic small multiples", \#(data), "width": 120, "height": 80, "columns": 8, "facet": {"field": "group", "type": "nominal"}, "spec": \#(view)}"#
        }
        return #"{"title": "Synthetic small multiples", \#(data), "width": 120, "height": 80, "mark": "bar", "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}}"#
    }

    /// Writes the facet of `panels` groups and the one-panel chart of its first group.
    static func write(panels: Int, in folder: URL) throws -> (facet: URL, one: URL) {
        let all = rows(panels: panels)
        let facet = folder.appendingPathComponent("facet-\(panels).json"), one = folder.appendingPathComponent("facet-one.json")
        try spec(all, facet: true).write(to: facet, atomically: true, encoding: .utf8)
        try spec(Array(all.prefix(3)), facet: false).write(to: one, atomically: true, encoding: .utf8)
        return (facet, one)
    }
}
