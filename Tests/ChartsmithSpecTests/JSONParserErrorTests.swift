import Testing
@testable import ChartsmithSpec

/// Checks that parsing `input` fails with exactly `message` at `position`
/// ("line:column", or nil for no location) and, if given, at `path`.
private func expectError(
    _ input: [UInt8], _ message: String, at position: String?, path: String? = nil,
    maxDepth: Int = 200, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    guard let error = jsonParseError(input, maxDepth: maxDepth) else {
        Issue.record("expected the error \"\(message)\", but the input parsed", sourceLocation: sourceLocation)
        return
    }
    #expect(error.message == message, sourceLocation: sourceLocation)
    #expect(error.location?.description == position, sourceLocation: sourceLocation)
    if let path {
        #expect(error.path?.description == path, sourceLocation: sourceLocation)
    }
    #expect(error.severity == .error, sourceLocation: sourceLocation)
    if let location = error.location {
        // The incremental and the from-scratch line:column must agree.
        #expect(location == ChartsmithSpec.SourceLocation.of(offset: location.offset, in: input),
                sourceLocation: sourceLocation)
    }
}

private func expectError(
    _ input: String, _ message: String, at position: String?, path: String? = nil,
    maxDepth: Int = 200, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    expectError(Array(input.utf8), message, at: position, path: path, maxDepth: maxDepth,
                sourceLocation: sourceLocation)
}

@Suite("Rejecting files that are not JSON text")
struct JSONFileErrorTests {
    @Test("an empty file says it is empty and has no location")
    func emptyFile() {
        expectError("", "the file is empty; expected a JSON object", at: nil)
        #expect(jsonParseError("")?.path == nil)
    }

    @Test("a file of only whitespace counts as empty")
    func whitespaceOnly() {
        expectError(" \n\t\r\n  ", "the file is empty; expected a JSON object", at: nil)
    }

    @Test("a file of only a byte-order mark counts as empty")
    func onlyByteOrderMark() {
        expectError([0xEF, 0xBB, 0xBF, 0x0A], "the file is empty; expected a JSON object", at: nil)
    }

    @Test("a byte that is not UTF-8 inside a string is reported at that byte")
    func invalidUTF8InString() {
        expectError(Array(#"{"a": "x"#.utf8) + [0xFF] + Array(#""}"#.utf8),
                    "invalid UTF-8 byte 0xFF; the file must be saved as UTF-8", at: "1:9", path: "a")
        #expect(jsonParseError(Array(#"{"a": "x"#.utf8) + [0xFF] + Array(#""}"#.utf8))?.location?.offset == 8)
    }

    @Test("a Latin-1 accent on a later line is reported at its line and column")
    func latin1Accent() {
        // "café" saved as Latin-1: 0xE9 is not followed by continuation bytes.
        expectError(Array("{\n  \"title\": \"é caf".utf8) + [0xE9] + Array("\"\n}".utf8),
                    "invalid UTF-8 byte 0xE9; the file must be saved as UTF-8", at: "2:18", path: "title")
    }

    @Test("a byte that is not UTF-8 between values is reported at that byte")
    func invalidUTF8OutsideString() {
        expectError(Array("[1, ".utf8) + [0xC0, 0x80] + Array("]".utf8),
                    "invalid UTF-8 byte 0xC0; the file must be saved as UTF-8", at: "1:5")
    }

    @Test("overlong forms, encoded surrogates, stray continuation bytes and cut-off sequences are not UTF-8")
    func malformedSequences() {
        let cases: [([UInt8], String)] = [
            ([0xE0, 0x80, 0x80], "0xE0"),  // overlong
            ([0xED, 0xA0, 0x80], "0xED"),  // UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], "0xF4"),  // above U+10FFFF
            ([0x80], "0x80"),  // stray continuation byte
            ([0xE2, 0x82], "0xE2"),  // cut short by the closing quote
            ([0xF5, 0x80, 0x80, 0x80], "0xF5"),
        ]
        for (bad, hex) in cases {
            expectError([UInt8(ascii: "["), UInt8(ascii: "\"")] + bad + [UInt8(ascii: "\""), UInt8(ascii: "]")],
                        "invalid UTF-8 byte \(hex); the file must be saved as UTF-8", at: "1:3")
        }
        // A sequence cut short by the end of the file.
        expectError([UInt8(ascii: "\""), 0xE2, 0x82], "invalid UTF-8 byte 0xE2; the file must be saved as UTF-8", at: "1:2")
    }

    @Test("text after the end of the top-level value is rejected")
    func trailingContent() {
        expectError("{} {}", "unexpected '{' after the end of the JSON data", at: "1:4")
        expectError("{\"a\": 1}\n}", "unexpected '}' after the end of the JSON data", at: "2:1")
        expectError("[1] x", "unexpected 'x' after the end of the JSON data", at: "1:5")
    }

    @Test("a comment after the top-level value is reported as a comment")
    func trailingComment() {
        expectError("{}\n// end", "comments are not allowed in JSON", at: "2:1")
    }
}

@Suite("Rejecting JavaScript and other near-JSON")
struct JSONSyntaxErrorTests {
    @Test("a trailing comma in an object is reported at the comma")
    func trailingCommaObject() {
        expectError("{\n  \"a\": 1,\n}", "trailing comma before '}'", at: "2:9")
    }

    @Test("a trailing comma in an array is reported at the comma")
    func trailingCommaArray() {
        expectError("[1, 2,]", "trailing comma before ']'", at: "1:6")
        expectError("[1, 2, \n\n ]", "trailing comma before ']'", at: "1:6")
    }

    @Test("a trailing comma error names the path of the object it is in")
    func trailingCommaPath() {
        expectError(#"{"encoding": {"color": {"field": "a",}}}"#, "trailing comma before '}'", at: "1:37",
                    path: "encoding.color")
    }

    @Test("line comments are rejected where they start")
    func lineComment() {
        expectError("{\n  // the mark\n  \"mark\": \"bar\"\n}", "comments are not allowed in JSON", at: "2:3")
    }

    @Test("block comments are rejected where they start")
    func blockComment() {
        expectError("/* spec */ {}", "comments are not allowed in JSON", at: "1:1")
        expectError(#"{"a": 1 /* one */}"#, "comments are not allowed in JSON", at: "1:9")
        expectError("[1, /* two */ 2]", "comments are not allowed in JSON", at: "1:5")
    }

    @Test("# comments are rejected too")
    func hashComment() {
        expectError("# chart\n{}", "comments are not allowed in JSON", at: "1:1")
    }

    @Test("single-quoted keys and strings ask for double quotes")
    func singleQuotes() {
        expectError("{'mark': 'bar'}", "strings must use double quotes", at: "1:2")
        expectError(#"{"mark": 'bar'}"#, "strings must use double quotes", at: "1:10", path: "mark")
    }

    @Test("curly quotes from a word processor ask for straight quotes")
    func curlyQuotes() {
        expectError("{“mark”: 1}", "strings must use straight double quotes (\"), not curly quotes '“' (U+201C)", at: "1:2")
    }

    @Test("NaN, Infinity and undefined ask for null")
    func nonFiniteLiterals() {
        expectError("[1, NaN]", "NaN is not valid JSON; use null", at: "1:5", path: "[1]")
        expectError(#"{"x": Infinity}"#, "Infinity is not valid JSON; use null", at: "1:7", path: "x")
        expectError("[-Infinity]", "-Infinity is not valid JSON; use null", at: "1:2")
        expectError(#"{"y": undefined}"#, "undefined is not valid JSON; use null", at: "1:7", path: "y")
    }

    @Test("capitalised True, False and None are explained")
    func pythonLiterals() {
        expectError("[True]", "True is not valid JSON; write true in lowercase", at: "1:2")
        expectError("[FALSE]", "FALSE is not valid JSON; write false in lowercase", at: "1:2")
        expectError("[None]", "None is not valid JSON; use null", at: "1:2")
    }

    @Test("unquoted keys and words ask for double quotes")
    func bareWords() {
        expectError(#"{mark: "bar"}"#, #"object keys must be written in double quotes, like "mark""#, at: "1:2")
        expectError(#"{"mark": bar}"#, #"unexpected word 'bar'; text must be written in double quotes, like "bar""#,
                    at: "1:10", path: "mark")
        expectError("[tru]", #"unexpected word 'tru'; text must be written in double quotes, like "tru""#, at: "1:2")
        expectError("[nullx]", #"unexpected word 'nullx'; text must be written in double quotes, like "nullx""#, at: "1:2")
    }

    @Test("a missing comma between elements or members is reported where the next one starts")
    func missingComma() {
        expectError("[1 2]", "missing ',' between array elements", at: "1:4")
        expectError("{\n  \"a\": 1\n  \"b\": 2\n}", "missing ',' between object members", at: "3:3")
    }

    @Test("a missing colon after a key names the key")
    func missingColon() {
        expectError(#"{"mark" "bar"}"#, #"expected ':' after the key "mark", found '"'"#, at: "1:9")
    }

    @Test("a value that cannot start a value is named")
    func unexpectedCharacter() {
        expectError(#"{"a": }"#, "expected a value, found '}'", at: "1:7", path: "a")
        expectError("[,1]", "expected a value, found ','", at: "1:2")
        expectError("[1, =]", "expected a value, found '='", at: "1:5")
        expectError(#"{"a" = 1}"#, #"expected ':' after the key "a", found '='"#, at: "1:6")
        expectError("[1; 2]", "expected ',' or ']' after an array element, found ';'", at: "1:3")
        expectError(#"{"a": 1; "b": 2}"#, "expected ',' or '}' after an object member, found ';'", at: "1:8")
        expectError("{1: 2}", #"object keys must be written in double quotes, like "1""#, at: "1:2")
        expectError("{: 2}", "expected a key in double quotes, found ':'", at: "1:2")
    }

    @Test("invisible characters are named")
    func invisibleCharacters() {
        expectError("[1,\u{00A0}2]", "unexpected invisible character U+00A0; use an ordinary space", at: "1:4")
        expectError("[1,\u{7}2]", "expected a value, found control character U+0007", at: "1:4")
    }
}

@Suite("Rejecting unclosed strings, arrays and objects")
struct JSONUnterminatedTests {
    @Test("an unterminated string is reported at its opening quote")
    func unterminatedString() {
        expectError(#"{"title": "Sales}"#, "unterminated string: this '\"' has no closing quote", at: "1:11",
                    path: "title")
    }

    @Test("a string broken across lines is reported at its opening quote")
    func stringAcrossLines() {
        expectError("{\n  \"title\": \"Sales,\n  \"mark\": \"bar\"\n}",
                    "unterminated string: a string must end with '\"' on the line where it starts "
                        + "(write \\n for a line break inside a string)",
                    at: "2:12", path: "title")
    }

    @Test("an unterminated object is reported at its opening brace")
    func unterminatedObject() {
        expectError("{\n  \"a\": [1, 2]\n", "unterminated object: this '{' has no matching '}'", at: "1:1")
        expectError(#"{"a":"#, "unterminated object: this '{' has no matching '}'", at: "1:1")
        expectError(#"{"a""#, "unterminated object: this '{' has no matching '}'", at: "1:1")
        expectError(#"{"a": 1,"#, "unterminated object: this '{' has no matching '}'", at: "1:1")
        expectError("{", "unterminated object: this '{' has no matching '}'", at: "1:1")
    }

    @Test("an unterminated array is reported at its opening bracket")
    func unterminatedArray() {
        expectError("[1, [2, 3]", "unterminated array: this '[' has no matching ']'", at: "1:1")
        expectError("[[[", "unterminated array: this '[' has no matching ']'", at: "1:3", path: "[0][0]")
        expectError(#"{"a": [1,"#, "unterminated array: this '[' has no matching ']'", at: "1:7", path: "a")
    }

    @Test("a closing bracket of the wrong kind names where the open container starts")
    func mismatchedBrackets() {
        expectError(#"{"a": [1, 2}"#, "expected ']' to close the array that starts at 1:7, found '}'", at: "1:12",
                    path: "a")
        expectError("[\n  {\"a\": 1},\n  {\"b\": 2\n]", "expected '}' to close the object that starts at 3:3, found ']'",
                    at: "4:1", path: "[1]")
    }
}

@Suite("Rejecting bad string contents")
struct JSONStringErrorTests {
    @Test("a tab inside a string is reported at the tab")
    func tabInString() {
        expectError("[\"a\tb\"]", "tab character in a string; write \\t instead", at: "1:4", path: "[0]")
    }

    @Test("other control characters inside a string are reported with their code")
    func controlCharacter() {
        expectError("[\"é\u{1}\"]", "control character U+0001 in a string; write \\u0001 instead", at: "1:4")
    }

    @Test("an unknown escape is reported at its backslash")
    func badEscape() {
        expectError(#"{"file": "C:\Users"}"#, "invalid escape '\\U' in a string; write \\\\ for a backslash",
                    at: "1:13", path: "file")
        expectError(#"["\x41"]"#, "invalid escape '\\x' in a string; write \\\\ for a backslash", at: "1:3")
        expectError("[\"a\\\u{7}\"]", "invalid escape '\\' followed by control character U+0007 in a string; "
                    + "write \\\\ for a backslash", at: "1:4")
    }

    @Test("a \\u escape needs four hexadecimal digits")
    func shortUnicodeEscape() {
        let message = "invalid escape: \\u must be followed by four hexadecimal digits (0-9, A-F)"
        expectError(#"["\u12G4"]"#, message, at: "1:3")
        expectError(#"["ab\u12"]"#, message, at: "1:5")
        expectError(#"["\u"#, message, at: "1:3")
    }

    @Test("a lone high surrogate is rejected")
    func loneHighSurrogate() {
        let message = "lone surrogate \\uD83D in a string: it must be followed by a second \\u escape "
            + "in the range \\uDC00 to \\uDFFF"
        expectError(#"["\uD83D"]"#, message, at: "1:3")
        expectError(#"["\uD83Dx"]"#, message, at: "1:3")
        expectError(#"["\uD83D\u0041"]"#, message, at: "1:3")
        expectError(#"["\uD83D\uD83D"]"#, message, at: "1:3")
    }

    @Test("a lone low surrogate is rejected")
    func loneLowSurrogate() {
        expectError(#"["x\uDE00"]"#,
                    "lone surrogate \\uDE00 in a string: it must follow a \\u escape in the range \\uD800 to \\uDBFF",
                    at: "1:4")
    }

    @Test("a string cut off inside an escape is unterminated")
    func cutOffEscape() {
        expectError(#"["abc\"#, "unterminated string: this '\"' has no closing quote", at: "1:2")
    }
}

@Suite("Rejecting numbers outside the JSON grammar")
struct JSONNumberErrorTests {
    @Test("leading zeros are rejected")
    func leadingZeros() {
        expectError("[01]", "invalid number '01': numbers must not have leading zeros", at: "1:2")
        expectError("[-007]", "invalid number '-007': numbers must not have leading zeros", at: "1:2")
    }

    @Test("a decimal point must be followed by a digit")
    func bareDecimalPoint() {
        expectError("[1.]", "invalid number '1.': a decimal point must be followed by a digit", at: "1:2")
        expectError(#"{"x": 1.e5}"#, "invalid number '1.e5': a decimal point must be followed by a digit",
                    at: "1:7", path: "x")
    }

    @Test("a number must start with a digit or '-'")
    func numberStart() {
        expectError("[.5]", "invalid number '.5': write a 0 before the decimal point", at: "1:2")
        expectError("[+1]", "invalid number '+1': numbers must not start with '+'", at: "1:2")
        expectError("[-]", "invalid number '-': '-' must be followed by a digit", at: "1:2")
        expectError("[- 1]", "invalid number '-': '-' must be followed by a digit", at: "1:2")
    }

    @Test("an exponent must have digits")
    func exponentDigits() {
        expectError("[1e]", "invalid number '1e': the exponent after 'e' must have digits", at: "1:2")
        expectError("[1E+]", "invalid number '1E+': the exponent after 'e' must have digits", at: "1:2")
    }

    @Test("number-like text that is not a number is rejected whole")
    func junkAfterNumber() {
        expectError("[1.2.3]", "invalid number '1.2.3': this is not a number JSON understands", at: "1:2")
        expectError("[12px]", "invalid number '12px': this is not a number JSON understands", at: "1:2")
        expectError("[0x1F]", "invalid number '0x1F': write numbers in decimal", at: "1:2")
        expectError("[1-2]", "invalid number '1-2': this is not a number JSON understands", at: "1:2")
    }

    @Test("numbers too large for a Double are rejected")
    func tooLarge() {
        expectError("[1e400]", "the number 1e400 is too large", at: "1:2")
        expectError("[\n -1.5E+309]", "the number -1.5E+309 is too large", at: "2:2")
        expectError("[" + String(repeating: "9", count: 400) + "]",
                    "the number " + String(repeating: "9", count: 29) + "… is too large", at: "1:2")
    }

    @Test("numbers too small for a Double become zero")
    func tooSmall() throws {
        #expect(try JSONParser.parse("1e-400").value == .number(0))
    }
}

@Suite("Rejecting duplicate keys and deep nesting")
struct JSONStructureErrorTests {
    @Test("a duplicate key names the key and where it was first used")
    func duplicateKey() {
        expectError("{\n  \"mark\": \"bar\",\n  \"mark\": \"line\"\n}",
                    #"duplicate key "mark"; it was first used at 2:3"#, at: "3:3", path: "mark")
    }

    @Test("a duplicate key in a large object is found too")
    func duplicateKeyInLargeObject() {
        var text = "{"
        for i in 0..<40 { text += "\"k\(i)\": \(i), " }
        text += "\"k3\": 0}"
        let firstK3 = jsonByteOffset(of: "\"k3\"", in: text)! + 1
        expectError(text, "duplicate key \"k3\"; it was first used at 1:\(firstK3)", at: "1:\(text.utf8.count - 7)",
                    path: "k3")
    }

    @Test("the same key in different objects is fine")
    func sameKeyInSiblings() throws {
        _ = try JSONParser.parse(#"[{"a": 1}, {"a": 2, "b": {"a": 3}}]"#)
    }

    @Test("100000 nested '[' give the depth error instead of crashing")
    func deepNesting() {
        expectError(String(repeating: "[", count: 100_000),
                    "the data is nested too deeply: more than 200 levels of arrays and objects inside each other",
                    at: "1:201")
    }

    @Test("100000 nested objects give the depth error instead of crashing")
    func deepObjectNesting() {
        let error = jsonParseError(String(repeating: #"{"a":"#, count: 100_000))
        #expect(error?.message.hasPrefix("the data is nested too deeply") == true)
        #expect(error?.location?.description == "1:1001")
        #expect(error?.path?.components.count == 200)
    }

    @Test("nesting up to the limit is accepted and one more level is not")
    func depthLimit() throws {
        _ = try JSONParser.parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200))
        #expect(jsonParseError(String(repeating: "[", count: 201) + String(repeating: "]", count: 201)) != nil)
        _ = try JSONParser.parse("[[[1]]]", maxDepth: 3)
        expectError("[[[[1]]]]",
                    "the data is nested too deeply: more than 3 levels of arrays and objects inside each other",
                    at: "1:4", maxDepth: 3)
    }
}
