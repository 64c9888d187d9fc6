import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a spec or style file safely: only a regular file (a folder, named pipe, socket or
/// device is refused with a message saying what it is, and a pipe cannot block the read),
/// and only up to a size limit, checked before reading.
public enum RegularFile {
    /// Why a file could not be read, for people (`"it is a folder, not a file"`).
    public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// The largest spec or style file read: 256 MiB, far beyond any real spec (inline data
    /// that size belongs in a data file).
    public static let defaultMaxBytes = 256 << 20

    /// The bytes of the regular file at `path`.
    public static func read(_ path: String, maxBytes: Int = defaultMaxBytes) throws(ReadError) -> [UInt8] {
        // O_NONBLOCK: opening a named pipe with no writer must not wait for one.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReadError(reason: "it is a folder, not a file")
        case S_IFIFO: throw ReadError(reason: "it is a named pipe, not a regular file")
        case S_IFSOCK: throw ReadError(reason: "it is a socket, not a regular file")
        default: throw ReadError(reason: "it is a device, not a regular file")
        }
        let size = Int(st.st_size)
        guard size <= maxBytes else {
            throw ReadError(reason: "the file is \(size) bytes, more than the limit of \(maxBytes) bytes")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + offset, size - offset) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ReadError(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }  // The file shrank while being read.
            offset += n
        }
        return offset == size ? bytes : Array(bytes[..<offset])
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
