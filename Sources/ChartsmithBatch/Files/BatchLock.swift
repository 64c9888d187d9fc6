import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output folder's lock, so two batches (or a batch and a watch) never write into one
/// folder at once: their outputs, manifests and journals would interleave, and one run's
/// files could be recorded under the other's key.
///
/// An exclusive `flock` on the output folder itself (no lock file is left in it), held for
/// the run and released when the value is released (or the process dies, even by SIGKILL).
public final class BatchLock: @unchecked Sendable {
    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    /// Takes the lock on `folder` (created if missing). With `wait`, blocks until the
    /// holder finishes; without, fails at once.
    ///
    /// - Throws: ``BatchLockError`` saying why.
    public static func acquire(_ folder: URL, display: String, wait: Bool) throws -> BatchLock {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BatchLockError(message: "cannot create the output folder \(display): \(error.localizedDescription)")
        }
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw BatchLockError(message: "cannot lock the output folder \(display): \(String(cString: strerror(errno)))")
        }
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            throw BatchLockError(message: busy
                ? "another chartsmith batch or watch is writing into \(display); wait for it to finish, or pass --wait-for-lock to wait"
                : "cannot lock the output folder \(display): \(reason)")
        }
        return BatchLock(fd: fd)
    }

    /// Releases the lock (also done when the value is released).
    public func release() {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    deinit { release() }
}

/// The output folder could not be locked.
public struct BatchLockError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
