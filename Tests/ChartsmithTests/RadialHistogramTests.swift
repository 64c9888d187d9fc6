import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A `bin` on `theta` (a radial histogram, `arc_radial_histogram`) as Vega-Lite draws it:
/// one slice per bin from the bin's start to its end on a theta scale over the bins'
/// [start, stop] (no zero), text at the bin's middle angle printing the range
/// "start – end", and a binned `angle` turning each text by its bin's middle.
@Suite("Radial histograms")
struct RadialHistogramTests {
    /// Values in [0.2, 3.7] binned by 1: bins 0–1 (2 rows), 1–2 (1), 2–3 (none), 3–4 (4).
    static let values = [0.2, 0.9, 1.5, 3.1, 3.3, 3.5, 3.7]
    static var data: String { "{\"values\": [" + values.map { "{\"v\": \($0)}" }.joined(separator: ", ") + "]}" }

    static let spec = #"{"width": 200, "height": 200, "data": DATA, "layer": [{"mark": {"type": "arc", "stroke": "white"}},"#
        + #"{"mark": {"type": "text", "radiusOffset": 15, "align": "right"},"#
        + #""encoding": {"text": {"bin": {"step": 1}, "field": "v"}, "angle": {"bin": {"step": 1}, "field": "v", "scale": {"range": [90, 450]}}}}],"#
        + #""encoding": {"theta": {"bin": {"step": 1}, "field": "v"}, "radius": {"aggregate": "count", "scale": {"type": "sqrt"}}}}"#

    /// The start angle (radians clockwise from 12 o'clock) and radius of a slice's first point.
    static func start(_ p: PathNode, centre: Point) -> (angle: Double, radius: Double)? {
        guard case .move(let m)? = p.path.elements.first else { return nil }
        var a = atan2(m.x - centre.x, centre.y - m.y)
        if a < -1e-9 { a += 2 * .pi }
        return (max(0, a), hypot(m.x - centre.x, m.y - centre.y))
    }

    @Test("one slice per bin, from its start to its end on [bins.start, bins.stop], radius by the square root of its count")
    func slices() throws {
        let scene = try inlineScene(Self.spec.replacingOccurrences(of: "DATA", with: Self.data))
        let slices = scene.paths(.mark)
        // Counts per bin, computed here from the values.
        var counts: [Int: Int] = [:]
        for v in Self.values { counts[Int(v.rounded(.down)), default: 0] += 1 }
        let lo = Self.values.min()!.rounded(.down), hi = Self.values.max()!.rounded(.down) + 1
        #expect(slices.count == counts.count)
        let centre = try #require(slices.first.flatMap { p -> Point? in
            for e in p.path.elements { if case .line(let q) = e { return q } }
            return nil
        })
        let maxCount = Double(counts.values.max()!), maxRadius = 100.0
        let starts = slices.compactMap { Self.start($0, centre: centre) }
        for (bin, n) in counts.sorted(by: { $0.key < $1.key }) {
            let angle = (Double(bin) - lo) / (hi - lo) * 2 * .pi
            let radius = (Double(n) / maxCount).squareRoot() * maxRadius
            #expect(starts.contains { abs($0.angle - angle) < 1e-9 && abs($0.radius - radius) < 1e-6 },
                    "bin \(bin): expected a slice from \(angle) rad at radius \(radius); slices: \(starts)")
        }
        // Each slice spans one bin: a quarter of the circle here, so no slice is wider than its radius.
        for p in slices { #expect((p.path.bounds?.width ?? .infinity) <= maxRadius + 1e-6) }
    }

    @Test("text at each bin's middle angle, past its slice by radiusOffset, printing the bin's range and turned by its middle")
    func labels() throws {
        let scene = try inlineScene(Self.spec.replacingOccurrences(of: "DATA", with: Self.data))
        let texts = scene.texts(.markLabel)
        #expect(Set(texts.map(\.text)) == ["0 – 1", "1 – 2", "3 – 4"])
        let slices = scene.paths(.mark)
        let centre = try #require(slices.first.flatMap { p -> Point? in
            for e in p.path.elements { if case .line(let q) = e { return q } }
            return nil
        })
        var counts: [Int: Int] = [:]
        for v in Self.values { counts[Int(v.rounded(.down)), default: 0] += 1 }
        let maxCount = Double(counts.values.max()!)
        for t in texts {
            let bin = Double(t.text.prefix(1))!
            let mid = (bin + 0.5) / 4
            #expect(abs(t.angle - (90 + 360 * mid)).truncatingRemainder(dividingBy: 360) < 1e-9, "\(t.text) turned \(t.angle)")
            let radius = (Double(counts[Int(bin)]!) / maxCount).squareRoot() * 100 + 15
            let a = mid * 2 * .pi
            #expect(abs(t.anchor.x - (centre.x + radius * sin(a))) < 1e-6 && abs(t.anchor.y - (centre.y - radius * cos(a))) < 1e-6,
                    "\(t.text) at \(t.anchor)")
            #expect(t.align == .end)
        }
    }

    @Test("a bin on radius is still refused by name")
    func binnedRadius() throws {
        #expect { try inlineScene(#"{"data": \#(Self.data), "mark": "arc", "encoding": {"radius": {"bin": true, "field": "v"}}}"#) } throws: {
            "\($0)".contains("a bin on \"radius\"")
        }
    }
}
