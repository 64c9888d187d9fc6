import Foundation

/// Word boxes read back from a rendered PDF with poppler's `pdftotext -bbox`, and the
/// same overlap rules as the project's `text_overlap.py`: each box's middle 60% band is
/// compared, and slivers under 15% of the smaller word are ignored.
struct PDFWordBoxes {
    struct Word { var x0, y0, x1, y1: Double; var text: String }

    var pageWidth = 0.0, pageHeight = 0.0
    var words: [Word] = []

    /// Whether `pdftotext` is installed (the tests that need it are skipped otherwise).
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    }

    init(pdf: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        p.arguments = ["-bbox", pdf.path, "-"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let page = try NSRegularExpression(pattern: #"<page width="([\d.]+)" height="([\d.]+)">"#)
        if let m = page.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            pageWidth = Double(text[Range(m.range(at: 1), in: text)!])!
            pageHeight = Double(text[Range(m.range(at: 2), in: text)!])!
        }
        let word = try NSRegularExpression(pattern: #"<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>"#)
        for m in word.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            func num(_ i: Int) -> Double { Double(text[Range(m.range(at: i), in: text)!])! }
            words.append(Word(x0: num(1), y0: num(2), x1: num(3), y1: num(4), text: String(text[Range(m.range(at: 5), in: text)!])))
        }
    }

    /// Words that leave the page.
    var offPage: [String] {
        words.filter { $0.x0 < -0.5 || $0.y0 < -0.5 || $0.x1 > pageWidth + 0.5 || $0.y1 > pageHeight + 0.5 }.map(\.text)
    }

    /// Pairs of words whose inked middles overlap.
    var overlaps: [(String, String)] {
        let core = words.map { w -> Word in
            let pad = (w.y1 - w.y0) * 0.2
            return Word(x0: w.x0, y0: w.y0 + pad, x1: w.x1, y1: w.y1 - pad, text: w.text)
        }
        var out: [(String, String)] = []
        for i in core.indices {
            for j in core.indices where j > i {
                let a = core[i], b = core[j]
                let ix = min(a.x1, b.x1) - max(a.x0, b.x0), iy = min(a.y1, b.y1) - max(a.y0, b.y0)
                guard ix > 0, iy > 0 else { continue }
                let area = ix * iy
                let smaller = min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0))
                if area > 1, smaller > 0, area / smaller > 0.15 { out.append((a.text, b.text)) }
            }
        }
        return out
    }
}
