import Foundation

/// Counts, within one task, the times a columnar ``Table`` is made into rows: its row views
/// built (``Table/rows`` read) and its columns dropped for rows of their own (``Table/rows``
/// written). What a test reads to check that a transform keeps a table columnar, counted
/// rather than timed; nothing is counted outside ``RowProbe/counting(_:)``.
public final class RowProbe: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = (views: 0, conversions: 0)

    /// The probe of the current task, if one is counting.
    @TaskLocal static var current: RowProbe?

    public init() {}

    /// Row views built from columns so far.
    public var views: Int { lock.withLock { counts.views } }
    /// Columnar tables turned into tables of rows so far.
    public var conversions: Int { lock.withLock { counts.conversions } }

    /// Runs `body` with this probe counting.
    public func counting<T>(_ body: () throws -> T) rethrows -> T {
        try Self.$current.withValue(self) { try body() }
    }

    static func viewsBuilt() { current?.lock.withLock { current!.counts.views += 1 } }
    static func converted() { current?.lock.withLock { current!.counts.conversions += 1 } }
}
