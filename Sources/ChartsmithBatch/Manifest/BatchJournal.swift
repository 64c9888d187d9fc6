import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The manifest's journal: each spec's entry appended as one JSON line the moment the spec
/// finishes, so a run killed at any point (SIGKILL included: a written line is the kernel's
/// to keep) has recorded every spec it finished and the next run renders only the rest.
///
/// It lives beside the manifest as `chartsmith-manifest.journal` (one per shard, like the
/// manifest). At the end of a run the entries are compacted into the manifest and the
/// journal is removed; a run that starts and finds one reads it on top of the manifest.
/// A torn last line (a kill mid-write) is skipped.
///
/// Lines are not flushed to disk one by one (an `fsync` per spec cost more than drawing a
/// PDF on this machine's disk). Instead each line records the size of every file it names,
/// and a journalled entry is believed only while those files still have those sizes: after a
/// power cut, a line that reached the disk before the outputs it vouches for (lost, empty or
/// cut short) is dropped and its spec renders again. The end of a run flushes every output
/// at once before the manifest (``FileSystemSync``).
public final class BatchJournal: @unchecked Sendable {
    /// One journal line: a spec's relative path, its entry, and the byte size of each file
    /// the spec wrote (by its path relative to the output folder).
    struct Line: Codable {
        var path: String
        var entry: BatchManifest.Entry
        var sizes: [String: Int]?
    }

    public let url: URL
    private let lock = NSLock()
    private var fd: Int32 = -1
    private var failure: String?

    /// The journal for `shard` in `folder`; nothing is opened until the first append.
    public init(folder: URL, shard: Shard?) {
        url = folder.appendingPathComponent(Self.fileName(for: shard))
    }

    /// The journal's file name: the manifest's, ending `.journal`.
    public static func fileName(for shard: Shard?) -> String {
        String(BatchManifest.fileName(for: shard).dropLast(".json".count)) + ".journal"
    }

    /// Whether a file name is a journal's (lowercased).
    static func isJournalName(_ name: String) -> Bool {
        name.hasPrefix("chartsmith-manifest") && name.hasSuffix(".journal")
    }

    /// Appends one finished spec's entry, with the byte size of each file it wrote. A journal
    /// that cannot be written costs only a re-render after a kill; the reason is kept
    /// (``writeFailure``).
    public func append(_ path: String, _ entry: BatchManifest.Entry, sizes: [String: Int] = [:]) {
        var bytes = JournalLineEncoder.encode(Line(path: path, entry: entry, sizes: sizes))
        bytes.append(0x0A)
        lock.withLock {
            if fd < 0 && failure == nil {
                fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
                if fd < 0 { failure = "cannot open \(url.path): \(String(cString: strerror(errno)))" }
            }
            guard fd >= 0 else { return }
            let ok = bytes.withUnsafeBytes { buf -> Bool in
                var offset = 0
                while offset < buf.count {
                    let n = write(fd, buf.baseAddress! + offset, buf.count - offset)
                    if n < 0 { if errno == EINTR { continue }; return false }
                    offset += n
                }
                return true
            }
            if !ok, failure == nil {
                failure = "cannot write \(url.path): \(String(cString: strerror(errno)))"
            }
        }
    }

    /// Why the journal could not be written, if it could not.
    public var writeFailure: String? { lock.withLock { failure } }

    /// Closes the journal and removes it (its entries are in the manifest now).
    public func remove() {
        lock.withLock {
            if fd >= 0 { close(fd) }
            fd = -1
        }
        unlink(url.path)
    }

    /// The entries of every journal in `folder` (every shard's), later lines winning; a line
    /// whose files are missing or not the size it recorded is left out.
    static func entries(in folder: URL) -> [String: BatchManifest.Entry] {
        var out: [String: BatchManifest.Entry] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { isJournalName($0.lowercased()) }.sorted()
        let decoder = JSONDecoder()
        for name in names {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            for line in data.split(separator: 0x0A) {
                if let l = try? decoder.decode(Line.self, from: Data(line)), intact(l, in: folder) { out[l.path] = l.entry }
            }
        }
        return out
    }

    /// Whether every file a line's entry names has the size the line recorded for it (a line
    /// without sizes, as an older Chartsmith wrote, is taken as it is).
    static func intact(_ line: Line, in folder: URL) -> Bool {
        guard let sizes = line.sizes else { return true }
        let files = line.entry.outputs + (line.entry.thumbnail.map { [$0] } ?? [])
        return files.allSatisfy { file in
            var st = stat()
            return sizes[file].map { stat(folder.appendingPathComponent(file).path, &st) == 0 && Int(st.st_size) == $0 } ?? false
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }
}
