import ChartsmithScene
import Testing
@testable import ChartsmithRender

@Suite("The renderer seam: one scene renderer per output format")
struct SceneRendererTests {
    @Test("each format names a renderer that writes that format")
    func rendererPerFormat() {
        for format in OutputFormat.allCases {
            #expect(format.renderer().format == format)
        }
    }

    @Test("only PNG is a raster; PNG and both SVGs show in a web page's <img>")
    func rasterAndWebImage() {
        #expect(OutputFormat.allCases.filter(\.isRaster) == [.png])
        #expect(OutputFormat.allCases.filter(\.isWebImage) == [.png, .svg, .svgOutlines])
    }

    @Test("svg is Chartsmith's own writer; Cairo's outline SVG is svg-outlines")
    func svgRenderers() {
        #expect(OutputFormat.svg.renderer() is SVGRenderer)
        #expect(OutputFormat.svgOutlines.renderer() is CairoSVGRenderer)
    }

    @Test("a format's renderer draws the bytes CairoRenderer.render(_:as:) gives")
    func sameBytesThroughTheSeam() throws {
        let scene = Fixtures.sampleScene()
        let cairo = CairoRenderer()
        for format in OutputFormat.allCases {
            let direct = try format.renderer(using: cairo).render(scene, scale: 1.5)
            #expect(direct == (try cairo.render(scene, as: format, scale: 1.5)), "\(format)")
        }
    }

    @Test("every renderer rejects an invalid scale before drawing")
    func invalidScale() {
        for format in OutputFormat.allCases {
            #expect(throws: RenderError.self) { try format.renderer().render(Fixtures.sampleScene(), scale: 0) }
        }
    }
}
