import Chartsmith
import ChartsmithRender
import ChartsmithScene
import Foundation
import Testing

@Suite("The seed examples as SVG with real text")
struct SVGExampleTests {
    let renderer = ChartRenderer()

    @Test("the stacked bar's SVG is at most a quarter of Cairo's outline SVG, with every text as <text>")
    func size() throws {
        let scene = try renderer.scene(forSpecAt: repositoryRoot.appendingPathComponent("Examples/offences-2010-stacked.json"))
        let svg = try renderer.draw(scene, as: .svg)
        let outlines = try renderer.draw(scene, as: .svgOutlines)
        #expect(svg.count * 4 <= outlines.count, "\(svg.count) bytes against \(outlines.count)")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.components(separatedBy: "<text ").count - 1 == scene.texts.count)
    }
}
