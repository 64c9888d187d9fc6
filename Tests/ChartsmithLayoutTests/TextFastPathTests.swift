@testable import ChartsmithLayout
import ChartsmithScene
import Testing

/// The byte-level short cuts for ASCII text give what the character-level rules give.
@Suite("Text: short cuts for plain text")
struct TextFastPathTests {
    /// The character-by-character rule the short cut stands in for.
    static func referenceBreaks(_ text: String) -> [Int] {
        var out: [Int] = []
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            i = text.index(after: i)
            if (ch == " " || ch == "-" || ch == "/") && i < text.endIndex { out.append(text.utf8.distance(from: text.startIndex, to: i)) }
        }
        return out
    }

    static let samples = [
        "", " ", "a", "Copy 17 of the seed chart: most of the 1,781 offenders in 2010 were convicted",
        "2020-21 and 1/2", "ends with a space ", "  leading", "a\r\nb c", "line\r\n", "tab\there - and / slash/",
        "-", "/-/", "caf\u{E9} au lait", "e\u{301} acute", " \u{301}combining after a space", "\u{4E2D}\u{6587} text",
    ]

    @Test("line breaks of ASCII text (and of any other text) are the character rule's", arguments: samples)
    func breaks(text: String) {
        let got = FixedMeasurer.simpleLineBreaks(in: text).map { text.utf8.distance(from: text.startIndex, to: $0) }
        #expect(got == Self.referenceBreaks(text))
        // The words between them join back into the text.
        #expect(TextKit(measurer: FixedMeasurer()).words(text).joined() == text)
    }

    @Test("trailing spaces are trimmed as removing every last character that is a space", arguments: samples + ["a  ", "\u{301} ", "x \u{301}"])
    func trailingSpaces(text: String) {
        var reference = text
        while reference.last == " " { reference.removeLast() }
        #expect(text.trimmingTrailingSpaces == reference)
    }

    @Test("text without a newline wraps as one paragraph; with newlines (and CR LF) as before")
    func paragraphs() {
        let kit = TextKit(measurer: FixedMeasurer())
        #expect(kit.wrap("one two three", font: FontDescriptor(size: 10), maxWidth: 1000) == ["one two three"])
        #expect(kit.wrap("one\ntwo\n\nthree", font: FontDescriptor(size: 10), maxWidth: 1000) == ["one", "two", "", "three"])
        #expect(kit.wrap("", font: FontDescriptor(size: 10), maxWidth: 1000) == [""])
        // "\r\n" is one character, not a newline: it does not split the text (as before).
        #expect(kit.wrap("a\r\nb", font: FontDescriptor(size: 10), maxWidth: 1000) == ["a\r\nb"])
    }
}
