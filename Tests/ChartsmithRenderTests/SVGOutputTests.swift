import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("SVG output")
struct SVGOutputTests {
    let renderer = CairoRenderer()

    @Test("an SVG 1.1 document opens with <title> and <desc>, XML-escaped")
    func titleAndDesc() throws {
        let svg = String(decoding: try renderer.render(Fixtures.sampleScene(), as: .svg), as: UTF8.self)
        let open = try #require(svg.range(of: "<svg"))
        let afterRoot = svg[open.upperBound...].drop { $0 != ">" }.dropFirst()
        let expected = "\n<title>Sample chart</title>\n<desc>Three bars &amp; a line &lt;alt&gt;</desc>\n"
        #expect(afterRoot.hasPrefix(expected))
        #expect(svg[open.lowerBound...].prefix { $0 != ">" }.contains("version=\"1.1\""))
        #expect(svg[open.lowerBound...].prefix { $0 != ">" }.contains("width=\"220\" height=\"160\""))
    }

    @Test("a scene without metadata gets neither <title> nor <desc>")
    func noMetadata() throws {
        let scene = Scene(width: 10, height: 10)
        let svg = String(decoding: try renderer.render(scene, as: .svg), as: UTF8.self)
        #expect(!svg.contains("<title>"))
        #expect(!svg.contains("<desc>"))
    }

    @Test("the SVG is well-formed XML", arguments: [OutputFormat.svg, .svgOutlines])
    func wellFormed(format: OutputFormat) throws {
        var scene = Fixtures.sampleScene(title: "Q&A <\"quoted\"> 'x'", description: "Ελληνικά \u{1} & more")
        scene.nodes.append(.text(Fixtures.text("a < b & c", at: Point(x: 10, y: 40))))
        let data = Data(try renderer.render(scene, as: format))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }

    @Test("rendering the same scene twice gives identical SVG bytes, even after other scenes", arguments: [OutputFormat.svg, .svgOutlines])
    func deterministic(format: OutputFormat) throws {
        let first = try renderer.render(Fixtures.sampleScene(), as: format)
        for _ in 0..<3 {
            _ = try renderer.render(Fixtures.sampleScene(title: "Other"), as: format)
            _ = try renderer.render(Fixtures.sampleScene(), as: .png)
        }
        let second = try renderer.render(Fixtures.sampleScene(), as: format)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains(format == .svg ? "id=\"clip1\"" : "id=\"surface1\""))
    }

    @Test("Cairo's outline SVG, kept as svg-outlines, also opens with <title> and <desc>")
    func outlines() throws {
        let svg = String(decoding: try renderer.render(Fixtures.sampleScene(), as: .svgOutlines), as: UTF8.self)
        #expect(svg.contains("<title>Sample chart</title>\n<desc>Three bars &amp; a line &lt;alt&gt;</desc>"))
        #expect(svg.contains("<symbol") && !svg.contains("<text"))
    }

    @Test("process-wide surface ids are renumbered from 1, references included")
    func idNormalisation() {
        let input = ##"<g id="surface51"><use xlink:href="#surface51"/><g clip-path="url(#surface77)"/><use xlink:href="#glyph0-3"/></g>"##
        let output = SVGDocument.normalisingIds(input)
        #expect(output == ##"<g id="surface1"><use xlink:href="#surface1"/><g clip-path="url(#surface2)"/><use xlink:href="#glyph0-3"/></g>"##)
    }
}
