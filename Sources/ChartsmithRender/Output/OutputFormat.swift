/// A file format the renderer produces.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// A raster image, 1 pixel per point at scale 1, with text chunks for title and alt text.
    case png
    /// A single-page PDF with embedded TrueType font subsets and document metadata.
    case pdf
    /// An SVG 1.1 document written by Chartsmith (``SVGRenderer``), sized in points: real
    /// `<text>` at Pango's positions, fonts referenced by family, `<title>`, `<desc>` and
    /// ARIA roles and labels.
    case svg
    /// Cairo's SVG (``CairoSVGRenderer``): text as glyph outlines (`<symbol>`s placed by
    /// `<use>`), identical everywhere but neither selectable nor searchable, and several
    /// times larger. Written as `NAME.outlines.svg`.
    case svgOutlines = "svg-outlines"

    /// The usual file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .png, .pdf, .svg: return rawValue
        case .svgOutlines: return "outlines.svg"
        }
    }

    /// The media type, e.g. for HTTP or data URLs.
    public var mimeType: String {
        switch self {
        case .png: return "image/png"
        case .pdf: return "application/pdf"
        case .svg, .svgOutlines: return "image/svg+xml"
        }
    }

    /// Whether the format is a raster image: drawn into pixels, so its size in pixels is
    /// checked against the raster limits and its scale is a pixel density.
    public var isRaster: Bool {
        switch self {
        case .png: return true
        case .pdf, .svg, .svgOutlines: return false
        }
    }

    /// Whether a web page's `<img>` shows files of this format (a contact sheet's thumbnail).
    public var isWebImage: Bool {
        switch self {
        case .png, .svg, .svgOutlines: return true
        case .pdf: return false
        }
    }

    /// The renderer that draws this format, with `cairo`'s fonts and settings (our own SVG
    /// writer for `svg`, Cairo for the others).
    public func renderer(using cairo: CairoRenderer = CairoRenderer()) -> any SceneRenderer {
        switch self {
        case .png: return CairoPNGRenderer(cairo: cairo)
        case .pdf: return CairoPDFRenderer(cairo: cairo)
        case .svg: return SVGRenderer(fontLibrary: cairo.fontLibrary)
        case .svgOutlines: return CairoSVGRenderer(cairo: cairo)
        }
    }

    /// The format a file extension names (case-insensitive), or nil.
    public init?(fileExtension ext: String) {
        self.init(rawValue: ext.lowercased())
    }
}
