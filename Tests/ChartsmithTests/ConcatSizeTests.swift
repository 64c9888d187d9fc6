import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Concatenated views keep their own `width` and `height`: a short view beside a tall one
/// is not stretched to the row's height, and the views of a row share their plots' top
/// edge (those of a column their left edge), as Vega-Lite lays out a concat.
@Suite("Concat view sizes")
struct ConcatSizeTests {
    static let spec = #"""
        {"data": {"values": [{"c": "A", "n": 3}, {"c": "B", "n": 5}, {"c": "C", "n": 2}]},
         "%KIND%": [
           {"width": 300, "height": 100, "mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}},
           {"width": 120, "height": 220, "mark": "bar", "encoding": {"y": {"field": "c", "type": "nominal"}, "x": {"field": "n", "type": "quantitative"}}}
         ]}
        """#

    /// The x axis's domain line of each view (horizontal), in drawing order.
    func domains(_ s: Scene) -> [Rect] {
        s.paths(.axisDomain).map { p in
            let pts = p.path.points
            let xs = pts.map(\.x), ys = pts.map(\.y)
            return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
        }.filter { $0.height < 0.01 }
    }

    @Test("an hconcat: each view its own height, plots top-aligned; each its own width")
    func hconcat() throws {
        let s = try TestPipeline.scene(Self.spec.replacingOccurrences(of: "%KIND%", with: "hconcat"))
        let bars = s.rects(.mark).map(\.rect)
        #expect(bars.count == 6)
        let d = domains(s)
        #expect(d.count == 2)
        // Widths: 300 and 120.
        #expect(abs(d[0].width - 300) < 0.5 && abs(d[1].width - 120) < 0.5)
        // The first view's plot is 100 high: its tallest bar (5 on a 0–5 axis) spans it.
        let first = bars[0..<3].reduce(bars[0]) { $0.union($1) }
        #expect(abs(d[0].minY - first.minY - 100) < 0.5)
        // The second's 220: its bands fill it from the same top down to its own axis.
        let second = bars[3..<6].reduce(bars[3]) { $0.union($1) }
        #expect(abs(first.minY - (d[1].minY - 220)) < 0.5)
        #expect(second.maxY < d[1].minY && second.minY > d[1].minY - 220)
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a vconcat: each view its own width, plots left-aligned")
    func vconcat() throws {
        let s = try TestPipeline.scene(Self.spec.replacingOccurrences(of: "%KIND%", with: "vconcat"))
        let d = domains(s)
        #expect(d.count == 2)
        #expect(abs(d[0].width - 300) < 0.5 && abs(d[1].width - 120) < 0.5)
        #expect(abs(d[0].minX - d[1].minX) < 0.5)
        #expect(s.textCollisions().isEmpty)
    }
}
