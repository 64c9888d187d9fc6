import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old file or the whole new one.
enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `url`, flushes it to disk and renames it
    /// over `url`. On failure the temporary file is removed and `url` is untouched.
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let destination = url.standardizedFileURL
        let folder = destination.deletingLastPathComponent()
        // Hidden, unique, and short enough for NAME_MAX whatever the destination's name.
        let stem = String(destination.lastPathComponent.prefix(40))
        let temporary = folder.appendingPathComponent(".\(stem).\(UUID().uuidString).tmp")
        func failure(_ reason: String) -> RenderError { .fileAccess(path: destination.path, reason: reason) }
        func errnoText() -> String { String(cString: strerror(errno)) }

        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw failure("cannot create a file in \(folder.path): \(errnoText())")
        }
        var finished = false
        var isOpen = true
        defer {
            if isOpen { close(fd) }
            if !finished { unlink(temporary.path) }
        }
        try bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = systemWrite(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure("write failed: \(errnoText())")
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw failure("fsync failed: \(errnoText())") }
        isOpen = false
        guard close(fd) == 0 else { throw failure("close failed: \(errnoText())") }
        guard rename(temporary.path, destination.path) == 0 else {
            throw failure("rename failed: \(errnoText())")
        }
        finished = true
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
