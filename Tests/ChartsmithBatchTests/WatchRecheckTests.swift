import Foundation
import Testing

/// Issue 18: `watch` re-checks every input on each change, those refused before included.
@Suite("chartsmith watch re-checks refused inputs")
struct WatchRecheckTests {
    @Test("a data file refused as a link out, then made a valid file, is noticed and rendered")
    func refusedThenValid() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.write(Batch.spec(title: "Linked"), "specs/a.json", in: dir)
        try Batch.write(Batch.seedCSV, "elsewhere/outside.csv", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("specs/data"), withIntermediateDirectories: true)
        let link = dir.appendingPathComponent("specs/data/offenders-2010.csv")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: dir.appendingPathComponent("elsewhere/outside.csv").path)
        let (p, err) = try Batch.startWatch(in: dir)
        defer { if p.isRunning { p.terminate() } }
        let png = dir.appendingPathComponent("out/a.png")
        let manifest = dir.appendingPathComponent("out/chartsmith-manifest.json")
        #expect(Batch.eventually { FileManager.default.fileExists(atPath: manifest.path) })
        Thread.sleep(forTimeInterval: 0.6)  // the first snapshot
        #expect(!FileManager.default.fileExists(atPath: png.path), "refused: the data is a link out")
        try FileManager.default.removeItem(at: link)
        try Batch.write(Batch.seedCSV, "specs/data/offenders-2010.csv", in: dir)
        #expect(Batch.eventually { FileManager.default.fileExists(atPath: png.path) }, "rendered once the data is a real file")
        p.interrupt()
        p.waitUntilExit()
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("rendered specs/a.json"), "\(log)")
    }
}
