import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

/// Text in every script the fallback chain promises, drawn with real glyphs.
@Suite("Every script")
struct ScriptCoverageTests {
    /// A sample of each script, as a title or a category label might carry it.
    static let samples: [(script: String, text: String)] = [
        ("Chinese", "北京市人口统计"), ("Japanese", "東京の日本語ラベル"), ("Korean", "서울 인구 통계"),
        ("Arabic", "عدد السكان في القاهرة"), ("Hebrew", "אוכלוסיית ירושלים"), ("Devanagari", "दिल्ली की जनसंख्या"),
        ("Thai", "ประชากรกรุงเทพ"), ("Greek", "Πληθυσμός Αθήνας"), ("Cyrillic", "Население Москвы"),
        ("Latin", "Population of London, 2010"), ("Arrows", "🠃🠁🠂"),
    ]

    /// A scene whose title, labels and legend cover every sample, in regular and bold.
    static func scene() -> Scene {
        var nodes: [SceneNode] = [.text(Fixtures.text("日本語のタイトル — عنوان — शीर्षक", at: Point(x: 10, y: 24), size: 16, weight: .bold))]
        for (i, sample) in samples.enumerated() {
            let y = 50 + Double(i) * 20
            nodes.append(.text(Fixtures.text(sample.text, at: Point(x: 160, y: y), align: .end)))
            nodes.append(.text(Fixtures.text(sample.text, at: Point(x: 170, y: y), weight: .bold)))
        }
        return Scene(width: 400, height: 260, nodes: nodes, metadata: SceneMetadata(title: "Every script"))
    }

    @Test("Pango finds a glyph for every character of every text run, regular and bold")
    func noMissingGlyphs() {
        FontLibrary.shared.withSession { session in
            for text in Self.scene().texts {
                #expect(session.unknownGlyphCount(text.text, font: text.font) == 0, "\(text.text) \(text.font)")
            }
        }
    }

    @Test("each script comes from the fixed fallback chain, DejaVu first")
    func fallbackOrder() {
        let expected = ["Chinese": "Noto Sans CJK SC", "Japanese": "Noto Sans CJK SC", "Korean": "Noto Sans CJK SC",
                        "Devanagari": "Noto Sans Devanagari", "Thai": "Noto Sans Thai", "Greek": "DejaVu Sans",
                        "Cyrillic": "DejaVu Sans", "Hebrew": "DejaVu Sans", "Arabic": "DejaVu Sans", "Latin": "DejaVu Sans",
                        "Arrows": "Noto Sans Symbols2"]
        FontLibrary.shared.withSession { session in
            for sample in Self.samples {
                #expect(session.resolvedFamily(sample.text, font: FontDescriptor(size: 12)) == expected[sample.script], "\(sample.script)")
            }
        }
    }

    @Test("right-to-left labels sit where left-to-right ones would: the anchor and alignment place the box")
    func rightToLeftPlacement() throws {
        for text in ["שלום עולם", "مرحبا بالعالم", "Hello world"] {
            for align in [TextNode.Align.start, .center, .end] {
                let node = Fixtures.text(text, at: Point(x: 100, y: 30), size: 14, align: align)
                let image = try CairoRenderer().rasterize(Scene(width: 200, height: 50, nodes: [.text(node)]))
                let ink = try #require(Fixtures.inkBounds(image))
                let box = node.bounds
                #expect(Double(ink.minX) >= box.minX - 1.5 && Double(ink.maxX) <= box.maxX + 1.5, "\(text) \(align): ink \(ink) box \(box)")
                // The ink spans most of the box, so it is not shifted off to one side.
                #expect(Double(ink.maxX - ink.minX) >= node.metrics.width * 0.8, "\(text) \(align)")
            }
        }
    }

    @Test("pdftotext extracts every script's text from the PDF",
          .enabled(if: Fixtures.toolAvailable("/usr/bin/pdftotext")))
    func pdfText() throws {
        let url = try Fixtures.temporaryFolder().appendingPathComponent("scripts.pdf")
        try Data(try CairoRenderer().render(Self.scene(), as: .pdf)).write(to: url)
        let text = try #require(Fixtures.run("/usr/bin/pdftotext", [url.path, "-"]))
        let squeezed = text.filter { !$0.isWhitespace }
        for sample in Self.samples {
            // Right-to-left runs come out in logical order; compare without spaces, which
            // pdftotext places by position.
            #expect(squeezed.contains(sample.text.filter { !$0.isWhitespace }), "\(sample.script): \(text)")
        }
    }
}
