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

    /// The format a file extension names (case-insensitive), or nil.
    public init?(fileExtension ext: String) {
        self.init(rawValue: ext.lowercased())
    }
}
