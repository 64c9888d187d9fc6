import CChartsmithPango
import ChartsmithScene
import Testing
@testable import ChartsmithRender

/// Text that falls back to Noto (CJK, Thai …) has the line box of its own font, and breaks
/// where Unicode's line breaking allows.
@Suite("CJK text: line boxes and line breaks")
struct CJKTextTests {
    let measurer = PangoTextMeasurer.shared
    let font = FontDescriptor(family: "DejaVu Sans", size: 12)

    @Test("a line with CJK, Thai or Devanagari has the same line box as a Latin line, so stacked lines never overlap",
          arguments: ["Population 人口 twelve", "東京都", "인구", "ประชากร", "जनसंख्या", "「東京」。"])
    func sameLineBox(_ text: String) {
        let latin = measurer.measure("Hg", font: font)
        let m = measurer.measure(text, font: font)
        #expect(abs(m.ascent - latin.ascent) < 1e-9, "\(m) vs \(latin)")
        #expect(abs(m.descent - latin.descent) < 1e-9, "\(m) vs \(latin)")
        #expect(m.width > 0)
    }

    @Test("the drawn box of a CJK line sits on Pango's baseline: its top is the baseline less the font's ascent")
    func boxOnBaseline() {
        FontLibrary.shared.withSession { session in
            let layout = session.makeLayout("人口 Population", font: font)
            defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
            let e = session.extents(of: layout)
            let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
            #expect(abs(e.originY + e.metrics.ascent - baseline) < 1e-6, "\(e) baseline \(baseline)")
            // Noto CJK's ascent is taller than DejaVu's, so the box starts below the layout top.
            #expect(e.originY > 0)
        }
    }

    func pieces(_ text: String) -> [String] {
        var out: [String] = []
        var start = text.startIndex
        for b in measurer.lineBreaks(in: text) {
            out.append(String(text[start..<b]))
            start = b
        }
        out.append(String(text[start...]))
        return out
    }

    @Test("ideographs, kana and hangul may break between any two characters")
    func ideographs() {
        #expect(pieces("東京都の人口") == ["東", "京", "都", "の", "人", "口"])
        #expect(pieces("인구통계") == ["인", "구", "통", "계"])
    }

    @Test("no break before closing punctuation or after opening punctuation")
    func punctuation() {
        #expect(pieces("人口、世帯。") == ["人", "口、", "世", "帯。"])
        #expect(pieces("「東京」（都）") == ["「東", "京」", "（都）"])
    }

    @Test("Latin text breaks after spaces, hyphens and slashes, as before")
    func latin() {
        #expect(pieces("Taking, making 2020-21 a/b") == ["Taking, ", "making ", "2020-", "21 ", "a/", "b"])
        #expect(pieces("images 東京") == ["images ", "東", "京"])
        #expect(measurer.lineBreaks(in: "") == [])
        #expect(measurer.lineBreaks(in: "東") == [])
    }
}
