import Testing
@testable import ChartsmithSpec

@Suite("Describing JSON values in messages")
struct JSONNodeDescriptionTests {
    private func node(_ text: String) throws -> JSONNode {
        try JSONParser.parse(text)
    }

    @Test("type names carry their article")
    func typeNames() throws {
        #expect(try node("null").typeName == "null")
        #expect(try node("true").typeName == "a boolean")
        #expect(try node("1").typeName == "a number")
        #expect(try node("\"x\"").typeName == "a string")
        #expect(try node("[]").typeName == "an array")
        #expect(try node("{}").typeName == "an object")
    }

    @Test("scalars are shown as they would be written")
    func scalars() throws {
        #expect(try node("\"bar\"").describeValue() == "\"bar\"")
        #expect(try node("3").describeValue() == "3")
        #expect(try node("3.0").describeValue() == "3")
        #expect(try node("-2.5").describeValue() == "-2.5")
        #expect(try node("1e21").describeValue() == "1e+21")
        #expect(try node("false").describeValue() == "false")
        #expect(try node("null").describeValue() == "null")
        #expect(try node(#""a\"b\n""#).describeValue() == #""a\"b\n""#)
    }

    @Test("short arrays and objects are shown whole")
    func shortContainers() throws {
        #expect(try node("[1, 2, 3]").describeValue() == "[1, 2, 3]")
        #expect(try node(#"{"field":"x","type":"nominal"}"#).describeValue() == #"{"field": "x", "type": "nominal"}"#)
        #expect(try node("[]").describeValue() == "[]")
        #expect(try node("{}").describeValue() == "{}")
        #expect(try node("[[1], {\"a\": []}]").describeValue() == #"[[1], {"a": []}]"#)
    }

    @Test("long strings are cut off with an ellipsis inside the quotes")
    func longString() throws {
        let text = try node("\"" + String(repeating: "abcdefghij", count: 10) + "\"").describeValue()
        #expect(text.count == 40)
        #expect(text.hasPrefix("\"abcdefghij"))
        #expect(text.hasSuffix("…\""))
    }

    @Test("long arrays and objects are cut off with an ellipsis and still closed")
    func longContainers() throws {
        let array = try node("[" + (0..<100).map(String.init).joined(separator: ",") + "]").describeValue()
        #expect(array.count <= 40)
        #expect(array.hasPrefix("[0, 1, 2, "))
        #expect(array.hasSuffix(", …]"))
        let object = try node(#"{"description": "a rather long piece of text that will not fit", "b": 1}"#)
            .describeValue()
        #expect(object == "{…}")
        let nested = try node(#"{"a": 1, "b": {"c": "a rather long piece of text"}}"#).describeValue(maxLength: 30)
        #expect(nested == #"{"a": 1, …}"#)
    }

    @Test("the length limit can be raised")
    func customLimit() throws {
        let value = try node("[" + (0..<30).map(String.init).joined(separator: ", ") + "]")
        #expect(value.describeValue(maxLength: 200).hasSuffix("28, 29]"))
    }
}
