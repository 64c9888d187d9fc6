import Testing
@testable import ChartsmithData

@Suite("Reading CSV")
struct DelimitedTextTests {
    func parse(_ s: String) throws -> (header: [String], rows: [[String]]) {
        try DelimitedText.parse(Array(s.utf8), file: "t.csv")
    }

    @Test("quoted fields keep their commas and doubled quotes")
    func quoted() throws {
        let t = try parse("a,b\n\"Taking, making\",\"say \"\"hi\"\"\"\n")
        #expect(t.header == ["a", "b"])
        #expect(t.rows == [["Taking, making", "say \"hi\""]])
    }

    @Test("CRLF line ends, a byte-order mark and blank lines are accepted")
    func crlfAndBOM() throws {
        let t = try DelimitedText.parse([0xEF, 0xBB, 0xBF] + Array("x,y\r\n1,2\r\n\r\n3,4".utf8))
        #expect(t.header == ["x", "y"])
        #expect(t.rows == [["1", "2"], ["3", "4"]])
    }

    @Test("a ragged row is an error naming the file and row")
    func ragged() {
        #expect {
            _ = try parse("a,b\n1,2\n3\n")
        } throws: { e in
            let d = e as! DataError
            return d.row == 3 && d.description.contains("t.csv:3") && d.description.contains("1 cell but the header has 2")
        }
    }

    @Test("an unterminated quote is an error naming where it opened")
    func unterminated() {
        #expect(throws: DataError.self) { _ = try parse("a\n\"open\n") }
    }
}

@Suite("Stacking as Vega stacks")
struct StackingTests {
    let table = Table(fields: ["g", "c", "v"], rows: [
        Row(["g": .string("A"), "c": .string("Convicted"), "v": .number(1246)]),
        Row(["g": .string("A"), "c": .string("Cautioned"), "v": .number(155)]),
        Row(["g": .string("B"), "c": .string("Convicted"), "v": .number(165)]),
        Row(["g": .string("B"), "c": .string("Cautioned"), "v": .number(215)]),
    ])

    @Test("zero offset lays parts end to end in sort order, per group")
    func zero() {
        let s = Stacking.stack(table, field: "v", groupby: ["g"], sort: [("c", true)], offset: .zero)
        // Descending by colour: Convicted first (at the base), then Cautioned.
        #expect(s.rows[0]["v_start"] == .number(0))
        #expect(s.rows[0]["v_end"] == .number(1246))
        #expect(s.rows[1]["v_start"] == .number(1246))
        #expect(s.rows[1]["v_end"] == .number(1401))
        #expect(s.rows[3]["v_end"] == .number(380))
    }

    @Test("normalize divides by each group's total")
    func normalize() {
        let s = Stacking.stack(table, field: "v", groupby: ["g"], sort: [("c", false)], offset: .normalize)
        // Ascending: Cautioned first.
        #expect(s.rows[1]["v_start"] == .number(0))
        #expect(abs((s.rows[1]["v_end"].number ?? 0) - 155.0 / 1401) < 1e-12)
        #expect(s.rows[0]["v_end"] == .number(1))
    }

    @Test("negative values stack down from zero, apart from positive ones")
    func negatives() {
        let t = Table(fields: ["g", "v"], rows: [
            Row(["g": .string("A"), "v": .number(5)]), Row(["g": .string("A"), "v": .number(-3)]),
            Row(["g": .string("A"), "v": .number(2)]), Row(["g": .string("A"), "v": .number(-1)]),
        ])
        let s = Stacking.stack(t, field: "v", groupby: ["g"], sort: [], offset: .zero)
        #expect(s.rows.map { $0["v_end"] } == [.number(5), .number(-3), .number(7), .number(-4)])
        #expect(s.rows.map { $0["v_start"] } == [.number(0), .number(0), .number(5), .number(-3)])
    }

    @Test("center offset centres each stack on the tallest")
    func center() {
        let s = Stacking.stack(table, field: "v", groupby: ["g"], sort: [("c", true)], offset: .center)
        #expect(s.rows[0]["v_start"] == .number(0))
        #expect(s.rows[2]["v_start"] == .number((1401.0 - 380) / 2))
    }
}

@Suite("Aggregation")
struct AggregationTests {
    let rows = [1.0, 2, 3, 4, 10].map { Row(["v": .number($0)]) }

    @Test("sum, mean, median, min, max and count")
    func basics() {
        #expect(Aggregation.apply(.sum, field: "v", rows: rows) == .number(20))
        #expect(Aggregation.apply(.mean, field: "v", rows: rows) == .number(4))
        #expect(Aggregation.apply(.median, field: "v", rows: rows) == .number(3))
        #expect(Aggregation.apply(.min, field: "v", rows: rows) == .number(1))
        #expect(Aggregation.apply(.max, field: "v", rows: rows) == .number(10))
        #expect(Aggregation.apply(.count, field: nil, rows: rows) == .number(5))
        #expect(Aggregation.apply(.distinct, field: "v", rows: rows + rows) == .number(5))
    }

    @Test("numeric strings from CSV count as numbers")
    func strings() {
        let r = [Row(["v": .string("1,246")]), Row(["v": .string("155")]), Row(["v": .string(" 7 ")])]
        // "1,246" is not a number in CSV terms; Vega would read NaN.
        #expect(Aggregation.apply(.sum, field: "v", rows: r) == .number(162))
    }
}

@Suite("UTC calendar")
struct CivilTimeTests {
    @Test("round-trips dates through milliseconds")
    func roundTrip() {
        let t = CivilTime(year: 2010, month: 3, day: 5, hour: 10)
        #expect(CivilTime(milliseconds: t.milliseconds) == t)
        #expect(CivilTime(year: 1970).milliseconds == 0)
        #expect(CivilTime(year: 2003).milliseconds == 1_041_379_200_000)
    }

    @Test("1 January 2006 was a Sunday")
    func weekday() {
        #expect(CivilTime(year: 2006).weekday == 0)
    }
}
