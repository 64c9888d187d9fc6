import Foundation

/// A cheap snapshot of the files a batch depends on — size and modification time of each
/// spec and of every file its plan lists (``ChartPlan``: data, lookup data and style
/// files, as the manifest records them) — for `chartsmith watch` to poll. When the snapshot
/// changes, the watcher runs the batch again and the manifest's content hashes decide
/// what actually re-renders (a touch without a change renders nothing).
public struct WatchSignature: Sendable, Hashable {
    /// Path → "size:mtime" (or "missing").
    public var files: [String: String]

    public init(files: [String: String] = [:]) {
        self.files = files
    }

    /// The snapshot of the specs `arguments` name now (found afresh, so new specs count)
    /// plus every input the manifest in `outputFolder` records for them.
    public static func capture(_ arguments: [String], discovery: SpecDiscovery, outputFolder: URL) -> WatchSignature {
        let specs = discovery.discover(arguments).specs
        let manifest = BatchManifest.loadAll(in: outputFolder)
        var paths = Set(specs.map { $0.url.standardizedFileURL.path })
        for s in specs {
            for input in manifest.entries[s.relativePath]?.inputs ?? [] where input.role != "spec" {
                paths.insert(input.path.hasPrefix("/") ? input.path : discovery.workingFolder.appendingPathComponent(input.path).path)
            }
        }
        var files: [String: String] = [:]
        for p in paths {
            if let a = try? FileManager.default.attributesOfItem(atPath: p) {
                let size = (a[.size] as? NSNumber)?.int64Value ?? -1
                let mtime = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                files[p] = "\(size):\(mtime)"
            } else {
                files[p] = "missing"
            }
        }
        return WatchSignature(files: files)
    }

    /// Paths whose snapshot differs between `self` and `other` (added, removed or changed), sorted.
    public func changes(since other: WatchSignature) -> [String] {
        Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
    }
}
