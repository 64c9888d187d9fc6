import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements of an SVG document, parsed with Foundation's XMLParser.
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    init(_ bytes: [UInt8]) throws {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = open.last { elements[i].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}

@Suite("Chartsmith's SVG writer")
struct SVGWriterTests {
    let renderer = CairoRenderer()

    func svg(_ scene: Scene, scale: Double = 1) throws -> SVGElements {
        try SVGElements(renderer.render(scene, as: .svg, scale: scale))
    }

    func number(_ element: SVGElements.Element, _ name: String) -> Double {
        Double(element.attributes[name] ?? "") ?? .nan
    }

    @Test("every text run is a <text> element with its text as content")
    func realText() throws {
        let scene = Fixtures.sampleScene()
        let texts = try svg(scene).named("text")
        #expect(texts.map(\.text) == scene.texts.map(\.text))
    }

    @Test("every script is carried as text")
    func everyScript() throws {
        let scene = ScriptCoverageTests.scene()
        #expect(try svg(scene).named("text").map(\.text) == scene.texts.map(\.text))
    }

    @Test("text sits at the start of the baseline Pango draws, for each alignment and baseline")
    func positions() throws {
        let nodes = [
            Fixtures.text("Start", at: Point(x: 50, y: 40)),
            Fixtures.text("Centre", at: Point(x: 100, y: 60), align: .center, baseline: .middle),
            Fixtures.text("End", at: Point(x: 150, y: 80), align: .end, baseline: .top),
            Fixtures.text("Under", at: Point(x: 100, y: 100), baseline: .bottom),
        ]
        let texts = try svg(Scene(width: 200, height: 120, nodes: nodes.map { .text($0) })).named("text")
        for (node, element) in zip(nodes, texts) {
            let offset = node.boxOffset
            #expect(abs(number(element, "x") - (node.anchor.x + offset.x)) <= 0.001, "\(node.text)")
            #expect(abs(number(element, "y") - (node.anchor.y + offset.y + node.metrics.ascent)) <= 0.001, "\(node.text)")
            #expect(abs(number(element, "textLength") - node.metrics.width) <= 0.001, "\(node.text)")
            #expect(element.attributes["direction"] == nil)
        }
    }

    @Test("rotated text turns about its anchor")
    func rotation() throws {
        let node = Fixtures.text("axis", at: Point(x: 20, y: 80), align: .center, baseline: .middle, angle: -90)
        let text = try #require(try svg(Scene(width: 100, height: 100, nodes: [.text(node)])).named("text").first)
        #expect(text.attributes["transform"] == "rotate(-90 20 80)")
        #expect(abs(number(text, "x") - (20 - node.metrics.width / 2)) <= 0.001)
    }

    @Test("a right-to-left line starts at the right end of the box the anchor places")
    func rightToLeft() throws {
        let node = Fixtures.text("שלום עולם", at: Point(x: 150, y: 40), align: .end)
        let text = try #require(try svg(Scene(width: 200, height: 60, nodes: [.text(node)])).named("text").first)
        #expect(text.attributes["direction"] == "rtl")
        #expect(abs(number(text, "x") - 150) <= 0.001)
    }

    @Test("fonts are named by the family Pango drew with, then the fallback chain")
    func fontStacks() throws {
        let scene = Scene(width: 100, height: 40, nodes: [
            .text(Fixtures.text("a", at: Point(x: 5, y: 10), family: "No Such Font")),
            .text(Fixtures.text("b", at: Point(x: 5, y: 20), family: "serif", italic: true)),
            .text(Fixtures.text("c", at: Point(x: 5, y: 30), weight: .bold)),
        ])
        let document = try svg(scene)
        let style = try #require(document.named("style").first).text
        #expect(style.contains(".f1{font-family:'DejaVu Sans','Noto Sans CJK SC'"))
        #expect(style.contains(".f2{font-family:'DejaVu Serif','Noto Sans CJK SC'") && style.contains(",serif}"))
        #expect(document.named("text").map { $0.attributes["class"] } == ["f1", "f2", "f1"])
        #expect(document.named("text")[1].attributes["font-style"] == "italic")
        #expect(document.named("text")[2].attributes["font-weight"] == "bold")
    }

    @Test("the document is accessible: graphics-document, title, desc, labelled groups and marks")
    func accessibility() throws {
        let bar = RectNode(rect: Rect(x: 10, y: 10, width: 20, height: 30), fill: .black, role: .mark, name: "year=2010 count=5")
        let axis = GroupNode(children: [.text(TextNode(text: "Count", anchor: Point(x: 5, y: 5), font: FontDescriptor(size: 10),
                                                       metrics: Fixtures.measurer.measure("Count", font: FontDescriptor(size: 10)),
                                                       role: .axisTitle))], role: .axis)
        let scene = Scene(width: 100, height: 100, nodes: [
            .group(GroupNode(children: [.rect(bar)], role: .mark, name: "layer 0 bar")), .group(axis),
        ], metadata: SceneMetadata(title: "Counts", description: "Alt text"))
        let document = try svg(scene)
        let root = try #require(document.named("svg").first)
        #expect(root.attributes["role"] == "graphics-document")
        #expect(root.attributes["aria-label"] == "Counts")
        #expect(document.named("title").first?.text == "Counts")
        #expect(document.named("desc").first?.text == "Alt text")
        let groups = document.named("g")
        #expect(groups[0].attributes["role"] == "graphics-object")
        #expect(groups[0].attributes["aria-label"] == "layer 0 bar")
        #expect(groups[1].attributes["aria-roledescription"] == "axis")
        #expect(groups[1].attributes["aria-label"] == "Axis titled 'Count'")
        let mark = try #require(document.named("rect").last)
        #expect(mark.attributes["role"] == "graphics-symbol")
        #expect(mark.attributes["aria-label"] == "year=2010 count=5")
    }

    @Test("shapes: unfilled paths say fill none, clips get ids in order, rounded corners and opacity survive")
    func shapes() throws {
        let document = try svg(Fixtures.sampleScene())
        #expect(document.named("clipPath").map { $0.attributes["id"] } == ["clip1"])
        #expect(document.named("g").first?.attributes["clip-path"] == "url(#clip1)")
        let line = try #require(document.named("path").first)
        #expect(line.attributes["fill"] == "none")
        #expect(line.attributes["stroke-dasharray"] == "4 2")
        #expect(line.attributes["stroke-linecap"] == "round")
        #expect(line.attributes["d"]?.hasPrefix("M20 100 L80 60 C120 20 150 90 180 40") == true)
        let rects = document.named("rect")
        #expect(rects.contains { $0.attributes["rx"] == "4" && $0.attributes["stroke"] == "#000000" })
        #expect(rects.contains { $0.attributes["fill"] == "#801650" && $0.attributes["fill-opacity"] == "0.5" })
    }

    @Test("the page is the scene's size times the scale, in points, over a viewBox in scene points")
    func scale() throws {
        let root = try #require(try svg(Fixtures.sampleScene(), scale: 2).named("svg").first)
        #expect(root.attributes["width"] == "440" && root.attributes["height"] == "320")
        #expect(root.attributes["viewBox"] == "0 0 220 160")
    }

    @Test("numbers have at most three decimals and no negative zero")
    func numbers() {
        #expect(SVGNumber.format(1) == "1")
        #expect(SVGNumber.format(-0.0001) == "0")
        #expect(SVGNumber.format(12.3456) == "12.346")
        #expect(SVGNumber.format(-0.05) == "-0.05")
        #expect(SVGNumber.format(.nan) == "0")
    }
}
