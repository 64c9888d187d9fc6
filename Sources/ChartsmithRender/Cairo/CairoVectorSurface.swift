import CChartsmithCairo
import ChartsmithFormat
import ChartsmithScene

extension CairoRenderer {
    /// Draws `scene` on a vector surface that streams its file into memory, and returns the
    /// file's bytes: what PDF and SVG share. `create` makes the surface from Cairo's write
    /// function, its closure and the page size in points; `prepare` sets the format's
    /// options and metadata before drawing. `name` ("PDF", "SVG") words the errors.
    func drawVector(_ scene: Scene, scale: Double, name: String,
                    create: (cairo_write_func_t, UnsafeMutableRawPointer, Double, Double) -> OpaquePointer?,
                    prepare: (OpaquePointer) -> Void) throws -> [UInt8] {
        try validate(scene, scale: scale)
        let sink = ByteSink()
        try withExtendedLifetime(sink) {
            guard let surface = create(ByteSink.write, sink.closure, scene.width * scale, scene.height * scale) else {
                throw RenderError.cairo(operation: "creating the \(name) surface", status: "no surface")
            }
            defer { cairo_surface_destroy(surface) }
            try check(surface, "creating the \(name) surface")
            prepare(surface)
            try StageClock.measure(.draw) { try draw(scene, on: surface, scale: scale, raster: false) }
            StageClock.measure(.encode) { cairo_surface_finish(surface) }
            try check(surface, "writing the \(name)")
        }
        return sink.bytes
    }
}
