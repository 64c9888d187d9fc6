import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Every category on a discrete axis keeps its label, or a warning names the ones left
/// out (issue 14: "0 specs exit 0 with dropped labels"). Checked over every fixture and
/// example whose categories can be read from the spec itself.
@Suite("Category labels")
struct CategoryLabelTests {
    /// The categories a spec's x or y channel shows, read from its inline data, for the
    /// plain cases where each category's label is its value: a nominal or ordinal field of
    /// strings, no transform, time unit, bin, format, label expression or explicit domain.
    static func categories(_ spec: URL) -> [String: [String]] {
        guard let data = try? Data(contentsOf: spec),
              let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              root["transform"] == nil, let encoding = root["encoding"] as? [String: Any],
              let source = root["data"] as? [String: Any] else { return [:] }
        var rows = source["values"] as? [[String: Any]]
        if rows == nil, let name = source["name"] as? String {
            rows = (root["datasets"] as? [String: Any])?[name] as? [[String: Any]]
        }
        guard let rows else { return [:] }
        var out: [String: [String]] = [:]
        for channel in ["x", "y"] {
            guard let def = encoding[channel] as? [String: Any], let field = def["field"] as? String,
                  ["nominal", "ordinal"].contains(def["type"] as? String ?? ""),
                  def["timeUnit"] == nil, def["bin"] == nil, def["format"] == nil, !(def["axis"] is NSNull) else { continue }
            let axis = def["axis"] as? [String: Any] ?? [:]
            guard axis["labelExpr"] == nil, axis["format"] == nil, axis["values"] == nil, axis["labels"] as? Bool != false,
                  (def["scale"] as? [String: Any])?["domain"] == nil, !field.contains(".") else { continue }
            let values = rows.compactMap { $0[field] }
            guard !values.isEmpty, values.allSatisfy({ $0 is String }) else { continue }
            var seen = Set<String>()
            out[channel] = values.compactMap { $0 as? String }.filter { seen.insert($0).inserted }
        }
        return out
    }

    /// The categories of `expected` whose label the scene does not show (every word of the
    /// label among the axis labels' words, or a label cut short with "…" that begins it).
    static func missing(_ expected: [String], in scene: Scene) -> [String] {
        let texts = scene.texts(.axisLabel).map(\.text)
        let words = Set(texts.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) })
        let cut = texts.filter { $0.hasSuffix("…") }.map { String($0.dropLast()) }
        return expected.filter { v in
            let vw = v.split(whereSeparator: \.isWhitespace).map(String.init)
            if !vw.isEmpty && vw.allSatisfy(words.contains) { return false }
            return !cut.contains { !$0.isEmpty && v.hasPrefix($0) }
        }
    }

    @Test("every category label is drawn, or a warning names it", arguments: SceneDumpTests.cases)
    func everyLabel(_ c: SceneDumpTests.Case) throws {
        let expected = Self.categories(c.spec)
        guard !expected.isEmpty, let chart = try? ChartRenderer().chart(forSpecAt: c.spec) else { return }
        let warnings = chart.warnings.map(\.description)
        for (channel, values) in expected.sorted(by: { $0.key < $1.key }) {
            let gone = Self.missing(values, in: chart.scene)
            let named = gone.allSatisfy { v in
                warnings.contains { $0.contains("the \(channel) axis (encoding.\(channel)) shows") || $0.contains("axis label") && $0.contains("left out") }
            }
            #expect(gone.isEmpty || named, "\(c): \(channel) labels left out without a warning: \(gone.prefix(5))")
        }
    }

    @Test("turned labels on a step-sized axis: the step grows so all nine are drawn", arguments: [-30.0, -45, -90])
    func turnedGrow(angle: Double) throws {
        let names = ["Housing", "Transport", "Food", "Health", "Education", "Energy", "Defence", "Welfare", "Justice"]
        let values = names.enumerated().map { "{\"c\": \"\($1)\", \"v\": \($0 + 1)}" }.joined(separator: ",")
        let scene = try inlineScene("""
        {"data": {"values": [\(values)]}, "mark": "bar",
         "encoding": {"x": {"field": "c", "type": "nominal", "axis": {"labelAngle": \(angle)}}, "y": {"field": "v", "type": "quantitative"}}}
        """)
        #expect(Self.missing(names, in: scene).isEmpty)
        #expect(scene.texts(.axisLabel).filter { $0.angle == angle }.count == 9)
        #expect(scene.metadata.warnings.isEmpty, "\(scene.metadata.warnings)")
    }

    @Test("a fixed width too narrow even for turned labels: the ones left out are named")
    func fixedWidthWarns() throws {
        let values = (0..<40).map { "{\"c\": \"Category \($0)\", \"v\": \($0)}" }.joined(separator: ",")
        let scene = try inlineScene("""
        {"width": 120, "data": {"values": [\(values)]}, "mark": "bar",
         "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}
        """)
        let shown = scene.texts(.axisLabel).filter { $0.text.hasPrefix("Category") }.count
        #expect(shown < 40)
        let warning = scene.metadata.warnings.first { $0.contains("the x axis (encoding.x) shows") && $0.contains(" of 40 category labels") }
        #expect(warning != nil, "\(scene.metadata.warnings)")
        #expect(warning?.contains("labelAngle") == true)
    }

    @Test("level labels exactly their separation apart are all kept (Q1 to Q4 at step 20)")
    func separationBoundary() throws {
        let url = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/altair/bar-currency-format.json")
        let chart = try ChartRenderer().chart(forSpecAt: url)
        let labels = Set(chart.scene.texts(.axisLabel).map(\.text))
        #expect(["Q1", "Q2", "Q3", "Q4"].allSatisfy(labels.contains), "\(labels)")
    }
}
