import Chartsmith
import ChartsmithRender
import Foundation

/// Writes batch outputs atomically (through ``AtomicFile``), so a reader, or a run killed
/// at any moment, sees the old file or the whole new one, never part of one, and no
/// temporary file is left behind.
public enum BatchFileWriter {
    /// Writes `bytes` to `url`, creating its folder if needed; with `sync`, flushed to disk
    /// before it is named (the manifest; outputs are flushed all at once, see ``BatchJournal``).
    ///
    /// - Throws: ``BatchWriteError`` naming the file and the reason.
    public static func write<C: Collection>(_ bytes: C, to url: URL, sync: Bool = false) throws where C.Element == UInt8 {
        let contiguous = Array(bytes)
        do {
            try AtomicFile.write(contiguous, to: url, sync: sync)
        } catch RenderError.fileAccess(let path, let reason) {
            let folder = url.deletingLastPathComponent()
            guard !FileManager.default.fileExists(atPath: folder.path) else { throw BatchWriteError(path: path, reason: reason) }
            // The folder is missing: make it (only then, to spare a stat per file).
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try AtomicFile.write(contiguous, to: url, sync: sync)
            } catch RenderError.fileAccess(let path, let reason) {
                throw BatchWriteError(path: path, reason: reason)
            } catch {
                throw BatchWriteError(path: url.path, reason: "\(error.localizedDescription)")
            }
        }
    }

    /// Removes every temporary file a write in progress has named. For an exit that
    /// cannot wait for the writes to finish; safe to call from any thread.
    public static func removeTemporaryFiles() {
        AtomicFile.removeTemporaryFiles()
    }
}

/// An output that could not be written.
public struct BatchWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

