import Foundation

/// Adds up the wall time a process spends in each pipeline stage, for `chartsmith-bench`.
///
/// Off unless the environment sets `CHARTSMITH_STAGE_TIMES` (read once, at first use): then
/// ``measure(_:_:)`` is one check of a constant and a call of its body. When on, `chartsmith
/// render` prints ``report()`` on standard error as it exits. Stages may nest (parsing runs
/// inside preparation, encoding inside drawing); each stage's own figure excludes the
/// stages measured inside it.
public enum StageClock {
    /// The stages the benchmark reports.
    public enum Stage: Int, CaseIterable, Sendable {
        /// Reading data files into rows (CSV, TSV, JSON).
        case parse
        /// Transforms and encoding-level preparation of the rows.
        case transform
        /// Laying out the scene, text measurement included.
        case layout
        /// Cairo drawing the scene.
        case draw
        /// Encoding the drawing (PNG compression, the PDF or SVG stream).
        case encode

        public var name: String { ["parse", "transform", "layout", "draw", "encode"][rawValue] }
    }

    /// Whether timing is on for this process.
    public static let isOn: Bool = ProcessInfo.processInfo.environment["CHARTSMITH_STAGE_TIMES"] != nil

    private static let lock = NSLock()
    nonisolated(unsafe) private static var totals = [Double](repeating: 0, count: Stage.allCases.count)
    /// Time spent in stages nested inside an open one, per thread depth; guarded by `lock`.
    nonisolated(unsafe) private static var nested: [ObjectIdentifier: [Double]] = [:]

    /// Runs `body`, adding its wall time (less any stage measured inside it) to `stage`.
    @inline(__always)
    public static func measure<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
        guard isOn else { return try body() }
        return try timed(stage, body)
    }

    private static func timed<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
        let thread = ObjectIdentifier(Thread.current)
        lock.withLock { nested[thread, default: []].append(0) }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            lock.withLock {
                let inner = nested[thread]?.popLast() ?? 0
                totals[stage.rawValue] += ms - inner
                if var stack = nested[thread], !stack.isEmpty {
                    stack[stack.count - 1] += ms
                    nested[thread] = stack
                }
            }
        }
        return try body()
    }

    /// Milliseconds per stage so far, in ``Stage`` order.
    public static var milliseconds: [Double] { lock.withLock { totals } }

    /// One line: `stage-times-ms parse=… transform=… layout=… draw=… encode=…`.
    public static func report() -> String {
        let ms = milliseconds
        return "stage-times-ms " + Stage.allCases.map { $0.name + "=" + String(format: "%.1f", ms[$0.rawValue]) }.joined(separator: " ")
    }
}
