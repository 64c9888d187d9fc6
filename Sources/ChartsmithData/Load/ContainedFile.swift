import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file beneath a root folder without ever leaving it, and without a gap between
/// checking a path and opening it.
///
/// The path is walked from a descriptor of the root, one component at a time, with
/// `openat(…, O_NOFOLLOW)`: each folder is opened from the descriptor of the one before, and
/// the file is read from its own descriptor. A symbolic link met on the way is read with
/// `readlinkat` and its target walked the same way from the root, so links that stay inside
/// are followed and links that lead out are refused. Swapping a folder for a link while the
/// walk runs can only make the read fail, never read outside bytes.
public enum ContainedFile {
    /// Why a contained read failed.
    public enum Failure: Error, Sendable, Hashable {
        /// The path, or a link on the way, leads outside the root.
        case outside
        /// No file at the path (`path` is where it was looked for).
        case missing(path: String)
        /// A symbolic link on the way names nothing.
        case danglingLink
        /// More than 40 links were followed.
        case tooManyLinks
        /// The path names a folder.
        case folder
        /// The path names a device, pipe or socket.
        case notRegular
        /// The file is larger than the limit.
        case tooLarge(size: Int, limit: Int)
        /// Any other system error.
        case system(String)
    }

    /// The bytes of the regular file at `relativePath` (`/`-separated, relative to `root`;
    /// `.` and empty components are skipped, `..` may not climb above `root`), read from a
    /// descriptor opened beneath `root`. Files larger than `maxBytes` are refused before
    /// they are read.
    public static func read(relativePath: String, beneath root: URL, maxBytes: Int = .max) throws(Failure) -> [UInt8] {
        let rootPath = root.standardizedFileURL.path
        let rootFD = open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootFD >= 0 else { throw errno == ENOENT ? .missing(path: rootPath) : .system(message(errno)) }
        defer { close(rootFD) }
        let realRoot = DataLoader.realPath(rootPath) ?? rootPath
        let fd = try walk(relativePath.split(separator: "/").map(String.init), rootFD: rootFD,
                          roots: [rootPath, realRoot], display: rootPath)
        defer { close(fd) }
        return try readAll(fd, maxBytes: maxBytes)
    }

    /// Opens the file at `components` beneath the root descriptor; the caller closes it.
    static func walk(_ components: [String], rootFD: Int32, roots: [String], display: String) throws(Failure) -> Int32 {
        var pending = Array(components.reversed())  // A stack: the next component is last.
        var folders: [(fd: Int32, name: String)] = []  // Opened folders below the root.
        defer { for f in folders { close(f.fd) } }
        var hops = 0, retries = 0, followed = false
        while let name = pending.popLast() {
            if name.isEmpty || name == "." { continue }
            if name == ".." {
                guard let last = folders.popLast() else { throw .outside }
                close(last.fd)
                continue
            }
            let dirFD = folders.last?.fd ?? rootFD
            let isLast = pending.allSatisfy { $0.isEmpty || $0 == "." }
            let flags = isLast ? O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC : O_RDONLY | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC
            let fd = openat(dirFD, name, flags)
            if fd >= 0 {
                if isLast { return fd }
                folders.append((fd, name))
                continue
            }
            let e = errno
            // A symbolic link: follow its target from the root, as long as it stays inside.
            if e == ELOOP || e == ENOTDIR || e == EMLINK, let target = linkTarget(dirFD, name) {
                hops += 1
                followed = true
                guard hops <= 40 else { throw .tooManyLinks }
                var parts = target.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                if target.hasPrefix("/") {
                    guard let root = roots.first(where: { DataLoader.isInside(target, root: $0) }) else { throw .outside }
                    parts = String(target.dropFirst(root.count)).split(separator: "/").map(String.init)
                    for f in folders { close(f.fd) }
                    folders.removeAll()
                }
                pending += parts.reversed()
                continue
            }
            // A link that changed between the open and the read of its target: look again.
            if e == ELOOP || e == EMLINK, retries < 8 {
                retries += 1
                pending.append(name)
                continue
            }
            switch e {
            case ENOENT:
                if followed { throw .danglingLink }
                throw .missing(path: ([display] + folders.map(\.name) + [name] + pending.reversed()).joined(separator: "/"))
            case ENOTDIR: throw .missing(path: ([display] + folders.map(\.name) + [name]).joined(separator: "/"))
            default: throw .system(message(e))
            }
        }
        // The path named the root or a folder reached through `..`.
        throw .folder
    }

    /// The target of the symbolic link `name` in the folder `dirFD`, or nil when it is not one.
    static func linkTarget(_ dirFD: Int32, _ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlinkat(dirFD, name, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Reads a regular file's descriptor whole, refusing folders, devices and files over `maxBytes`.
    static func readAll(_ fd: Int32, maxBytes: Int) throws(Failure) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .system(message(errno)) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .folder
        default: throw .notRegular
        }
        let size = Int(st.st_size)
        guard size <= maxBytes else { throw .tooLarge(size: size, limit: maxBytes) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { buf in systemRead(fd, buf.baseAddress! + filled, size - filled) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .system(message(errno))
            }
            if n == 0 { break }  // The file shrank while we read it.
            filled += n
        }
        return filled == size ? bytes : Array(bytes[..<filled])
    }

    static func message(_ e: Int32) -> String { String(cString: strerror(e)) }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
