import ChartsmithData
import Testing

@Suite("CSV robustness: every problem names the file, line and column")
struct CSVRobustnessTests {
    func parse(_ s: String, delimiter: Character = ",", maxRows: Int = .max) throws -> (header: [String], rows: [[String]]) {
        try DelimitedText.parse(Array(s.utf8), delimiter: delimiter.asciiValue!, file: "d.csv", maxRows: maxRows)
    }

    func error(_ bytes: [UInt8], maxRows: Int = .max) -> DataError? {
        do { _ = try DelimitedText.parse(bytes, file: "d.csv", maxRows: maxRows); return nil } catch { return error as? DataError }
    }

    func error(_ s: String, maxRows: Int = .max) -> DataError? { error(Array(s.utf8), maxRows: maxRows) }

    @Test("a short row names its line and the first column without a value")
    func shortRow() throws {
        let e = try #require(error("year,offence,outcome,offenders\n2010,a,b,1\n2011,c\n"))
        #expect(e.row == 3)
        #expect(e.description.hasPrefix("d.csv:3: line 3: the row has 2 cells but the header has 4"))
        #expect(e.description.contains("no value for column 3 \"outcome\", \"offenders\""))
    }

    @Test("a long row names its line and the extra cell")
    func longRow() throws {
        let e = try #require(error("a,b\n1,2\n3,4,surprise\n"))
        #expect(e.row == 3 && e.description.contains("column 3 (\"surprise\") has no header"))
    }

    @Test("line numbers count the lines inside quoted cells and the blank lines")
    func trueLines() throws {
        let e = try #require(error("a,b\n\n\"one\ntwo\nthree\",1\n\r\n3\n"))
        #expect(e.row == 7, "\(e)")
        let cr = try #require(error("a,b\r1,2\r3\r"))
        #expect(cr.row == 3, "old Mac line ends count too: \(cr)")
    }

    @Test("bytes that are not UTF-8 are refused with the line, column and byte")
    func notUTF8() throws {
        let e = try #require(error(Array("name,v\nok,1\nCaf".utf8) + [0xE9] + Array(",2\n".utf8)))
        #expect(e.row == 3 && e.description.contains("line 3, column 1: the byte 0xE9 is not UTF-8"))
        let truncated = try #require(error(Array("a,b\n1,".utf8) + [0xE2, 0x82]))
        #expect(truncated.description.contains("column 2") && truncated.description.contains("0xE2"))
        let header = try #require(error([0xFF] + Array("a,b\n1,2\n".utf8)))
        #expect(header.row == 1)
    }

    @Test("an unclosed quote is reported where it opened")
    func unclosedQuote() throws {
        let e = try #require(error("a,b\n1,2\n3,\"open\n4,5\n"))
        #expect(e.row == 3 && e.description.contains("line 3, column 2: a quoted field is never closed"))
    }

    @Test("text after a closing quote is reported with its column")
    func afterQuote() throws {
        let e = try #require(error("a,b\n1,\"x\"y\n"))
        #expect(e.row == 2 && e.description.contains("column 2: unexpected text after a closing quote"))
    }

    @Test("duplicate column names are refused: one would hide the other")
    func duplicates() throws {
        let e = try #require(error("a,b,a\n1,2,3\n"))
        #expect(e.row == 1 && e.description.contains("columns 1 and 3 of the header are both named \"a\""))
    }

    @Test("the row limit stops reading at the first row past it")
    func rowLimit() throws {
        let e = try #require(error("a\n" + String(repeating: "1\n", count: 100), maxRows: 10))
        #expect(e.row == 12 && e.description.contains("more than 10 rows"))
        #expect(try parse("a\n1\n2\n", maxRows: 2).rows.count == 2)
    }

    @Test("odd but valid files parse: empty, header only, no final newline, empty cells, quotes, BOM, CR, NUL")
    func oddValid() throws {
        #expect(try parse("").header.isEmpty)
        #expect(try parse("\n\n\r\n").header.isEmpty)
        #expect(try parse("a,b\n") == (["a", "b"], []))
        #expect(try parse("a,b\n1,2").rows == [["1", "2"]])
        #expect(try parse("a,b\n,\n").rows == [["", ""]])
        #expect(try parse("a\n\"\"\n").rows == [[""]], "a quoted empty cell is a row, not a blank line")
        #expect(try parse("a,b\n\"x,\"\"y\"\"\nz\",2\n").rows == [["x,\"y\"\nz", "2"]])
        #expect(try DelimitedText.parse([0xEF, 0xBB, 0xBF] + Array("a\r1\r2".utf8)).rows == [["1"], ["2"]])
        #expect(try parse("a,b\n\u{0}x,\u{1}\n").rows == [["\u{0}x", "\u{1}"]])
        #expect(try parse("a;b\n1,5;2\n", delimiter: ";").rows == [["1,5", "2"]])
        #expect(try parse("名前\t値\n東京\t1\n", delimiter: "\t").header == ["名前", "値"])
    }

    @Test("a million-byte cell and a hundred thousand columns are just data")
    func large() throws {
        let cell = String(repeating: "x", count: 1_000_000)
        #expect(try parse("a\n\(cell)\n").rows[0][0].count == 1_000_000)
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        #expect(try parse(header + "\n").header.count == 100_000)
    }
}
