import Chartsmith
import ChartsmithRender
import ChartsmithScene
import Foundation
import Testing

@Suite("The seed examples")
struct ExampleTests {
    let renderer = ChartRenderer()

    func scene(_ name: String) throws -> Scene {
        try renderer.scene(forSpecAt: repositoryRoot.appendingPathComponent("Examples/\(name).json"))
    }

    @Test("every example renders with no overlapping or off-canvas text", arguments: try exampleSpecs())
    func noCollisions(spec: URL) throws {
        let s = try renderer.scene(forSpecAt: spec)
        #expect(s.textCollisions().isEmpty, "\(spec.lastPathComponent): \(s.textCollisions())")
        #expect(s.texts(.title).count >= 1)
        #expect(s.texts(.subtitle).count >= 1)
        #expect(s.texts(.source).first?.text == "Source: Ministry of Justice (Freedom of Information request)")
    }

    @Test("the stacked bars show exactly the 2010 seed figures")
    func stackedFigures() throws {
        let s = try scene("offences-2010-stacked")
        let bars = s.rects(.mark)
        #expect(bars.count == 4)
        // Heights in the order of the data values, each proportional to its figure.
        let figures: [(String, String, Double)] = [
            ("Taking", "Convicted", 1246), ("Taking", "Cautioned", 155),
            ("Possessing", "Convicted", 165), ("Possessing", "Cautioned", 215),
        ]
        let unit = bars.first { $0.name!.contains("Taking") && $0.name!.contains("Convicted") }!.rect.height / 1246
        for (offence, outcome, n) in figures {
            let bar = bars.first { $0.name!.contains(offence) && $0.name!.contains("=\(outcome)") }!
            #expect(abs(bar.rect.height - n * unit) < 1e-6, "\(offence) \(outcome)")
        }
    }

    @Test("the percent stack shows each offence's cautioned share")
    func shares() throws {
        let bars = try scene("share-cautioned-2010").rects(.mark)
        let full = bars.filter { $0.name!.contains("Taking") }.map(\.rect.width).reduce(0, +)
        let cautioned = bars.first { $0.name!.contains("Taking") && $0.name!.contains("Cautioned") }!.rect.width
        #expect(abs(cautioned / full - 155.0 / 1401) < 1e-9)
        let cautionedP = bars.first { $0.name!.contains("Possessing") && $0.name!.contains("Cautioned") }!.rect.width
        let fullP = bars.filter { $0.name!.contains("Possessing") }.map(\.rect.width).reduce(0, +)
        #expect(abs(cautionedP / fullP - 215.0 / 380) < 1e-9)
    }

    @Test("the totals line leaves 2004 to 2009 as a gap: no line joins 2003 to 2010")
    func totalsGap() throws {
        let s = try scene("totals-2003-2010")
        #expect(s.paths(.mark).filter { $0.stroke != nil && $0.path.points.count > 1 }.isEmpty)
        let dots = s.paths(.mark).filter { $0.fill != nil }
        #expect(dots.count == 4)  // 2003 and 2010, two series
    }

    @Test("rendering twice gives byte-identical PNG, PDF and SVG")
    func deterministic() throws {
        let s = try scene("offences-2010-stacked")
        for f in OutputFormat.allCases {
            #expect(try renderer.draw(s, as: f) == renderer.draw(s, as: f), "\(f)")
        }
    }
}
