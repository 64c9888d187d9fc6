import CChartsmithCairo
import Foundation

/// An RGBA raster read from a PNG (or drawn by ``CairoRenderer/rasterize(_:scale:)``), for
/// comparing rendered output with golden images.
///
/// Pixels are straight (not premultiplied) RGBA, 8 bits a channel, rows top to bottom.
/// Fully transparent pixels are stored as `(0, 0, 0, 0)`.
public struct RasterImage: Hashable, Sendable {
    /// One pixel's channels, straight alpha.
    public struct Pixel: Hashable, Sendable, CustomStringConvertible {
        /// Red, 0–255.
        public var red: UInt8
        /// Green, 0–255.
        public var green: UInt8
        /// Blue, 0–255.
        public var blue: UInt8
        /// Opacity, 0 (transparent) to 255 (opaque).
        public var alpha: UInt8

        /// A pixel; opaque unless `alpha` says otherwise.
        public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
            self.red = red
            self.green = green
            self.blue = blue
            self.alpha = alpha
        }

        /// `rgba(r, g, b, a)`.
        public var description: String { "rgba(\(red), \(green), \(blue), \(alpha))" }
    }

    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// `width × height × 4` bytes: R, G, B, A for each pixel.
    public private(set) var pixels: [UInt8]

    /// An image from raw RGBA bytes; `pixels.count` must be `width × height × 4`.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height * 4,
                     "RasterImage needs width × height × 4 bytes")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// An image of one colour.
    public init(width: Int, height: Int, filledWith pixel: Pixel) {
        self.init(width: width, height: height,
                  pixels: Array([[pixel.red, pixel.green, pixel.blue, pixel.alpha]].joined()).repeated(width * height))
    }

    /// Decodes PNG bytes through Cairo.
    /// - Throws: ``RenderError/invalidImage(_:)`` if the bytes are not a PNG Cairo can read.
    public init(png bytes: [UInt8]) throws {
        let source = ByteSource(bytes)
        let surface = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(ByteSource.read, source.closure)
        }
        guard let surface else { throw RenderError.invalidImage("Cairo returned no surface") }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.invalidImage(cairoStatusDescription(status)) }
        self.init(surface: surface)
    }

    /// Reads a PNG file.
    /// - Throws: ``RenderError/fileAccess(path:reason:)`` if the file cannot be read,
    ///   ``RenderError/invalidImage(_:)`` if it is not a PNG.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RenderError.fileAccess(path: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        try self.init(png: [UInt8](data))
    }

    /// Copies the pixels of a Cairo image surface (`cairo_surface_t *`).
    init(surface: OpaquePointer) {
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface))
        let h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        var out = [UInt8](repeating: 0, count: w * h * 4)
        if let data = cairo_image_surface_get_data(surface), w > 0, h > 0 {
            for y in 0..<h {
                let row = data + y * stride
                for x in 0..<w {
                    let i = (y * w + x) * 4
                    if format == CAIRO_FORMAT_A8 {
                        out[i + 3] = row[x]
                        continue
                    }
                    guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else { continue }
                    // Native-endian 32-bit words: A R G B from the high byte down, premultiplied.
                    let v = UnsafeRawPointer(row + x * 4).loadUnaligned(as: UInt32.self)
                    let a = format == CAIRO_FORMAT_RGB24 ? 255 : Int(v >> 24)
                    guard a > 0 else { continue }
                    func unpremultiply(_ c: Int) -> UInt8 { UInt8(min(255, (c * 255 + a / 2) / a)) }
                    out[i] = unpremultiply(Int((v >> 16) & 0xFF))
                    out[i + 1] = unpremultiply(Int((v >> 8) & 0xFF))
                    out[i + 2] = unpremultiply(Int(v & 0xFF))
                    out[i + 3] = UInt8(a)
                }
            }
        }
        self.init(width: w, height: h, pixels: out)
    }

    /// The pixel at column `x`, row `y` (0 at the top left), or nil outside the image.
    public func pixel(x: Int, y: Int) -> Pixel? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let i = (y * width + x) * 4
        return Pixel(red: pixels[i], green: pixels[i + 1], blue: pixels[i + 2], alpha: pixels[i + 3])
    }

    /// Sets the pixel at column `x`, row `y`; does nothing outside the image.
    public mutating func setPixel(x: Int, y: Int, to p: Pixel) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = (y * width + x) * 4
        pixels[i] = p.red
        pixels[i + 1] = p.green
        pixels[i + 2] = p.blue
        pixels[i + 3] = p.alpha
    }

    /// Counts the pixels whose channels differ from `other`'s by more than
    /// `channelTolerance` (0–255) and finds the largest channel difference.
    ///
    /// Images of different sizes are compared over the larger extent; a pixel that lies
    /// outside one image differs whatever the tolerance, with a delta of 255.
    public func compare(to other: RasterImage, channelTolerance: Int) -> ImageDifference {
        let w = max(width, other.width), h = max(height, other.height)
        var differing = 0, maxDelta = 0
        for y in 0..<h {
            for x in 0..<w {
                if let d = channelDelta(other, x: x, y: y) {
                    maxDelta = max(maxDelta, d)
                    if d > channelTolerance { differing += 1 }
                } else {
                    maxDelta = 255
                    differing += 1
                }
            }
        }
        return ImageDifference(sizesMatch: width == other.width && height == other.height,
                               pixelCount: w * h, differingPixels: differing, maxChannelDelta: maxDelta)
    }

    /// A picture of the differences: pixels differing beyond `channelTolerance` in opaque
    /// red, the rest as a faint grey version of this image for orientation.
    public func differenceImage(against other: RasterImage, channelTolerance: Int) -> RasterImage {
        let w = max(width, other.width), h = max(height, other.height)
        var out = RasterImage(width: w, height: h, filledWith: Pixel(red: 255, green: 255, blue: 255))
        for y in 0..<h {
            for x in 0..<w {
                if (channelDelta(other, x: x, y: y) ?? 256) > channelTolerance {
                    out.setPixel(x: x, y: y, to: Pixel(red: 255, green: 0, blue: 0))
                } else if let p = pixel(x: x, y: y) {
                    // Luminance composited on white, then faded three quarters towards white.
                    let lum = (299 * Int(p.red) + 587 * Int(p.green) + 114 * Int(p.blue)) / 1000
                    let onWhite = (lum * Int(p.alpha) + 255 * (255 - Int(p.alpha))) / 255
                    let g = UInt8(255 - (255 - onWhite) / 4)
                    out.setPixel(x: x, y: y, to: Pixel(red: g, green: g, blue: g))
                }
            }
        }
        return out
    }

    /// Writes ``differenceImage(against:channelTolerance:)`` to `url` as a PNG, atomically.
    public func writeDifferenceImage(against other: RasterImage, channelTolerance: Int, to url: URL) throws {
        try differenceImage(against: other, channelTolerance: channelTolerance).writePNG(to: url)
    }

    /// The image encoded as PNG by Cairo.
    public func pngData() throws -> [UInt8] {
        guard width > 0, height > 0 else { throw RenderError.invalidImage("an empty image cannot be encoded") }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw RenderError.cairo(operation: "creating an image surface", status: "no surface")
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            throw RenderError.cairo(operation: "creating an image surface", status: cairoStatusDescription(status))
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * stride)
            for x in 0..<width {
                let i = (y * width + x) * 4
                let a = UInt32(pixels[i + 3])
                func premultiply(_ c: UInt8) -> UInt32 { (UInt32(c) * a + 127) / 255 }
                let v = a << 24 | premultiply(pixels[i]) << 16 | premultiply(pixels[i + 1]) << 8 | premultiply(pixels[i + 2])
                row.storeBytes(of: v, toByteOffset: x * 4, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface)
        let sink = ByteSink()
        let written = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.closure)
        }
        guard written == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: "PNG encoding", status: cairoStatusDescription(written))
        }
        return sink.bytes
    }

    /// Writes the image to `url` as a PNG, atomically.
    public func writePNG(to url: URL) throws {
        try AtomicFile.write(try pngData(), to: url)
    }

    /// The largest channel difference at (x, y); nil where only one image has the pixel.
    private func channelDelta(_ other: RasterImage, x: Int, y: Int) -> Int? {
        guard x < width, y < height, x < other.width, y < other.height else { return nil }
        let i = (y * width + x) * 4, j = (y * other.width + x) * 4
        var d = 0
        for c in 0..<4 { d = max(d, abs(Int(pixels[i + c]) - Int(other.pixels[j + c]))) }
        return d
    }
}

private extension Array {
    func repeated(_ n: Int) -> [Element] {
        var out: [Element] = []
        out.reserveCapacity(count * n)
        for _ in 0..<n { out.append(contentsOf: self) }
        return out
    }
}
