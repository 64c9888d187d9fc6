import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

@Suite("PDF output")
struct PDFOutputTests {
    let renderer = CairoRenderer()

    func writeTemporary(_ bytes: [UInt8]) throws -> URL {
        let url = try Fixtures.temporaryFolder().appendingPathComponent("chart.pdf")
        try Data(bytes).write(to: url)
        return url
    }

    @Test("a PDF starts with %PDF and ends with %%EOF")
    func header() throws {
        let pdf = try renderer.render(Fixtures.sampleScene(), as: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: pdf.suffix(6), as: UTF8.self).contains("%%EOF"))
    }

    @Test("rendering the same scene twice gives identical PDF bytes, even after other scenes")
    func deterministic() throws {
        let first = try renderer.render(Fixtures.sampleScene(), as: .pdf)
        _ = try renderer.render(Fixtures.sampleScene(title: "Another", description: "Different"), as: .pdf)
        _ = try renderer.render(Fixtures.sampleScene(), as: .svg)
        let second = try renderer.render(Fixtures.sampleScene(), as: .pdf)
        #expect(first == second)
    }

    @Test("the PDF has a fixed creation date and names Chartsmith as its creator")
    func fixedDate() throws {
        let text = String(decoding: try renderer.render(Fixtures.sampleScene(), as: .pdf), as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20000101000000Z)"))
        #expect(text.contains("/ModDate (D:20000101000000Z)"))
        #expect(text.contains("/Creator (Chartsmith)"))
    }

    @Test("every cross-reference entry points at its object, and startxref at the table")
    func crossReferences() throws {
        let pdf = try renderer.render(Fixtures.sampleScene(), as: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        let tail = try #require(text.range(of: "startxref\n", options: .backwards))
        let xrefOffset = try #require(Int(text[tail.upperBound...].prefix { $0.isNumber }))
        #expect(pdf[xrefOffset...].starts(with: Array("xref\n".utf8)))
        let lines = String(decoding: pdf[xrefOffset...], as: UTF8.self).split(separator: "\n")
        let header = lines[1].split(separator: " ")
        let first = try #require(Int(header[0])), count = try #require(Int(header[1]))
        #expect(count > 5)
        for (k, line) in lines[2..<2 + count].enumerated() where line.hasSuffix("n ") || line.hasSuffix("n") {
            let offset = try #require(Int(line.prefix(10)))
            #expect(pdf[offset...].starts(with: Array("\(first + k) 0 obj".utf8)), "object \(first + k)")
        }
    }

    @Test("the page measures the scene's size in points, times the scale",
          .enabled(if: Fixtures.toolAvailable("/usr/bin/pdfinfo")))
    func pageSizeAndMetadata() throws {
        let url = try writeTemporary(try renderer.render(Fixtures.sampleScene(), as: .pdf, scale: 1.5))
        let info = try #require(Fixtures.run("/usr/bin/pdfinfo", [url.path]))
        #expect(info.contains("Page size:       330 x 240 pts"))
        #expect(info.contains("Pages:           1"))
        #expect(info.contains("Title:           Sample chart"))
        #expect(info.contains("Subject:         Three bars & a line <alt>"))
        #expect(info.contains("Creator:         Chartsmith"))
    }

    @Test("fonts are embedded as TrueType subsets, never Type 3",
          .enabled(if: Fixtures.toolAvailable("/usr/bin/pdffonts")))
    func embeddedTrueType() throws {
        let url = try writeTemporary(try renderer.render(Fixtures.sampleScene(), as: .pdf))
        let listing = try #require(Fixtures.run("/usr/bin/pdffonts", [url.path]))
        let rows = listing.split(separator: "\n").dropFirst(2)
        let names = Set(rows.compactMap { $0.split(separator: " ").first?.split(separator: "+").last.map(String.init) })
        #expect(names == ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif-Italic"])
        for row in rows {
            #expect(row.contains("TrueType"), "not TrueType: \(row)")
            #expect(!row.contains("Type 3"), "Type 3 font: \(row)")
            #expect(row.contains("DejaVu"), "not a pinned font: \(row)")
            // Columns emb, sub, uni: all yes.
            #expect(row.contains("yes yes yes"), "not embedded as a subset with ToUnicode: \(row)")
        }
    }

    @Test("text extracts from the PDF, including Greek, Cyrillic, Hebrew and Arabic",
          .enabled(if: Fixtures.toolAvailable("/usr/bin/pdftotext")))
    func extractableText() throws {
        let url = try writeTemporary(try renderer.render(Fixtures.sampleScene(), as: .pdf))
        let text = try #require(Fixtures.run("/usr/bin/pdftotext", [url.path, "-"]))
        for word in ["Hello, chart", "Source: survey", "Ελληνικά", "Кириллица", "שלום", "مرحبا", "axis"] {
            #expect(text.contains(word), "missing \(word) in \(text)")
        }
    }
}
