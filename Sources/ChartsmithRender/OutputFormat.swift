/// A file format the renderer produces.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// A raster image, 1 pixel per point at scale 1, with text chunks for title and alt text.
    case png
    /// A single-page PDF with embedded TrueType font subsets and document metadata.
    case pdf
    /// An SVG 1.1 document with `<title>` and `<desc>`, sized in points.
    ///
    /// Cairo 1.16 writes text as glyph outlines (`<symbol>`s placed by `<use>`), not as
    /// `<text>`: it looks the same everywhere but cannot be selected or searched. The title
    /// and alt text carry the meaning for assistive technology.
    case svg

    /// The usual file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The media type, e.g. for HTTP or data URLs.
    public var mimeType: String {
        switch self {
        case .png: return "image/png"
        case .pdf: return "application/pdf"
        case .svg: return "image/svg+xml"
        }
    }

    /// Whether the format is a raster image: drawn into pixels, so its size in pixels is
    /// checked against the raster limits and its scale is a pixel density.
    public var isRaster: Bool {
        switch self {
        case .png: return true
        case .pdf, .svg: return false
        }
    }

    /// Whether a web page's `<img>` shows files of this format (a contact sheet's thumbnail).
    public var isWebImage: Bool {
        switch self {
        case .png, .svg: return true
        case .pdf: return false
        }
    }

    /// The renderer that draws this format, with `cairo`'s fonts and settings.
    public func renderer(using cairo: CairoRenderer = CairoRenderer()) -> any SceneRenderer {
        switch self {
        case .png: return CairoPNGRenderer(cairo: cairo)
        case .pdf: return CairoPDFRenderer(cairo: cairo)
        case .svg: return CairoSVGRenderer(cairo: cairo)
        }
    }

    /// The format a file extension names (case-insensitive), or nil.
    public init?(fileExtension ext: String) {
        self.init(rawValue: ext.lowercased())
    }
}
