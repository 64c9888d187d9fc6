import Chartsmith
import Foundation

/// Computes a spec's key: the SHA-256 of everything its outputs depend on.
///
/// The key covers the Chartsmith version; the spec file's bytes; every file its plan
/// (``ChartPlan``) lists: for each data and lookup file, the URL as written and the file's
/// bytes (or "missing" / "unresolved"); the house style (`--style`) and the spec's own
/// style, each by name and by the bytes of the files of its `extends` chain; and the
/// formats, scale and size preset. No absolute path is hashed, so keys agree across machines.
/// Change any of them and the spec renders again; change none and it does not.
///
/// File hashes are cached for the life of the value, so a CSV that 300 specs share is read
/// and hashed once per run. Safe to use from many threads.
public final class BatchFingerprint: @unchecked Sendable {
    let formats: [OutputFormat]
    let scale: Double?
    let size: SizePreset?
    private let lock = NSLock()
    private var fileHashes: [String: String] = [:]

    /// - Parameters:
    ///   - scale: the `--scale`, nil for the default; `size`: the `--size` preset, if any.
    public init(formats: [OutputFormat], scale: Double?, size: SizePreset? = nil) {
        self.formats = formats
        self.scale = scale
        self.size = size
    }

    /// The SHA-256 of a file's bytes, or `missing` when it cannot be read. Cached by path.
    public func hash(ofFileAt url: URL) -> String {
        let path = url.standardizedFileURL.path
        if let h = lock.withLock({ fileHashes[path] }) { return h }
        let h = (try? Data(contentsOf: url)).map { ContentHash.hex(of: $0) } ?? "missing"
        lock.withLock { fileHashes[path] = h }
        return h
    }

    /// The key for a spec whose bytes are `specBytes` and that reads what `plan` lists (a
    /// spec that could not be decoded has a plan of its house style only), and the files
    /// that went into it.
    public func key(for spec: BatchSpec, specBytes: [UInt8]?, plan: ChartPlan) -> (key: String, inputs: [BatchManifest.Input]) {
        var h = ContentHash()
        var recorded: [BatchManifest.Input] = []
        h.update(field: "chartsmith-batch-key/1")
        h.update(field: ChartsmithVersion.current)
        h.update(field: formats.map(\.rawValue).sorted().joined(separator: ","))
        h.update(field: String(scale ?? 1))
        if let size {
            h.update(field: "size")
            h.update(field: "\(size.name ?? "") \(size.width)x\(size.height)@\(size.pixelScale)")
        }
        // No absolute path goes into the key (the data root, a style file's location), so
        // hosts with different checkouts compute the same keys: files count by the name the
        // spec or option gives and by their bytes; the data root matters only through which
        // files resolve, which the data entries below record.
        let specHash = specBytes.map { ContentHash.hex(of: $0) } ?? "missing"
        h.update(field: specHash)
        recorded.append(.init(role: "spec", path: spec.displayPath, sha256: specHash))

        func addStyle(_ nameOrPath: String?, _ links: [StyleReference.Link], role: String) {
            h.update(field: role)
            h.update(field: nameOrPath ?? "")
            // The style file, then each file its `extends` chain names (a built-in style
            // at the end of the chain changes only with the version, hashed above).
            for link in links {
                let fh = hash(ofFileAt: link.file)
                h.update(field: link.name)
                h.update(field: fh)
                recorded.append(.init(role: "style", path: link.file.path, sha256: fh))
            }
        }
        addStyle(plan.houseStyle, plan.houseStyleFiles, role: "batch-style")
        addStyle(plan.specStyle, plan.specStyleFiles, role: "spec-style")

        for input in plan.data {
            h.update(field: input.role.rawValue)
            h.update(field: input.url)
            guard let file = input.file else {
                h.update(field: "unresolved")
                // Recorded all the same (not hashed, never read), so `chartsmith watch` polls
                // a file refused now (a link out) and notices when it is made valid.
                if let path = Self.localPath(input.url, specFolder: spec.url.deletingLastPathComponent()) {
                    recorded.append(.init(role: input.role.rawValue, path: path, sha256: "unresolved"))
                }
                continue
            }
            let fh = hash(ofFileAt: file)
            h.update(field: fh)
            recorded.append(.init(role: input.role.rawValue, path: file.path, sha256: fh))
        }
        return (h.hexDigest(), recorded)
    }

    /// Where a data URL that did not resolve would be on disk, by its letters alone (no
    /// link followed), or nil for a URL that names no local file (a network or scheme URL).
    static func localPath(_ url: String, specFolder: URL) -> String? {
        guard !url.isEmpty, !url.contains(":"), !url.hasPrefix("//"),
              !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return (url.hasPrefix("/") ? URL(fileURLWithPath: url) : specFolder.appendingPathComponent(url)).standardizedFileURL.path
    }
}
