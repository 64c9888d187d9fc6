import ChartsmithSpec
import Foundation
import Testing

/// The round trip: every fixture and example decodes, encodes back to Vega-Lite JSON
/// (``ChartSpec/vegaLiteJSON(pretty:)``), and that JSON decodes to an equal spec, compared
/// without source locations (``LocationFreeProjection``). Specs the decoder refuses (the
/// fixtures of errors) are skipped and counted.
@Suite("A decoded spec encodes back to Vega-Lite JSON that decodes to an equal spec")
struct RoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every spec file: `Tests/ChartsmithTests/Fixtures/**/*.json` (not the data folders)
    /// and `Examples/*.json`, in path order.
    static func specFiles() -> [URL] {
        var out: [URL] = []
        for folder in ["Tests/ChartsmithTests/Fixtures", "Examples"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "json" && !url.pathComponents.contains("data") {
                out.append(url)
            }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// The first lines where two projections differ, for the failure message.
    static func difference(_ a: [String], _ b: [String]) -> String {
        let shown = zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }.prefix(4)
            .map { "  was: \($0.element.0)\n  now: \($0.element.1)" }
        return shown.isEmpty ? "  \(a.count) lines became \(b.count)" : shown.joined(separator: "\n")
    }

    @Test("every fixture and example survives decode → encode → decode")
    func everyFixture() throws {
        let files = Self.specFiles()
        var decoded = 0
        var refused: [String] = []
        var failures: [String] = []
        for url in files {
            let name = url.path.replacingOccurrences(of: Self.root.path + "/", with: "")
            guard let first = try? SpecDecoder().decode(contentsOf: url) else {
                refused.append(name)
                continue
            }
            decoded += 1
            let json = first.vegaLiteJSON()
            let second: ChartSpec
            do {
                second = try SpecDecoder().decode(Array(json.utf8), file: "\(name) (encoded)")
            } catch {
                failures.append("\(name): the encoded JSON does not decode: \(error)")
                continue
            }
            let a = LocationFreeProjection.lines(first), b = LocationFreeProjection.lines(second)
            if a != b {
                failures.append("\(name): decodes to another spec\n" + Self.difference(a, b))
                continue
            }
            // The text is a fixed point: the same spec gives the same JSON.
            if second.vegaLiteJSON() != json { failures.append("\(name): a second encoding gives other text") }
        }
        print("round trip: \(files.count) spec files, \(decoded) decoded and compared, \(refused.count) refused by the decoder and skipped (\(refused.joined(separator: ", ")))")
        #expect(files.count >= 150, "the fixtures were not found under \(Self.root.path)")
        #expect(decoded >= 140)
        #expect(failures.isEmpty, "\(failures.count) of \(decoded) do not round-trip:\n\(failures.joined(separator: "\n"))")
    }
}
