import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

@Suite("Drawing primitives")
struct DrawingTests {
    let renderer = CairoRenderer()
    let white = RasterImage.Pixel(red: 255, green: 255, blue: 255)
    let red = RasterImage.Pixel(red: 255, green: 0, blue: 0)

    func image(_ nodes: [SceneNode], background: Color? = .white) throws -> RasterImage {
        try renderer.rasterize(Scene(width: 100, height: 100, background: background, nodes: nodes))
    }

    @Test("a scene without a background is transparent")
    func transparentBackground() throws {
        let img = try image([], background: nil)
        #expect(img.pixel(x: 50, y: 50)?.alpha == 0)
        let png = try RasterImage(png: renderer.render(Scene(width: 10, height: 10, background: nil), as: .png))
        #expect(png.pixel(x: 5, y: 5)?.alpha == 0)
    }

    @Test("a half-transparent fill blends with what lies beneath")
    func alpha() throws {
        let img = try image([.rect(RectNode(rect: Rect(x: 0, y: 0, width: 100, height: 100), fill: Fixtures.red.withOpacity(0.5)))])
        let p = try #require(img.pixel(x: 50, y: 50))
        #expect(p.red == 255 && abs(Int(p.green) - 128) <= 1 && abs(Int(p.blue) - 128) <= 1 && p.alpha == 255)
    }

    @Test("a group's clip hides what lies outside it")
    func clip() throws {
        let rect = SceneNode.rect(RectNode(rect: Rect(x: 0, y: 0, width: 100, height: 100), fill: Fixtures.red))
        let img = try image([.group(GroupNode(children: [rect], clip: Rect(x: 20, y: 20, width: 30, height: 30)))])
        #expect(img.pixel(x: 25, y: 25) == red)
        #expect(img.pixel(x: 60, y: 60) == white)
        #expect(img.pixel(x: 10, y: 25) == white)
        // The clip ends with the group.
        let after = try image([
            .group(GroupNode(children: [], clip: Rect(x: 0, y: 0, width: 1, height: 1))),
            rect,
        ])
        #expect(after.pixel(x: 60, y: 60) == red)
    }

    @Test("per-corner radii round only the corners given, and clamp to half the side")
    func cornerRadii() throws {
        let top = CornerRadii(topLeft: 10, topRight: 10)
        let img = try image([.rect(RectNode(rect: Rect(x: 10, y: 10, width: 80, height: 80), fill: Fixtures.red, cornerRadii: top))])
        #expect(img.pixel(x: 10, y: 10) == white)
        #expect(img.pixel(x: 89, y: 10) == white)
        #expect(img.pixel(x: 10, y: 89) == red)
        #expect(img.pixel(x: 89, y: 89) == red)
        // A radius larger than the rectangle is cut to half its shorter side.
        let node = RectNode(rect: Rect(x: 0, y: 0, width: 20, height: 8), cornerRadii: CornerRadii(bottomRight: 50))
        #expect(node.effectiveRadii == CornerRadii(bottomRight: 4))
        // The single-radius API still rounds all four corners.
        #expect(RectNode(rect: Rect(x: 0, y: 0, width: 20, height: 20), cornerRadius: 3).effectiveRadii == CornerRadii(all: 3))
    }

    @Test("a group clip with corner radii rounds what it holds as one shape (a stacked bar rounded at its ends)")
    func roundedClip() throws {
        // Two segments of a stack, square themselves, rounded together at the top only.
        let top = SceneNode.rect(RectNode(rect: Rect(x: 10, y: 10, width: 80, height: 40), fill: Fixtures.red))
        let bottom = SceneNode.rect(RectNode(rect: Rect(x: 10, y: 50, width: 80, height: 40), fill: Fixtures.red))
        let img = try image([.group(GroupNode(children: [top, bottom], clip: Rect(x: 10, y: 10, width: 80, height: 80),
                                              clipRadii: CornerRadii(topLeft: 12, topRight: 12)))])
        #expect(img.pixel(x: 10, y: 10) == white)
        #expect(img.pixel(x: 89, y: 10) == white)
        #expect(img.pixel(x: 10, y: 52) == red)   // the join between segments is not rounded
        #expect(img.pixel(x: 10, y: 89) == red)
        #expect(img.pixel(x: 89, y: 89) == red)
    }

    @Test("rounded corners leave the corner pixel unpainted")
    func cornerRadius() throws {
        let img = try image([.rect(RectNode(rect: Rect(x: 10, y: 10, width: 80, height: 80), fill: Fixtures.red, cornerRadius: 10))])
        #expect(img.pixel(x: 10, y: 10) == white)
        #expect(img.pixel(x: 89, y: 89) == white)
        #expect(img.pixel(x: 20, y: 10) == red)
        #expect(img.pixel(x: 50, y: 50) == red)
    }

    @Test("a path is filled, then stroked on top")
    func fillThenStroke() throws {
        let triangle = Path([.move(to: Point(x: 10, y: 90)), .line(to: Point(x: 90, y: 90)), .line(to: Point(x: 50, y: 10)), .close])
        let img = try image([.path(PathNode(path: triangle, fill: Fixtures.red, stroke: Stroke(color: .black, width: 4)))])
        #expect(img.pixel(x: 50, y: 60) == red)
        #expect(img.pixel(x: 50, y: 90) == RasterImage.Pixel(red: 0, green: 0, blue: 0))
        #expect(img.pixel(x: 5, y: 5) == white)
    }

    @Test("a dashed stroke has gaps and a solid one has none")
    func dashes() throws {
        let line = Path.polyline([Point(x: 0, y: 50.5), Point(x: 100, y: 50.5)])
        let dashed = try image([.path(PathNode(path: line, stroke: Stroke(color: .black, width: 1, dash: [10, 10])))])
        #expect(dashed.pixel(x: 5, y: 50)?.red == 0)
        #expect(dashed.pixel(x: 15, y: 50) == white)
        #expect(dashed.pixel(x: 25, y: 50)?.red == 0)
        let solid = try image([.path(PathNode(path: line, stroke: Stroke(color: .black, width: 1, dash: [0, 0])))])
        #expect((0..<100).allSatisfy { solid.pixel(x: $0, y: 50)?.red == 0 })
    }

    @Test("round caps extend a line beyond its end points and butt caps do not")
    func caps() throws {
        let line = Path.polyline([Point(x: 20, y: 50), Point(x: 80, y: 50)])
        let butt = try image([.path(PathNode(path: line, stroke: Stroke(color: .black, width: 10)))])
        let round = try image([.path(PathNode(path: line, stroke: Stroke(color: .black, width: 10, lineCap: .round)))])
        #expect(butt.pixel(x: 17, y: 50) == white)
        #expect(round.pixel(x: 17, y: 50)?.red == 0)
    }

    @Test("a clear colour draws nothing")
    func clearColour() throws {
        let img = try image([.rect(RectNode(rect: Rect(x: 0, y: 0, width: 100, height: 100), fill: .clear, stroke: Stroke(color: .clear, width: 5)))])
        #expect(img.pixel(x: 0, y: 0) == white && img.pixel(x: 50, y: 50) == white)
    }
}

@Suite("Render errors")
struct RenderErrorTests {
    let renderer = CairoRenderer()

    @Test("a canvas without area is rejected in every format")
    func emptyCanvas() {
        for format in OutputFormat.allCases {
            #expect(throws: RenderError.invalidCanvas(width: 0, height: 10)) {
                try renderer.render(Scene(width: 0, height: 10), as: format)
            }
        }
        #expect(throws: RenderError.self) { try renderer.render(Scene(width: .nan, height: 10), as: .svg) }
    }

    @Test("a scale that is not positive is rejected")
    func badScale() {
        #expect(throws: RenderError.invalidScale(0)) { try renderer.render(Scene(width: 10, height: 10), as: .png, scale: 0) }
        #expect(throws: RenderError.invalidScale(-1)) { try renderer.render(Scene(width: 10, height: 10), as: .pdf, scale: -1) }
    }

    @Test("a raster beyond Cairo's limits is refused before any memory is taken")
    func tooLarge() throws {
        let scene = Scene(width: 20_000, height: 100)
        #expect(throws: RenderError.canvasTooLarge(width: 40_000, height: 200)) {
            try renderer.render(scene, as: .png, scale: 2)
        }
        #expect(throws: RenderError.canvasTooLarge(width: 30_000, height: 30_000)) {
            try renderer.render(Scene(width: 30_000, height: 30_000), as: .png)
        }
        // Vector formats have no such limit.
        #expect(try renderer.render(scene, as: .svg, scale: 2).count > 0)
        let message = RenderError.canvasTooLarge(width: 40_000, height: 200).description
        #expect(message.contains("canvas too large") && message.contains("40000×200"))
    }

    @Test("a coordinate that is not a number is reported, not drawn")
    func nonFinite() {
        let scene = Scene(width: 10, height: 10, nodes: [
            .group(GroupNode(children: [.rect(RectNode(rect: Rect(x: .nan, y: 0, width: 1, height: 1), fill: .black))])),
        ])
        for format in OutputFormat.allCases {
            #expect {
                try renderer.render(scene, as: format)
            } throws: { error in
                guard case RenderError.invalidGeometry(let what) = error else { return false }
                return what.contains("rect")
            }
        }
    }

    @Test("error messages say what went wrong")
    func messages() {
        #expect(RenderError.cairo(operation: "drawing", status: "invalid matrix").description == "Cairo failed during drawing: invalid matrix")
        #expect(RenderError.invalidCanvas(width: 0, height: 5).description.contains("positive"))
    }

    @Test("output formats know their file extension")
    func formats() {
        #expect(OutputFormat.allCases.map(\.fileExtension) == ["png", "pdf", "svg", "outlines.svg"])
        #expect(OutputFormat(fileExtension: "SVG") == .svg)
        #expect(OutputFormat(rawValue: "svg-outlines") == .svgOutlines)
        #expect(OutputFormat(fileExtension: "jpg") == nil)
    }
}
