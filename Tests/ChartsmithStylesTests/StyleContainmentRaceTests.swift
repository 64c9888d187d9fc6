import ChartsmithStyles
import ChartsmithTestSupport
import Foundation
import Testing

/// Issue 18, containment without races, for style files: a spec's `"style"` file is opened
/// beneath the spec's folder from a descriptor (``ContainedFile``), so swapping a folder for
/// a link out while the style loads never reads an outside byte.
@Suite("Hostile styles: containment without races")
struct StyleContainmentRaceTests {
    @Test("swapping a folder for a link out while loading a spec's style 3,000 times never reads the outside file")
    func swapRace() throws {
        let root = try temporaryFolder("chartsmith-style-race")
        defer { try? FileManager.default.removeItem(at: root) }
        let specs = root.appendingPathComponent("specs")
        try write(#"{"description": "OUTSIDE-MARKER"}"#, to: "outside/house.json", in: root)
        try write(#"{"description": "inside"}"#, to: "sub/house.json", in: specs)
        var loaded = 0, refused = 0
        let swaps = FolderSwapRace.whileSwapping(specs.appendingPathComponent("sub"), forLinkTo: "../outside") {
            for _ in 0..<3_000 {
                do {
                    let style = try StyleLibrary.style("sub/house.json", relativeTo: specs, containedIn: specs)
                    #expect(style.summary == "inside", "read the outside file")
                    loaded += 1
                } catch {
                    let m = "\(error)"
                    #expect(!m.contains("OUTSIDE-MARKER"))
                    #expect(m.contains("outside the spec's folder") || m.contains("no such file") || m.contains("no style file"), "\(m)")
                    refused += 1
                }
            }
        }
        #expect(loaded + refused == 3_000)
        #expect(loaded > 0)
        #expect(swaps > 0)
    }
}
