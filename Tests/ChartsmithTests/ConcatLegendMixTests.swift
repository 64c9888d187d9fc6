import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A concat whose legends split for some channels and not for others, as Vega-Lite
/// assembles them (compared through vl_compare): each view draws the legends of its split
/// channels (of its own scale, or of the one shared scale), and a channel whose legend stays
/// shared has one legend beside the whole concat.
@Suite("Concat legends: split and shared channels mixed")
struct ConcatLegendMixTests {
    static let rows = #"[{"x": 0, "y": 3, "c": "a", "d": "p"}, {"x": 1, "y": 7, "c": "b", "d": "p"}, {"x": 2, "y": 4, "c": "b", "d": "p"}, "#
        + #"{"x": 3, "y": 8, "c": "a", "d": "q"}, {"x": 4, "y": 1, "c": "c", "d": "r"}, {"x": 5, "y": 5, "c": "c", "d": "q"}]"#

    /// Points coloured by `c` and shaped by `d`, of the rows that pass `filter`.
    static func view(_ filter: String) -> String {
        #"{"width": 100, "height": 80, "transform": [{"filter": "\#(filter)"}], "mark": "point", "#
            + #""encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "#
            + #""color": {"field": "c", "type": "nominal"}, "shape": {"field": "d", "type": "nominal"}}}"#
    }

    func scene(_ resolve: String) throws -> Scene {
        try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(Self.view("datum.x < 3")), \#(Self.view("datum.x >= 2"))], "resolve": \#(resolve)}"#)
    }

    /// The views' plots, left to right: the union of each view's gridlines.
    func plots(_ s: Scene) -> [Rect] {
        let grid = s.paths(.grid).compactMap(\.path.bounds).sorted { $0.minX < $1.minX }
        var out: [Rect] = []
        for r in grid {
            if let last = out.last, r.minX <= last.maxX + 1 { out[out.count - 1] = last.union(r) } else { out.append(r) }
        }
        return out
    }

    /// Legend titles and their labels, in reading order of the legend columns.
    func legends(_ s: Scene) -> [(title: TextNode, labels: [String])] {
        let titles = s.texts(.legendTitle).sorted { ($0.bounds.minX, $0.bounds.minY) < ($1.bounds.minX, $1.bounds.minY) }
        let labels = s.texts(.legendLabel)
        return titles.map { t in
            let below = titles.filter { abs($0.bounds.minX - t.bounds.minX) < 1 && $0.bounds.minY > t.bounds.minY }.map(\.bounds.minY).min() ?? .infinity
            let own = labels.filter { $0.bounds.minX > t.bounds.minX - 1 && $0.bounds.minX < t.bounds.minX + 40 && $0.bounds.minY > t.bounds.minY && $0.bounds.minY < below }
            return (t, own.sorted { $0.bounds.minY < $1.bounds.minY }.map(\.text))
        }
    }

    @Test("independent colour legends of a shared scale beside a shared shape legend: a colour legend per view, the shape legend once after the concat")
    func sharedShapeLegend() throws {
        let s = try scene(#"{"legend": {"color": "independent"}}"#)
        let l = legends(s)
        #expect(l.map(\.title.text) == ["c", "c", "d"], "\(l.map(\.title.text))")
        guard l.count == 3 else { return }
        // Each colour legend shows the whole shared scale; the shape legend every value once.
        #expect(l[0].labels == ["a", "b", "c"] && l[1].labels == ["a", "b", "c"], "\(l.map(\.labels))")
        #expect(l[2].labels == ["p", "q", "r"])
        let p = plots(s)
        #expect(p.count == 2)
        if p.count == 2 {
            #expect(l[0].title.bounds.minX > p[0].maxX && l[0].title.bounds.maxX < p[1].minX)
            #expect(l[1].title.bounds.minX > p[1].maxX && l[2].title.bounds.minX > l[1].title.bounds.maxX)
        }
        #expect(s.textCollisions().isEmpty)
    }

    @Test("an independent colour scale beside a shared shape scale with independent legends: each view its own colours and the whole shape scale")
    func ownColourSharedShape() throws {
        let s = try scene(#"{"scale": {"color": "independent"}, "legend": {"shape": "independent"}}"#)
        let l = legends(s)
        #expect(l.map(\.title.text) == ["c", "d", "c", "d"], "\(l.map(\.title.text))")
        guard l.count == 4 else { return }
        // The first view's colours are its own (a, b); the second's a, b, c. Both show p, q, r.
        #expect(l[0].labels == ["a", "b"] && l[2].labels == ["a", "b", "c"], "\(l.map(\.labels))")
        #expect(l[1].labels == ["p", "q", "r"] && l[3].labels == ["p", "q", "r"], "\(l.map(\.labels))")
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a shape (dash) scale shared by views of different fields: one scale over both fields' values, its legend titled by both")
    func sharedScaleOfTwoFields() throws {
        func view(_ field: String, _ channel: String, _ mark: String) -> String {
            #"{"width": 100, "height": 80, "mark": "\#(mark)", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}, "#
                + #""\#(channel)": {"field": "\#(field)", "type": "nominal"}}}"#
        }
        let s = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "vconcat": [\#(view("d", "shape", "point")), \#(view("c", "shape", "point"))]}"#)
        #expect(s.texts(.legendTitle).map(\.text) == ["d, c"])
        #expect(Set(s.texts(.legendLabel).map(\.text)) == ["a", "b", "c", "p", "q", "r"])
        // Six values, six symbols: the second view's points are not all the first shape.
        let symbols = Set(s.paths(.legendSymbol).map { "\($0.path)" })
        #expect(symbols.count == 6)
        // Each mark's outline relative to its centre: one outline per value.
        let marks = s.paths(.mark).map { p -> String in
            guard let b = p.path.bounds else { return "" }
            return p.path.points.map { "\(Int(($0.x - b.midX) * 10)),\(Int(($0.y - b.midY) * 10))" }.joined(separator: " ")
        }
        #expect(Set(marks).count == 6, "every value's own shape drawn")
        let dashed = try TestPipeline.scene(#"{"data": {"values": \#(Self.rows)}, "hconcat": [\#(view("d", "strokeDash", "line")), \#(view("c", "strokeDash", "line"))]}"#)
        #expect(dashed.texts(.legendTitle).map(\.text) == ["d, c"])
        #expect(Set(dashed.texts(.legendLabel).map(\.text)) == ["a", "b", "c", "p", "q", "r"])
        // Five lines of five patterns ("r" is one row: no line), the legend's six.
        let dashes = Set(dashed.paths(.mark).compactMap { $0.stroke.map { "\($0.dash)" } })
        #expect(dashes.count == 5, "\(dashes)")
        #expect(Set(dashed.paths(.legendSymbol).compactMap { $0.stroke.map { "\($0.dash)" } }).count == 6)
    }

    @Test("a shared legend beside split ones inside a concat that shares its scales from above stays a located error")
    func nestedRefused() {
        let inner = #"{"hconcat": [\#(Self.view("datum.x < 3")), \#(Self.view("datum.x >= 2"))], "resolve": {"legend": {"color": "independent"}}}"#
        let spec = #"{"data": {"values": \#(Self.rows)}, "vconcat": [\#(inner), \#(Self.view("datum.x > 0"))]}"#
        do {
            _ = try TestPipeline.scene(spec)
            Issue.record("expected an error")
        } catch {
            let m = "\(error)"
            #expect(m.contains("a shared shape legend beside independent color legends in a concat inside another") && m.contains("resolve.legend.color"), "\(m)")
        }
    }
}
