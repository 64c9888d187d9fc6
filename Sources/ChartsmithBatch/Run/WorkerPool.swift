import Foundation

/// Runs a body over indices on a fixed number of threads, each taking the next index as it
/// finishes the last, until all are done or `shouldStop` says to stop starting new ones.
///
/// Threads get an 8 MiB stack (deeply nested specs recurse). The call returns when every
/// started body has finished.
enum WorkerPool {
    static func run(count: Int, threads: Int, shouldStop: @escaping @Sendable () -> Bool,
                    _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = NSLock()
        nonisolated(unsafe) var cursor = 0
        let workers = max(1, min(threads, count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                while true {
                    if shouldStop() { return }
                    let i: Int = next.withLock {
                        defer { cursor += 1 }
                        return cursor
                    }
                    if i >= count { return }
                    body(i)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }
}
