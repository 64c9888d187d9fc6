import Chartsmith
import ChartsmithBatch
import Foundation
import Testing

/// Issue 18, containment without races, for the specs a batch finds: they are read beneath
/// the folder searched (``BatchSpec/read()``), so a folder swapped for a link out after the
/// search is refused, not read; a spec named directly is the user's choice, read as `render` reads it.
@Suite("Found specs are read beneath their folder")
struct FoundSpecReadTests {
    @Test("a folder swapped for a link out after discovery: the found spec is refused, never read")
    func swappedAfterDiscovery() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write(#"{"description": "inside"}"#, "specs/sub/a.json", in: dir)
        try Batch.write(#"{"description": "OUTSIDE-MARKER"}"#, "outside/a.json", in: dir)
        for argument in ["specs", "specs/**/*.json"] {
            let (found, _) = SpecDiscovery(workingFolder: dir, excluded: []).discover([argument])
            let spec = try #require(found.first)
            #expect(spec.root != nil)
            #expect(String(decoding: try spec.read(), as: UTF8.self).contains("inside"))
            // The attack, after the search: the folder moves away and a link out takes its name.
            let sub = dir.appendingPathComponent("specs/sub"), moved = dir.appendingPathComponent("specs/sub.real")
            try FileManager.default.moveItem(at: sub, to: moved)
            try FileManager.default.createSymbolicLink(atPath: sub.path, withDestinationPath: "../outside")
            #expect(throws: ChartsmithError.self) { _ = try spec.read() }
            do { _ = try spec.read() } catch {
                #expect("\(error)".contains("outside") && !"\(error)".contains("OUTSIDE-MARKER"), "\(error)")
            }
            try FileManager.default.removeItem(at: sub)
            try FileManager.default.moveItem(at: moved, to: sub)
        }
    }

    @Test("a spec named directly may be a link the user points at, anywhere")
    func namedDirectly() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write(#"{"description": "elsewhere"}"#, "elsewhere/a.json", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("specs/link.json").path,
                                                   withDestinationPath: "../elsewhere/a.json")
        let (found, _) = SpecDiscovery(workingFolder: dir, excluded: []).discover(["specs/link.json"])
        let spec = try #require(found.first)
        #expect(spec.root == nil)
        #expect(String(decoding: try spec.read(), as: UTF8.self).contains("elsewhere"))
    }
}
