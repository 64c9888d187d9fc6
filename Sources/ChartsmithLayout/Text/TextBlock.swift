import Foundation
import ChartsmithScene

/// Measures and wraps text with the renderer's measurer.
struct TextKit {
    let measurer: TextMeasurer

    func measure(_ s: String, _ font: FontDescriptor) -> TextMetrics { measurer.measure(s, font: font) }

    func width(_ s: String, _ font: FontDescriptor) -> Double { measurer.measure(s, font: font).width }

    /// The line height used for stacked lines of `font`.
    func lineHeight(_ font: FontDescriptor) -> Double { measurer.measure("Hg", font: font).height }

    /// Breaks `text` into lines no wider than `maxWidth` at the measurer's line-break
    /// opportunities (``words(_:)``); a word wider than the limit is shortened with an
    /// ellipsis when `truncateWords` is set, and otherwise stands on a line of its own.
    ///
    /// A word joins the line when the line with it, measured whole, fits. Each word is
    /// measured once (the cache keeps words across charts) and the line's width estimated
    /// as the sum of its words and spaces; the whole line is measured only when that sum
    /// comes within ``joinSlack`` per join of the limit, since only kerning and shaping
    /// across a join can make the whole differ from its parts. The lines are those of
    /// measuring every candidate line whole (`TextWrapTests` checks the two agree).
    func wrap(_ text: String, font: FontDescriptor, maxWidth: Double, truncateWords: Bool = true) -> [String] {
        var lines: [String] = []
        let space = width(" ", font)
        let slack = Self.joinSlack * max(font.size, 0)
        // (Text without a newline byte is one paragraph: no need to break it into characters.)
        let paragraphs = text.utf8.contains(0x0A) ? text.split(separator: "\n", omittingEmptySubsequences: false) : [text[...]]
        for paragraph in paragraphs {
            var current = ""
            // The sum of the line's parts (words and spaces measured apart), which decides
            // as it always has; and the estimate the slack is added to: the line's width when
            // last measured whole plus the parts since, with the joins since.
            var partsWidth = 0.0
            var estimate = 0.0
            var unmeasuredJoins = 0
            var wordsInLine = 0
            func finishLine() {
                var line = current.trimmingTrailingSpaces
                // A line of several words fits: a word joined only when the line with it was
                // measured or bounded within the limit. Only a lone word may be too wide.
                if truncateWords && wordsInLine == 1 && width(line, font) > maxWidth {
                    line = truncate(line, font: font, maxWidth: maxWidth)
                }
                lines.append(line)
            }
            func startLine(_ word: String, width w: Double, trailing: Double) {
                current = word
                partsWidth = w + trailing
                estimate = partsWidth
                unmeasuredJoins = 0
                wordsInLine = 1
            }
            for word in words(String(paragraph)) {
                let bare = word.trimmingTrailingSpaces
                let w = width(bare, font)
                let trailing = Double(word.count - bare.count) * space
                if current.isEmpty {
                    startLine(word, width: w, trailing: trailing)
                    continue
                }
                guard partsWidth + w <= maxWidth else {
                    finishLine()
                    startLine(word, width: w, trailing: trailing)
                    continue
                }
                let candidate = current + word
                if estimate + w + Double(unmeasuredJoins + 1) * slack <= maxWidth {
                    unmeasuredJoins += 1
                    estimate += w + trailing
                } else {
                    let trimmed = candidate.trimmingTrailingSpaces
                    let exact = width(trimmed, font)
                    if exact > maxWidth {
                        finishLine()
                        startLine(word, width: w, trailing: trailing)
                        continue
                    }
                    unmeasuredJoins = 0
                    // Every trailing space of the line, the line's own too when `word` is blank.
                    estimate = exact + Double(candidate.count - trimmed.count) * space
                }
                current = candidate
                partsWidth += w + trailing
                wordsInLine += 1
            }
            finishLine()
        }
        return lines
    }

    /// How much, in ems of the font, a line measured whole may be wider than the sum of its
    /// words and spaces measured apart, per join between them: far more than any kerning or
    /// shaping across a space, hyphen or ideograph adds (a kerning pair moves glyphs by a
    /// fraction of an em, and most tighten rather than widen).
    static let joinSlack = 0.5

    /// Shortens `text` with a trailing ellipsis so it fits `maxWidth` (at least one character stays).
    func truncate(_ text: String, font: FontDescriptor, maxWidth: Double) -> String {
        if width(text, font) <= maxWidth { return text }
        var chars = Array(text)
        while chars.count > 1 {
            chars.removeLast()
            let s = String(chars).trimmingTrailingSpaces + "…"
            if width(s, font) <= maxWidth { return s }
        }
        return String(chars) + "…"
    }

    /// Splits into words at the measurer's line-break opportunities (after spaces, hyphens
    /// and slashes; between ideographs, kana and hangul), each word keeping what it ends
    /// with, trailing spaces included.
    func words(_ s: String) -> [String] {
        var out: [String] = []
        var start = s.startIndex
        for b in measurer.lineBreaks(in: s) where b > start && b < s.endIndex {
            out.append(String(s[start..<b]))
            start = b
        }
        if start < s.endIndex { out.append(String(s[start...])) }
        return out
    }

    /// Makes a text node, measured.
    func node(_ text: String, at p: Point, font: FontDescriptor, color: Color, align: TextNode.Align = .start,
              baseline: TextNode.Baseline = .top, angle: Double = 0, role: Role) -> TextNode {
        TextNode(text: text, anchor: p, font: font, color: color, align: align, baseline: baseline, angle: angle,
                 metrics: measure(text, font), role: role)
    }
}

extension TextNode {
    /// This line as one line of a block set `lineHeight` apart: anchored on its baseline
    /// (the glyphs stay where they are) with its line box cut to `lineHeight` (never below
    /// the font size), so the lines of one block touch without overlapping and the
    /// collision checks see the block's own box, as Vega's line spacing does.
    func asBlockLine(lineHeight: Double) -> TextNode {
        let trim = min(metrics.height - lineHeight, metrics.height - font.size)
        guard trim > 0 else { return self }
        let down: Double
        switch baseline {
        case .top: down = metrics.ascent
        case .middle: down = metrics.ascent - metrics.height / 2
        case .alphabetic: down = 0
        case .bottom: down = -metrics.descent
        }
        let r = angle * .pi / 180
        var out = self
        out.anchor = Point(x: anchor.x - sin(r) * down, y: anchor.y + cos(r) * down)
        out.baseline = .alphabetic
        out.metrics = TextMetrics(width: metrics.width, ascent: metrics.ascent - trim / 2, descent: metrics.descent - trim / 2)
        return out
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        // A string whose last byte is not a space cannot end in a space character.
        guard utf8.last == 0x20 else { return self }
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
