import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

@Suite("Font library")
struct FontLibraryTests {
    @Test("the shared library holds the DejaVu families and the Noto fallback files, nothing else")
    func pinnedFamilies() {
        let families = FontLibrary.shared.families
        #expect(families.contains("DejaVu Sans"))
        #expect(families.contains("DejaVu Serif"))
        #expect(families.contains("DejaVu Sans Mono"))
        for fallback in FallbackFont.noto where fallback.files.allSatisfy(FileManager.default.fileExists(atPath:)) {
            #expect(families.contains(fallback.family), "\(fallback.family)")
        }
        // Only the chain's files join, not the rest of their folders (Noto Serif, Noto Sans Tamil …).
        let others = families.filter { !$0.hasPrefix("DejaVu") && !$0.hasPrefix("Noto Sans CJK") && !$0.hasPrefix("Noto Sans Mono CJK") }
        #expect(Set(others).isSubset(of: FallbackFont.noto.map(\.family)), "\(others)")
        #expect(FontLibrary.shared.contains(family: "dejavu sans"))
        #expect(!FontLibrary.shared.contains(family: "Liberation Sans"))
    }

    @Test("generic families resolve inside DejaVu and unknown families fall back to DejaVu Sans")
    func fallback() {
        FontLibrary.shared.withSession { s in
            #expect(s.resolvedFamily("x", font: FontDescriptor(family: "sans-serif", size: 10)) == "DejaVu Sans")
            #expect(s.resolvedFamily("x", font: FontDescriptor(family: "serif", size: 10)) == "DejaVu Serif")
            #expect(s.resolvedFamily("x", font: FontDescriptor(family: "monospace", size: 10)) == "DejaVu Sans Mono")
            #expect(s.resolvedFamily("x", font: FontDescriptor(family: "No Such Font", size: 10)) == "DejaVu Sans")
            #expect(s.resolvedFamily("x", font: FontDescriptor(family: "No Such Font, DejaVu Serif", size: 10)) == "DejaVu Serif")
        }
        let m = PangoTextMeasurer.shared
        #expect(m.measure("Hello", font: FontDescriptor(family: "Helvetica", size: 10))
                == m.measure("Hello", font: FontDescriptor(family: "DejaVu Sans", size: 10)))
    }

    @Test("a library with extra directories adds their fonts")
    func additionalDirectories() throws {
        let library = try FontLibrary(additionalFontDirectories: [FontLibrary.defaultFontDirectory])
        #expect(library.families == FontLibrary.shared.families)
        #expect(PangoTextMeasurer(fontLibrary: library).measure("Hello", font: FontDescriptor(size: 10))
                == PangoTextMeasurer.shared.measure("Hello", font: FontDescriptor(size: 10)))
    }

    @Test("a font directory that does not exist is an error")
    func missingDirectory() {
        #expect(throws: RenderError.fontDirectory(path: "/no/such/fonts")) {
            try FontLibrary(additionalFontDirectories: ["/no/such/fonts"])
        }
        #expect(throws: RenderError.fontDirectory(path: "/no/such/fonts")) {
            try FontLibrary(fontDirectories: ["/no/such/fonts"])
        }
    }

    @Test("an empty library draws missing glyphs rather than using system fonts")
    func emptyLibrary() throws {
        let folder = try Fixtures.temporaryFolder()
        let library = try FontLibrary(fontDirectories: [folder.path])
        #expect(library.families.isEmpty)
        let missing = library.withSession { $0.unknownGlyphCount("abc", font: FontDescriptor(size: 10)) }
        #expect(missing == 3)
    }
}
