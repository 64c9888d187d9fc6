import Foundation

extension RenderLimits {
    /// Runs `body` on a thread of its own, with these limits in force, and waits for it at
    /// most ``timeLimit`` seconds: batch mode's per-spec time limit.
    ///
    /// A thread cannot be stopped from outside, so on time-out the call throws a
    /// ``ChartsmithError`` naming `file` and the limit, and leaves the thread to finish in the
    /// background with its result discarded. `body` must therefore only compute (build the
    /// scene, draw it to bytes) and leave writing files to the caller, after this returns:
    ///
    /// ```swift
    /// let bytes = try limits.withTimeLimit(file: spec.path) {
    ///     try renderer.draw(renderer.scene(forSpecAt: spec), as: .png)
    /// }
    /// try write(bytes)
    /// ```
    ///
    /// The thread has an 8 MiB stack, as deeply nested specs may need.
    public func withTimeLimit<T: Sendable>(file: String, _ body: @escaping @Sendable () throws -> T) throws -> T {
        let outcome = TimedOutcome<T>()
        let limits = self
        let thread = Thread {
            outcome.result = Result { try limits.apply(body) }
            outcome.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let seconds = timeLimit.isFinite ? min(max(timeLimit, 0), 1e9) : 1e9
        guard outcome.done.wait(timeout: .now() + seconds) == .success, let result = outcome.result else {
            throw ChartsmithError(file: file, message: "rendering took longer than the limit of \(Self.number(timeLimit)) seconds"
                                  + " and was abandoned; simplify the chart or raise the limit with --limit time=N")
        }
        return try result.get()
    }
}

/// The result of work on another thread, handed over through a semaphore.
private final class TimedOutcome<T>: @unchecked Sendable {
    var result: Result<T, Error>?
    let done = DispatchSemaphore(value: 0)
}
