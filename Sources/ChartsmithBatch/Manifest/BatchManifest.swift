import Chartsmith
import Foundation

/// What a batch rendered into an output folder, and from what: the record that makes the
/// next run incremental and that the contact sheet is drawn from.
///
/// Stored as `chartsmith-manifest.json` in the output folder (or
/// `chartsmith-manifest.shard-I-of-N.json` for one shard, so shards sharing a folder never
/// write the same file). A run reads every manifest in the folder: an entry whose key
/// equals the spec's key now, and whose outputs all exist, needs no new render.
public struct BatchManifest: Codable, Sendable, Hashable {
    /// The manifest file format.
    public var format: Int = 1
    /// The Chartsmith version that wrote it.
    public var chartsmith: String = ChartsmithVersion.current
    /// The shard that wrote it (`I/N`), if any.
    public var shard: String?
    /// Entries by spec relative path (``BatchSpec/relativePath``).
    public var entries: [String: Entry] = [:]

    public init(shard: Shard? = nil, entries: [String: Entry] = [:]) {
        self.shard = shard?.description
        self.entries = entries
    }

    /// One spec's last result.
    public struct Entry: Codable, Sendable, Hashable {
        /// The spec's path as the user named it.
        public var spec: String
        /// The content hash of everything the output depends on (see ``BatchFingerprint``).
        public var key: String
        /// `ok` or `failed`.
        public var status: Status
        /// Output files, relative to the output folder.
        public var outputs: [String]
        /// The failure message, for a failed spec.
        public var error: String?
        /// The chart's title and alt text, for the contact sheet.
        public var title: String?
        public var description: String?
        /// The picture the contact sheet shows, relative to the output folder.
        public var thumbnail: String?
        /// The files hashed into the key, with their SHA-256 (or `missing`).
        public var inputs: [Input]
        /// How long the render took.
        public var milliseconds: Double?
        /// The warnings the render raised, printed again while the spec is unchanged.
        public var warnings: [String]?

        public init(spec: String, key: String, status: Status, outputs: [String] = [], error: String? = nil,
                    title: String? = nil, description: String? = nil, thumbnail: String? = nil,
                    inputs: [Input] = [], milliseconds: Double? = nil, warnings: [String]? = nil) {
            self.spec = spec
            self.key = key
            self.status = status
            self.outputs = outputs
            self.error = error
            self.title = title
            self.description = description
            self.thumbnail = thumbnail
            self.inputs = inputs
            self.milliseconds = milliseconds
            self.warnings = warnings
        }
    }

    public enum Status: String, Codable, Sendable, Hashable {
        case ok, failed
    }

    /// A file that went into a key.
    public struct Input: Codable, Sendable, Hashable {
        /// `spec`, `data` or `style`.
        public var role: String
        public var path: String
        /// Hex SHA-256, or `missing`.
        public var sha256: String

        public init(role: String, path: String, sha256: String) {
            self.role = role
            self.path = path
            self.sha256 = sha256
        }
    }

    /// The manifest file name for a shard (or the whole batch).
    public static func fileName(for shard: Shard?) -> String {
        guard let shard, shard.count > 1 else { return "chartsmith-manifest.json" }
        return "chartsmith-manifest.shard-\(shard.index)-of-\(shard.count).json"
    }

    /// Whether a file name is a manifest's (lowercased).
    static func isManifestName(_ name: String) -> Bool {
        name.hasPrefix("chartsmith-manifest") && name.hasSuffix(".json")
    }

    /// Every manifest in `folder`, merged; unreadable or foreign files are ignored (the
    /// worst they cost is a re-render). Where two hold the same spec, the one written last
    /// (by modification time, then name) wins.
    public static func loadAll(in folder: URL) -> BatchManifest {
        var merged = BatchManifest()
        func modified(_ name: String) -> Date {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return attributes?[.modificationDate] as? Date ?? .distantPast
        }
        let all: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let dated: [(name: String, date: Date)] = all.filter { isManifestName($0.lowercased()) }.map { ($0, modified($0)) }
        let names: [String] = dated.sorted { a, b in
            a.date == b.date ? a.name < b.name : a.date < b.date
        }.map { $0.name }
        for name in names {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                  let m = BatchManifestReader.decode(Array(data)), m.format == 1 else { continue }
            merged.entries.merge(m.entries) { _, new in new }
        }
        return merged
    }

    /// The manifest as stable, pretty-printed JSON (sorted keys).
    ///
    /// Written one entry at a time, each through `JSONEncoder` and indented into place, so
    /// a manifest of 12,000 specs never exists as one encoder tree (that tree, not the
    /// bytes, is what made memory grow with the number of specs); the bytes are those
    /// `JSONEncoder` gives for the whole value (tested).
    public func encoded() throws -> [UInt8] {
        let encoder = Self.encoder()
        var shell = self
        shell.entries = [:]
        let empty = Array(try encoder.encode(shell))
        guard !entries.isEmpty else { return empty + [0x0A] }
        // Split the shell at its empty `"entries" : {` … `}` and put the entries between.
        let marker = Array("\"entries\" : {".utf8)
        guard let open = empty.firstRange(of: marker)?.upperBound,
              let close = empty[open...].firstIndex(of: UInt8(ascii: "}")) else {
            return Array(try encoder.encode(self)) + [0x0A]
        }
        var out = Array(empty[..<open])
        out.reserveCapacity(entries.count * 512)
        var first = true
        for key in entries.keys.sorted() {
            out += Array(first ? "\n    ".utf8 : ",\n    ".utf8)
            first = false
            out += try encoder.encode(key)
            out += Array(" : ".utf8)
            // The entry's own lines, moved in by the two levels it sits at.
            for byte in try encoder.encode(entries[key]!) {
                if out.last == 0x0A && byte != 0x0A { out += [0x20, 0x20, 0x20, 0x20] }
                out.append(byte)
            }
        }
        out += Array("\n  ".utf8)
        out += empty[close...]
        return out + [0x0A]
    }

    /// The encoder of manifest files: pretty-printed, sorted keys, slashes as they are.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
