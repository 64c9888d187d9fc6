import Foundation
import Testing
@testable import ChartsmithSpec

@Suite("Diagnostic messages")
struct DiagnosticTests {
    let location = ChartsmithSpec.SourceLocation(line: 12, column: 5, offset: 200)
    let path = JSONPath.root.appending("encoding").appending("colour")

    @Test("a full diagnostic reads file:line:column: path: message; did you mean")
    func fullDescription() {
        let d = Diagnostic(file: "spec.json", location: location, path: path, message: "unknown channel",
                           suggestion: "color")
        #expect(d.description == #"spec.json:12:5: encoding.colour: unknown channel; did you mean "color"?"#)
    }

    @Test("without a file the description starts at line:column")
    func withoutFile() {
        let d = Diagnostic(location: location, path: path, message: "unknown channel", suggestion: "color")
        #expect(d.description == #"12:5: encoding.colour: unknown channel; did you mean "color"?"#)
    }

    @Test("without a location the path follows the file name")
    func withoutLocation() {
        let d = Diagnostic(file: "spec.json", path: path, message: "unknown channel")
        #expect(d.description == "spec.json: encoding.colour: unknown channel")
    }

    @Test("without a path or location it is just file: message")
    func fileAndMessageOnly() {
        let d = Diagnostic(message: "the file is empty; expected a JSON object").withFile("spec.json")
        #expect(d.description == "spec.json: the file is empty; expected a JSON object")
    }

    @Test("without a suggestion there is no question")
    func withoutSuggestion() {
        let d = Diagnostic(file: "a.json", location: location, path: path, message: "expected a string")
        #expect(d.description == "a.json:12:5: encoding.colour: expected a string")
    }

    @Test("a bare message describes as itself")
    func messageOnly() {
        #expect(Diagnostic(message: "something is wrong").description == "something is wrong")
    }

    @Test("the root path is left out")
    func rootPathOmitted() {
        let d = Diagnostic(file: "spec.json", location: .start, path: .root, message: "missing \"mark\"")
        #expect(d.description == #"spec.json:1:1: missing "mark""#)
    }

    @Test("warnings say so before the path")
    func warning() {
        let d = Diagnostic(file: "spec.json", location: location, path: path, message: "ignored",
                           severity: .warning)
        #expect(d.description == "spec.json:12:5: warning: encoding.colour: ignored")
    }

    @Test("a suggestion with quotes is escaped")
    func quotedSuggestion() {
        let d = Diagnostic(message: "unknown field", suggestion: #"a "b""#)
        #expect(d.description == #"unknown field; did you mean "a \"b\""?"#)
    }

    @Test("withFile sets the file and keeps everything else")
    func withFile() {
        let d = Diagnostic(location: location, path: path, message: "m", suggestion: "s", severity: .warning)
        let named = d.withFile("charts/spec.json")
        #expect(named.file == "charts/spec.json")
        #expect(named.location == d.location)
        #expect(named.path == d.path)
        #expect(named.message == d.message)
        #expect(named.suggestion == d.suggestion)
        #expect(named.severity == .warning)
        #expect(d.file == nil)
    }

    @Test("a diagnostic about a node takes its location and path")
    func atNode() throws {
        let root = try JSONParser.parse(#"{"mark": {"type": "barr"}}"#)
        let type = try #require(jsonDescend(root, "mark", "type"))
        let d = Diagnostic("unknown mark type", at: type, suggestion: "bar").withFile("spec.json")
        #expect(d.description == #"spec.json:1:19: mark.type: unknown mark type; did you mean "bar"?"#)
        #expect(Diagnostic.warning("odd", at: type).severity == .warning)
    }

    @Test("a parse error reads as file:line:column: path: message")
    func parseErrorDescription() throws {
        let error = try #require(jsonParseError("{\n  \"encoding\": {\"x\": 1,}\n}"))
        #expect(error.withFile("spec.json").description == "spec.json:2:22: encoding: trailing comma before '}'")
    }

    @Test("localizedDescription gives the full diagnostic text")
    func localizedDescription() {
        let d = Diagnostic(file: "spec.json", location: location, path: path, message: "unknown channel",
                           suggestion: "color")
        #expect((d as any Error).localizedDescription == d.description)
    }

    @Test("diagnostics are thrown and caught as errors")
    func thrownAsError() {
        func fail() throws { throw Diagnostic(message: "m") }
        #expect(throws: Diagnostic(message: "m")) { try fail() }
    }

    @Test("a path hundreds of levels deep is shortened in the middle, keeping its ends")
    func longPath() {
        let path = JSONPath(components: Array(repeating: .index(0), count: 200))
        let d = Diagnostic(message: "too deep", location: nil, path: path)
        #expect(d.description.count < 130)
        #expect(d.description.hasPrefix("[0][0]") && d.description.contains("…") && d.description.hasSuffix("[0]: too deep"))
    }
}
