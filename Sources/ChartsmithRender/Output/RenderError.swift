/// Why a scene could not be rendered, an image read, or a file written.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The canvas width or height is zero, negative or not finite.
    case invalidCanvas(width: Double, height: Double)
    /// The scale factor is zero, negative or not finite.
    case invalidScale(Double)
    /// The raster would exceed Cairo's limits (32,767 pixels a side) or the memory cap.
    case canvasTooLarge(width: Int, height: Int)
    /// A node has a coordinate, size or width that is not a finite number.
    case invalidGeometry(String)
    /// Cairo reported an error; `status` is Cairo's own description.
    case cairo(operation: String, status: String)
    /// Bytes that should have been a PNG could not be decoded.
    case invalidImage(String)
    /// A file could not be written (or read); nothing was left behind at `path`.
    case fileAccess(path: String, reason: String)
    /// A font directory could not be added to the font library.
    case fontDirectory(path: String)

    /// A message saying what went wrong, for people.
    public var description: String {
        switch self {
        case .invalidCanvas(let w, let h):
            return "invalid canvas size \(w)×\(h): width and height must be positive, finite numbers of points"
        case .invalidScale(let s):
            return "invalid scale \(s): the scale must be a positive, finite number"
        case .canvasTooLarge(let w, let h):
            return "canvas too large: \(w)×\(h) pixels exceeds the limit of \(CairoRenderer.maximumPixelsPerSide) pixels a side"
                + " or \(CairoRenderer.maximumPixelCount) pixels in all"
        case .invalidGeometry(let what):
            return "invalid geometry: \(what)"
        case .cairo(let op, let status):
            return "Cairo failed during \(op): \(status)"
        case .invalidImage(let why):
            return "not a readable PNG image: \(why)"
        case .fileAccess(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .fontDirectory(let path):
            return "cannot add font directory \(path) to the font library"
        }
    }
}
