import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The containment-race attack of issue 18 for tests: a background thread keeps moving a
/// folder away, putting a link to somewhere else under its name, and moving it back, while
/// the test's body runs on the calling thread.
public enum FolderSwapRace {
    /// A flag the swapping thread reads, and the swaps it made.
    final class Swapper: @unchecked Sendable {
        let lock = NSLock()
        var running = true
        var swaps = 0
        var isRunning: Bool { lock.withLock { running } }
        func stop() { lock.withLock { running = false } }
    }

    /// Runs `body` while `folder` is swapped again and again for a link to `linkTarget`
    /// (a path as `symlink` takes it, relative to the folder's parent); returns how many
    /// full swaps were made. The folder is back in place when this returns.
    public static func whileSwapping(_ folder: URL, forLinkTo linkTarget: String, _ body: () throws -> Void) rethrows -> Int {
        let sub = folder.path, real = folder.path + ".real"
        let swapper = Swapper()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            while swapper.isRunning {
                // The attack: the folder moves away and a link to the outside takes its name.
                guard rename(sub, real) == 0 else { continue }
                symlink(linkTarget, sub)
                sched_yield()
                unlink(sub)
                rename(real, sub)
                sched_yield()
                swapper.lock.withLock { swapper.swaps += 1 }
            }
            done.signal()
        }
        thread.start()
        defer {
            swapper.stop()
            done.wait()
        }
        try body()
        return swapper.lock.withLock { swapper.swaps }
    }
}
