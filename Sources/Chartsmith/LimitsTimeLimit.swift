import Foundation

extension RenderLimits {
    /// Runs `body` on a thread of its own, with these limits in force, and waits for it at
    /// most ``timeLimit`` seconds: the per-spec time limit of `render`, `batch` and `watch`.
    ///
    /// A thread cannot be stopped from outside, so on time-out the call throws a
    /// `ChartsmithError` naming `file` and the limit, and leaves the thread to finish in the
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
    /// The threads have a 64 MiB stack (address space; pages are used only as touched), as
    /// deeply nested compositions need in a debug build, whose frames are large. They are kept
    /// between calls (a batch starts no thread per spec); one abandoned at its time limit is
    /// never reused.
    public func withTimeLimit<T: Sendable>(file: String, _ body: @escaping @Sendable () throws -> T) throws -> T {
        let outcome = TimedOutcome<T>()
        let limits = self
        let worker = TimedWorker.take()
        // The worker signals `done` only after it is back among the idle ones, so the next
        // call (the batch's next spec) finds it there instead of starting another thread.
        worker.run(signalling: outcome.done) {
            outcome.result = Result { try limits.apply(body) }
        }
        let seconds = timeLimit.isFinite ? min(max(timeLimit, 0), 1e9) : 1e9
        guard outcome.done.wait(timeout: .now() + seconds) == .success, let result = outcome.result else {
            worker.abandon()
            throw ChartsmithError(file: file, message: "rendering took longer than the limit of \(Self.number(timeLimit)) seconds"
                                  + " and was abandoned; simplify the chart or raise the limit with --limit time=N")
        }
        return try result.get()
    }
}

extension RenderLimits {
    /// Runs `body` on a thread with a 64 MiB stack, with these limits in force, and waits for
    /// it: laying out a deeply nested composition needs more stack than a Swift concurrency
    /// or Dispatch worker thread has (a debug build's frames are large; a nested concat
    /// crashed a test task with SIGSEGV). On such a thread already (``withTimeLimit(file:_:)``'s
    /// workers: `render`, `batch`, `watch`), `body` runs at once. No time limit applies.
    static func onLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
        if Thread.current.threadDictionary[TimedWorker.marker] != nil { return try body() }
        let outcome = TimedOutcome<T>()
        let limits = RenderLimits.current
        let call = UncheckedBox(body)
        let worker = TimedWorker.take()
        worker.run(signalling: outcome.done) {
            outcome.result = Result { try limits.apply(call.value) }
        }
        outcome.done.wait()
        return try outcome.result!.get()
    }
}

/// A value handed to another thread that the caller waits for (so it is never used by two
/// threads at once).
private final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The result of work on another thread, handed over through a semaphore.
private final class TimedOutcome<T>: @unchecked Sendable {
    var result: Result<T, Error>?
    let done = DispatchSemaphore(value: 0)
}

/// A long-lived thread that runs one job at a time for ``RenderLimits/withTimeLimit(file:_:)``;
/// idle ones wait in a pool. A worker whose job overran is abandoned: it finishes the job
/// and then exits instead of returning to the pool.
private final class TimedWorker: @unchecked Sendable {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [TimedWorker] = []
    /// The key a worker's thread dictionary holds, so work already on one is not moved.
    static let marker = "chartsmith.large-stack-worker"

    private let wake = DispatchSemaphore(value: 0)
    private let state = NSLock()
    private var job: (() -> Void)?
    private var done: DispatchSemaphore?
    private var abandoned = false

    /// An idle worker, or a new one.
    static func take() -> TimedWorker {
        if let w = lock.withLock({ idle.popLast() }) { return w }
        let w = TimedWorker()
        let thread = Thread {
            Thread.current.threadDictionary[marker] = true
            w.loop()
        }
        thread.stackSize = 64 << 20
        thread.start()
        return w
    }

    /// Runs `job`, then signals `done` once this worker is idle again (or, abandoned, about
    /// to exit).
    func run(signalling done: DispatchSemaphore, _ job: @escaping () -> Void) {
        state.withLock {
            self.job = job
            self.done = done
        }
        wake.signal()
    }

    func abandon() { state.withLock { abandoned = true } }

    /// Waits for a job, runs it, and goes back to the idle pool *before* signalling that the
    /// job is done: signalled first, the caller could ask for a worker for its next job before
    /// this one was back, and start a new thread (a 300-spec batch started one or two such
    /// threads on the loaded machine of 8 December 2026).
    private func loop() {
        while true {
            wake.wait()
            let (job, done) = state.withLock { (self.job, self.done) }
            job?()
            let keep = state.withLock { () -> Bool in
                self.job = nil
                self.done = nil
                return !abandoned
            }
            if keep { Self.lock.withLock { Self.idle.append(self) } }
            done?.signal()
            guard keep else { return }
        }
    }
}
