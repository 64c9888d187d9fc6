import Foundation
import Testing

/// Replays the fuzzers' seed corpus, and every crash they found (kept in the corpus as
/// `crash-*`), through the same harnesses the fuzzers run, built without sanitizers.
@Suite("Fuzz corpus replays without a crash")
struct FuzzCorpusTests {
    static let corpus = Tool.root.appendingPathComponent("Tests/Fuzz/Corpus")

    func replay(_ tool: String, _ folder: String) throws -> Tool.Result {
        let r = try Tool.run(Tool.buildFolder.appendingPathComponent(tool).path, [Self.corpus.appendingPathComponent(folder).path])
        #expect(!r.signalled && r.status == 0, "\(tool) crashed: \(r.stderr.suffix(2_000))")
        #expect(r.stdout.contains("none crashed"))
        return r
    }

    @Test("every spec input renders or is rejected with a message naming the spec")
    func specs() throws {
        let r = try replay("ChartsmithFuzzSpec", "spec")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 40, "the corpus is there")
        // Seeds that must render, and seeds that must be refused.
        #expect(lines.contains { $0.hasSuffix("csv-stacked-bar.json: rendered") })
        #expect(lines.contains { $0.hasSuffix("unicode-rtl.json: rendered") })
        #expect(lines.contains { $0.contains("escape-link.json: rejected") && $0.contains("outside the spec's folder") })
        #expect(lines.contains { $0.contains("http-url.json: rejected") && $0.contains("network URLs are not allowed") })
    }

    @Test("every CSV input parses into rectangular rows or is rejected with its line")
    func csv() throws {
        let r = try replay("ChartsmithFuzzCSV", "csv")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 20)
        #expect(lines.contains { $0.contains("ragged-short: rejected") && $0.contains("fuzz-input.csv:3") })
        #expect(lines.contains { $0.contains("bad-utf8: rejected") && $0.contains("not UTF-8") })
    }
}
