import Chartsmith
import ChartsmithCharts
import ChartsmithTestSupport
import Foundation
import Testing

/// The Swift chart builder (issue 17): the issue's example, result-builder control flow,
/// `specJSON` as a spec file, and errors from the decoder.
@Suite("Chart builder")
struct ChartBuilderTests {
    struct Row: Sendable {
        var offence: String
        var count: Int
        var outcome: String
    }

    static let rows = [
        Row(offence: "Taking, making or distributing", count: 1246, outcome: "Convicted"),
        Row(offence: "Taking, making or distributing", count: 155, outcome: "Cautioned"),
        Row(offence: "Possessing", count: 165, outcome: "Convicted"),
        Row(offence: "Possessing", count: 215, outcome: "Cautioned"),
    ]

    @Test("the issue's example renders a PNG, and its specJSON saved as a file draws the same scene")
    func issueExample() throws {
        let chart = Chart(Self.rows) {
            BarMark(x: .value("Offence", \.offence), y: .value("Offenders", \.count))
                .foregroundStyle(by: .value("Outcome", \.outcome))
        }
        .title("Most of the 1,781 offenders were convicted", subtitle: "England and Wales, 2010")
        .source("Ministry of Justice")
        .style(.briefing)
        let png = try chart.render(.png, scale: 2)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(chart.specJSON.contains(#""field": "offence""#))
        #expect(chart.specJSON.contains(#""style": "briefing""#))

        let folder = try TestPipeline.temporaryFolder("chartsmith-builder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("chart.json")
        try Data(chart.specJSON.utf8).write(to: file)
        let fromFile = try ChartRenderer().chart(forSpecAt: file)
        #expect(fromFile.scene.dump() == (try chart.image(.svg).scene.dump()))
    }

    @Test("if, else and for build layers", arguments: [false, true])
    func controlFlow(showRule: Bool) throws {
        let chart = Chart(Self.rows) {
            if showRule {
                RuleMark(y: .value("Target", 500))
            } else {
                PointMark(x: .value("Offence", \.offence), y: .value("Offenders", \.count))
            }
            for outcome in ["Convicted", "Cautioned"] {
                BarMark(x: .value("Offence", \.offence), y: .value("Offenders", \.count)).foregroundStyle(outcome == "Convicted" ? "#12436d" : "#f46a25")
            }
        }
        guard case .object(let members) = chart.spec, case .array(let layers)? = members.first(where: { $0.0 == "layer" })?.1 else {
            Issue.record("no layers in \(chart.specJSON)")
            return
        }
        #expect(layers.count == 3)
        #expect(layers[0].jsonText().contains(showRule ? #""mark":"rule""# : #""mark":"point""#))
        #expect(try chart.image(.svg).scene.width > 0)
    }

    @Test("optional values are nulls, dates are timestamps, and the decoder's errors come back named")
    func valuesAndErrors() throws {
        struct Point: Sendable {
            var day: Date
            var value: Double?
        }
        let chart = Chart([Point(day: Date(timeIntervalSince1970: 86_400), value: nil)]) {
            LineMark(x: .value("Day", \.day), y: .value("Value", \.value))
        }
        #expect(chart.specJSON.contains(#"{"day":86400000,"value":null}"#) || chart.specJSON.contains(#""day": 86400000"#))
        #expect(chart.specJSON.contains(#""type": "temporal""#))

        let bad = Chart(Self.rows) {
            BarMark(x: .value("Offence", \.offence), y: .value("Offenders", \.count)).markProperty("colr", "red")
        }
        #expect { try bad.render(.png) } throws: { "\($0)".hasPrefix("<chart>:") && "\($0)".contains("colr") }
    }

    @Test("rendering from several tasks gives identical bytes")
    func concurrentCharts() async throws {
        let chart = Chart(Self.rows) {
            BarMark(x: .value("Offence", \.offence), y: .value("Offenders", \.count)).foregroundStyle(by: .value("Outcome", \.outcome))
        }
        let expected = try chart.render(.pdf)
        let images = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<6 { group.addTask { try await chart.image(.pdf).data } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(images.count == 6 && images.allSatisfy { $0 == expected })
    }
}

extension ChartBuilderTests {
    @Test("a RectMark compiles to a \"rect\" mark; until Chartsmith draws rects, rendering names the refused mark")
    func rectMark() throws {
        let chart = Chart(Self.rows) {
            RectMark(x: .value("Offence", \.offence), y: .value("Outcome", \.outcome)).foregroundStyle(by: .value("Offenders", \.count))
        }
        #expect(chart.specJSON.contains(#""mark": "rect""#))
        do {
            let image = try chart.image(.svg)
            #expect(image.scene.width > 0)
        } catch {
            #expect("\(error)".hasPrefix("<chart>:") && "\(error)".contains("rect"), "\(error)")
        }
    }
}
