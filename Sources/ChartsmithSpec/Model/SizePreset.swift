/// A canvas size for a place charts are published: its width and height in points (the
/// layout's unit) and the pixel density PNGs are drawn at, so the picture comes out at the
/// size the place asks for.
///
/// | preset | canvas (pt) | PNG density | PNG (px) | for |
/// |---|---|---|---|---|
/// | `gov-uk` | 600 × 400 | 1.6 | 960 × 640 | GOV.UK pages: 12 pt text is 19.2 px, ~12 pt once the page scales the image down |
/// | `a4-half` | 453.5 × 283.5 (160 × 100 mm) | 300 dpi | 1892 × 1184 | half an A4 page, full text width inside 25 mm margins |
/// | `a5` | 334.5 × 226.8 (118 × 80 mm) | 300 dpi | 1396 × 946 | an A5 page's text width inside 15 mm margins |
/// | `slide` | 640 × 360 | 2 | 1280 × 720 | 16:9 slides |
/// | `social` | 480 × 480 | 2.25 | 1080 × 1080 | square social-media cards |
///
/// A style's `size` gives the canvas of a chart that sets no width and height (with
/// `autosize: "fit"`); `chartsmith render --size NAME` gives every chart that canvas and
/// density, whatever the spec says.
public struct SizePreset: Sendable, Hashable {
    /// The preset's name, or nil for a size written out in full.
    public var name: String?
    /// Canvas width in points.
    public var width: Double
    /// Canvas height in points.
    public var height: Double
    /// PNG pixels per point.
    public var pixelScale: Double
    /// One line saying what the preset is for.
    public var summary: String

    public init(name: String? = nil, width: Double, height: Double, pixelScale: Double = 1, summary: String = "") {
        self.name = name
        self.width = width
        self.height = height
        self.pixelScale = pixelScale
        self.summary = summary
    }

    /// Points per millimetre.
    public static let pointsPerMillimetre = 72 / 25.4

    public static let govUK = SizePreset(
        name: "gov-uk", width: 600, height: 400, pixelScale: 1.6,
        summary: "GOV.UK image, 960 × 640 px (600 × 400 pt at 1.6 px/pt)")
    public static let a4Half = SizePreset(
        name: "a4-half", width: 160 * pointsPerMillimetre, height: 100 * pointsPerMillimetre, pixelScale: 300.0 / 72,
        summary: "half an A4 page, 160 × 100 mm (the text width inside 25 mm margins), 300 dpi")
    public static let a5 = SizePreset(
        name: "a5", width: 118 * pointsPerMillimetre, height: 80 * pointsPerMillimetre, pixelScale: 300.0 / 72,
        summary: "A5 text width, 118 × 80 mm (inside 15 mm margins), 300 dpi")
    public static let slide = SizePreset(
        name: "slide", width: 640, height: 360, pixelScale: 2,
        summary: "16:9 slide, 1280 × 720 px (640 × 360 pt at 2 px/pt)")
    public static let social = SizePreset(
        name: "social", width: 480, height: 480, pixelScale: 2.25,
        summary: "square social-media card, 1080 × 1080 px (480 × 480 pt at 2.25 px/pt)")

    /// Every named preset, in the order `chartsmith` lists them.
    public static let all: [SizePreset] = [govUK, a4Half, a5, slide, social]

    /// The preset called `name`, or nil.
    public static func named(_ name: String) -> SizePreset? {
        all.first { $0.name == name }
    }

    /// The preset name closest to a misspelt `name`, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        Suggest.closest(to: name, in: all.compactMap(\.name))
    }

    /// The pixel size of a PNG of this canvas at its density, rounded as the renderer rounds (the canvas to whole points, then pixels up).
    public var pixelSize: (width: Int, height: Int) {
        (Int((width.rounded(.up) * pixelScale).rounded(.up)), Int((height.rounded(.up) * pixelScale).rounded(.up)))
    }
}
