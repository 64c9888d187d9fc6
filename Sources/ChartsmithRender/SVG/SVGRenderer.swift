import ChartsmithScene

/// Writes a scene as an SVG document of its own, with real `<text>`: selectable,
/// searchable and read by screen readers, and a fraction of the size of Cairo's outlines
/// (``CairoSVGRenderer``, the `svg-outlines` format).
///
/// Every element comes from the scene: rectangles as `<rect>` (or a path when corners differ),
/// paths as `<path>`, groups as `<g>` with a `<clipPath>`, text as `<text>` placed at exactly
/// the point Pango draws it in PNG and PDF — the left end of the baseline of the line box
/// that ``TextNode/boxOffset`` positions with Pango's metrics, turned about the anchor.
///
/// **Fonts are referenced by family, not embedded.** Each text names the family Pango drew
/// it with, then the fixed fallback chain (``FontLibrary/fallbacks``) and a generic family,
/// in a CSS class; and its `textLength` is Pango's measured width. A viewer with the
/// library's fonts (DejaVu and Noto, free Debian packages) draws the same glyphs as the PNG;
/// one without them substitutes a font but still fits each text to Pango's width, so no
/// label overlaps its neighbour or leaves its place. Embedded subsets would need a font
/// subsetter (HarfBuzz's) and would roughly double the file of a simple chart. Text is
/// asked for unhinted (`text-rendering="geometricPrecision"`), as Pango draws it; headless
/// Chromium's pictures of the seed examples then differ from the PNGs only in the
/// anti-aliasing of glyph edges.
///
/// The document is accessible like Vega's SVG output: `role="graphics-document"` on the
/// root, the title and alt text as `<title>` and `<desc>`, each group an ARIA object with
/// an `aria-label` (axis and legend groups named by their titles), each named mark an ARIA
/// symbol labelled with its datum. Ids (`clip1`, `clip2` …) count up in document order, so
/// the same scene gives the same bytes in every run.
public struct SVGRenderer: SceneRenderer {
    /// The fonts text is measured with and named from, with the scene's own font files
    /// (``SceneMetadata/fontFiles``) added.
    public var fontLibrary: FontLibrary

    public init(fontLibrary: FontLibrary = .shared) {
        self.fontLibrary = fontLibrary
    }

    public var format: OutputFormat { .svg }

    public func render(_ scene: Scene, scale: Double) throws -> [UInt8] {
        guard scene.width.isFinite, scene.height.isFinite, scene.width > 0, scene.height > 0 else {
            throw RenderError.invalidCanvas(width: scene.width, height: scene.height)
        }
        guard scale.isFinite, scale > 0 else { throw RenderError.invalidScale(scale) }
        let library = fontLibrary.including(fontFiles: scene.metadata.fontFiles)
        let fallbacks = library.fallbacks.map(\.family)
        let document = try library.withSession { session in
            let writer = SVGWriter(session: session, fallbackFamilies: fallbacks)
            writer.decimation = CairoRenderer.vectorTolerance / scale
            return try writer.document(for: scene, scale: scale)
        }
        return Array(document.utf8)
    }
}
