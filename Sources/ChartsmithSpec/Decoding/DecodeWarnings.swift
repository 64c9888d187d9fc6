import Foundation

/// Collects, while a spec is decoded, the warnings for properties the decoder accepts but
/// does not honour (cosmetic settings the house style decides, such as a title's colour),
/// so that exit 0 never hides a setting that was dropped: each becomes a located warning
/// in ``ChartSpec/warnings``.
final class DecodeWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    /// The collector of the decode in progress, if any.
    @TaskLocal static var current: DecodeWarnings?

    func add(_ d: Diagnostic) {
        lock.lock()
        items.append(d)
        lock.unlock()
    }

    /// The warnings in the order of their place in the file (then by path), each once.
    var warnings: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        var seen = Set<Diagnostic>()
        return items.filter { seen.insert($0).inserted }.sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0, $0.path?.description ?? "")
                < ($1.location?.line ?? 0, $1.location?.column ?? 0, $1.path?.description ?? "")
        }
    }
}

extension ObjectReader {
    /// Marks cosmetic keys as understood but not honoured: each one present raises a
    /// located warning naming it and `reason` (what decides it instead), unless its value is
    /// the one Chartsmith draws anyway (`drawn`: key → that value as a string).
    mutating func cosmetic(_ keys: [String], reason: String, drawn: [String: String] = [:]) {
        for key in keys where !read.contains(key) {
            guard let v = take(key) else { continue }
            if let same = drawn[key], case .string(let s) = v.value, s == same { continue }
            DecodeWarnings.current?.add(Diagnostic(location: v.location, path: v.path,
                                                   message: "\"\(key)\" is not honoured: \(reason)", severity: .warning))
        }
    }
}
