import CChartsmithCairo
import ChartsmithScene
import Foundation

/// Strokes a long round-joined line into an image in horizontal bands of pixel rows, drawn
/// in parallel, with the pixels of stroking it whole.
///
/// Why the pixels cannot change: Cairo strokes a path into one polygon and fills it with the
/// nonzero rule. A round-joined stroke with butt or round caps is the union of local pieces
/// (each segment's rectangle, the join fan at each inner vertex, the caps at the ends), each
/// within half the line width *r* of its segment, and the winding number at a point is the
/// sum of the pieces' own, which is zero outside each piece. So inside a band of rows
/// `[y0, y1)` the polygon's winding — and so the filled shape — is the same when only the
/// segments that come within `r` of the band are stroked: the band's *runs* of consecutive
/// such segments. A run is cut only at a vertex whose neighbouring segment lies wholly more
/// than `r` + ``margin`` above or below the band, so the cap drawn there instead of the
/// join lies outside the band. Cairo's scan converter works one pixel row at a time on the
/// edges crossing that row, and every edge crossing a row of the band belongs to a stroked
/// run: each row sees the same edges, at the same positions (the band's surface only moves
/// the origin by whole pixels, which Cairo's 24.8 fixed point represents exactly), so it
/// gets the same coverage and the same composited pixels. (Vertical strips would not: they
/// change which edges share a row, and Cairo's rasteriser picks an exact-area or a sampled
/// path per row from all of a row's edges.)
///
/// Each band is a Cairo image surface over its rows of the one image's memory with its own
/// context, so bands run on separate threads (Cairo allows separate contexts and surfaces on
/// separate threads) and write disjoint rows. Cairo's polygon then holds one band's edges at
/// a time per thread instead of the whole line's.
///
/// Used only for stroked, undashed, unfilled paths of straight segments with at least
/// ``minimumElements`` elements, round joins and butt or round caps (``polylines(_:)``),
/// drawn at a plain scale with no clip; anything else, and lines too short to split, are
/// stroked whole as before.
struct BandedStroke {
    /// Paths with fewer elements than this are stroked whole.
    static let minimumElements = 64
    /// Pixels beyond half the line width within which a segment counts as near a band. The
    /// pieces of a stroke reach half the width from their segment (Cairo's join polygons
    /// lie inside the circle; fixed-point rounding moves them by 1/256 px), so one pixel is
    /// a generous guard; `BandedStrokeTests` shows that a negative margin changes pixels.
    static let margin = 1.0
    /// Elements per band below which splitting a line does not pay for its set-up.
    static let elementsPerBand = 4_096
    /// Pixel rows per band at the least.
    static let minimumBandRows = 8

    /// The line's polylines, in scene units.
    var lines: [[Point]]
    /// The stroke's colour, already clamped to 0–1 (as the drawer sets it).
    var rgba: (red: Double, green: Double, blue: Double, alpha: Double)
    /// The stroke.
    var stroke: Stroke

    /// The polylines of `node` when it is a line that can be stroked in bands, else nil.
    static func polylines(_ node: PathNode) -> [[Point]]? {
        guard node.fill == nil, let stroke = node.stroke, stroke.dash.isEmpty, stroke.lineJoin == .round,
              stroke.lineCap != .square, stroke.width > 0, stroke.width.isFinite, stroke.color.alpha > 0,
              node.path.elements.count >= minimumElements,
              let lines = LineDecimation.polylines(node.path) else { return nil }
        for line in lines {
            for p in line where !p.x.isFinite || !p.y.isFinite { return nil }
        }
        return lines
    }

    /// How many bands a line of `elements` elements is split into on this machine: four per
    /// processor at most (so the threads stay busy when bands differ in work), one per
    /// ``elementsPerBand`` elements, and none (1: stroke it whole) for a short line.
    static func bandCount(elements: Int) -> Int {
        min(4 * max(1, ProcessInfo.processInfo.activeProcessorCount), elements / elementsPerBand)
    }

    /// Strokes the line onto `target`, an ARGB32 image surface drawn at `scale` pixels per
    /// point with no device offset, in `bands` bands of rows over the line's extent.
    /// `margin` (tests only) replaces ``margin``.
    ///
    /// - Throws: ``RenderError/cairo(operation:status:)`` when a band's surface or drawing
    ///   fails.
    func draw(on target: OpaquePointer, scale: Double, bands: Int, margin: Double = BandedStroke.margin) throws {
        cairo_surface_flush(target)
        defer { cairo_surface_mark_dirty(target) }
        guard let data = cairo_image_surface_get_data(target) else {
            throw RenderError.cairo(operation: "reading the image for banded lines", status: "no data")
        }
        let width = Int(cairo_image_surface_get_width(target)), height = Int(cairo_image_surface_get_height(target))
        let stride = Int(cairo_image_surface_get_stride(target))
        let reach = stroke.width * scale / 2 + margin
        var top = Double.infinity, bottom = -Double.infinity
        for line in lines {
            for p in line {
                top = min(top, p.y * scale)
                bottom = max(bottom, p.y * scale)
            }
        }
        let first = max(0, Int((top - reach).rounded(.down))), end = min(height, Int((bottom + reach).rounded(.up)) + 1)
        guard first < end, width > 0 else { return }
        let count = max(1, min(bands, (end - first) / Self.minimumBandRows))
        let rows = (0...count).map { first + (end - first) * $0 / count }
        let failures = Locked<[String]>([])
        let pixels = Pixels(first: data)
        DispatchQueue.concurrentPerform(iterations: count) { band in
            let y0 = rows[band], y1 = rows[band + 1]
            if let failure = drawBand(pixels.first + y0 * stride, width: width, rows: y0..<y1, stride: stride, scale: scale,
                                      near: (Double(y0) - reach)...(Double(y1) + reach)) {
                failures.withLock { $0.append(failure) }
            }
        }
        if let failure = failures.withLock({ $0.first }) {
            throw RenderError.cairo(operation: "drawing a banded line", status: failure)
        }
    }

    /// The image's first byte, handed to the band threads; each writes only its own rows.
    private struct Pixels: @unchecked Sendable {
        let first: UnsafeMutablePointer<UInt8>
    }

    /// Strokes the runs of segments that come within `near` (device rows) onto a surface over
    /// `rows` of the image, whose first byte is `data`; a failure's description, or nil.
    private func drawBand(_ data: UnsafeMutablePointer<UInt8>, width: Int, rows: Range<Int>, stride: Int, scale: Double,
                          near: ClosedRange<Double>) -> String? {
        guard let surface = cairo_image_surface_create_for_data(data, CAIRO_FORMAT_ARGB32, Int32(width), Int32(rows.count), Int32(stride)) else {
            return "no band surface"
        }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_set_device_offset(surface, 0, -Double(rows.lowerBound))
        guard let cr = cairo_create(surface) else { return "no band context" }
        defer { cairo_destroy(cr) }
        cairo_scale(cr, scale, scale)
        cairo_set_source_rgba(cr, rgba.red, rgba.green, rgba.blue, rgba.alpha)
        cairo_set_line_width(cr, stroke.width)
        cairo_set_line_cap(cr, stroke.lineCap == .round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        var any = false
        for line in lines {
            guard line.count > 1 else { continue }
            var open = false
            for i in 1..<line.count {
                let a = line[i - 1].y * scale, b = line[i].y * scale
                guard max(a, b) >= near.lowerBound, min(a, b) <= near.upperBound else {
                    open = false
                    continue
                }
                if !open {
                    cairo_move_to(cr, line[i - 1].x, line[i - 1].y)
                    open = true
                }
                cairo_line_to(cr, line[i].x, line[i].y)
                any = true
            }
        }
        if any { cairo_stroke(cr) }
        let status = cairo_status(cr)
        return status == CAIRO_STATUS_SUCCESS ? nil : cairoStatusDescription(status)
    }
}
