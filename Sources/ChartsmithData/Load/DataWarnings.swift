import Foundation

/// Collects, while a spec's data is prepared, the warnings about the data itself that do not
/// stop the chart: today, a source that loaded no rows (``DataLoader/emptyDataWarning(for:table:)``),
/// which draws the "No data" chart and must say so, naming the source.
public final class DataWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    /// The collector of the preparation in progress, if any.
    @TaskLocal public static var current: DataWarnings?

    public init() {}

    /// Adds `message` once (a source shared by layers is reported once).
    public func add(_ message: String) {
        lock.withLock { if !items.contains(message) { items.append(message) } }
    }

    /// The warnings, in the order they were raised.
    public var messages: [String] { lock.withLock { items } }

    /// Runs `body` collecting the data warnings it raises; returns its result and them.
    public static func collect<T>(_ body: () throws -> T) rethrows -> (T, [String]) {
        let collector = DataWarnings()
        let result = try $current.withValue(collector) { try body() }
        return (result, collector.messages)
    }
}
