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
    func wrap(_ text: String, font: FontDescriptor, maxWidth: Double, truncateWords: Bool = true) -> [String] {
        var lines: [String] = []
        let space = width(" ", font)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Measure each word once and add widths up; measure a finished line once more,
            // since kerning across words can make the whole a little wider than its parts.
            var current = ""
            var currentWidth = 0.0
            func finishLine() {
                var line = current.trimmingTrailingSpaces
                if truncateWords && width(line, font) > maxWidth {
                    line = truncate(line, font: font, maxWidth: maxWidth)
                }
                lines.append(line)
            }
            for word in words(String(paragraph)) {
                let bare = word.trimmingTrailingSpaces
                let w = width(bare, font)
                let trailing = word.count - bare.count
                if current.isEmpty || currentWidth + w <= maxWidth {
                    let candidate = current + word
                    if !current.isEmpty && width(candidate.trimmingTrailingSpaces, font) > maxWidth {
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
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
