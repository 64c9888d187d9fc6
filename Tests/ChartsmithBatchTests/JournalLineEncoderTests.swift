@testable import ChartsmithBatch
import Foundation
import Testing

/// Issue 16: journal lines are written without `JSONEncoder`; `JSONDecoder` (which reads
/// every journal) must get back exactly the line that was written.
@Suite("Journal line encoding")
struct JournalLineEncoderTests {
    func roundTrip(_ line: BatchJournal.Line) throws -> BatchJournal.Line {
        let bytes = JournalLineEncoder.encode(line)
        #expect(!bytes.contains(0x0A), "a line holds no raw newline")
        return try JSONDecoder().decode(BatchJournal.Line.self, from: Data(bytes))
    }

    @Test("every field, escapes and non-ASCII text come back as written")
    func everyField() throws {
        let awkward = "quote \" backslash \\ slash / newline \n tab \t return \r nul \u{0} bell \u{7} esc \u{1B} del \u{7F} é 図 😀"
        let entry = BatchManifest.Entry(
            spec: "specs/a \"b\".json", key: String(repeating: "ab", count: 32), status: .failed,
            outputs: ["a/b.pdf", "a/b.png", awkward], error: awkward, title: "Title: \u{1F}",
            description: "alt\ntext", thumbnail: "thumbnails/a/b.png",
            inputs: [.init(role: "spec", path: "specs/a.json", sha256: "00ff"),
                     .init(role: "data", path: "/data/x \\ y.csv", sha256: "missing")],
            milliseconds: 12.345678901234567, warnings: ["w1", awkward])
        let line = BatchJournal.Line(path: "a/b \u{2028}.json", entry: entry, sizes: ["a/b.pdf": 1234, "a/b.png": 0, awkward: 7])
        let back = try roundTrip(line)
        #expect(back.path == line.path)
        #expect(back.entry == line.entry)
        #expect(back.sizes == line.sizes)
    }

    @Test("optional fields left out stay nil, empty lists stay empty")
    func sparse() throws {
        let entry = BatchManifest.Entry(spec: "x.json", key: "", status: .ok)
        for sizes in [nil, [:]] as [[String: Int]?] {
            let back = try roundTrip(BatchJournal.Line(path: "x.json", entry: entry, sizes: sizes))
            #expect(back.entry == entry)
            #expect(back.sizes == sizes)
            #expect(back.entry.error == nil && back.entry.milliseconds == nil && back.entry.warnings == nil)
        }
    }

    @Test("milliseconds of any size read back exactly")
    func numbers() throws {
        for ms in [0, 1e-7, 0.1, 1.5, 123456.789, 1e21, 5e-324, Double.greatestFiniteMagnitude] {
            let entry = BatchManifest.Entry(spec: "x.json", key: "k", status: .ok, milliseconds: ms)
            #expect(try roundTrip(BatchJournal.Line(path: "x", entry: entry, sizes: nil)).entry.milliseconds == ms)
        }
    }

    @Test("a journal written by the batch is read back through the same entries")
    func journalFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-line-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("%PDF".utf8).write(to: folder.appendingPathComponent("a.pdf"))
        let entry = BatchManifest.Entry(spec: "specs/a.json", key: "k1", status: .ok, outputs: ["a.pdf"], title: "A \"title\"",
                                        inputs: [.init(role: "spec", path: "specs/a.json", sha256: "ff")], milliseconds: 3.25)
        let journal = BatchJournal(folder: folder, shard: nil)
        journal.append("a.json", entry, sizes: ["a.pdf": 4])
        journal.append("b.json", .init(spec: "specs/b.json", key: "", status: .failed, error: "b: \"bad\"\nline 2"), sizes: [:])
        #expect(journal.writeFailure == nil)
        let read = BatchJournal.entries(in: folder)
        #expect(read["a.json"] == entry)
        #expect(read["b.json"]?.error == "b: \"bad\"\nline 2")
        // A size that no longer matches drops the line, as before.
        try Data("%PDF-1.7".utf8).write(to: folder.appendingPathComponent("a.pdf"))
        #expect(BatchJournal.entries(in: folder)["a.json"] == nil)
    }
}
