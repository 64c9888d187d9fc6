import CChartsmithCairo
import CChartsmithPNG

/// Encodes a Cairo image surface as PNG with Chartsmith's own encoder (`CChartsmithPNG`,
/// zlib directly) instead of `cairo_surface_write_to_png_stream`.
///
/// Why: PNG encoding was most of the time of a chart (Cairo's writer uses libpng's defaults,
/// zlib level 6 with adaptive filtering, about 9 ms for an 800×500 chart). Chart pictures are
/// large flat areas with antialiased edges, for which no row filter and zlib level 3 give
/// files as small as Cairo's in about a third of the time (see
/// Sources/ChartsmithBench/README-section.md). The pixels are the same: a fully opaque image
/// is written as 8-bit RGB, any other as 8-bit RGBA, alpha unpremultiplied exactly as Cairo
/// does. Output is deterministic. The `cairo-floor` benchmark program uses the same C code.
enum PNGEncoder {
    /// The PNG for an ARGB32 image surface (`cairo_surface_t *`), flushed by the caller.
    static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        let width = cairo_image_surface_get_width(surface)
        let height = cairo_image_surface_get_height(surface)
        let stride = cairo_image_surface_get_stride(surface)
        guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32,
              let data = cairo_image_surface_get_data(surface) else {
            throw RenderError.cairo(operation: "PNG encoding", status: "not an ARGB32 image surface")
        }
        var buffer = chartsmith_png_buffer()
        defer { chartsmith_png_buffer_free(&buffer) }
        guard chartsmith_png_encode(data, width, height, stride, &buffer) == 0, let bytes = buffer.data else {
            throw RenderError.cairo(operation: "PNG encoding", status: "out of memory or zlib failure")
        }
        return Array(UnsafeBufferPointer(start: bytes, count: buffer.length))
    }
}
