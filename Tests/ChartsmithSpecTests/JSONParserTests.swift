import Foundation
import Testing
@testable import ChartsmithSpec

@Suite("Parsing JSON values")
struct JSONParserValueTests {
    @Test("a top-level object keeps its members in source order")
    func objectOrder() throws {
        let root = try JSONParser.parse(#"{"zeta": 1, "alpha": 2, "mid": 3}"#)
        guard case .object(let object) = root.value else {
            Issue.record("expected an object, got \(root.value)")
            return
        }
        #expect(object.keys == ["zeta", "alpha", "mid"])
        #expect(object["alpha"]?.value == .number(2))
        #expect(object["missing"] == nil)
    }

    @Test("true, false and null are read as booleans and null")
    func literals() throws {
        let root = try JSONParser.parse("[true, false, null]")
        guard case .array(let elements) = root.value else {
            Issue.record("expected an array")
            return
        }
        #expect(elements.map(\.value) == [.bool(true), .bool(false), .null])
    }

    @Test("numbers follow the JSON grammar and convert exactly")
    func numbers() throws {
        let text = "[0, -0, 1.5, -2e3, 1E+2, 25e-1, 12345678901234567890, 0.1, 1e-400, 5e-324, "
            + "1.7976931348623157e308, 9007199254740993, 3.141592653589793238462643383279]"
        let root = try JSONParser.parse(text)
        guard case .array(let elements) = root.value else {
            Issue.record("expected an array")
            return
        }
        let numbers = elements.compactMap { node -> Double? in
            if case .number(let n) = node.value { return n }
            return nil
        }
        #expect(numbers == [0, 0, 1.5, -2000, 100, 2.5, 12345678901234567168, 0.1, 0, .leastNonzeroMagnitude,
                            1.7976931348623157e308, 9007199254740992, 3.141592653589793])
        #expect(numbers[1].sign == .minus)
        #expect(numbers[9] == Double.leastNonzeroMagnitude)
        #expect(numbers[10] == Double.greatestFiniteMagnitude)
    }

    @Test("escapes, including \\u escapes and surrogate pairs, are decoded")
    func escapes() throws {
        let root = try JSONParser.parse(#"["a\"b\\c\/d\be\ff\ng\rh\ti", "\u0041\u00e9\u20AC\uD83D\uDE00", "\u0000"]"#)
        guard case .array(let elements) = root.value else {
            Issue.record("expected an array")
            return
        }
        #expect(elements[0].value == .string("a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti"))
        #expect(elements[1].value == .string("Aé€😀"))
        #expect(elements[2].value == .string("\u{0}"))
    }

    @Test("non-ASCII text is kept as written")
    func unicodeText() throws {
        let root = try JSONParser.parse(#"{"größe": "→ 10 € 😀", "中文": "数据"}"#)
        #expect(root.value == .object(JSONObject(entries: [
            (key: "größe", keyLocation: ChartsmithSpec.SourceLocation(line: 1, column: 2, offset: 1),
             value: JSONNode(value: .string("→ 10 € 😀"), location: ChartsmithSpec.SourceLocation(line: 1, column: 11, offset: 12),
                             path: .root.appending("größe"))),
            (key: "中文", keyLocation: ChartsmithSpec.SourceLocation(line: 1, column: 23, offset: 31),
             value: JSONNode(value: .string("数据"), location: ChartsmithSpec.SourceLocation(line: 1, column: 29, offset: 41),
                             path: .root.appending("中文"))),
        ])))
    }

    @Test("empty arrays and objects, and scalars at the top level, are accepted")
    func emptyAndScalars() throws {
        #expect(try JSONParser.parse("[]").value == .array([]))
        #expect(try JSONParser.parse(" {} ").value == .object(JSONObject()))
        #expect(try JSONParser.parse("\"x\"").value == .string("x"))
        #expect(try JSONParser.parse("\n42\n").value == .number(42))
        #expect(try JSONParser.parse("null").value == .null)
    }

    @Test("a UTF-8 byte-order mark at the start is skipped and takes no column")
    func byteOrderMark() throws {
        let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(root.location == ChartsmithSpec.SourceLocation(line: 1, column: 1, offset: 3))
        #expect(root.value == .object(JSONObject(entries: [
            (key: "a", keyLocation: ChartsmithSpec.SourceLocation(line: 1, column: 2, offset: 4),
             value: JSONNode(value: .number(1), location: ChartsmithSpec.SourceLocation(line: 1, column: 7, offset: 9),
                             path: .root.appending("a"))),
        ])))
    }

    @Test("Data and String inputs parse the same as bytes")
    func inputKinds() throws {
        let text = #"{"a": [1, "b"]}"#
        let fromBytes = try JSONParser.parse(Array(text.utf8))
        #expect(try JSONParser.parse(text) == fromBytes)
        #expect(try JSONParser.parse(Foundation.Data(text.utf8)) == fromBytes)
    }

    @Test("a document with thousands of data values parses completely")
    func manyValues() throws {
        var text = #"{"data": {"values": ["#
        for i in 0..<5000 {
            if i > 0 { text += ",\n" }
            text += #"{"x": \#(i), "y": \#(Double(i) / 4), "c": "cat \#(i % 7)", "ok": \#(i % 2 == 0)}"#
        }
        text += "]}}"
        let root = try JSONParser.parse(text)
        guard case .array(let rows)? = jsonDescend(root, "data", "values")?.value else {
            Issue.record("no data.values array")
            return
        }
        #expect(rows.count == 5000)
        #expect(jsonDescend(root, "data", "values", 4999, "y")?.value == .number(4999.0 / 4))
        #expect(jsonDescend(root, "data", "values", 4999, "x")?.location.line == 5000)
    }
}

@Suite("Source locations and paths of parsed values")
struct JSONParserLocationTests {
    static let spec = """
        {
          "mark": "bar",
          "encoding": {
            "x": {"field": "a", "type": "nominal"},
            "y": {"field": "b", "type": "quantitative"}
          },
          "data": {"values": [{"a": "é→", "b": 28}, {"a": "B", "b": 55}]}
        }
        """

    let root: JSONNode

    init() throws {
        root = try JSONParser.parse(Self.spec)
    }

    @Test("the root starts at 1:1 with the root path")
    func rootNode() {
        #expect(root.location == ChartsmithSpec.SourceLocation(line: 1, column: 1, offset: 0))
        #expect(root.path == .root)
    }

    @Test("a string value's location is its opening quote")
    func stringLocation() {
        let mark = jsonDescend(root, "mark")
        #expect(mark?.location == ChartsmithSpec.SourceLocation(line: 2, column: 11, offset: 12))
        #expect(mark?.path.description == "mark")
    }

    @Test("nested objects know their line, column and path")
    func nestedObjects() {
        #expect(jsonDescend(root, "encoding")?.location.description == "3:15")
        #expect(jsonDescend(root, "encoding", "x")?.location.description == "4:10")
        let field = jsonDescend(root, "encoding", "x", "field")
        #expect(field?.location.description == "4:20")
        #expect(field?.path.description == "encoding.x.field")
        #expect(jsonDescend(root, "encoding", "y", "type")?.location.description == "5:33")
        #expect(jsonDescend(root, "encoding", "y", "type")?.path == JSONPath.root.appending("encoding").appending("y").appending("type"))
    }

    @Test("columns count characters, not bytes, after multi-byte text")
    func columnsCountCharacters() {
        let b = jsonDescend(root, "data", "values", 0, "b")
        #expect(b?.location.line == 7)
        #expect(b?.location.column == 40)
        #expect(b?.location.offset == jsonByteOffset(of: "28", in: Self.spec))
        #expect(b?.path.description == "data.values[0].b")
    }

    @Test("array elements have index paths and their own locations")
    func arrayElements() {
        #expect(jsonDescend(root, "data", "values")?.location.description == "7:22")
        let second = jsonDescend(root, "data", "values", 1)
        #expect(second?.location.description == "7:45")
        #expect(second?.path.description == "data.values[1]")
        #expect(jsonDescend(root, "data", "values", 1, "b")?.path.description == "data.values[1].b")
    }

    @Test("keys record where their opening quote is")
    func keyLocations() {
        guard case .object(let row)? = jsonDescend(root, "data", "values", 0)?.value else {
            Issue.record("no first row")
            return
        }
        #expect(row.entries.map(\.keyLocation.description) == ["7:24", "7:35"])
        #expect(row.keyLocation(of: "b")?.description == "7:35")
    }

    @Test("CRLF and lone CR line endings each count as one line")
    func lineEndings() throws {
        let crlf = try JSONParser.parse("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}")
        #expect(jsonDescend(crlf, "b")?.location == ChartsmithSpec.SourceLocation(line: 3, column: 8, offset: 21))
        let cr = try JSONParser.parse("[\r1,\r\r2]")
        #expect(jsonDescend(cr, 0)?.location.description == "2:1")
        #expect(jsonDescend(cr, 1)?.location.description == "4:1")
    }

    @Test("a tab counts as one column")
    func tabs() throws {
        let root = try JSONParser.parse("{\t\"a\":\t1}")
        #expect(jsonDescend(root, "a")?.location.description == "1:8")
    }

    @Test("keys that are not identifiers appear in brackets in paths")
    func bracketedKeys() throws {
        let root = try JSONParser.parse(#"{"transform": [{"a b": {"$x": [0, {"1st": null}]}}]}"#)
        #expect(jsonDescend(root, "transform", 0, "a b")?.path.description == #"transform[0]["a b"]"#)
        #expect(jsonDescend(root, "transform", 0, "a b", "$x", 1, "1st")?.path.description
                == #"transform[0]["a b"].$x[1]["1st"]"#)
    }
}

// MARK: - Helpers shared by the JSON and Diagnostic tests

/// Parses `text`, returning the diagnostic it throws, or nil when it parses.
func jsonParseError(_ text: String, maxDepth: Int = 200) -> Diagnostic? {
    jsonParseError(Array(text.utf8), maxDepth: maxDepth)
}

/// Parses `bytes`, returning the diagnostic it throws, or nil when it parses.
func jsonParseError(_ bytes: [UInt8], maxDepth: Int = 200) -> Diagnostic? {
    do {
        _ = try JSONParser.parse(bytes, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

/// The 0-based byte offset of the first occurrence of `needle` in `text`.
func jsonByteOffset(of needle: String, in text: String) -> Int? {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<start + pattern.count]) == pattern {
        return start
    }
    return nil
}

/// Follows keys (strings) and indices (ints) down from `node`.
func jsonDescend(_ node: JSONNode, _ steps: Any...) -> JSONNode? {
    var current = node
    for step in steps {
        switch (current.value, step) {
        case (.object(let object), let key as String):
            guard let next = object[key] else { return nil }
            current = next
        case (.array(let elements), let index as Int):
            guard elements.indices.contains(index) else { return nil }
            current = elements[index]
        default:
            return nil
        }
    }
    return current
}
