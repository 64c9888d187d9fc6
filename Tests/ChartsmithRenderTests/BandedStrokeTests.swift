import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

/// Long lines stroked in parallel bands of pixel rows (``BandedStroke``): a dense random walk
/// drawn in bands has the pixels of the walk stroked whole, within one level per channel, at
/// widths 1–3 px (one translucent) and scales 1 and 2; a margin too small changes pixels.
@Suite("Banded line stroking")
struct BandedStrokeTests {
    /// A renderer that strokes every line whole.
    static func whole() -> CairoRenderer {
        var r = CairoRenderer()
        r.bandsPixelLines = false
        return r
    }

    /// A renderer that strokes every long line in `bands` bands.
    static func banded(_ bands: Int?) -> CairoRenderer {
        var r = CairoRenderer()
        r.pixelLineBands = bands
        return r
    }

    /// The scene drawn with long lines in `bands` bands, segments chosen with `margin`.
    static func rasterize(_ scene: Scene, scale: Double, bands: Int, margin: Double) throws -> RasterImage {
        var r = banded(bands)
        r.pixelLineBandMargin = margin
        return try r.rasterize(scene, scale: scale)
    }

    @Test("dense random walks at widths 1, 1.5, 2 and 3 px draw the same pixels in bands as whole",
          arguments: [(10_000, 1.0, 8), (10_000, 2.0, 13), (100_000, 1.0, 8), (100_000, 2.0, 5), (1_000_000, 1.0, 8)])
    func pixelExact(count: Int, scale: Double, bands: Int) throws {
        let scene = LineDecimationTests.scene(count: count)
        let whole = try Self.whole().rasterize(scene, scale: scale)
        let banded = try Self.banded(bands).rasterize(scene, scale: scale)
        let diff = PixelThinningTests.difference(banded, whole)
        #expect(diff.maxLevel <= 1, "\(diff.pixels) pixels differ, by up to \(diff.maxLevel) levels")
    }

    @Test("the bench's dense walk (a 250,000-point series 2 px wide in 800 px) is split by default and stays exact")
    func benchDensity() throws {
        let points = LineDecimationTests.walk(seed: 42, count: 250_000, width: 760, top: 40, height: 400)
        let scene = Scene(width: 800, height: 500, nodes: [LineDecimationTests.line(points, color: Color(red: 0.3, green: 0.47, blue: 0.65), width: 2)])
        #expect(BandedStroke.bandCount(elements: 250_000) > 1)
        let diff = PixelThinningTests.difference(try Self.banded(nil).rasterize(scene), try Self.whole().rasterize(scene))
        #expect(diff.maxLevel <= 1, "\(diff.pixels) pixels differ, by up to \(diff.maxLevel) levels")
    }

    @Test("the test can fail: leaving out segments whose stroke reaches into a band changes pixels")
    func smallMarginFails() throws {
        let scene = LineDecimationTests.scene(count: 100_000)
        let whole = try Self.whole().rasterize(scene, scale: 1)
        let exact = try Self.rasterize(scene, scale: 1, bands: 8, margin: BandedStroke.margin)
        let exactDiff = PixelThinningTests.difference(exact, whole)
        #expect(exactDiff.maxLevel <= 1, "\(exactDiff.pixels) pixels differ, by up to \(exactDiff.maxLevel) levels")
        // Half a pixel short of the thinnest line's half width: segments just outside a band
        // whose stroke still covers its edge rows are left out.
        let short = try Self.rasterize(scene, scale: 1, bands: 8, margin: -1)
        let diff = PixelThinningTests.difference(short, whole)
        #expect(diff.maxLevel > 1 && diff.pixels > 10, "\(diff.pixels) pixels differ, by up to \(diff.maxLevel) levels")
    }

    @Test("a clipped group, a short line and an image too small to split draw as before")
    func fallbacks() throws {
        let points = LineDecimationTests.walk(seed: 5, count: 50_000, width: 760, top: 20, height: 300)
        let line = LineDecimationTests.line(points, color: Color(red: 0.2, green: 0.3, blue: 0.8), width: 2)
        let clipped = Scene(width: 800, height: 400, nodes: [.group(GroupNode(children: [line], clip: Rect(x: 100.5, y: 50.25, width: 500, height: 200)))])
        #expect(try Self.banded(8).rasterize(clipped) == Self.whole().rasterize(clipped))
        let flat = Scene(width: 800, height: 6, nodes: [LineDecimationTests.line(points.map { Point(x: $0.x, y: 3 + $0.y / 1000) }, color: .black, width: 1)])
        #expect(PixelThinningTests.difference(try Self.banded(8).rasterize(flat), try Self.whole().rasterize(flat)).maxLevel <= 1)
    }

    @Test("dashed, mitred, square-capped, filled and curved paths, and short lines, are not banded")
    func untouched() {
        let points = LineDecimationTests.walk(seed: 3, count: 10_000, width: 760, top: 20, height: 200)
        let path = Path(points.enumerated().map { i, p in i == 0 ? .move(to: p) : .line(to: p) })
        let black = Color(red: 0, green: 0, blue: 0)
        let round = Stroke(color: black, width: 3, lineJoin: .round)
        #expect(BandedStroke.polylines(PathNode(path: path, stroke: round, role: .mark)) != nil)
        #expect(BandedStroke.polylines(PathNode(path: path, stroke: Stroke(color: black, width: 3, lineCap: .round, lineJoin: .round), role: .mark)) != nil)
        #expect(BandedStroke.polylines(PathNode(path: path, fill: black, stroke: round, role: .mark)) == nil)
        #expect(BandedStroke.polylines(PathNode(path: path, stroke: Stroke(color: black, width: 3, dash: [4, 2], lineJoin: .round), role: .mark)) == nil)
        #expect(BandedStroke.polylines(PathNode(path: path, stroke: Stroke(color: black, width: 3, lineJoin: .miter), role: .mark)) == nil)
        #expect(BandedStroke.polylines(PathNode(path: path, stroke: Stroke(color: black, width: 3, lineCap: .square, lineJoin: .round), role: .mark)) == nil)
        #expect(BandedStroke.polylines(PathNode(path: Path(Array(path.elements.prefix(40))), stroke: round, role: .mark)) == nil)
        var curved = path
        curved.curve(to: Point(x: 790, y: 40), control1: Point(x: 785, y: 20), control2: Point(x: 788, y: 30))
        #expect(BandedStroke.polylines(PathNode(path: curved, stroke: round, role: .mark)) == nil)
        #expect(BandedStroke.bandCount(elements: 4_000) <= 1, "a short line is stroked whole")
    }

    @Test("PNG bytes are the same on every run with bands")
    func deterministic() throws {
        let scene = LineDecimationTests.scene(count: 100_000)
        let first = try Self.banded(8).render(scene, as: .png)
        #expect(try Self.banded(8).render(scene, as: .png) == first)
    }
}
