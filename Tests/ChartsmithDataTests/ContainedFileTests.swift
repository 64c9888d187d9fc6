import ChartsmithTestSupport
import Foundation
import Testing
@testable import ChartsmithData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 18, containment without races: files are opened beneath the data root from a
/// descriptor, so swapping a folder for a link while loading never reads an outside byte.
@Suite("Hostile data: containment without races")
struct ContainedFileTests {
    /// sandbox/outside/data.csv (the marker), sandbox/specs/sub/data.csv (inside).
    func sandbox() throws -> (root: URL, specs: URL) {
        let root = try temporaryFolder()
        let fm = FileManager.default
        let outside = root.appendingPathComponent("outside"), specs = root.appendingPathComponent("specs")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try fm.createDirectory(at: specs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "name\nOUTSIDE-MARKER\n".write(to: outside.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try "name\ninside\n".write(to: specs.appendingPathComponent("sub/data.csv"), atomically: true, encoding: .utf8)
        return (root, specs)
    }

    @Test("swapping a folder for a link out while loading 3,000 times never reads the outside file")
    func swapRace() throws {
        let (root, specs) = try sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        var loaded = 0, refused = 0
        let loader = DataLoader(baseFolder: specs)
        let swaps = FolderSwapRace.whileSwapping(specs.appendingPathComponent("sub"), forLinkTo: "../outside") {
            for _ in 0..<3_000 {
                do {
                    let table = try loader.load(.url("sub/data.csv", format: nil))
                    #expect(!table.rows.contains { $0["name"] == .string("OUTSIDE-MARKER") }, "read the outside file")
                    #expect(table.rows.first?["name"] == .string("inside"))
                    loaded += 1
                } catch {
                    let m = "\(error)"
                    #expect(!m.contains("OUTSIDE-MARKER"))
                    #expect(m.contains("outside the spec's folder") || m.contains("no such data file"), "\(m)")
                    refused += 1
                }
            }
        }
        #expect(loaded + refused == 3_000)
        #expect(swaps > 0)
    }

    @Test("the public reader follows links that stay inside and refuses those that lead out")
    func reader() throws {
        let (root, specs) = try sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        symlink("sub", specs.appendingPathComponent("in").path)
        symlink("../outside", specs.appendingPathComponent("out").path)
        symlink(root.appendingPathComponent("outside").path, specs.appendingPathComponent("abs-out").path)
        symlink(specs.appendingPathComponent("sub/data.csv").path, specs.appendingPathComponent("abs-in.csv").path)
        symlink("nowhere.csv", specs.appendingPathComponent("dangling.csv").path)
        let inside = Array("name\ninside\n".utf8)
        for path in ["sub/data.csv", "in/data.csv", "in/../sub/data.csv", "abs-in.csv", "./sub//data.csv"] {
            #expect(try ContainedFile.read(relativePath: path, beneath: specs) == inside, "\(path)")
        }
        for path in ["out/data.csv", "abs-out/data.csv", "../outside/data.csv", "sub/../../outside/data.csv"] {
            #expect(throws: ContainedFile.Failure.outside, "\(path)") { try ContainedFile.read(relativePath: path, beneath: specs) }
        }
        #expect(throws: ContainedFile.Failure.danglingLink) { try ContainedFile.read(relativePath: "dangling.csv", beneath: specs) }
        #expect(throws: ContainedFile.Failure.folder) { try ContainedFile.read(relativePath: "sub", beneath: specs) }
        #expect(throws: ContainedFile.Failure.tooLarge(size: 12, limit: 5)) {
            try ContainedFile.read(relativePath: "sub/data.csv", beneath: specs, maxBytes: 5)
        }
    }
}
