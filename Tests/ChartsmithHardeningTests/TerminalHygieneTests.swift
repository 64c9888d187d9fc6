import Foundation
import Testing

/// Issue 18, terminal hygiene: no byte that came from input reaches standard error or
/// standard output raw (control characters print as `\u001B`), and a message quoting a
/// huge value is bounded.
@Suite("Terminal hygiene")
struct TerminalHygieneTests {
    static let controls: [UInt8] = [0x1B, 0x07, 0x00, 0x9B]

    /// Whether `bytes` hold a raw ESC, BEL or NUL, or a C1 CSI (U+009B, as UTF-8).
    static func hasRawControl(_ bytes: Data) -> Bool {
        let b = [UInt8](bytes)
        if b.contains(0x1B) || b.contains(0x07) || b.contains(0x00) { return true }
        return zip(b, b.dropFirst()).contains { $0 == 0xC2 && $1 == 0x9B }
    }

    /// Runs `render` on a spec (and data) in a fresh folder; returns its standard error.
    func render(spec: String, data: [UInt8]? = nil, extra: [String] = []) throws -> (status: Int32, stderr: Data, stdout: Data) {
        let folder = try Tool.temporaryFolder("escape")
        let url = try folder.write("spec.json", spec)
        if let data { try folder.write("data.csv", bytes: data) }
        let r = try Tool.chartsmith(["render", url.path, "--out", folder.appendingPathComponent("out").path] + extra)
        return (r.status, Data(r.stderr.utf8), Data(r.stdout.utf8))
    }

    static let esc = "\\u001b\\u0007"  // JSON escapes: the decoded key or value holds ESC BEL

    @Test("ESC and BEL in a field name are escaped in the error")
    func fieldName() throws {
        let r = try render(spec: #"{"data": {"values": [{"a": 1}]}, "mark": "bar", "encoding": {"x": {"field": "x\#(Self.esc)]0;pwned", "type": "nominal"}}}"#)
        #expect(r.status == 1)
        #expect(!Self.hasRawControl(r.stderr), "\(String(decoding: r.stderr, as: UTF8.self))")
        #expect(String(decoding: r.stderr, as: UTF8.self).contains("\\u001B"))
    }

    @Test("an unknown key holding ESC, NUL and a C1 CSI is escaped in the error")
    func key() throws {
        let r = try render(spec: #"{"data": {"values": [{"a": 1}]}, "mark": "bar", "k\u001b[2J\u0000\u009b": 1}"#)
        #expect(r.status == 1)
        #expect(!Self.hasRawControl(r.stderr), "\(String(decoding: r.stderr, as: UTF8.self))")
    }

    @Test("a CSV cell with raw control bytes never reaches the terminal raw")
    func csvCell() throws {
        var csv = Array("a,b\n".utf8)
        csv += [0x1B] + Array("]2;title".utf8) + [0x07] + Array(",1\n".utf8)
        let spec = #"{"data": {"url": "data.csv"}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}"#
        let r = try render(spec: spec, data: csv)
        #expect(!Self.hasRawControl(r.stderr), "\(String(decoding: r.stderr, as: UTF8.self))")
        let dumped = try render(spec: spec, data: csv, extra: ["--dump-scene"])
        #expect(!Self.hasRawControl(dumped.stdout) && !Self.hasRawControl(dumped.stderr))
    }

    @Test("an expression holding control characters is escaped in the error")
    func expression() throws {
        let r = try render(spec: #"{"data": {"values": [{"a": 1}]}, "transform": [{"calculate": "datum.a +\#(Self.esc) (", "as": "b"}], "mark": "bar", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#)
        #expect(r.status == 1)
        #expect(!Self.hasRawControl(r.stderr), "\(String(decoding: r.stderr, as: UTF8.self))")
    }

    @Test("a megabyte header of NULs gives a bounded message")
    func nulHeader() throws {
        let csv = [UInt8](repeating: 0, count: 1 << 20) + Array(",b\n1,2\n".utf8)
        let spec = #"{"data": {"url": "data.csv"}, "mark": "bar", "encoding": {"x": {"field": "nope", "type": "quantitative"}}}"#
        let r = try render(spec: spec, data: csv)
        #expect(!Self.hasRawControl(r.stderr))
        #expect(r.stderr.count < 4_000, "stderr is \(r.stderr.count) bytes")
    }

    @Test("a message quoting a 5,000-character value is cut to a bounded length with an ellipsis")
    func longValue() throws {
        let r = try render(spec: #"{"data": {"values": [{"a": 1}]}, "mark": "\#(String(repeating: "B", count: 5_000))"}"#)
        #expect(r.status == 1)
        let text = String(decoding: r.stderr, as: UTF8.self)
        #expect(r.stderr.count < 1_200 && text.contains("…"), "\(r.stderr.count) bytes")
    }

    @Test("batch: stderr, --json lines, the manifest and index.html hold no raw control byte")
    func batch() throws {
        let folder = try Tool.temporaryFolder("escape-batch")
        try folder.write("specs/bad.json", #"{"data": {"values": [{"a": 1}]}, "mark": "bar", "k\#(Self.esc)[2J": 1}"#)
        try folder.write("specs/field.json", #"{"data": {"values": [{"a": 1}]}, "mark": "bar", "encoding": {"x": {"field": "f\#(Self.esc)", "type": "nominal"}}}"#)
        let out = folder.appendingPathComponent("out")
        for json in [false, true] {
            let r = try Tool.chartsmith(["batch", folder.appendingPathComponent("specs").path, "--out", out.path, "--force"] + (json ? ["--json"] : []))
            #expect(r.status == 1)
            #expect(!Self.hasRawControl(Data(r.stderr.utf8)) && !Self.hasRawControl(Data(r.stdout.utf8)), "\(r.stderr)\(r.stdout)")
        }
        for name in ["chartsmith-manifest.json", "index.html"] {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(!Self.hasRawControl(data), "\(name)")
        }
    }
}
