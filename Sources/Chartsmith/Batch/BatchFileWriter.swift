import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes batch outputs atomically: bytes go to a hidden temporary file beside the
/// destination, which is then renamed over it, so a reader (or an interrupted run) sees the
/// old file or the whole new one, never part of one.
///
/// Temporary files in flight are tracked, so an emergency exit (a second Ctrl-C) can
/// remove them with ``removeTemporaryFiles()``.
public enum BatchFileWriter {
    private static let inFlight = NSLock()
    nonisolated(unsafe) private static var temporaryPaths = Set<String>()

    /// Writes `bytes` to `url`, creating its folder if needed.
    public static func write<C: Collection>(_ bytes: C, to url: URL) throws where C.Element == UInt8 {
        let folder = url.deletingLastPathComponent()
        let stem = String(url.lastPathComponent.prefix(40))
        let temporary = folder.appendingPathComponent(".\(stem).\(UUID().uuidString).tmp").path
        inFlight.withLock { _ = temporaryPaths.insert(temporary) }
        defer { inFlight.withLock { _ = temporaryPaths.remove(temporary) } }

        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            // The folder is missing: make it (only then, to spare a stat per file).
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw BatchWriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var done = false
        defer { if !done { unlink(temporary) } }
        var failure: Int32 = 0
        let contiguous = Array(bytes)
        contiguous.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = systemWrite(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else { throw BatchWriteError(path: url.path, reason: String(cString: strerror(failure))) }
        guard rename(temporary, url.path) == 0 else {
            throw BatchWriteError(path: url.path, reason: String(cString: strerror(errno)))
        }
        done = true
    }

    /// Removes every temporary file a write in progress has created. For an exit that
    /// cannot wait for the writes to finish; safe to call from any thread.
    public static func removeTemporaryFiles() {
        inFlight.withLock {
            for path in temporaryPaths { unlink(path) }
            temporaryPaths.removeAll()
        }
    }
}

/// An output that could not be written.
public struct BatchWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
