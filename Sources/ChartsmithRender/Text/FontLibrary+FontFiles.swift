import Foundation

extension FontLibrary {
    /// The family a generic family (`sans-serif`, `sans`, `system-ui`, `serif`, `monospace`)
    /// resolves to in every library (a DejaVu family); nil for any other name.
    public static func genericFamily(_ name: String) -> String? {
        FontConfiguration.genericFamily(name)
    }

    /// This library with the font files `files` added (a house style's own fonts), built
    /// once per distinct set and then shared: every chart of a batch drawn in one style uses
    /// the same library, and fontconfig is not set up again per chart.
    ///
    /// A set is told apart by this library's directories and fallbacks and, for each file,
    /// its path, size and modification time, so a font replaced on disk gives a new library.
    /// With no files, the answer is this library itself.
    public func including(fontFiles files: [String]) -> FontLibrary {
        guard !files.isEmpty else { return self }
        let key = FontSetKey(directories: fontDirectories, fallbacks: fallbacks, files: fontFiles + files)
        if let hit = Self.libraries.withLock({ $0[key] }) { return hit }
        let library = FontLibrary(directories: fontDirectories, files: key.files.map(\.path), fallbacks: fallbacks)
        return Self.libraries.withLock { cache in
            if let raced = cache[key] { return raced }
            cache[key] = library
            return library
        }
    }

    /// The libraries built by ``including(fontFiles:)``, by font set.
    private static let libraries = Locked<[FontSetKey: FontLibrary]>([:])
}

/// What tells one font set from another: the directories and fallbacks, and each added
/// file's path, size and modification time.
private struct FontSetKey: Hashable {
    struct Stamp: Hashable {
        var path: String
        var size: UInt64
        var modified: Double
    }

    var directories: [String]
    var fallbacks: [FallbackFont]
    var files: [Stamp]

    init(directories: [String], fallbacks: [FallbackFont], files: [String]) {
        self.directories = directories
        self.fallbacks = fallbacks
        var stamps: [Stamp] = []
        for path in files where !stamps.contains(where: { $0.path == path }) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            stamps.append(Stamp(path: path, size: (attributes?[.size] as? NSNumber)?.uint64Value ?? 0,
                                modified: (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0))
        }
        self.files = stamps
    }
}
