import Chartsmith
import ChartsmithTestSupport
import ChartsmithScene
import Foundation
import Testing

/// Polar layers as Vega-Lite resolves and draws them: a quantitative `theta` layer over an
/// ordinal one gets its own scale, arcs placed by constant angles (`value`, or `datum` under
/// `scale: null`), and text set around a radial chart grows the canvas rather than leaving it.
@Suite("Polar layers")
struct PolarLayerTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/altair")

    static func chart(_ name: String) throws -> RenderedChart {
        try ChartRenderer().chart(forSpecAt: fixtures.appendingPathComponent(name))
    }

    /// The paths drawn by the layer whose group is named `layer`.
    static func paths(in scene: Scene, layer: String) -> [PathNode] {
        var out: [PathNode] = []
        func walk(_ nodes: [SceneNode], inside: Bool) {
            for n in nodes {
                switch n {
                case .group(let g): walk(g.children, inside: inside || g.name == layer)
                case .path(let p) where inside: out.append(p)
                default: break
                }
            }
        }
        walk(scene.nodes, inside: false)
        return out
    }

    /// The angle (radians clockwise from 12 o'clock, in [0, 2π)) of a slice's first point.
    static func startAngle(_ p: PathNode, centre: Point) -> Double {
        guard case .move(let m)? = p.path.elements.first else { return .nan }
        let a = atan2(m.x - centre.x, centre.y - m.y)
        return a < -1e-9 ? a + 2 * .pi : max(0, a)
    }

    /// The point every wedge (no inner radius) returns to: its centre.
    static func centre(_ p: PathNode) -> Point? {
        for e in p.path.elements { if case .line(let q) = e { return q } }
        return nil
    }

    @Test("spokes stacked on a quantitative theta span the whole circle beside an ordinal theta layer (independent scales, as Vega-Lite)")
    func spokesOverOrdinalHours() throws {
        let chart = try Self.chart("polar-bar-spokes.json")
        // Layer 3: four spokes of π/2 each, stacked; with radius2 they are ring segments, so
        // take the centre from the hour wedges' common point.
        let hours = Self.paths(in: chart.scene, layer: "layer 1 arc")
        #expect(hours.count == 24)
        let spokes = Self.paths(in: chart.scene, layer: "layer 3 arc")
        #expect(spokes.count == 4)
        let bounds = try #require(Self.paths(in: chart.scene, layer: "layer 0 arc").last?.path.bounds)
        let c = Point(x: bounds.midX, y: bounds.midY)
        let starts = spokes.map { Self.startAngle($0, centre: c) }.sorted()
        for (i, a) in starts.enumerated() {
            #expect(abs(a - Double(i) * .pi / 2) < 1e-6, "spoke \(i) starts at \(a)")
        }
        // Every hour label is drawn, at 12, 3, 6 and 9 o'clock, none dropped or off the canvas.
        let labels = chart.scene.texts(.markLabel).filter { $0.text.hasSuffix(":00") }
        #expect(Set(labels.map(\.text)) == ["00:00", "06:00", "12:00", "18:00"])
        #expect(!chart.warnings.contains { $0.description.contains("left out") }, "\(chart.warnings)")
        let byText = Dictionary(uniqueKeysWithValues: labels.map { ($0.text, $0.bounds) })
        #expect(byText["00:00"]!.maxY < c.y && abs(byText["00:00"]!.midX - c.x) < 1)
        #expect(byText["06:00"]!.minX > c.x && abs(byText["06:00"]!.midY - c.y) < 2)
        #expect(byText["12:00"]!.minY > c.y && abs(byText["12:00"]!.midX - c.x) < 1)
        #expect(byText["18:00"]!.maxX < c.x && abs(byText["18:00"]!.midY - c.y) < 2)
        for l in labels { #expect(chart.scene.bounds.contains(l.bounds, tolerance: 0.01)) }
    }

    @Test("theta and theta2 given as values draw the arc between them (pacman, not its mouth)")
    func thetaValues() throws {
        let chart = try Self.chart("arc-theta-values.json")
        let arc = try #require(chart.scene.paths(.mark).first)
        let c = try #require(Self.centre(arc))
        #expect(abs(Self.startAngle(arc, centre: c) - 1.96) < 1e-6)
        // 1.96 to 7.46 rad: the mouth (7.46 - 2π = 1.18 to 1.96) is open, the opposite side filled.
        #expect(try #require(arc.path.bounds).width > 150)
    }

    @Test("theta, theta2 and radius as datums under scale: null are radians and points as written")
    func datumWithoutScale() throws {
        let chart = try Self.chart("arc-datum-no-scale.json")
        #expect(chart.warnings.isEmpty, "\(chart.warnings)")
        let arc = try #require(chart.scene.paths(.mark).first)
        let c = try #require(Self.centre(arc))
        #expect(abs(Self.startAngle(arc, centre: c) - 1.9634954084936207) < 1e-6)
        let b = try #require(arc.path.bounds)
        // A radius of 100 points: the leftmost point (at 3π/2, inside the arc) is 100 from the centre.
        #expect(abs(c.x - b.minX - 100) < 0.5)
    }
}

/// Labels outside a pie stay at their `radius`, as Vega draws them, when there they stand
/// clear of one another inside the plot (review 9: Altair's pie_chart_with_labels was set in
/// columns with leader lines); colliding ones still go to the columns.
@Suite("Pie labels at their radius")
struct PieLabelRadiusTests {
    static func spec(radius: Int, parts: Int) -> String {
        let values = (0..<parts).map { #"{"category": "c\#($0)", "value": \#(4 + $0 % 3)}"# }.joined(separator: ",")
        return #"""
        {"data": {"values": [VALUES]}, "width": 300, "height": 300,
         "layer": [{"mark": {"type": "arc", "outerRadius": 120}, "encoding": {"color": {"field": "category", "legend": null, "type": "nominal"}, "theta": {"field": "value", "stack": true, "type": "quantitative"}}},
                   {"mark": {"type": "text", "radius": RADIUS, "size": 20}, "encoding": {"color": {"field": "category", "legend": null, "type": "nominal"}, "text": {"field": "category", "type": "nominal"}, "theta": {"field": "value", "stack": true, "type": "quantitative"}}}]}
        """#.replacingOccurrences(of: "VALUES", with: values).replacingOccurrences(of: "RADIUS", with: "\(radius)")
    }

    @Test("six labels at radius 140 sit at 140 from the pie's centre, without leader lines")
    func atRadius() throws {
        let s = try TestPipeline.scene(Self.spec(radius: 140, parts: 6))
        #expect(s.paths(.leader).isEmpty)
        let slices = s.paths(.mark)
        let box = slices.compactMap(\.path.bounds).reduce(slices[0].path.bounds!) { $0.union($1) }
        let labels = s.texts(.markLabel)
        #expect(labels.count == 6)
        for t in labels {
            let d = hypot(t.bounds.midX - box.midX, t.bounds.midY - box.midY)
            #expect(abs(d - 140) < 2, "\(t.text) at \(d)")
        }
    }

    @Test("labels that would collide at their radius go to columns with leader lines")
    func collidingToColumns() throws {
        let s = try TestPipeline.scene(Self.spec(radius: 130, parts: 24))
        #expect(!s.paths(.leader).isEmpty)
    }
}
