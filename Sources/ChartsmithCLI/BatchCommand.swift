import ArgumentParser
import Chartsmith
import ChartsmithBatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `chartsmith batch PATH... --out DIR`: many specs, every core, incremental, shardable.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render folders and globs of specs into DIR, incrementally, on every core.",
        discussion: """
            PATH is a folder (searched recursively for *.json specs), a quoted glob ('specs/**/*.json') \
            or a spec file. Outputs mirror the folders below each PATH: specs/a/b.json → DIR/a/b.png. \
            DIR also gets chartsmith-manifest.json (what was rendered from what) and index.html \
            (a contact sheet: thumbnails, links to every format, failures).

            A spec is rendered again only when it, a data or lookup file it reads, its style, the formats, \
            the scale, the size or the Chartsmith version changed since the last run into DIR; --force renders all. \
            Warnings (contrast problems) print as `chartsmith render` prints them.

            --shard I/N renders only shard I of N (1-based); every spec is in exactly one shard, \
            decided by its relative path. --shard auto/N takes I from JOB_COMPLETION_INDEX (Kubernetes \
            Indexed Job, 0-based), SLURM_ARRAY_TASK_ID (minus SLURM_ARRAY_TASK_MIN) or PARALLEL_SEQ \
            (GNU parallel); --shard auto also takes N from SLURM_ARRAY_TASK_COUNT or CHARTSMITH_SHARD_COUNT.

            Only one batch writes into DIR at a time (a lock on DIR): a second fails at \
            once, or waits with --wait-for-lock. Each spec is recorded as it finishes \
            (chartsmith-manifest.journal, compacted into the manifest at the end), so a run that is killed \
            resumes where it stopped.

            Exit status: 0 when every spec rendered or was up to date, 1 when any failed (the others \
            still render), 2 for misuse, 130 when interrupted (Ctrl-C: specs in flight finish, the \
            manifest is written, no partial files are left).
            """
    )

    @Argument(help: "Folders, globs and spec files.")
    var paths: [String]

    @OptionGroup var output: OutputOptions

    @Option(name: .shortAndLong, help: "Specs rendered at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Render one slice: I/N, auto/N or auto (see the overview).")
    var shard: String?

    @Flag(help: "Render every spec even if the manifest says it is up to date.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print only failures.")
    var quiet = false

    @Flag(help: "Print one JSON line per spec on standard output: path, outputs, status, error, milliseconds.")
    var json = false

    @Flag(help: "Do not write index.html.")
    var noContactSheet = false

    @Flag(help: "When another batch is writing into DIR, wait for it to finish (default: fail at once).")
    var waitForLock = false

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        try output.validate(limits: limitOptions)
        guard jobs >= 1, jobs <= 1024 else { throw ValidationError("--jobs must be between 1 and 1024 (got \(jobs))") }
        if let shard { _ = try parseShard(shard) }
    }

    func parseShard(_ text: String) throws -> Shard {
        do {
            return try Shard.parse(text, environment: ProcessInfo.processInfo.environment)
        } catch let e as ShardError {
            throw ValidationError(e.message)
        }
    }

    func run() throws {
        let options = BatchOptions(
            outputFolder: output.outURL, outputDisplay: output.out, formats: try output.formats(),
            scale: output.scale, jobs: jobs, force: force, style: output.style, size: try output.sizePreset(),
            dataRoot: output.dataRootURL, shard: try shard.map(parseShard), contactSheet: !noContactSheet,
            limits: try limitOptions.limits(), waitForLock: waitForLock)
        let runner: BatchRunner
        do {
            runner = try BatchRunner(options: options)
        } catch {
            throw ValidationError(TerminalOutput.validation("--style \(output.style ?? ""): \(error)"))
        }
        if !quiet { OutputOptions.printWarnings(runner.pipeline.styleWarnings.map(\.description)) }
        let interrupt = InterruptHandler { runner.cancel() }
        let console = BatchConsole(mode: quiet ? .quiet : (json ? .json : (isatty(STDERR_FILENO) == 1 ? .terminal : .plain)))
        let summary = runner.run(paths) { console.handle($0) }
        interrupt.stop()
        console.finish(summary)
        // `CHARTSMITH_STAGE_TIMES=1`: the pipeline's stages summed over every spec, beside the run's own time.
        if let times = ChartPipeline.stageTimes { TerminalOutput.error(times + String(format: " run=%.1f", summary.seconds * 1000)) }
        if summary.cancelled || runner.isCancelled { throw ExitCode(130) }
        if !summary.failed.isEmpty { throw ExitCode(1) }
    }
}
