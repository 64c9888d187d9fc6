import Chartsmith
import Foundation
import Testing

/// The regression net: every fixture and example has its scene committed as text
/// (`SceneDumps/<set>/<name>.txt`, with the chart's warnings, or the error a spec fails
/// with) and each must come out identical. An intended change rewrites the dumps with
/// `CHARTSMITH_UPDATE_DUMPS=1 swift test --filter SceneDumpTests`, in the same commit,
/// whose message says why.
@Suite("Scene dumps")
struct SceneDumpTests {
    static let dumps = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/SceneDumps")

    /// A spec to dump: the set it belongs to (a folder of dumps) and its file.
    struct Case: CustomStringConvertible, Sendable {
        var set: String
        var spec: URL
        var name: String { ChartRenderer.outputName(for: spec) }
        var description: String { "\(set)/\(name)" }
    }

    static var cases: [Case] {
        func specs(_ folder: String, suffix: String) -> [URL] {
            let url = repositoryRoot.appendingPathComponent(folder)
            return ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.lastPathComponent.hasSuffix(suffix) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
        return specs("Examples", suffix: ".json").map { Case(set: "examples", spec: $0) }
            + specs("Tests/ChartsmithTests/Fixtures/briefing", suffix: ".json").map { Case(set: "briefing", spec: $0) }
            + specs("Tests/ChartsmithTests/Fixtures/vega-lite", suffix: ".vl.json").map { Case(set: "vega-lite", spec: $0) }
            + specs("Tests/ChartsmithTests/Fixtures/altair", suffix: ".json").map { Case(set: "altair", spec: $0) }
    }

    /// The text committed for a spec: its warnings, then its scene; or the error it fails with.
    /// Paths are written relative to the repository so the dump does not depend on where the
    /// clone lives.
    static func dumpText(_ c: Case) -> String {
        var text: String
        do {
            let chart = try ChartPipeline().chart(forSpecAt: c.spec)
            text = chart.warnings.map { "\($0.description)\n" }.joined() + chart.scene.dump()
        } catch {
            text = "error: \(error)"
        }
        return text.replacingOccurrences(of: repositoryRoot.path + "/", with: "") + "\n"
    }

    @Test("every fixture and example draws the scene committed for it", arguments: cases)
    func sceneMatches(_ c: Case) throws {
        let file = Self.dumps.appendingPathComponent("\(c.set)/\(c.name).txt")
        let actual = Self.dumpText(c)
        if ProcessInfo.processInfo.environment["CHARTSMITH_UPDATE_DUMPS"] != nil {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no scene dump committed for \(c) (run with CHARTSMITH_UPDATE_DUMPS=1)")
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let was = first < e.count ? String(e[first]) : "<end>"
            let now = first < a.count ? String(a[first]) : "<end>"
            Issue.record("\(c): scene differs from the committed dump at line \(first + 1)\n  was: \(was)\n  now: \(now)")
        }
    }

    @Test("no dump is left without its spec")
    func noOrphans() throws {
        let known = Set(Self.cases.map(\.description))
        for set in ["examples", "briefing", "vega-lite", "altair"] {
            let folder = Self.dumps.appendingPathComponent(set)
            for f in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where f.hasSuffix(".txt") {
                #expect(known.contains("\(set)/\(f.dropLast(4))"), "orphan dump \(set)/\(f)")
            }
        }
        #expect(Self.cases.count > 100)
    }
}
