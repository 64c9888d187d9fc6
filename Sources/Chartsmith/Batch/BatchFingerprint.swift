import Foundation

/// Computes a spec's key: the SHA-256 of everything its outputs depend on.
///
/// The key covers the Chartsmith version; the spec file's bytes; for each data file it
/// reads (``SpecInputs``), the URL as written and the file's bytes (or "missing"); the
/// batch's `--style` and the spec's own `style`, each by name and, where it names a file
/// (``StyleReference``), that file's bytes; the data root; and the formats and scale.
/// Change any of them and the spec renders again; change none and it does not.
///
/// File hashes are cached for the life of the value, so a CSV that 300 specs share is read
/// and hashed once per run. Safe to use from many threads.
public final class BatchFingerprint: @unchecked Sendable {
    let formats: [OutputFormat]
    let scale: Double
    let style: String?
    let styleFolder: URL
    let dataRoot: URL?
    private let lock = NSLock()
    private var fileHashes: [String: String] = [:]

    public init(formats: [OutputFormat], scale: Double, style: String?, styleFolder: URL, dataRoot: URL?) {
        self.formats = formats
        self.scale = scale
        self.style = style
        self.styleFolder = styleFolder
        self.dataRoot = dataRoot
    }

    /// The SHA-256 of a file's bytes, or `missing` when it cannot be read. Cached by path.
    public func hash(ofFileAt url: URL) -> String {
        let path = url.standardizedFileURL.path
        if let h = lock.withLock({ fileHashes[path] }) { return h }
        let h = (try? Data(contentsOf: url)).map { ContentHash.hex(of: $0) } ?? "missing"
        lock.withLock { fileHashes[path] = h }
        return h
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
        h.update(field: dataRoot?.standardizedFileURL.path ?? "")
        let specHash = specBytes.map { ContentHash.hex(of: $0) } ?? "missing"
        h.update(field: specHash)
        recorded.append(.init(role: "spec", path: spec.displayPath, sha256: specHash))

        func addStyle(_ nameOrPath: String?, folder: URL, role: String) {
            h.update(field: role)
            h.update(field: nameOrPath ?? "")
            guard let nameOrPath else { return }
            if let file = StyleReference.file(for: nameOrPath, relativeTo: folder) {
                let fh = hash(ofFileAt: file)
                h.update(field: file.path)
                h.update(field: fh)
                recorded.append(.init(role: "style", path: file.path, sha256: fh))
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
