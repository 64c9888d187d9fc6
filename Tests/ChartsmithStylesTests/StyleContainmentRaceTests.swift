import ChartsmithStyles
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 18, containment without races, for style files: a spec's `"style"` file is opened
/// beneath the spec's folder from a descriptor (``ContainedFile``), so swapping a folder for
/// a link out while the style loads never reads an outside byte.
@Suite("Hostile styles: containment without races")
struct StyleContainmentRaceTests {
    /// A flag the swapping thread reads, and the swaps it made.
    final class Swapper: @unchecked Sendable {
        let lock = NSLock()
        var running = true
        var swaps = 0
        var isRunning: Bool { lock.withLock { running } }
        func stop() { lock.withLock { running = false } }
    }

    @Test("swapping a folder for a link out while loading a spec's style 3,000 times never reads the outside file")
    func swapRace() throws {
        let root = try temporaryFolder("chartsmith-style-race")
        defer { try? FileManager.default.removeItem(at: root) }
        let specs = root.appendingPathComponent("specs")
        try write(#"{"description": "OUTSIDE-MARKER"}"#, to: "outside/house.json", in: root)
        try write(#"{"description": "inside"}"#, to: "sub/house.json", in: specs)
        let sub = specs.appendingPathComponent("sub").path, real = specs.appendingPathComponent("sub.real").path
        let swapper = Swapper()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            while swapper.isRunning {
                // The attack: the folder moves away and a link to the outside takes its name.
                guard rename(sub, real) == 0 else { continue }
                symlink("../outside", sub)
                sched_yield()
                unlink(sub)
                rename(real, sub)
                sched_yield()
                swapper.lock.withLock { swapper.swaps += 1 }
            }
            done.signal()
        }
        thread.start()
        var loaded = 0, refused = 0
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
        swapper.stop()
        done.wait()
        #expect(loaded + refused == 3_000)
        #expect(loaded > 0)
        #expect(swapper.swaps > 0)
    }
}
