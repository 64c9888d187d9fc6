import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

/// Thinning of long lines in PDF and SVG (``LineDecimation``: M4 or the corridor, whichever
/// keeps fewer points): every dropped point stays within the tolerance of the thinned line;
/// dropping the extremes, or a corridor wider than the tolerance, is caught; PNG is untouched.
@Suite("Line decimation")
struct LineDecimationTests {
    /// `count` points of a seeded random walk across `width` points (SplitMix64, so every
    /// run draws the same walk), between `top` and `top + height`.
    static func walk(seed: UInt64, count: Int, width: Double, top: Double, height: Double) -> [Point] {
        var state = seed
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        var v = 0.0, values: [Double] = []
        for _ in 0..<count { v += next() - 0.5; values.append(v) }
        let lo = values.min()!, hi = values.max()!
        return values.enumerated().map { i, v in
            Point(x: 20 + width * Double(i) / Double(count - 1), y: top + height * (1 - (v - lo) / (hi - lo)))
        }
    }

    static func line(_ points: [Point], color: Color, width: Double) -> SceneNode {
        var path = Path()
        path.elements = points.enumerated().map { i, p in i == 0 ? .move(to: p) : .line(to: p) }
        return .path(PathNode(path: path, stroke: Stroke(color: color, width: width, lineCap: .butt, lineJoin: .round), role: .mark))
    }

    /// Four dense walks (`count` points each over 760 points of width) of different widths
    /// and colours, one translucent, crossing each other.
    static func scene(count: Int = 20_000, _ transform: ([Point]) -> [Point] = { $0 }) -> Scene {
        let colors = [Color(red: 0.12, green: 0.47, blue: 0.71), Color(red: 1, green: 0.5, blue: 0.05),
                      Color(red: 0.17, green: 0.63, blue: 0.17, alpha: 0.6), Color(red: 0.84, green: 0.15, blue: 0.16)]
        let nodes = (0..<4).map { s in
            line(transform(walk(seed: UInt64(11 + s), count: count, width: 760, top: 20 + 40 * Double(s), height: 300)),
                 color: colors[s], width: [1, 1.5, 2, 3][s])
        }
        return Scene(width: 800, height: 500, nodes: nodes)
    }

    /// A renderer that draws every point of every line: no thinning in PDF and SVG, and PNG
    /// lines stroked whole rather than in bands (``BandedStroke``).
    static func undecimated() -> CairoRenderer {
        var r = CairoRenderer()
        r.decimatesLines = false
        r.bandsPixelLines = false
        return r
    }

    /// The distance from `p` to the segment from `a` to `b`.
    static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let t = dx == 0 && dy == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)))
        return ((p.x - a.x - t * dx) * (p.x - a.x - t * dx) + (p.y - a.y - t * dy) * (p.y - a.y - t * dy)).squareRoot()
    }

    /// The largest distance from any of `points` to the polyline through `kept`, both in
    /// increasing x (a walk along x).
    static func deviation(_ points: [Point], from kept: [Point]) -> Double {
        var worst = 0.0, k = 0
        for p in points {
            while k + 1 < kept.count - 1, kept[k + 1].x < p.x - 1 { k += 1 }
            var best = Double.infinity, j = k
            while j + 1 < kept.count, kept[j].x <= p.x + 1 {
                best = min(best, distance(p, kept[j], kept[j + 1]))
                j += 1
            }
            worst = max(worst, best)
        }
        return worst
    }

    @Test("a thinned random walk stays within the tolerance of every point, at scale 1 and 2, dense (M4) and sparse (the corridor)",
          arguments: [(1.0, 200_000), (2.0, 200_000), (1.0, 24_000), (2.0, 48_000)])
    func withinTolerance(scale: Double, count: Int) throws {
        let tolerance = CairoRenderer.vectorTolerance / scale
        for seed in 11...14 {
            let points = Self.walk(seed: UInt64(seed), count: count, width: 760, top: 20, height: 300)
            let node = PathNode(path: Path(points.enumerated().map { i, p in i == 0 ? .move(to: p) : .line(to: p) }),
                                stroke: Stroke(color: .black, width: 1), role: .mark)
            let elements = try #require(LineDecimation.decimated(node, width: tolerance))
            let kept = elements.map { e -> Point in
                switch e {
                case .move(let p), .line(let p): return p
                default: Issue.record("a curve or close in a thinned line"); return Point(x: 0, y: 0)
                }
            }
            #expect(kept.count * 2 < points.count, "kept \(kept.count) of \(points.count)")
            #expect(kept.first == points.first && kept.last == points.last)
            // Within the tolerance less the margin left for Cairo's rounding of drawn points.
            #expect(Self.deviation(points, from: kept) <= tolerance * LineDecimation.margin * 1.000001)
        }
    }

    /// The largest distance from a point the corridor dropped to the segment between the
    /// kept points before and after it (`kept` a subsequence of `points`).
    static func segmentDeviation(_ points: [Point], kept: [Point]) -> Double {
        var worst = 0.0, j = 0
        for p in points {
            if j < kept.count, kept[j] == p { j += 1; continue }
            guard j > 0, j < kept.count else { return .infinity }
            worst = max(worst, distance(p, kept[j - 1], kept[j]))
        }
        return j == kept.count ? worst : .infinity
    }

    @Test("the corridor keeps every dropped point within the tolerance of its own segment, at 1 to 26 points per 0.1 pt",
          arguments: [8_000, 24_000, 80_000, 200_000])
    func corridorBound(count: Int) {
        for seed in 11...13 {
            let points = Self.walk(seed: UInt64(seed), count: count, width: 760, top: 20, height: 300)
            let kept = LineDecimation.corridor(points, tolerance: 0.1)
            #expect(kept.first == points.first && kept.last == points.last)
            #expect(kept.count < points.count * 3 / 4, "kept \(kept.count) of \(points.count)")
            #expect(Self.segmentDeviation(points, kept: kept) <= 0.1 * 1.000001)
        }
    }

    @Test("the test can fail: a corridor twice as wide leaves points farther than the tolerance from the line")
    func corridorTooWide() {
        let points = Self.walk(seed: 11, count: 24_000, width: 760, top: 20, height: 300)
        let wide = LineDecimation.corridor(points, tolerance: 0.2)
        #expect(Self.segmentDeviation(points, kept: wide) > 0.1)
        #expect(Self.deviation(points, from: wide) > 0.1)
    }

    @Test("at about three points per 0.1-pt column the corridor keeps a third fewer points than M4, and the thinned line is the corridor's")
    func fewerThanM4() throws {
        let points = Self.walk(seed: 11, count: 24_000, width: 760, top: 20, height: 300)
        let m4 = LineDecimation.m4(points, width: 0.1 * LineDecimation.margin, alongX: true)
        let corridor = LineDecimation.corridor(points, tolerance: 0.1 * LineDecimation.margin)
        #expect(corridor.count * 3 < m4.count * 2, "corridor \(corridor.count), M4 \(m4.count)")
        let node = PathNode(path: Path(points.enumerated().map { i, p in i == 0 ? .move(to: p) : .line(to: p) }),
                            stroke: Stroke(color: .black, width: 1), role: .mark)
        #expect(try #require(LineDecimation.decimated(node, width: 0.1)).count == corridor.count)
    }

    @Test("the test can fail: dropping each column's lowest and highest point leaves points far off the line")
    func extremesMatter() {
        let points = Self.walk(seed: 11, count: 200_000, width: 760, top: 20, height: 300)
        let tolerance = CairoRenderer.vectorTolerance
        #expect(Self.deviation(points, from: LineDecimation.m4(points, width: tolerance, alongX: true)) <= tolerance * 1.000001)
        #expect(Self.deviation(points, from: LineDecimation.m4(points, width: tolerance, alongX: true, keepExtremes: false)) > 3 * tolerance)
    }

    @Test("PNG draws every point by default (in bands, byte-identical to stroking whole); PDF and SVG files shrink when their lines are thinned")
    func formats() throws {
        let scene = Self.scene(count: 200_000)
        #expect(try CairoRenderer().rasterize(scene) == Self.undecimated().rasterize(scene))
        let pdf = try CairoRenderer().render(scene, as: .pdf), fullPDF = try Self.undecimated().render(scene, as: .pdf)
        #expect(pdf.count < fullPDF.count, "\(pdf.count) vs \(fullPDF.count) bytes")
        let svg = try CairoRenderer().render(scene, as: .svg)
        #expect(svg.count < 4 * 200_000 * 6, "\(svg.count) bytes")
    }

    @Test("thinning keeps few points: at most four per column and series")
    func fewPoints() throws {
        let points = Self.walk(seed: 11, count: 20_000, width: 760, top: 20, height: 300)
        let node = PathNode(path: Path(points.enumerated().map { i, p in i == 0 ? .move(to: p) : .line(to: p) }),
                            stroke: Stroke(color: .black, width: 1), role: .mark)
        let kept = try #require(LineDecimation.decimated(node, width: 1))
        // Columns 0.97 pt wide (the margin for Cairo's rounding) over 760 pt.
        #expect(kept.count <= 4 * 785 && kept.count > 761)
        #expect(kept.first == .move(to: points[0]) && kept.last == .line(to: points[points.count - 1]))
    }

    @Test("points, filled paths, dashed lines, curves and short lines are drawn as laid out")
    func untouched() {
        let points = Self.walk(seed: 3, count: 2_000, width: 760, top: 20, height: 300)
        let path = Path(points.enumerated().map { i, p in i == 0 ? .move(to: p) : .line(to: p) })
        let black = Color(red: 0, green: 0, blue: 0)
        #expect(LineDecimation.decimated(PathNode(path: path, fill: black, role: .mark), width: 1) == nil)
        #expect(LineDecimation.decimated(PathNode(path: path, stroke: Stroke(color: black, dash: [4, 2]), role: .mark), width: 1) == nil)
        #expect(LineDecimation.decimated(PathNode(path: path, stroke: Stroke(color: black), role: .other), width: 1) == nil)
        #expect(LineDecimation.decimated(PathNode(path: Path(Array(path.elements.prefix(40))), stroke: Stroke(color: black), role: .mark), width: 1) == nil)
        #expect(LineDecimation.decimated(PathNode(path: path, stroke: Stroke(color: black), role: .mark), width: 0) == nil)
    }
}
