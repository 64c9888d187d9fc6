@testable import ChartsmithBatch
import Foundation
import Testing

/// Issue 18: the manifest is written entry by entry (memory flat in the number of specs),
/// byte for byte as `JSONEncoder` writes the whole value.
@Suite("Manifest encoding")
struct ManifestEncodingTests {
    func whole(_ m: BatchManifest) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(m)) + [0x0A]
    }

    @Test("entry-by-entry bytes equal JSONEncoder's, empty collections, escapes and key order included")
    func sameBytes() throws {
        var m = BatchManifest(shard: try Shard.parse("2/3", environment: [:]))
        #expect(try m.encoded() == whole(m))
        for (i, name) in ["b.json", "a/c.json", "a10.json", "a9.json", "B.json", "x\"q\\.json", "é.json", "z\u{1B}.json"].enumerated() {
            m.entries[name] = .init(spec: "specs/" + name, key: i % 2 == 0 ? "" : "abc", status: i % 3 == 0 ? .failed : .ok,
                                    outputs: i % 2 == 0 ? [] : ["\(name).png", "\(name).pdf"], error: i % 3 == 0 ? "bad\nline \u{1B}" : nil,
                                    title: "T\(i)", inputs: [.init(role: "data", path: "d/\(i).csv", sha256: "missing")],
                                    milliseconds: Double(i) * 1.5, warnings: i == 1 ? [] : nil)
        }
        let streamed = try m.encoded()
        #expect(streamed == (try whole(m)), "\(String(decoding: streamed, as: UTF8.self))")
        #expect(try JSONDecoder().decode(BatchManifest.self, from: Data(streamed)) == m)
    }
}

extension ManifestEncodingTests {
    @Test("a manifest read entry by entry equals one decoded whole; odd files still read or are refused")
    func readsBack() throws {
        var m = BatchManifest()
        for i in 0..<50 {
            m.entries["s\(i)\"\\{}.json"] = .init(spec: "s\(i)", key: "k{\(i)}", status: .ok, outputs: ["a[\(i)].png"],
                                                  title: "brace } and [", inputs: [], milliseconds: 1)
        }
        let bytes = try m.encoded()
        #expect(BatchManifestReader.entryRanges(bytes)?.entries.count == 50)
        #expect(BatchManifestReader.decode(bytes) == m)
        let compact = Array(#"{"format":1,"chartsmith":"x","entries":{"a":{"spec":"a","key":"","status":"ok","outputs":[],"inputs":[]}}}"#.utf8)
        #expect(BatchManifestReader.decode(compact)?.entries["a"]?.spec == "a")
        #expect(BatchManifestReader.decode(Array("[1, 2]".utf8)) == nil)
        #expect(BatchManifestReader.decode(Array(#"{"entries": {"a": {"spec": "#.utf8)) == nil)
    }
}
