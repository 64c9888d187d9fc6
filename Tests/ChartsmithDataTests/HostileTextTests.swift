import Foundation
import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// Issue 18, text read from data files: limits hold while a file is read, and messages
/// quote at most a short, escaped token of it.
@Suite("Hostile data: text limits while reading")
struct HostileTextTests {
    func message(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return "\(error)" }
    }

    @Test("a 50 MB cell stops the parse at its 2,001st character, with its line and a short excerpt")
    func hugeCell() throws {
        // After the long cell comes a byte that is not UTF-8: a parse that built the cell
        // before checking its length would report that byte instead.
        var bytes = Array("name,note\nok,".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20) + [0xFF, 10]
        bytes += Array("fine,1\n".utf8)
        let bounds = DelimitedText.Bounds(maxCellLength: 2_000)
        let m = try #require(message { try DelimitedText.parse(bytes, file: "big.csv", bounds: bounds) })
        #expect(m.hasPrefix("big.csv:2: line 2, column 2: a cell longer than 2,000 characters (\"aaaa"), "\(m)")
        #expect(m.hasSuffix("the limit is 2,000 characters (--limit label-length=N)"), "\(m)")
        #expect(m.count < 300, "\(m.count) characters")
    }

    @Test("the loader reads with the label-length limit of the render")
    func loaderCellLimit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ("name,note\nx," + String(repeating: "é", count: 120) + "\n").write(to: folder.appendingPathComponent("d.csv"),
                                                                             atomically: true, encoding: .utf8)
        let m = try #require(message {
            try DataLoader.$limits.withValue(.init(maxLabelLength: 100)) {
                try DataLoader(baseFolder: folder).load(.url("d.csv", format: nil))
            }
        })
        #expect(m.hasPrefix("d.csv:2: line 2, column 2: a cell longer than 100 characters"), "\(m)")
        // 120 two-byte characters are within 200.
        _ = try DataLoader.$limits.withValue(.init(maxLabelLength: 200)) { try DataLoader(baseFolder: folder).load(.url("d.csv", format: nil)) }
    }

    @Test("a 1 MB header of NULs gives a short message with the NULs escaped")
    func nulHeader() throws {
        let bytes = [UInt8](repeating: 0, count: 1 << 20) + Array("\n1,2\n".utf8)
        let m = try #require(message { try DelimitedText.parse(bytes, file: "nul.csv", bounds: .init(maxCellLength: 2_000)) })
        #expect(m.count < 300, "\(m.count) characters")
        #expect(!m.unicodeScalars.contains { $0.value < 0x20 })
        #expect(m.contains("\\u0000\\u0000") && m.contains("…"), "\(m)")
        // Without the cell limit, the ragged-row message quotes a short excerpt of the header too.
        let ragged = try #require(message { try DelimitedText.parse(bytes, file: "nul.csv") })
        #expect(ragged.count < 400 && !ragged.unicodeScalars.contains { $0.value < 0x20 }, "\(ragged.prefix(400))")
    }

    @Test("a line past its bound stops the parse, even one of only commas")
    func longLine() throws {
        let bytes = Array("a,b\n".utf8) + [UInt8](repeating: UInt8(ascii: ","), count: 1 << 20) + [10]
        let m = try #require(message { try DelimitedText.parse(bytes, file: "l.csv", bounds: .init(maxLineBytes: 4_096)) })
        #expect(m == "l.csv:2: line 2: longer than 4,096 bytes; a line of a data file may have at most 4,096 bytes", "\(m)")
    }

    @Test("a file's cells are counted while it is read")
    func fileCells() throws {
        let text = "a,b,c,d\n" + String(repeating: "1,2,3,4\n", count: 1_000)
        let m = try #require(message { try DelimitedText.parse(Array(text.utf8), file: "c.csv", bounds: .init(maxCells: 400)) })
        // Lines 2–101 are 100 rows × 4 fields = 400 cells, exactly the limit; line 102 passes it.
        #expect(m == "c.csv:102: line 102: would make 101 rows × 4 fields = 404 cells; the limit is 400 cells (--limit cells=N)", "\(m)")
        // A file exactly at the limit is read (the header is not a row).
        let exact = "a,b,c,d\n" + String(repeating: "1,2,3,4\n", count: 100)
        #expect(try DelimitedText.parse(Array(exact.utf8), file: "c.csv", bounds: .init(maxCells: 400)).1.count == 100)
    }

    @Test("the cells message multiplies what it prints: one field is counted once, no field as one")
    func cellsWording() throws {
        let one = try #require(message { try DataBudget(maxRows: 100, maxCells: 5).check("fold", rows: 6, fields: 1) })
        #expect(one == "fold: would make 6 rows × 1 field = 6 cells; the limit is 5 cells (--limit cells=N)", "\(one)")
        let none = try #require(message { try DataBudget(maxRows: 100, maxCells: 5).check("fold", rows: 7, fields: 0) })
        #expect(none == "fold: would make 7 rows × 1 field = 7 cells; the limit is 5 cells (--limit cells=N)", "\(none)")
    }

    @Test("a JSON string longer than the limit is found before the file is parsed")
    func jsonString() throws {
        let bytes = Array("[\n{\"a\": 1},\n{\"a\": \"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20) + Array("\"}]".utf8)
        let m = try #require(message { try JSONTextScan.checkStrings(bytes, maxLength: 2_000, file: "d.json") })
        #expect(m.hasPrefix("d.json:3: line 3: a string longer than 2,000 characters (\"xxx"), "\(m)")
        #expect(m.count < 300)
        // Escapes count as one character each; strings within the limit pass.
        try JSONTextScan.checkStrings(Array("[{\"k\\\"ey\": \"\\u00e9\\n\"}]".utf8), maxLength: 4, file: "ok.json")
    }

    @Test("field names from a file are quoted short and escaped in a missing-field message")
    func missingFieldExcerpt() throws {
        let long = String(repeating: "\u{1B}[31m", count: 50)
        var enc = Encoding()
        enc.channels[.x] = [ChannelDef(field: "nope", type: .quantitative)]
        let m = try #require(message {
            try DataLoader.checkFields(encoding: enc, transforms: [], source: Table(fields: [long, "b"]))
        })
        #expect(!m.unicodeScalars.contains { $0 == "\u{1B}" } && m.contains("\\u001B[31m"), "\(m)")
        #expect(m.count < 200, "\(m)")
    }

    @Test("a CSV with a header and no rows still has its fields checked")
    func headerOnly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "year,value\n".write(to: folder.appendingPathComponent("e.csv"), atomically: true, encoding: .utf8)
        let table = try DataLoader(baseFolder: folder).load(.url("e.csv", format: nil))
        var enc = Encoding()
        enc.channels[.y] = [ChannelDef(field: "vlaue", type: .quantitative)]
        let m = try #require(message { try DataLoader.checkFields(encoding: enc, transforms: [], source: table) })
        #expect(m.contains("no field \"vlaue\"") && m.contains("did you mean \"value\"?"), "\(m)")
    }

    @Test("an empty source has a warning naming it", arguments: [
        (DataSpec.values([], format: nil), "the inline values (data.values) have no rows; the chart shows \"No data\""),
        (DataSpec.url("empty.csv", format: nil), "the data file \"empty.csv\" has no rows; the chart shows \"No data\""),
    ])
    func emptyWarning(spec: DataSpec, warning: String) {
        #expect(DataLoader.emptyDataWarning(for: spec, table: Table()) == warning)
        #expect(DataLoader.emptyDataWarning(for: spec, table: Table(fields: ["a"], rows: [Row()])) == nil)
    }
}
