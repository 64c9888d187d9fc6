import Foundation
import Testing

@Suite("chartsmith watch")
struct WatchCommandTests {
    @Test("renders, then re-renders a spec when its data changes, and only that spec")
    func rerendersOnDataChange() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        let (p, err) = try Batch.startWatch(in: dir)
        defer { if p.isRunning { p.terminate() } }
        let a = dir.appendingPathComponent("out/a.png"), c = dir.appendingPathComponent("out/nested/deeper/c.png")
        #expect(Batch.eventually { FileManager.default.fileExists(atPath: c.path) && FileManager.default.fileExists(atPath: a.path) })
        Thread.sleep(forTimeInterval: 0.5)  // let the watcher take its first snapshot
        let aStamp = Batch.modified(a), cStamp = Batch.modified(c)
        try Batch.write(Batch.seedCSV.replacingOccurrences(of: "1246", with: "1247"), "specs/nested/deeper/data/offenders-2010.csv", in: dir)
        #expect(Batch.eventually { Batch.modified(c) != cStamp }, "c.png re-rendered")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(Batch.modified(a) == aStamp, "a.png, which reads another CSV, untouched")
        p.interrupt()
        p.waitUntilExit()
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("rendered specs/nested/deeper/c.json"), "\(log)")
        #expect(p.terminationStatus == 130)
    }
}
