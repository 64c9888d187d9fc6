import Chartsmith
import ChartsmithFormat
import Foundation

/// What happened to one spec in a batch.
public struct BatchResult: Sendable, Hashable {
    /// `rendered` (drawn this run), `unchanged` (up to date, not drawn) or `failed`.
    public enum Status: String, Sendable, Hashable {
        case rendered, unchanged, failed
    }

    /// The spec's path as named (or the argument that named nothing).
    public var path: String
    /// The spec's relative path (mirrored under the output folder); empty for an argument
    /// that named nothing.
    public var relativePath: String
    /// The output files, as paths starting with the `--out` folder as given.
    public var outputs: [String]
    public var status: Status
    /// The failure message (`file:line:column: message` where known).
    public var error: String?
    /// Wall time spent on this spec in this run (0 when unchanged).
    public var milliseconds: Double
    /// True when a failure was recorded by an earlier run and the spec has not changed
    /// since, so it was not tried again (`--force` tries it).
    public var cached: Bool
    /// The warnings the chart's checks raised (`specs/a.json: warning: …`), the same
    /// `chartsmith render` prints; for an unchanged spec, those its last render raised.
    public var warnings: [String]

    public init(path: String, relativePath: String, outputs: [String] = [], status: Status, error: String? = nil,
                milliseconds: Double = 0, cached: Bool = false, warnings: [String] = []) {
        self.path = path
        self.relativePath = relativePath
        self.outputs = outputs
        self.status = status
        self.error = error
        self.milliseconds = milliseconds
        self.cached = cached
        self.warnings = warnings
    }

    /// One line of JSON (no newline), keys in a fixed order:
    /// `{"path":…,"outputs":[…],"status":…,"error":…|null,"milliseconds":…,"cached":…,"warnings":[…]}`.
    /// Each warning is bounded (``Escaping/printable(_:limit:)``) and JSON-escaped.
    public var jsonLine: String {
        let outs = outputs.map { Escaping.jsonQuoted($0, style: .jsonLines) }.joined(separator: ",")
        let warns = warnings.map { Escaping.jsonQuoted(Escaping.printable($0), style: .jsonLines) }.joined(separator: ",")
        let ms = (milliseconds * 1000).rounded() / 1000
        let msText = ms == ms.rounded() ? String(Int(ms)) : String(ms)
        return "{\"path\":\(Escaping.jsonQuoted(path, style: .jsonLines)),\"outputs\":[\(outs)],\"status\":\"\(status.rawValue)\","
            + "\"error\":\(error.map { Escaping.jsonQuoted($0, style: .jsonLines) } ?? "null"),\"milliseconds\":\(msText),\"cached\":\(cached),\"warnings\":[\(warns)]}"
    }
}

/// The outcome of a whole batch.
public struct BatchSummary: Sendable {
    /// Every spec's result (and every argument that named nothing), sorted by path.
    public var results: [BatchResult]
    /// Specs discovered in all shards (this shard's are in `results`).
    public var discovered: Int
    /// Whether the run was interrupted before every spec was processed.
    public var cancelled: Bool
    /// Wall time of the whole run, in seconds.
    public var seconds: Double

    public var rendered: Int { results.filter { $0.status == .rendered }.count }
    public var unchanged: Int { results.filter { $0.status == .unchanged }.count }
    public var failed: [BatchResult] { results.filter { $0.status == .failed } }

    /// `chartsmith batch: 297 rendered, 2 unchanged, 1 failed in 4.1 s`.
    public var line: String {
        var s = "\(rendered) rendered, \(unchanged) unchanged, \(failed.count) failed"
        s += String(format: " in %.1f s", seconds)
        if cancelled { s += " (interrupted: \(discoveredRemaining) not processed)" }
        return s
    }

    var discoveredRemaining: Int { max(0, pendingAtCancel) }
    /// Specs of this shard not processed because the run was interrupted.
    public var pendingAtCancel: Int = 0
}
