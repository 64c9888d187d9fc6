import Chartsmith
import ChartsmithBatch
import ChartsmithFormat
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `chartsmith batch` prints while it works.
///
/// - terminal: a live bar on standard error (count, rate, time left), redrawn at most 10
///   times a second; failures printed above it as they happen.
/// - plain (standard error is not a terminal): a progress line every 10% or 5 seconds,
///   failures as they happen, and a summary.
/// - json: one JSON line per spec on standard output; failures and the summary on standard error.
/// - quiet: failures only.
final class BatchConsole: @unchecked Sendable {
    enum Mode { case terminal, plain, json, quiet }
    let mode: Mode
    private var meter = ProgressMeter(total: 0, start: BatchConsole.now())
    private var lastDraw = 0.0
    private var lastPlainCount = 0
    private let lock = NSLock()

    init(mode: Mode) {
        self.mode = mode
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    func handle(_ event: BatchRunner.Event) {
        lock.withLock {
            switch event {
            case .planned(let total, let toRender):
                meter = ProgressMeter(total: total, start: Self.now())
                lastDraw = meter.start
                if mode == .plain || mode == .terminal {
                    err("chartsmith batch: \(total) spec\(total == 1 ? "" : "s"), \(toRender) to render\n")
                }
            case .finished(let r):
                meter.done += 1
                if r.status == .failed { meter.failed += 1 }
                if r.status == .unchanged || r.cached { meter.skipped += 1 }
                if mode == .json { out(r.jsonLine + "\n") }
                if !r.warnings.isEmpty && mode != .quiet {
                    // The warnings `chartsmith render` prints, for a spec drawn now or unchanged.
                    if mode == .terminal { err("\r\u{1B}[K") }
                    for w in r.warnings { err(Escaping.printable(w) + "\n") }
                    if mode == .terminal { drawBar(force: true) }
                }
                if r.status == .failed, let e = r.error {
                    if mode == .terminal { err("\r\u{1B}[K") }
                    err(Escaping.printable(e) + (r.cached ? " (unchanged since the last run)" : "") + "\n")
                    if mode == .terminal { drawBar(force: true) }
                }
                let now = Self.now()
                if mode == .terminal {
                    drawBar(force: meter.done == meter.total)
                } else if mode == .plain {
                    let step = max(1, meter.total / 10)
                    if meter.done == meter.total || meter.done - lastPlainCount >= step || now - lastDraw >= 5 {
                        err("chartsmith batch: " + meter.plain(now: now) + "\n")
                        lastPlainCount = meter.done
                        lastDraw = now
                    }
                }
            }
        }
    }

    private func drawBar(force: Bool) {
        let now = Self.now()
        guard force || now - lastDraw >= 0.1 else { return }
        lastDraw = now
        err("\r\u{1B}[K" + meter.bar(now: now))
    }

    func finish(_ summary: BatchSummary) {
        lock.withLock {
            if mode == .terminal { err("\r\u{1B}[K") }
            if mode != .quiet || !summary.failed.isEmpty || summary.cancelled {
                err("chartsmith batch: " + summary.line + "\n")
            }
            if summary.failed.count > 0 && mode != .quiet {
                err("Failed:\n" + summary.failed.map { "  " + Escaping.printable($0.path) }.joined(separator: "\n") + "\n")
            }
        }
    }

    private func err(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
    private func out(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
}

/// Ctrl-C during a batch: the first stops new specs from starting (those in flight finish,
/// their files are renamed into place, the manifest is written; exit 130); the second
/// removes any temporary file still being written and exits 130 at once.
final class InterruptHandler: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    private var count = 0

    init(onFirst: @escaping @Sendable () -> Void) {
        var sources: [DispatchSourceSignal] = []
        let queue = DispatchQueue(label: "chartsmith.signals")  // serial: `count` needs no lock
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let s = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            sources.append(s)
        }
        self.sources = sources
        for s in sources {
            s.setEventHandler { [unowned self] in
                count += 1
                if count == 1 {
                    FileHandle.standardError.write(Data("\nchartsmith: stopping after the specs in progress (Ctrl-C again to quit now)\n".utf8))
                    onFirst()
                } else {
                    BatchFileWriter.removeTemporaryFiles()
                    _exit(130)
                }
            }
            s.resume()
        }
    }

    func stop() {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
