import Chartsmith
import ChartsmithCharts
import Foundation
import Testing

/// The four seed figures (Examples/*.json) written with the Swift chart builder: each
/// must draw exactly the scene committed for its JSON spec (SceneDumps/examples/).
@Suite("Seed figures built in Swift")
struct SeedFiguresBuilderTests {
    struct Offenders: Sendable {
        var offence: String
        var outcome: String
        var offenders: Int
    }

    struct Total: Sendable {
        var year: String
        var measure: String
        var offenders: Int?
    }

    static let offenders = [
        Offenders(offence: "Taking, making or distributing indecent images", outcome: "Convicted", offenders: 1246),
        Offenders(offence: "Taking, making or distributing indecent images", outcome: "Cautioned", offenders: 155),
        Offenders(offence: "Possessing indecent images", outcome: "Convicted", offenders: 165),
        Offenders(offence: "Possessing indecent images", outcome: "Cautioned", offenders: 215),
    ]

    static let totals: [Total] = ["All offenders convicted or cautioned", "Convicted of taking, making or distributing"]
        .flatMap { measure in
            (2003...2010).map { year in
                let known: [Int: Int] = measure.hasPrefix("All") ? [2003: 1731, 2010: 1781] : [2003: 1048, 2010: 1246]
                return Total(year: String(year), measure: measure, offenders: known[year])
            }
        }

    static let source = "Source: Ministry of Justice (Freedom of Information request)"
    static let subtitle = "Offenders convicted or cautioned for offences involving indecent images of children, by offence and outcome, England and Wales, 2010"

    static var stacked: Chart<Offenders> {
        Chart(offenders) {
            BarMark(x: .value("Offence", \.offence).sort("-y"), y: .value("Offenders", \.offenders).sum())
                .foregroundStyle(by: .value("Outcome", \.outcome))
        }
        .title("Most of the 1,781 offenders in 2010 were convicted of taking, making or distributing indecent images",
               subtitle: subtitle)
        .accessibilityDescription("Stacked bar chart of offenders by offence and outcome, 2010. Taking, making or distributing indecent images: 1,246 convicted and 155 cautioned (1,401 in all). Possessing indecent images: 165 convicted and 215 cautioned (380 in all).")
        .source(source)
        .frame(width: 640, height: 440)
        .chartXAxisLabel(nil)
        .chartForegroundStyleScale(domain: ["Convicted", "Cautioned"])
        .chartLegend(title: nil)
    }

    static var horizontal: Chart<Offenders> {
        Chart(offenders) {
            BarMark(x: .value("Offenders", \.offenders).sum(), y: .value("Offence", \.offence).sort("-x"))
                .foregroundStyle(by: .value("Outcome", \.outcome))
                .stackOrder(by: .value("Outcome", \.outcome), descending: true)
        }
        .title("Taking, making or distributing accounted for four in five offenders in 2010", subtitle: subtitle)
        .source(source)
        .frame(width: 640, height: 320)
        .chartYAxisLabel(nil)
        .chartForegroundStyleScale(domain: ["Convicted", "Cautioned"])
        .chartLegend(title: nil)
    }

    static var share: Chart<Offenders> {
        Chart(offenders) {
            BarMark(x: .value("Share of offenders", \.offenders).sum().stack("normalize"), y: .value("Offence", \.offence))
                .foregroundStyle(by: .value("Outcome", \.outcome))
                .stackOrder(by: .value("Outcome", \.outcome))
        }
        .title("Most offenders for possessing indecent images were cautioned in 2010",
               subtitle: "Share of offenders convicted or cautioned, by offence, England and Wales, 2010")
        .source(source)
        .notes(["Notes: About a fifth (370) of the 1,781 offenders were cautioned."])
        .frame(width: 640, height: 320)
        .chartYAxisLabel(nil)
        .chartXAxis(format: ".0%")
        .chartForegroundStyleScale(domain: ["Cautioned", "Convicted"], range: ["#F46A25", "#12436D"])
        .chartLegend(title: nil)
    }

    static var totalsChart: Chart<Total> {
        Chart(totals) {
            LineMark(x: .value("Year", \.year, type: .temporal).timeUnit("year"), y: .value("Offenders", \.offenders))
                .foregroundStyle(by: .value("Measure", \.measure))
                .pointMarks()
        }
        .title("The 2010 total of 1,781 offenders passed the 2003 record of 1,731",
               subtitle: "Offenders convicted or cautioned for offences involving indecent images of children, England and Wales, 2003 and 2010")
        .source(source)
        .frame(width: 640, height: 420)
        .annotation(.range(x: ["2004", "2009"], text: "Figures not released for 2004 to 2009"))
        .annotation(.note(x: "2003", y: 1731, text: "2003: Operation Ore, a police crackdown"))
        .chartXAxisLabel(nil)
        .chartLegend(title: nil)
        .chartForegroundStyleScale(domain: ["All offenders convicted or cautioned", "Convicted of taking, making or distributing"])
    }

    static func committedDump(_ name: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/SceneDumps/examples/\(name).txt"),
                   encoding: .utf8)
    }

    static func check(_ image: ChartImage, against name: String) throws {
        let text = image.warnings.map { "\($0.description)\n" }.joined() + image.scene.dump() + "\n"
        let expected = try committedDump(name)
        if text != expected {
            let a = text.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("\(name): differs at line \(first + 1)\n  json:    \(first < e.count ? e[first] : "<end>")\n  builder: \(first < a.count ? a[first] : "<end>")")
        }
    }

    @Test("offences-2010-stacked") func stackedFigure() throws {
        try Self.check(Self.stacked.image(.svg), against: "offences-2010-stacked")
    }

    @Test("offences-2010-horizontal") func horizontalFigure() throws {
        try Self.check(Self.horizontal.image(.svg), against: "offences-2010-horizontal")
    }

    @Test("share-cautioned-2010") func shareFigure() throws {
        try Self.check(Self.share.image(.svg), against: "share-cautioned-2010")
    }

    @Test("totals-2003-2010") func totalsFigure() throws {
        try Self.check(Self.totalsChart.image(.svg), against: "totals-2003-2010")
    }

    /// `chart.specJSON` and the spec encoder agree: the builder's spec, decoded and written
    /// back out by ``ChartSpec/vegaLiteJSON(pretty:)``, draws the same scene as the JSON spec.
    @Test("the builder's specs, re-encoded by the spec encoder, draw the same scenes")
    func reencoded() throws {
        let charts: [(String, ChartSpec)] = [
            ("offences-2010-stacked", try Self.stacked.decoded()), ("offences-2010-horizontal", try Self.horizontal.decoded()),
            ("share-cautioned-2010", try Self.share.decoded()), ("totals-2003-2010", try Self.totalsChart.decoded()),
        ]
        for (name, spec) in charts {
            try Self.check(ChartRenderer().render(json: spec.vegaLiteJSON(), as: .svg), against: name)
        }
    }
}
