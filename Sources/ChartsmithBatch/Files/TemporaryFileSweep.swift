import Foundation

/// Removes the temporary files an earlier batch left in its output folder when it was
/// killed between naming a temporary file and renaming it into place
/// (`.NAME.UUID.tmp`, ``AtomicFile``'s names). Run with the folder's ``BatchLock`` held,
/// so no live batch owns any of them.
enum TemporaryFileSweep {
    /// Removes every leftover temporary file below `folder`; returns how many.
    @discardableResult
    static func sweep(_ folder: URL) -> Int {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isSymbolicLinkKey],
                                                          options: [], errorHandler: { _, _ in true }) else { return 0 }
        var removed = 0
        for case let url as URL in walker where isTemporaryName(url.lastPathComponent) {
            if (try? FileManager.default.removeItem(at: url)) != nil { removed += 1 }
        }
        return removed
    }

    /// Whether a name is one ``AtomicFile`` gives a temporary file: `.` + name + `.` + UUID + `.tmp`.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let body = name.dropLast(4)
        guard body.count > 38 else { return false }
        let uuid = body.suffix(36)
        return body.dropLast(36).hasSuffix(".") && UUID(uuidString: String(uuid)) != nil
    }
}
