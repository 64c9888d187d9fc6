import ChartsmithSpec
import Testing
@testable import ChartsmithData

/// The columnar path must read, coerce and aggregate exactly as the row-by-row path does.
@Suite("Columnar tables read and aggregate as rows do")
struct ColumnarTableTests {
    /// Files the byte reader must read as `DelimitedText` does, or hand back (nil).
    static let files: [String] = [
        "a,b\n1,2\n3,4\n",
        "a,b\r\n1,2\r\n\r\n3,4",
        "\u{FEFF}x,y\n\"Taking, making\",\"say \"\"hi\"\"\"\n\"\",\n",
        "a\n\n\n1\n\n",
        "a,b\n\"multi\nline\",2\r3,4\n",
        "name,v\nCafé,1\nCafe\u{301},2\n日本,3\n",
        "a,b\n 12 ,-0\n+5,.5\n1.,1e3\n007,1234567890123456\n",
        "a,b\n1,2\n3\n",  // ragged: handed back
        "a,a\n1,2\n",  // duplicate header: handed back
        "a\n\"open\n",  // unclosed quote: handed back
        "a\n\"x\"y\n",  // text after a closing quote: handed back
        "",
        "\n\n",
    ]

    @Test("the byte reader gives the cells DelimitedText gives, or hands the file back")
    func readerMatches() throws {
        for text in Self.files {
            let bytes = Array(text.utf8)
            let old = try? DelimitedText.parse(bytes)
            guard let (header, columns) = DelimitedColumns.read(bytes, delimiter: 44, bounds: .init()) else {
                // Handed back only on an error or an empty file.
                #expect(old == nil || old!.header.isEmpty, "\(text.debugDescription)")
                continue
            }
            let old2 = try #require(old, "\(text.debugDescription)")
            #expect(header == old2.header)
            let rows = (0..<(columns.first?.count ?? 0)).map { i in columns.map { $0.string(at: i) } }
            #expect(rows == old2.rows, "\(text.debugDescription)")
        }
    }

    @Test("bounds the reader is near are left to DelimitedText")
    func bounds() {
        let bytes = Array("a,b\n1,2\n3,4\n".utf8)
        #expect(DelimitedColumns.read(bytes, delimiter: 44, bounds: .init(maxRows: 1)) == nil)
        #expect(DelimitedColumns.read(bytes, delimiter: 44, bounds: .init(maxCells: 4)) == nil)
        #expect(DelimitedColumns.read(bytes, delimiter: 44, bounds: .init(maxLineBytes: 4)) == nil)
        #expect(DelimitedColumns.read(bytes, delimiter: 44, bounds: .init(maxRows: 2)) != nil)
        #expect(DelimitedColumns.read(Array("a\n\u{FF}\n".utf8) + [0xFF, 10], delimiter: 44, bounds: .init()) == nil)
    }

    @Test("plain decimals read from bytes equal Double(String)")
    func plainDecimals() {
        var rng = SplitMix64(seed: 42)
        var samples = ["0", "-0", "+0", "1", "-1", "0.1", "0.3", "123456789012345", "9007199254740993",
                       "1.5", "-12.25", "99999999999999.9", "0.000000000000001", "3.14159265358979", "007", "00.10"]
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...15, using: &rng)
            var s = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
            if Bool.random(using: &rng) { s.insert(".", at: s.index(s.startIndex, offsetBy: Int.random(in: 1...digits, using: &rng))) }
            if s.hasSuffix(".") { s += "5" }
            samples.append(Bool.random(using: &rng) ? "-" + s : s)
        }
        for s in samples {
            let bytes = Array(s.utf8)
            let fast = bytes.withUnsafeBufferPointer { TextColumn.plainDecimal($0, 0, bytes.count) }
            let digitCount = s.filter(\.isNumber).count
            if digitCount <= 15 {
                #expect(fast != nil && fast!.bitPattern == Double(s)!.bitPattern, "\(s)")
            } else {
                #expect(fast == nil, "\(s)")
            }
        }
        for s in ["", "-", ".", "1.", ".5", "1e3", " 1", "1 ", "1,5", "0x10", "inf"] {
            let bytes = Array(s.utf8)
            #expect(bytes.withUnsafeBufferPointer { TextColumn.plainDecimal($0, 0, bytes.count) } == nil, "\(s)")
        }
    }

    /// A CSV table read both ways: columnar, and as rows of strings.
    static func tables(_ text: String) throws -> (columnar: Table, rows: Table) {
        let bytes = Array(text.utf8)
        let (header, columns) = try #require(DelimitedColumns.read(bytes, delimiter: 44, bounds: .init()))
        let columnar = Table(fields: header, columns: ColumnStore(count: columns[0].count, names: header, columns: columns.map(Column.text)))
        let parsed = try DelimitedText.parse(bytes)
        let rows = parsed.rows.map { r in Row(Dictionary(uniqueKeysWithValues: zip(parsed.header, r.map(Value.string)))) }
        return (columnar, Table(fields: header, rows: rows))
    }

    /// A table of seeded random categories and numbers, blanks, missing markers and text.
    static func randomCSV(rows: Int, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func next() -> UInt64 { rng.next() }
        let cats = ["North", "South", "\"Ea\"\"st\"", "Café", "Cafe\u{301}", "", "0", "-0"]
        let nums = ["1", "2.5", "-3", "", "NA", " 4 ", "1e2", "0.1", "-0", "7.25", "\"1,234\""]
        var out = "cat,sub,value\n"
        for _ in 0..<rows {
            out += cats[Int(next() % UInt64(cats.count))] + "," + cats[Int(next() % 3)] + "," + nums[Int(next() % UInt64(nums.count))] + "\n"
        }
        return out
    }

    /// A NaN number (Vega's undefined, e.g. the variance of one value), which `Value.number` reads as nil.
    static func isNaN(_ v: Value) -> Bool {
        if case .number(let n) = v { return n.isNaN }
        return false
    }

    @Test("parsing at the source, coercion and every aggregate give the rows' results")
    func aggregationMatches() throws {
        for seed in 1...4 as ClosedRange<UInt64> {
            let (columnar, rows) = try Self.tables(Self.randomCSV(rows: 400, seed: seed))
            #expect(columnar == rows)
            let spec = try SpecDecoder().decode(Array(#"{"data": {"values": []}, "mark": "bar", "encoding": {"y": {"field": "value", "type": "quantitative"}}}"#.utf8))
            let a = try ViewPreparation.parseAtSource(columnar, encoding: spec.encoding, transforms: [])
            let b = try ViewPreparation.parseAtSource(rows, encoding: spec.encoding, transforms: [])
            #expect(a.columns != nil)
            #expect(a.rows == b.rows)
            let numbers = try #require(a.numberColumn("value"))
            #expect(numbers.map { $0.isNaN ? Value.null : .number($0) } == b.column("value"))
            #expect(rows.numberColumn("value") == nil && columnar.numberColumn("value") == nil)
            let ops: [AggregateOp] = [.count, .sum, .mean, .min, .max, .valid, .missing, .distinct, .median, .q1, .variance]
            for groupby in [["cat"], ["cat", "sub"], [], ["value"], ["nope"]] {
                let named = ops.map { ($0, Optional("value"), "\($0.rawValue)_value") }
                let fast = ColumnAggregation.aggregate(try #require(a.columns), groupby: groupby, ops: named)
                let slow = EncodingPipeline.aggregateRows(b.rows, groupby: groupby, ops: named, args: [:])
                #expect(fast.count == slow.count)
                for (x, y) in zip(fast, slow) {
                    for (k, v) in y.values {
                        // NaN-free results compare exactly (bit for bit via Value ==).
                        #expect(x[k] == v || (Self.isNaN(x[k]) && Self.isNaN(v)), "\(groupby) \(k) fast=\(x[k]) slow=\(v)")
                    }
                    #expect(x.values.keys.sorted() == y.values.keys.sorted())
                }
            }
        }
    }

    @Test("filter, calculate and timeUnit on columns give the rows' results and keep the columns")
    func transformsMatch() throws {
        let spec = try SpecDecoder().decode(Array(#"""
            {"data": {"values": []}, "mark": "bar",
             "transform": [
               {"calculate": "datum.value * 2", "as": "double"},
               {"calculate": "datum.cat + '!'", "as": "cat"},
               {"filter": "datum.double > 1 || datum.sub == 'North'"},
               {"calculate": "datetime(2020, 0, 1) + datum.double * 86400000", "as": "when"},
               {"timeUnit": "yearmonth", "field": "when", "as": "month"},
               {"filter": {"field": "sub", "oneOf": ["North", "South"]}}
             ],
             "encoding": {"y": {"field": "double", "type": "quantitative"}}}
            """#.utf8))
        for seed in 5...7 as ClosedRange<UInt64> {
            let (columnar, rows) = try Self.tables(Self.randomCSV(rows: 300, seed: seed))
            let a = try Transforms.apply(spec.transforms, to: columnar)
            let b = try Transforms.apply(spec.transforms, to: rows)
            #expect(a.columns != nil)
            #expect(a.fields == b.fields)
            #expect(a.rowCount == b.rowCount && a.rowCount > 0)
            // Compared as text: a NaN (`"NA" * 2`) is unequal to itself.
            for (x, y) in zip(a.rows, b.rows) {
                #expect(x.values.mapValues(\.description) == y.values.mapValues(\.description))
                #expect(x.values.mapValues(Self.kind) == y.values.mapValues(Self.kind))
            }
        }
    }

    /// Transforms that regroup or reshape rows, each alone and chained, as the columnar
    /// path must give them: for CSV text columns and for JSON's number and value columns.
    static let reshapingSpecs: [String] = [
        #"{"aggregate": [{"op": "sum", "field": "value", "as": "s"}, {"op": "count", "as": "n"}, {"op": "mean", "field": "value", "as": "m"}, {"op": "max", "field": "value", "as": "hi"}, {"op": "distinct", "field": "sub", "as": "d"}, {"op": "median", "field": "value", "as": "med"}, {"op": "missing", "field": "value", "as": "gaps"}], "groupby": ["cat", "sub"]}"#,
        #"{"aggregate": [{"op": "min", "field": "value", "as": "lo"}, {"op": "variance", "field": "value", "as": "var"}, {"op": "argmax", "as": "am"}], "groupby": []}"#,
        #"{"aggregate": [{"op": "valid", "field": "nope", "as": "v"}], "groupby": ["value"]}"#,
        #"{"joinaggregate": [{"op": "sum", "field": "value", "as": "total"}, {"op": "count", "as": "cat"}, {"op": "q3", "field": "value", "as": "q"}], "groupby": ["cat"]}"#,
        #"{"joinaggregate": [{"op": "mean", "field": "value", "as": "avg"}, {"op": "argmin", "field": "value", "as": "a"}]}"#,
        #"{"fold": ["cat", "value", "nope"], "as": ["key", "val"]}"#,
        #"{"fold": ["sub", "value"], "as": ["sub", "cat"]}"#,
        #"{"bin": true, "field": "value", "as": "b"}"#,
        #"{"bin": {"maxbins": 40, "extent": [0, 5]}, "field": "value", "as": ["lo", "hi"]}"#,
        #"{"bin": true, "field": "cat", "as": "b"}"#,
        #"{"stack": "value", "groupby": ["cat"], "sort": [{"field": "sub"}], "as": ["s0", "s1"]}"#,
        #"{"stack": "value", "groupby": ["sub", "cat"], "sort": [{"field": "value", "order": "descending"}], "as": ["s0", "s1"], "offset": "normalize"}"#,
        #"{"stack": "value", "groupby": [], "sort": [], "as": ["s0", "value"], "offset": "center"}"#,
        #"{"window": [{"op": "rank", "as": "r"}, {"op": "sum", "field": "value", "as": "run"}, {"op": "lag", "field": "cat", "as": "prev"}, {"op": "distinct", "field": "sub", "as": "dc"}, {"op": "max", "field": "value", "as": "mx"}, {"op": "last_value", "field": "value", "as": "lv"}], "sort": [{"field": "value", "order": "descending"}], "groupby": ["cat"], "frame": [-2, 1]}"#,
        #"{"window": [{"op": "row_number", "as": "n"}, {"op": "mean", "field": "value", "as": "avg"}, {"op": "cume_dist", "as": "cd"}, {"op": "dense_rank", "as": "dr"}, {"op": "lead", "field": "value", "as": "next"}], "sort": [{"field": "sub"}, {"field": "cat"}], "frame": [null, null]}"#,
        #"{"window": [{"op": "lag", "field": "value", "as": "value"}, {"op": "first_value", "field": "value", "as": "f"}], "sort": [{"field": "sub"}]}"#,
        #"{"lookup": "cat", "from": {"data": {"values": [{"name": "North", "x": 1, "y": "n"}, {"name": "Café", "x": 2, "y": null}, {"name": "North", "x": 9, "y": "dup"}, {"name": 0, "x": 3, "y": "zero"}]}, "key": "name", "fields": ["x", "y"]}, "as": ["x", "cat"], "default": "none"}"#,
        #"{"lookup": "sub", "from": {"data": {"values": [{"k": "South", "v": true}]}, "key": "k", "fields": ["v"]}}"#,
    ]

    /// The loaded secondary data of every `lookup` in `list`.
    static func lookups(_ list: [Transform]) throws -> [DataSpec: Table] {
        var out: [DataSpec: Table] = [:]
        for case .lookup(let l) in list { out[l.from] = try DataLoader(baseFolder: .init(fileURLWithPath: "/tmp")).load(l.from) }
        return out
    }

    /// The transforms of `json` (a list) decoded from a spec.
    static func transforms(_ json: String) throws -> [Transform] {
        let spec = #"{"data": {"values": []}, "mark": "bar", "transform": "# + json + "}"
        return try SpecDecoder().decode(Array(spec.utf8)).transforms
    }

    /// Random rows as a JSON file: `cat` and `sub` text, `value` numbers and nulls (or,
    /// with `mixed`, numbers, numeric text and booleans too).
    static func randomJSON(rows: Int, seed: UInt64, mixed: Bool) -> String {
        var rng = SplitMix64(seed: seed)
        func pick(_ xs: [String]) -> String { xs[Int(rng.next() % UInt64(xs.count))] }
        let cats = [#""North""#, #""South""#, #""Café""#, #""Cafe\u0301""#, #""""#, "null"]
        var values = ["1", "2.5", "-3", "null", "0.1", "-0", "7.25", "1e2", "0.2", "0.7"]
        if mixed { values += [#""4""#, "true", #""x""#, #""""#] }
        let body = (0..<rows).map { _ in
            "{\"cat\": \(pick(cats)), \"sub\": \(pick(Array(cats.prefix(3)))), \"value\": \(pick(values))}"
        }
        return "[" + body.joined(separator: ",\n") + "]"
    }

    /// The same table strictly (fields, row order, each value's case and bits), or a
    /// description of the first difference.
    static func difference(_ a: Table, _ b: Table) -> String? {
        if a.fields != b.fields { return "fields \(a.fields) vs \(b.fields)" }
        if a.rowCount != b.rowCount { return "rows \(a.rowCount) vs \(b.rowCount)" }
        for (i, (x, y)) in zip(a.rows, b.rows).enumerated() {
            if x.values.keys.sorted() != y.values.keys.sorted() { return "row \(i) keys" }
            for (k, v) in y.values where !JSONColumnsTests.same(x[k], v) { return "row \(i) \(k): \(x[k]) vs \(v)" }
        }
        return nil
    }

    @Test("aggregate, joinaggregate, fold, bin, stack, window and lookup on columns give the rows' results", arguments: 0..<reshapingSpecs.count)
    func reshapingMatches(_ k: Int) throws {
        let one = try Self.transforms("[" + Self.reshapingSpecs[k] + "]")
        let chained = try Self.transforms(#"[{"calculate": "datum.value * 3", "as": "v3"}, "# + Self.reshapingSpecs[k]
                                          + #", {"filter": "datum.cat != 'South'"}]"#)
        var inputs: [(String, Table, Table)] = []
        for seed in 11...12 as ClosedRange<UInt64> {
            let (columnar, rows) = try Self.tables(Self.randomCSV(rows: 300, seed: seed))
            inputs.append(("csv \(seed)", columnar, rows))
            for mixed in [false, true] {
                let bytes = Array(Self.randomJSON(rows: 300, seed: seed, mixed: mixed).utf8)
                let columnar = try #require(JSONColumns.table(fromFile: bytes, maxRows: 1_000))
                inputs.append(("json \(seed) \(mixed)", columnar, try DataLoader.table(fromJSON: bytes, property: nil, file: "x")))
            }
        }
        for (name, columnar, rows) in inputs {
            for list in [one, chained] {
                let a = try Transforms.apply(list, to: columnar, lookups: Self.lookups(list))
                let b = try Transforms.apply(list, to: rows, lookups: Self.lookups(list))
                #expect(a.columns != nil, "\(name)")
                #expect(b.columns == nil)
                #expect(a.rowCount > 0 || b.rowCount == 0)
                let d = Self.difference(a, b)
                #expect(d == nil, "\(name) \(Self.reshapingSpecs[k]): \(d ?? "")")
            }
        }
    }

    @Test("the strict comparison fails on a changed bit, case, key or order")
    func differenceCanFail() throws {
        let (t, rows) = try Self.tables("a,b\n1,x\n2,y\n")
        #expect(Self.difference(t, rows) == nil)
        var changed = rows
        changed.rows[0]["a"] = .number(1)
        #expect(Self.difference(t, changed) != nil)
        changed = rows
        changed.rows.swapAt(0, 1)
        #expect(Self.difference(t, changed) != nil)
        changed = rows
        changed.rows[1]["c"] = .null
        #expect(Self.difference(t, changed) != nil)
        let zero = Table(fields: ["a"], rows: [Row(["a": .number(0)])])
        #expect(Self.difference(zero, Table(fields: ["a"], rows: [Row(["a": .number(-0.0)])])) != nil)
    }

    /// The case of a value, so a number is never mistaken for the date of the same text.
    static func kind(_ v: Value) -> Int {
        switch v {
        case .null: return 0
        case .bool: return 1
        case .number: return 2
        case .string: return 3
        case .date: return 4
        }
    }

    @Test("a row view reads its columns and becomes a dictionary when written")
    func rowViews() throws {
        let (t, _) = try Self.tables("a,b\n1,x\n")
        var r = t.rows[0]
        #expect(r["a"] == .string("1") && r["nope"] == .null)
        #expect(r.values == ["a": .string("1"), "b": .string("x")])
        r["c"] = .number(2)
        #expect(r.values == ["a": .string("1"), "b": .string("x"), "c": .number(2)])
        #expect(t.rows[0].values["c"] == nil)
        #expect(r != t.rows[0] && Row(["a": .string("1"), "b": .string("x")]) == t.rows[0])
    }

    @Test("number coercion names the same bad row")
    func coercionErrors() throws {
        let (columnar, rows) = try Self.tables("v\n1\nabc\n")
        var messages: [String] = []
        for t in [columnar, rows] {
            do { _ = try EncodingPipeline.coerceNumbers(t, field: "v", transformed: false) } catch let e as DataError {
                messages.append(e.description)
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
    }

    @Test("a columnar table's rows are built once and writes make it a table of rows")
    func rowsView() throws {
        var (t, rows) = try Self.tables("a,b\n1,x\n2,y\n")
        #expect(t.rowCount == 2 && t.rows == rows.rows)
        #expect(t.column("b") == [.string("x"), .string("y")])
        t.rows[1]["b"] = .number(3)
        #expect(t.columns == nil)
        #expect(t.rows[1]["b"] == .number(3) && t.rows[0]["b"] == .string("x"))
    }
}
