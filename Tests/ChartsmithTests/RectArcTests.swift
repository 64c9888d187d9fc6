import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

@testable import ChartsmithLayout

/// Rect and arc marks (issue 13): heatmap cells, the gradient legend, Vega's schemes,
/// labels by contrast, pie geometry and labels outside the pie.
@Suite("Rect and arc marks")
struct RectArcTests {
    static let pieData = #"{"values":[{"c":"a","v":4},{"c":"b","v":6},{"c":"c","v":10},{"c":"d","v":3},{"c":"e","v":7}]}"#

    /// The angles (radians clockwise from 12 o'clock) of each slice's straight edges.
    static func startAngle(_ p: PathNode, centre: Point) -> Double {
        guard case .move(let m)? = p.path.elements.first else { return .nan }
        let a = atan2(m.x - centre.x, centre.y - m.y)
        return a < -1e-9 ? a + 2 * .pi : max(0, a)
    }

    @Test("pie slices fill the circle: stacked ascending by colour from 12 o'clock, angles in proportion and summing to 2π")
    func pieAngles() throws {
        let scene = try inlineScene(#"{"width":200,"height":200,"data":\#(Self.pieData),"mark":"arc","#
            + #""encoding":{"theta":{"field":"v","type":"quantitative"},"color":{"field":"c","type":"nominal"}}}"#)
        let slices = scene.paths(.mark)
        #expect(slices.count == 5)
        // Each slice is a centre point and an outer arc; the centre is the shared line-to point.
        let centre = try #require(slices.first.flatMap { p -> Point? in
            for e in p.path.elements { if case .line(let q) = e { return q } }
            return nil
        })
        let starts = slices.map { Self.startAngle($0, centre: centre) }
        let total = 30.0
        var expected = 0.0
        for (i, v) in [4.0, 6, 10, 3, 7].enumerated() {
            #expect(abs(starts[i] - expected) < 1e-9, "slice \(i) starts at \(starts[i]), expected \(expected)")
            expected += v / total * 2 * .pi
        }
        #expect(abs(expected - 2 * .pi) < 1e-12)
        #expect(slices.allSatisfy { ($0.path.bounds?.width ?? 0) <= 200.0001 })
    }

    @Test("padAngle leaves a gap of constant width between slices, as d3's arc; a donut's hole is its own sub-path edge")
    func padAngleAndHole() throws {
        let path = ArcPath.slice(center: Point(x: 0, y: 0), inner: 50, outer: 100, start: 0, end: .pi / 2, padAngle: 0.04)
        let pts = path.points
        // The first edge starts on the outer circle, shifted by asin(rp·sin(pad/2)/r1).
        let rp = (50.0 * 50 + 100 * 100).squareRoot(), p = rp * sin(0.02)
        let first = try #require(pts.first)
        #expect(abs(atan2(first.x, -first.y) - asin(p / 100)) < 1e-9)
        // The straight edge from the inner to the outer circle is parallel to the slice's edge,
        // at distance p from it (a gap of 2p between neighbours).
        let innerEnd = try #require(pts.last)  // the inner arc ends at the start edge
        #expect(abs(innerEnd.x - p) < 1e-6 && abs(first.x - p) < 1e-6)
        let noPad = ArcPath.slice(center: Point(x: 0, y: 0), inner: 0, outer: 100, start: 0, end: 2 * .pi)
        #expect(noPad.subpathCount == 1)
        let ring = ArcPath.slice(center: Point(x: 0, y: 0), inner: 40, outer: 100, start: 0, end: 2 * .pi)
        #expect(ring.subpathCount == 2)
        #expect(!ring.contains(Point(x: 0, y: 10)) && ring.contains(Point(x: 0, y: 70)))
    }

    @Test("a pie with more parts than the style allows is named in a warning suggesting a bar chart")
    func pieParts() throws {
        let six = #"{"values":[{"c":"a","v":1},{"c":"b","v":1},{"c":"c","v":1},{"c":"d","v":1},{"c":"e","v":1},{"c":"f","v":1}]}"#
        let scene = try inlineScene(#"{"data":\#(six),"mark":"arc","encoding":{"theta":{"field":"v","type":"quantitative"},"color":{"field":"c","type":"nominal"}}}"#)
        #expect(scene.metadata.warnings.contains { $0.contains("6 parts") && $0.contains("bar chart") })
        let five = try inlineScene(#"{"data":\#(Self.pieData),"mark":"arc","encoding":{"theta":{"field":"v","type":"quantitative"},"color":{"field":"c","type":"nominal"}}}"#)
        #expect(!five.metadata.warnings.contains { $0.contains("parts") })
    }

    @Test("labels outside a pie sit in columns beside it with leader lines, none overlapping another or the pie")
    func outsideLabels() throws {
        // Many thin slices near one another: their labels must be moved apart.
        let data = #"{"values":[{"c":"alpha","v":40},{"c":"beta","v":1},{"c":"gamma","v":1},{"c":"delta","v":1},{"c":"epsilon","v":1},{"c":"zeta","v":30}]}"#
        let scene = try inlineScene(#"{"width":400,"height":240,"data":\#(data),"encoding":{"theta":{"field":"v","type":"quantitative","stack":true}},"#
            + #""layer":[{"mark":"arc","encoding":{"color":{"field":"c","type":"nominal","legend":null}}},"#
            + #"{"mark":{"type":"text","radius":1000},"encoding":{"text":{"field":"c","type":"nominal"}}}]}"#)
        let labels = scene.texts(.markLabel)
        #expect(labels.count == 6)
        #expect(scene.paths(.leader).count == 6)
        for i in labels.indices {
            for j in labels.indices where j > i { #expect(!labels[i].bounds.intersects(labels[j].bounds), "\(labels[i].text) and \(labels[j].text) overlap") }
        }
        // The pie's own extent, from its outlines (not the Bézier control points).
        let xs = scene.paths(.mark).flatMap { $0.path.polygons(segments: 32).flatMap { $0.map(\.x) } }
        let left = try #require(xs.min()), right = try #require(xs.max())
        for l in labels { #expect(l.bounds.maxX <= left || l.bounds.minX >= right, "\(l.text) crosses the pie") }
    }

    @Test("theta on a bar is a located error naming the channel")
    func thetaOnBar() throws {
        do {
            _ = try SpecDecoder().decode(Array(#"{"data":{"values":[{"v":1}]},"mark":"bar","encoding":{"theta":{"field":"v","type":"quantitative"}}}"#.utf8))
            Issue.record("theta on a bar decoded")
        } catch let d as Diagnostic {
            #expect(d.message.contains("\"theta\"") && d.message.contains("bar"))
            #expect(d.location != nil)
            #expect(d.path?.description.contains("theta") == true)
        }
    }

    @Test("a discrete theta decodes without a stack on theta (Vega-Lite's band of the circle per category)")
    func discreteTheta() throws {
        let s = try SpecDecoder().decode(Array(#"{"data":{"values":[{"v":"a"}]},"mark":"arc","encoding":{"theta":{"field":"v","type":"nominal"}}}"#.utf8))
        #expect(ViewSemantics(mark: try #require(s.mark), encoding: s.encoding).stack == nil)
    }

    @Test("Vega's continuous schemes are sampled exactly as vega-scale's interpolators (piecewise RGB, rounded)")
    func schemeSamples() throws {
        // Expected values computed from vega-scale's published palette strings with d3's
        // interpolateRgb and Math.round.
        let cases: [(String, Double, String)] = [
            ("blues", 0.3, "#8fc1de"), ("viridis", 0.37, "#2d718e"), ("redblue", 0.5, "#f2efee"),
            ("yellowgreenblue", 0.85, "#2255a3"), ("greys", 0.1, "#d4d4d4"), ("blueorange", 0.62, "#fcd9ac"),
        ]
        for (name, t, hex) in cases {
            let ramp = try Schemes.colors(name)
            #expect(ColorScale.interpolate(ramp, t).hexString == hex, "\(name) at \(t)")
        }
    }

    @Test("a heatmap: touching cells without padding, a gradient legend with ticks, cell labels black or white by contrast")
    func heatmap() throws {
        let data = #"{"values":[{"x":"a","y":"p","v":1},{"x":"b","y":"p","v":50},{"x":"a","y":"q","v":100},{"x":"b","y":"q","v":20}]}"#
        let scene = try inlineScene(#"{"width":200,"height":100,"data":\#(data),"encoding":{"x":{"field":"x","type":"nominal"},"y":{"field":"y","type":"nominal"}},"#
            + #""layer":[{"mark":"rect","encoding":{"color":{"field":"v","type":"quantitative","scale":{"scheme":"greys"}}}},"#
            + #"{"mark":"text","encoding":{"text":{"field":"v","type":"quantitative"}}}]}"#)
        let cells = scene.rects(.mark)
        #expect(cells.count == 4)
        #expect(cells.allSatisfy { abs($0.rect.width - 100) < 1e-9 && abs($0.rect.height - 50) < 1e-9 })
        let bar = try #require(scene.rects(.legendSymbol).first { $0.gradient != nil })
        let g = try #require(bar.gradient)
        #expect(g.stops.first?.color.hexString == "#e2e2e2" && g.stops.last?.color.hexString == "#1e1e1e")
        let ticks = scene.texts(.legendLabel).map(\.text)
        #expect(ticks == ["20", "40", "60", "80", "100"])
        let labels = Dictionary(uniqueKeysWithValues: scene.texts(.markLabel).map { ($0.text, $0.color.hexString) })
        #expect(labels["1"] != "#ffffff" && labels["100"] == "#ffffff")
        #expect(scene.metadata.warnings.allSatisfy { !$0.contains("touching") })
    }
}
