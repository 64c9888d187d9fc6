import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

@Suite("Text measurement")
struct TextMeasurementTests {
    let measurer = PangoTextMeasurer.shared
    let font = FontDescriptor(family: "DejaVu Sans", size: 10)

    @Test("\"Hello\" in DejaVu Sans 10pt is as wide as its glyph advances, 5191/2048 em")
    func helloWidthIsStable() {
        let m = measurer.measure("Hello", font: font)
        // DejaVu Sans advances in font units (2048 per em): H 1540, e 1260, l 569, l 569, o 1253.
        #expect(abs(m.width - 5191.0 / 2048 * 10) < 0.01, "\(m)")
        // hhea ascender 1901 and descender 483 font units.
        #expect(abs(m.ascent - 1901.0 / 2048 * 10) < 0.01, "\(m)")
        #expect(abs(m.descent - 483.0 / 2048 * 10) < 0.01, "\(m)")
        #expect(measurer.measure("Hello", font: font) == m)
        #expect(PangoTextMeasurer(fontLibrary: .shared).measure("Hello", font: font) == m)
    }

    @Test("a longer string measures wider")
    func longerIsWider() {
        #expect(measurer.measure("Hello, world", font: font).width > measurer.measure("Hello", font: font).width)
        #expect(measurer.measure("WWW", font: font).width > measurer.measure("iii", font: font).width)
    }

    @Test("bold measures wider than regular")
    func boldIsWider() {
        var bold = font
        bold.weight = .bold
        #expect(measurer.measure("Hello", font: bold).width > measurer.measure("Hello", font: font).width)
    }

    @Test("italic selects the oblique face")
    func italic() throws {
        var italic = font
        italic.italic = true
        let family = FontLibrary.shared.withSession { $0.resolvedFamily("Hello", font: italic) }
        #expect(family == "DejaVu Sans")
        #expect(measurer.measure("Hello", font: italic).width > 0)
    }

    @Test("metrics scale linearly with the font size, since nothing is hinted")
    func linearInSize() {
        let ten = measurer.measure("Quarterly revenue", font: font)
        let twentyFour = measurer.measure("Quarterly revenue", font: FontDescriptor(size: 24))
        #expect(abs(twentyFour.width - ten.width * 2.4) < 0.01)
        #expect(abs(twentyFour.height - ten.height * 2.4) < 0.01)
    }

    @Test("an empty string has no width but a full line height")
    func emptyString() {
        let m = measurer.measure("", font: font)
        #expect(m.width == 0)
        #expect(abs(m.height - measurer.measure("Hello", font: font).height) < 1e-9)
    }

    @Test("a line break does not start a second line")
    func singleLine() {
        let broken = measurer.measure("a\nb", font: font)
        let plain = measurer.measure("ab", font: font)
        #expect(abs(broken.height - plain.height) < 1e-9)
    }

    @Test("a size that is not positive measures zero")
    func zeroSize() {
        #expect(measurer.measure("Hello", font: FontDescriptor(size: 0)) == TextMetrics(width: 0, ascent: 0, descent: 0))
    }

    @Test("measurements from two threads at once equal the sequential ones")
    func concurrentMeasurement() {
        let words = (0..<200).map { "Label \($0) — Ελληνικά \($0 * 7)" }
        let fonts = [font, FontDescriptor(size: 13, weight: .bold), FontDescriptor(family: "DejaVu Serif", size: 9, italic: true)]
        let expected = fonts.map { f in words.map { PangoTextMeasurer().measure($0, font: f) } }
        let results = Locked<[[[TextMetrics]]]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let fresh = PangoTextMeasurer() // its own cache, so every call reaches Pango
            let r = fonts.map { f in words.map { fresh.measure($0, font: f) } }
            results.withLock { $0.append(r) }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 2)
        for r in all { #expect(r == expected) }
    }

    @Test("Greek, Cyrillic, Hebrew and Arabic all have glyphs in the pinned fonts")
    func unicodeCoverage() {
        FontLibrary.shared.withSession { session in
            for text in ["Ελληνικά", "Кириллица", "שלום", "مرحبا", "Grüße, naïve café"] {
                #expect(session.unknownGlyphCount(text, font: font) == 0, "missing glyphs in \(text)")
                #expect(session.resolvedFamily(text, font: font) == "DejaVu Sans")
            }
            // Han characters come from the pinned Noto CJK collection; a script outside the
            // library (Tamil, which Noto has but the chain leaves out) is reported missing,
            // not taken from the system's fonts.
            #expect(session.unknownGlyphCount("中文", font: font) == 0)
            #expect(session.resolvedFamily("中文", font: font) == "Noto Sans CJK SC")
            #expect(session.unknownGlyphCount("தமிழ்", font: font) > 0)
        }
    }

    @Test("Hebrew and Arabic are laid out right to left")
    func rightToLeft() {
        FontLibrary.shared.withSession { session in
            for text in ["שלום", "مرحبا"] {
                let width = session.measure(text, font: font).width
                #expect(session.caretX(atUTF8Offset: 0, in: text, font: font) > width / 2,
                        "the first character of \(text) should be on the right")
            }
            #expect(session.caretX(atUTF8Offset: 0, in: "Hello", font: font) == 0)
        }
    }
}
