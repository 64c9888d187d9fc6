import CChartsmithCairo
import ChartsmithScene

/// Draws a scene into a single-page PDF with Cairo: embedded TrueType subsets, real
/// (extractable) text, the title and alt text as metadata, and a fixed document date.
public struct CairoPDFRenderer: SceneRenderer {
    /// The fonts, document date and settings drawing is done with.
    public var cairo: CairoRenderer

    public var format: OutputFormat { .pdf }

    public func render(_ scene: Scene, scale: Double) throws -> [UInt8] {
        let bytes = try cairo.drawVector(scene, scale: scale, name: "PDF", create: cairo_pdf_surface_create_for_stream) { surface in
            if let title = scene.metadata.title {
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.replacingNUL())
            }
            if let description = scene.metadata.description {
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, description.replacingNUL())
            }
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, CairoRenderer.software)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, cairo.documentDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, cairo.documentDate)
        }
        return PDFDocument.fixingDates(bytes)
    }
}
