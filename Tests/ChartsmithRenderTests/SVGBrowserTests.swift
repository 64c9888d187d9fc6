import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

/// The SVG as a browser sees it: headless Chromium loads it inline in a page and selects
/// all; the selection's text is what a reader can copy. Skipped where Chromium is missing.
@Suite("SVG in a browser")
struct SVGBrowserTests {
    static let chromium = "/usr/bin/chromium"

    @Test("the text of the SVG is selectable in Chromium's DOM, every script included",
          .enabled(if: Fixtures.toolAvailable(chromium)), .timeLimit(.minutes(1)))
    func selectableText() throws {
        let scene = ScriptCoverageTests.scene()
        let svg = String(decoding: try CairoRenderer().render(scene, as: .svg), as: UTF8.self)
        let inline = svg.drop { $0 != "\n" }  // without the XML declaration
        let page = """
            <!doctype html><meta charset="utf-8"><body>\(inline)<pre id="selected"></pre>
            <script>
            const svg = document.querySelector('svg');
            getSelection().selectAllChildren(svg);
            document.getElementById('selected').textContent = '[' + getSelection().toString().replace(/\\s+/g, '') + ']';
            </script></body>
            """
        let url = try Fixtures.temporaryFolder().appendingPathComponent("page.html")
        try Data(page.utf8).write(to: url)
        let dom = try #require(Fixtures.run(Self.chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url.absoluteString]))
        let selected = try #require(dom.range(of: "<pre id=\"selected\">[").map { dom[$0.upperBound...].prefix { $0 != "]" } })
        for text in scene.texts {
            #expect(selected.contains(text.text.filter { !$0.isWhitespace }), "\(text.text)")
        }
    }
}
