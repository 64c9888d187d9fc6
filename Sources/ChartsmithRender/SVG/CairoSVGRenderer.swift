import CChartsmithCairo
import ChartsmithScene

/// Draws a scene into an SVG 1.1 document with Cairo, sized in points, with `<title>`
/// and `<desc>` for assistive technology.
///
/// Cairo 1.16 writes text into SVG as glyph outlines (`<symbol>`s placed with `<use>`),
/// not as `<text>`: it looks identical everywhere but is not selectable. This is the
/// `svg-outlines` format; `svg` is Chartsmith's own writer with real text (``SVGRenderer``).
public struct CairoSVGRenderer: SceneRenderer {
    /// The fonts and settings drawing is done with.
    public var cairo: CairoRenderer

    public var format: OutputFormat { .svgOutlines }

    public func render(_ scene: Scene, scale: Double) throws -> [UInt8] {
        let bytes = try cairo.drawVector(scene, scale: scale, name: "SVG", create: cairo_svg_surface_create_for_stream) { surface in
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        }
        return SVGDocument.finishing(bytes, title: scene.metadata.title, description: scene.metadata.description)
    }
}
