import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old file or the whole new one, and so that
/// a process killed at any moment (even by SIGKILL) leaves no partial or temporary file.
///
/// On Linux the bytes go into an unnamed file (`O_TMPFILE`) in the destination's folder,
/// which the kernel discards if the process dies; only once it is complete and flushed is it
/// given a name: the destination itself when that is new, or a hidden temporary name renamed
/// over the old file at once. Elsewhere (or on file systems without `O_TMPFILE`) a hidden
/// temporary file is written and renamed.
public enum AtomicFile {
    /// Writes `bytes` atomically to `url`; with `sync`, flushes them to disk before the file
    /// is named. On failure `url` is untouched and nothing is left behind.
    ///
    /// - Throws: ``RenderError/fileAccess(path:reason:)``.
    public static func write(_ bytes: [UInt8], to url: URL, sync: Bool = true) throws {
        let destination = url.standardizedFileURL
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        if try writeUnnamed(bytes, to: destination, sync: sync) { return }
        #endif
        try writeNamed(bytes, to: destination, sync: sync)
    }

    private static let inFlight = NSLock()
    nonisolated(unsafe) private static var temporaryPaths = Set<String>()

    /// Removes every named temporary file a write in progress has made. For an exit that
    /// cannot wait for the writes to finish; safe to call from any thread.
    public static func removeTemporaryFiles() {
        inFlight.withLock {
            for path in temporaryPaths { unlink(path) }
            temporaryPaths.removeAll()
        }
    }

    static func track(_ temporary: URL) { inFlight.withLock { _ = temporaryPaths.insert(temporary.path) } }
    static func untrack(_ temporary: URL) { inFlight.withLock { _ = temporaryPaths.remove(temporary.path) } }

    static func failure(_ destination: URL, _ reason: String) -> RenderError {
        .fileAccess(path: destination.path, reason: reason)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// A hidden, unique name beside `destination`, short enough for NAME_MAX.
    static func temporaryName(for destination: URL) -> URL {
        let stem = String(destination.lastPathComponent.prefix(40))
        return destination.deletingLastPathComponent().appendingPathComponent(".\(stem).\(UUID().uuidString).tmp")
    }

    /// Writes all of `bytes` to `fd`, and with `sync` flushes them to disk.
    static func writeAll(_ bytes: [UInt8], to fd: Int32, destination: URL, sync: Bool) throws {
        try bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = systemWrite(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(destination, "write failed: \(errnoText())")
                }
                offset += n
            }
        }
        guard !sync || fsync(fd) == 0 else { throw failure(destination, "fsync failed: \(errnoText())") }
    }

    #if os(Linux) && (arch(x86_64) || arch(arm64))
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Swift's Glibc module does not export.
    static let openTemporaryFile: Int32 = 0o20000000 | O_DIRECTORY

    /// Writes through an unnamed file; false when the file system cannot make one (then
    /// nothing was written).
    static func writeUnnamed(_ bytes: [UInt8], to destination: URL, sync: Bool) throws -> Bool {
        let folder = destination.deletingLastPathComponent()
        let fd = open(folder.path, openTemporaryFile | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            switch errno {
            case EOPNOTSUPP, EISDIR, EINVAL: return false
            default: throw failure(destination, "cannot create a file in \(folder.path): \(errnoText())")
            }
        }
        defer { close(fd) }
        // The unnamed file gets the mode a named one would: 0644 less the umask.
        fchmod(fd, 0o644 & ~processUmask)
        try writeAll(bytes, to: fd, destination: destination, sync: sync)
        let handle = "/proc/self/fd/\(fd)"
        if linkat(AT_FDCWD, handle, AT_FDCWD, destination.path, AT_SYMLINK_FOLLOW) == 0 { return true }
        guard errno == EEXIST else {
            if errno == ENOENT { return false }  // No /proc: fall back to a named temporary file.
            throw failure(destination, "cannot name the file: \(errnoText())")
        }
        // Replacing a file: name the complete file, then rename it over the old one.
        let temporary = temporaryName(for: destination)
        track(temporary)
        defer { untrack(temporary) }
        guard linkat(AT_FDCWD, handle, AT_FDCWD, temporary.path, AT_SYMLINK_FOLLOW) == 0 else {
            throw failure(destination, "cannot name the file: \(errnoText())")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = errnoText()
            unlink(temporary.path)
            throw failure(destination, "rename failed: \(reason)")
        }
        return true
    }

    /// The process's umask, read once from `/proc/self/status` (calling `umask` to read it
    /// would change it for other threads for a moment); 022 if it cannot be read.
    static let processUmask: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) {
            return mask
        }
        return 0o022
    }()
    #endif

    /// Writes `bytes` to a hidden temporary file beside `destination`, flushes it and
    /// renames it over `destination`; on failure the temporary file is removed.
    static func writeNamed(_ bytes: [UInt8], to destination: URL, sync: Bool) throws {
        let folder = destination.deletingLastPathComponent()
        let temporary = temporaryName(for: destination)
        track(temporary)
        defer { untrack(temporary) }
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw failure(destination, "cannot create a file in \(folder.path): \(errnoText())")
        }
        var finished = false
        var isOpen = true
        defer {
            if isOpen { close(fd) }
            if !finished { unlink(temporary.path) }
        }
        try writeAll(bytes, to: fd, destination: destination, sync: sync)
        isOpen = false
        guard close(fd) == 0 else { throw failure(destination, "close failed: \(errnoText())") }
        guard rename(temporary.path, destination.path) == 0 else {
            throw failure(destination, "rename failed: \(errnoText())")
        }
        finished = true
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
