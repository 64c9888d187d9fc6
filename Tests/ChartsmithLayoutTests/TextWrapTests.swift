@testable import ChartsmithLayout
import ChartsmithRender
import ChartsmithScene
import Foundation
import Synchronization
import Testing

/// `TextKit.wrap` measures each word once and a whole line only near the limit; these tests
/// hold it to the lines of measuring every candidate line whole (the rule it replaced).
@Suite("Text wrapping")
struct TextWrapTests {
    /// The wrapping that measures every growing line whole: the reference.
    static func referenceWrap(_ kit: TextKit, _ text: String, font: FontDescriptor, maxWidth: Double,
                              truncateWords: Bool = true) -> [String] {
        var lines: [String] = []
        let space = kit.width(" ", font)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var currentWidth = 0.0
            func finishLine() {
                var line = current.trimmingTrailingSpaces
                if truncateWords && kit.width(line, font) > maxWidth { line = kit.truncate(line, font: font, maxWidth: maxWidth) }
                lines.append(line)
            }
            for word in kit.words(String(paragraph)) {
                let bare = word.trimmingTrailingSpaces
                let w = kit.width(bare, font)
                let trailing = word.count - bare.count
                if current.isEmpty || currentWidth + w <= maxWidth {
                    let candidate = current + word
                    if !current.isEmpty && kit.width(candidate.trimmingTrailingSpaces, font) > maxWidth {
                        finishLine()
                        current = word
                        currentWidth = w + Double(trailing) * space
                    } else {
                        current = candidate
                        currentWidth += w + Double(trailing) * space
                    }
                } else {
                    finishLine()
                    current = word
                    currentWidth = w + Double(trailing) * space
                }
            }
            finishLine()
        }
        return lines
    }

    /// Seeded texts: words with kerning pairs at their edges (AV, To, Ty, W., quotes), numbers,
    /// hyphens and slashes, long words, CJK runs and other scripts, several spaces.
    static func texts(count: Int) -> [String] {
        let words = ["AVAWAY", "To", "Ty", "Wa.", "\"LT\"", "f)", "Copy", "17", "of", "the", "seed", "chart:", "most",
                     "1,781", "offenders", "in", "2010", "were", "convicted", "2020-21", "1/2", "Yes,", "V.", "P.J.", "'quoted'",
                     "Taking,", "making", "distributing", "indecent", "images", "東京都の人口", "인구", "السكان", "ประชากร",
                     "Население", "Πληθυσμός", "supercalifragilisticexpialidocious", "—", "A", "y", "T.", "L'"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            (0..<(3 + next(22))).map { _ in words[next(words.count)] + (next(9) == 0 ? "  " : next(12) == 0 ? "\n" : " ") }.joined()
        }
    }

    @Test("with Pango, the lines are the reference's in every font and at every width")
    func agreesWithReference() {
        let kit = TextKit(measurer: PangoTextMeasurer.shared)
        let fonts = [FontDescriptor(size: 11), FontDescriptor(size: 16, weight: .bold), FontDescriptor(family: "DejaVu Serif", size: 13),
                     FontDescriptor(size: 9, italic: true), FontDescriptor(family: "DejaVu Sans Mono", size: 10)]
        var compared = 0
        for (i, text) in Self.texts(count: 30).enumerated() {
            let font = fonts[i % fonts.count]
            for maxWidth in stride(from: 24.0, through: 420, by: 5.5) {
                for truncate in [true, false] {
                    let reference = Self.referenceWrap(kit, text, font: font, maxWidth: maxWidth, truncateWords: truncate)
                    let lines = kit.wrap(text, font: font, maxWidth: maxWidth, truncateWords: truncate)
                    #expect(lines == reference, "\(font) at \(maxWidth): \(text)")
                    compared += 1
                }
            }
        }
        #expect(compared > 4_000)
    }

    /// Words `size / 2` per character; a line measured whole is `extra` ems wider per space
    /// between words than its parts, as positive kerning across spaces would make it.
    /// Counts its measurements.
    final class WideningMeasurer: TextMeasurer {
        let extra: Double
        let count = Mutex(0)
        init(extra: Double) { self.extra = extra }
        func measure(_ text: String, font: FontDescriptor) -> TextMetrics {
            count.withLock { $0 += 1 }
            let joins = text.split(separator: " ").count - 1
            return TextMetrics(width: (Double(text.count) * 0.5 + Double(max(0, joins)) * extra) * font.size, ascent: 0.8 * font.size,
                               descent: 0.2 * font.size)
        }
    }

    @Test("a whole line wider than its parts by up to the slack per join wraps as the reference; by more, it may not")
    func slackBoundsTheWidening() {
        let font = FontDescriptor(size: 10)
        let text = Self.texts(count: 20).joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
        /// The first width at which the two disagree, with both wrappings; nil if none.
        func disagreement(extra: Double) -> String? {
            let kit = TextKit(measurer: WideningMeasurer(extra: extra))
            for maxWidth in stride(from: 30.0, through: 500, by: 2.5) {
                let (lines, reference) = (kit.wrap(text, font: font, maxWidth: maxWidth), Self.referenceWrap(kit, text, font: font, maxWidth: maxWidth))
                if lines != reference {
                    let i = lines.indices.first { $0 >= reference.count || lines[$0] != reference[$0] } ?? reference.count - 1
                    return "at \(maxWidth), line \(i): \(lines[i...].prefix(2)) against \(reference[i...].prefix(2))"
                }
            }
            return nil
        }
        #expect(disagreement(extra: 0) == nil)
        #expect(disagreement(extra: TextKit.joinSlack) == nil)
        #expect(disagreement(extra: 3 * TextKit.joinSlack) != nil, "the check could not fail: the widening was never near a limit")
    }

    @Test("a long title is measured about once per word, not once per growing line")
    func measuresLittle() {
        let title = "Copy 17 of the seed chart: most of the 1,781 offenders in 2010 for taking, making or distributing "
            + "indecent images were convicted, and most of the offenders for possessing them were cautioned"
        let font = FontDescriptor(size: 16, weight: .bold)
        let words = TextKit(measurer: WideningMeasurer(extra: 0)).words(title).count
        for maxWidth in [300.0, 600, 760] {
            let measurer = WideningMeasurer(extra: 0), reference = WideningMeasurer(extra: 0)
            let lines = TextKit(measurer: measurer).wrap(title, font: font, maxWidth: maxWidth)
            let expected = Self.referenceWrap(TextKit(measurer: reference), title, font: font, maxWidth: maxWidth)
            #expect(lines == expected)
            let (n, m) = (measurer.count.withLock { $0 }, reference.count.withLock { $0 })
            // One per word, the space, and a few whole lines near each line's end.
            #expect(n <= words + 1 + 3 * lines.count, "\(n) measurements for \(words) words in \(lines.count) lines")
            #expect(n < m, "\(n) against the reference's \(m)")
        }
    }
}
