import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Flushes to disk, in one call, everything written to the file system that holds a folder:
/// the batch's way to make many output files durable at once instead of one `fsync` each.
///
/// On Linux this is `syncfs(2)` on the folder (looked up at run time: Swift's Glibc module
/// does not declare it); elsewhere, or if that fails, `sync(2)`, which flushes every file
/// system and so holds the same guarantee.
enum FileSystemSync {
    private typealias SyncFS = @convention(c) (Int32) -> Int32

    private static let syncfs: SyncFS? = {
        #if os(Linux)
        return dlsym(dlopen(nil, RTLD_NOW), "syncfs").map { unsafeBitCast($0, to: SyncFS.self) }
        #else
        return nil
        #endif
    }()

    /// Flushes the file system holding `folder`; returns when the data are on disk.
    static func flush(_ folder: URL) {
        if let syncfs {
            let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                defer { close(fd) }
                if syncfs(fd) == 0 { return }
            }
        }
        sync()
    }
}
