import ArgumentParser
import Chartsmith
import ChartsmithBatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `chartsmith watch SPEC|DIR... --out DIR`: re-renders a spec when it, its data or its
/// style changes.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render specs, then render each again whenever it, its data or its style changes.",
        discussion: """
            Renders like `chartsmith batch` (same outputs, manifest and index.html), then polls the \
            specs, the data and lookup files they read and their style files (each spec's plan). After a change has settled, the \
            specs whose content hash changed are rendered again; a touched but unchanged file renders \
            nothing. New specs in a watched folder are picked up. Stop with Ctrl-C.
            """
    )

    @Argument(help: "Spec files, folders or globs to watch.")
    var paths: [String]

    @OptionGroup var output: OutputOptions

    @Option(help: "Seconds between checks for changes.")
    var interval: Double = 0.3

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        try output.validate(limits: limitOptions)
        guard interval >= 0.05, interval <= 60 else { throw ValidationError("--interval must be between 0.05 and 60 seconds") }
    }

    func run() throws {
        let options = BatchOptions(outputFolder: output.outURL, outputDisplay: output.out,
                                   formats: try output.formats(), scale: output.scale, style: output.style,
                                   size: try output.sizePreset(), dataRoot: output.dataRootURL,
                                   limits: try limitOptions.limits(), waitForLock: true)
        let runner: BatchRunner
        do {
            runner = try BatchRunner(options: options)
        } catch {
            throw ValidationError(TerminalOutput.validation("--style \(output.style ?? ""): \(error)"))
        }
        OutputOptions.printWarnings(runner.pipeline.styleWarnings.map(\.description))
        let stop = StopFlag()
        let interrupt = InterruptHandler {
            stop.set()
            runner.cancel()  // a pass in progress stops after the specs in flight
        }
        defer { interrupt.stop() }
        let discovery = SpecDiscovery(workingFolder: options.workingFolder, excluded: [options.outputFolder])

        func pass() {
            let summary = runner.run(paths) { event in
                guard case .finished(let r) = event else { return }
                switch r.status {
                case .rendered:
                    Self.say("rendered \(r.path) → \(r.outputs.joined(separator: ", ")) (\(Int(r.milliseconds.rounded())) ms)")
                    OutputOptions.printWarnings(r.warnings)
                case .failed where !r.cached:
                    Self.say(r.error ?? "\(r.path): failed")
                default: break
                }
            }
            if summary.rendered == 0 && summary.failed.allSatisfy(\.cached) {
                Self.say("up to date (\(summary.results.count) spec\(summary.results.count == 1 ? "" : "s"))")
            }
        }

        pass()
        var seen = WatchSignature.capture(paths, discovery: discovery, outputFolder: options.outputFolder)
        Self.say("watching \(seen.files.count) file\(seen.files.count == 1 ? "" : "s"); Ctrl-C to stop")
        while !stop.isSet {
            Thread.sleep(forTimeInterval: interval)
            let now = WatchSignature.capture(paths, discovery: discovery, outputFolder: options.outputFolder)
            guard now != seen else { continue }
            // Let a burst of saves settle before rendering.
            var settled = now
            repeat {
                Thread.sleep(forTimeInterval: interval)
                let again = WatchSignature.capture(paths, discovery: discovery, outputFolder: options.outputFolder)
                if again == settled { break }
                settled = again
            } while !stop.isSet
            if stop.isSet { break }
            Self.say("changed: " + settled.changes(since: seen).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", "))
            pass()
            seen = WatchSignature.capture(paths, discovery: discovery, outputFolder: options.outputFolder)
        }
        throw ExitCode(130)
    }

    static func say(_ s: String) {
        TerminalOutput.error(s)
    }
}

/// A flag set from the signal queue and read by the polling loop.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
