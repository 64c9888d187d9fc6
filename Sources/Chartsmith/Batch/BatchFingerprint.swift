import Foundation

/// Computes a spec's key: the SHA-256 of everything its outputs depend on.
///
/// The key covers the Chartsmith version; the spec file's bytes; for each data file it
/// reads (``SpecInputs``), the URL as written and the file's bytes (or "missing" /
/// "unresolved"); the batch's `--style` and the spec's own style, each by name and, where it
/// names a file (``StyleReference``), that file's bytes and those of its `extends` chain; and
/// the formats and scale. No absolute path is hashed, so keys agree across machines.
/// Change any of them and the spec renders again; change none and it does not.
///
/// File hashes are cached for the life of the value, so a CSV that 300 specs share is read
/// and hashed once per run. Safe to use from many threads.
public final class BatchFingerprint: @unchecked Sendable {
    let formats: [OutputFormat]
    let scale: Double
    let style: String?
    let styleFolder: URL
    private let lock = NSLock()
    private var fileHashes: [String: String] = [:]

    /// - Parameters:
    ///   - style: the batch's `--style`, found relative to `styleFolder` (the working folder).
    public init(formats: [OutputFormat], scale: Double, style: String?, styleFolder: URL) {
        self.formats = formats
        self.scale = scale
        self.style = style
        self.styleFolder = styleFolder
    }

    /// The SHA-256 of a file's bytes, or `missing` when it cannot be read. Cached by path.
    public func hash(ofFileAt url: URL) -> String {
        let path = url.standardizedFileURL.path
        if let h = lock.withLock({ fileHashes[path] }) { return h }
        let h = (try? Data(contentsOf: url)).map { ContentHash.hex(of: $0) } ?? "missing"
        lock.withLock { fileHashes[path] = h }
        return h
    }

    /// The `extends` a style file names (top level, or inside `config`), if any.
    static func extends(ofStyleAt url: URL) -> String? {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["extends"] as? String ?? (object["config"] as? [String: Any])?["extends"] as? String
    }

    /// The key for a spec whose bytes are `specBytes` and that reads `inputs` (nil when the
    /// spec could not be decoded), and the files that went into it.
    public func key(for spec: BatchSpec, specBytes: [UInt8]?, inputs: SpecInputs?) -> (key: String, inputs: [BatchManifest.Input]) {
        var h = ContentHash()
        var recorded: [BatchManifest.Input] = []
        h.update(field: "chartsmith-batch-key/1")
        h.update(field: ChartsmithVersion.current)
        h.update(field: formats.map(\.rawValue).sorted().joined(separator: ","))
        h.update(field: String(scale))
        // No absolute path goes into the key (the data root, a style file's location), so
        // hosts with different checkouts compute the same keys: files count by the name the
        // spec or option gives and by their bytes; the data root matters only through which
        // files resolve, which the data entries below record.
        let specHash = specBytes.map { ContentHash.hex(of: $0) } ?? "missing"
        h.update(field: specHash)
        recorded.append(.init(role: "spec", path: spec.displayPath, sha256: specHash))

        func addStyle(_ nameOrPath: String?, folder: URL, role: String) {
            h.update(field: role)
            h.update(field: nameOrPath ?? "")
            // The style file, then each file its `extends` chain names (a built-in style
            // at the end of the chain changes only with the version, hashed above).
            var next = nameOrPath.map { ($0, folder) }
            var seen = Set<String>()
            while let (name, base) = next, seen.count < 16,
                  let file = StyleReference.file(for: name, relativeTo: base), seen.insert(file.path).inserted {
                let fh = hash(ofFileAt: file)
                h.update(field: name)
                h.update(field: fh)
                recorded.append(.init(role: "style", path: file.path, sha256: fh))
                next = Self.extends(ofStyleAt: file).map { ($0, file.deletingLastPathComponent()) }
            }
        }
        addStyle(style, folder: styleFolder, role: "batch-style")
        addStyle(inputs?.style, folder: spec.url.deletingLastPathComponent(), role: "spec-style")

        if let inputs {
            for (url, file) in zip(inputs.dataURLs, inputs.dataFiles) {
                h.update(field: "data")
                h.update(field: url)
                guard let file else {
                    h.update(field: "unresolved")
                    continue
                }
                let fh = hash(ofFileAt: file)
                h.update(field: fh)
                recorded.append(.init(role: "data", path: file.path, sha256: fh))
            }
        }
        return (h.hexDigest(), recorded)
    }
}
