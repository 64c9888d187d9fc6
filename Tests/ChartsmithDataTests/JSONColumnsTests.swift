import ChartsmithSpec
import Testing
@testable import ChartsmithData

/// JSON data read into columns must give exactly the table the row-by-row reading gives.
@Suite("JSON records read into columns as rows do")
struct JSONColumnsTests {
    /// The same value, strictly: the same case, numbers bit for bit (`-0` is not `0`),
    /// strings byte for byte (not by canonical equivalence).
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)), (.date(let x), .date(let y)): return x.bitPattern == y.bitPattern
        case (.string(let x), .string(let y)): return Array(x.utf8) == Array(y.utf8)
        default: return false
        }
    }

    /// Whether two tables have the same fields and the same rows, strictly, in order.
    static func identical(_ a: Table, _ b: Table) -> Bool {
        guard a.fields == b.fields, a.rowCount == b.rowCount else { return false }
        for (x, y) in zip(a.rows, b.rows) {
            guard x.values.keys.sorted() == y.values.keys.sorted(),
                  x.values.allSatisfy({ same($0.value, y[$0.key]) }) else { return false }
        }
        return true
    }

    /// Seeded random records: numbers in many spellings, escaped and raw text in two
    /// normal forms, numeric strings (which must stay strings), booleans and nulls, keys in
    /// any order, varied spacing.
    static func randomJSON(rows: Int, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func pick(_ xs: [String]) -> String { xs[Int(rng.next() % UInt64(xs.count))] }
        let numbers = ["1", "-0", "0", "2.5e3", "1E-7", "123456789012345678901", "0.1", "-12.25", "9007199254740993",
                       "1e308", "4.9e-324", "0.30000000000000004", "17", "1.5E+2"]
        let texts = [#""North""#, #""Caf\u00e9""#, #""Cafe\u0301""#, "\"Café\"", "\"Cafe\u{301}\"", #""say \"hi\"""#,
                     #""\ud83d\ude00""#, #""tab\tx\/y""#, "\"日本\"", #""12""#, #""""#, #"" 3 ""#, #""NA""#]
        let others = ["null", "true", "false"]
        var out = pick(["[", " [\n", "\u{FEFF}["])
        for r in 0..<rows {
            var members = [
                "\"cat\":" + pick(texts),
                "\"value\": " + pick(numbers + numbers + ["null"]),
                "\"mixed\":" + pick(numbers + texts + others),
                "\"flag\" : " + pick(others),
                "\"k\\u00e9y\":" + pick(numbers),
            ]
            if rng.next() % 3 == 0 { members.shuffle(using: &rng) }
            out += (r == 0 ? "" : pick([",", ", ", ",\n"])) + "{" + members.joined(separator: pick([",", ", ", " ,\t"])) + "}"
        }
        return out + pick(["]", "]\n", " ]  "])
    }

    @Test("random records read from bytes equal the parsed rows, value for value")
    func filesMatch() throws {
        for seed in 1...6 as ClosedRange<UInt64> {
            let text = Self.randomJSON(rows: 300, seed: seed)
            let bytes = Array(text.utf8)
            let columnar = try #require(JSONColumns.table(fromFile: bytes, maxRows: 1_000), "seed \(seed)")
            let rows = try DataLoader.table(fromJSON: bytes, property: nil, file: "x.json")
            #expect(columnar.columns != nil && rows.columns == nil)
            #expect(Self.identical(columnar, rows), "seed \(seed)")
            // A field of numbers and nulls is a number column; text stays text.
            #expect(columnar.numberColumn("value") != nil && columnar.numberColumn("cat") == nil)
            // The inline values (a spec's `values`, `datasets`) read the same way.
            let items = try #require({ if case .array(let a) = try JSONParser.parse(bytes).value { return a } else { return nil } }())
                .map { $0.inlineValue() }
            let inline = try #require(JSONColumns.table(fromInline: items))
            #expect(Self.identical(inline, DataLoader.table(fromInline: items)))
        }
    }

    @Test("the comparison tells a changed value, key or order apart")
    func comparisonCanFail() throws {
        let bytes = Array(#"[{"a": -0, "b": "Café"}, {"a": 1, "b": "x"}]"#.utf8)
        let t = try #require(JSONColumns.table(fromFile: bytes, maxRows: 10))
        for other in [#"[{"a": 0, "b": "Café"}, {"a": 1, "b": "x"}]"#, "[{\"a\": -0, \"b\": \"Cafe\u{301}\"}, {\"a\": 1, \"b\": \"x\"}]",
                      #"[{"a": 1, "b": "x"}, {"a": -0, "b": "Café"}]"#, #"[{"a": -0, "b": "Café"}, {"a": 1, "b": "x", "c": null}]"#] {
            let rows = try DataLoader.table(fromJSON: Array(other.utf8), property: nil, file: "x.json")
            #expect(!Self.identical(t, rows), "\(other)")
        }
    }

    @Test("anything but flat records of one shape is handed back to the parser")
    func handedBack() {
        let texts = [
            "[]", "{}", "[1, 2]", #"[{"a": 1}, 2]"#, #"[{"a": {"b": 1}}]"#, #"[{"a": [1]}]"#, "[{}]",
            #"[{"a": 1}, {"b": 1}]"#, #"[{"a": 1}, {"a": 1, "b": 2}]"#, #"[{"a": 1, "b": 2}, {"a": 1}]"#,
            #"[{"a": 1, "a": 2}]"#, #"[{"a": 1, "b": 2}, {"a": 1, "a": 2}]"#, #"[{"a": 01}]"#, #"[{"a": 1.}]"#,
            #"[{"a": .5}]"#, #"[{"a": 1e}]"#, #"[{"a": 12px}]"#, #"[{"a": 1e999}]"#, #"[{"a": -}]"#, #"[{"a": NaN}]"#,
            #"[{"a": nul}]"#, #"[{"a": nullx}]"#, #"[{"a": "\x"}]"#, #"[{"a": "\ud800"}]"#, #"[{"a": "\udc00x"}]"#,
            #"[{"a": "\u12"}]"#, "[{\"a\": \"tab\tin\"}]", #"[{"a": 1,}]"#, #"[{"a": 1}, ]"#, #"[{"a": 1}] x"#,
            #"[{"a": 1}"#, #"[{"a": "open}]"#, #"[{'a': 1}]"#, #"[{a: 1}]"#, "[{\"a\": 1} // c\n]",
        ]
        for text in texts {
            #expect(JSONColumns.table(fromFile: Array(text.utf8), maxRows: 100) == nil, "\(text)")
        }
        // Bytes that are not UTF-8, in a value and in a key.
        #expect(JSONColumns.table(fromFile: Array(#"[{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}]"#.utf8), maxRows: 9) == nil)
        #expect(JSONColumns.table(fromFile: Array(#"[{""#.utf8) + [0xFF] + Array(#"": 1}]"#.utf8), maxRows: 9) == nil)
        // More rows than allowed: the loader's own check reports it.
        let two = Array(#"[{"a": 1}, {"a": 2}]"#.utf8)
        #expect(JSONColumns.table(fromFile: two, maxRows: 1) == nil)
        #expect(JSONColumns.table(fromFile: two, maxRows: 2)?.rowCount == 2)
        // Inline values of other shapes.
        #expect(JSONColumns.table(fromInline: [.number(1)]) == nil)
        #expect(JSONColumns.table(fromInline: []) == nil)
        #expect(JSONColumns.table(fromInline: [.object(["a": .array([])], keys: ["a"])]) == nil)
        #expect(JSONColumns.table(fromInline: [.object(["a": .null], keys: ["a"]), .object(["b": .null], keys: ["b"])]) == nil)
    }

    @Test("format.parse on columns gives the rows' results")
    func parseMatches() throws {
        let bytes = Array(Self.randomJSON(rows: 200, seed: 9).utf8)
        let columnar = try #require(JSONColumns.table(fromFile: bytes, maxRows: 1_000))
        let rows = try DataLoader.table(fromJSON: bytes, property: nil, file: "x.json")
        let loader = DataLoader(baseFolder: .init(fileURLWithPath: "/tmp"))
        for how in ["number", "boolean", "string", "date", "utc:'%Y'"] {
            let format = DataFormat(parse: ["mixed": how, "cat": how, "nope": how])
            let a = try loader.applyParse(columnar, format: format, file: nil)
            let b = try loader.applyParse(rows, format: format, file: nil)
            #expect(a.columns != nil)
            #expect(Self.identical(a, b), "\(how)")
        }
        let bad = DataFormat(parse: ["cat": "bogus"])
        #expect(throws: DataError.self) { try loader.applyParse(columnar, format: bad, file: nil) }
        // An unknown type over a field with no value is no error, on either path.
        let empty = DataFormat(parse: ["nope": "bogus"])
        #expect(try loader.applyParse(columnar, format: empty, file: nil).rowCount == 200)
    }
}
