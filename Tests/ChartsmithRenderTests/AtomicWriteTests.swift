import ChartsmithScene
import Foundation
import Testing
@testable import ChartsmithRender

@Suite("Atomic file writing")
struct AtomicWriteTests {
    let renderer = CairoRenderer()

    func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("writing each format leaves exactly the requested files and no temporary ones")
    func noTemporaryFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        for format in OutputFormat.allCases {
            let url = folder.appendingPathComponent("chart.\(format.fileExtension)")
            try renderer.write(Fixtures.sampleScene(), as: format, to: url)
            #expect([UInt8](try Data(contentsOf: url)) == (try renderer.render(Fixtures.sampleScene(), as: format)))
        }
        #expect(try contents(of: folder) == ["chart.outlines.svg", "chart.pdf", "chart.png", "chart.svg"])
    }

    @Test("writing into a folder that does not exist fails cleanly")
    func missingFolder() throws {
        let folder = try Fixtures.temporaryFolder()
        let url = folder.appendingPathComponent("missing/chart.png")
        #expect {
            try renderer.write(Fixtures.sampleScene(), as: .png, to: url)
        } throws: { error in
            guard case RenderError.fileAccess(let path, let reason) = error else { return false }
            return path.hasSuffix("missing/chart.png") && reason.contains("No such file or directory")
        }
        #expect(try contents(of: folder).isEmpty)
    }

    @Test("a failed render leaves an existing file untouched")
    func failedRenderKeepsOldFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let url = folder.appendingPathComponent("chart.svg")
        try Data("old".utf8).write(to: url)
        #expect(throws: RenderError.self) {
            try renderer.write(Scene(width: -1, height: 10), as: .svg, to: url)
        }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try contents(of: folder) == ["chart.svg"])
    }

    @Test("a successful write replaces an existing file whole")
    func replaces() throws {
        let folder = try Fixtures.temporaryFolder()
        let url = folder.appendingPathComponent("chart.pdf")
        try Data(repeating: 0x41, count: 1_000_000).write(to: url)
        try renderer.write(Fixtures.sampleScene(), as: .pdf, to: url)
        #expect([UInt8](try Data(contentsOf: url)) == (try renderer.render(Fixtures.sampleScene(), as: .pdf)))
        #expect(try contents(of: folder) == ["chart.pdf"])
    }

    @Test("writing over a folder fails and removes the temporary file")
    func destinationIsFolder() throws {
        let folder = try Fixtures.temporaryFolder()
        let blocker = folder.appendingPathComponent("chart.png")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: blocker.appendingPathComponent("inside"), withIntermediateDirectories: false)
        #expect(throws: RenderError.self) {
            try renderer.write(Fixtures.sampleScene(), as: .png, to: blocker)
        }
        #expect(try contents(of: folder) == ["chart.png"])
    }
}
