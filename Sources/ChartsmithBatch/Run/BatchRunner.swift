import Chartsmith
import ChartsmithFormat
import ChartsmithSpec
import Foundation

/// Renders many specs into a folder: on every core, incrementally, one shard at a time,
/// with a contact sheet.
///
/// ```swift
/// let runner = try BatchRunner(options: BatchOptions(outputFolder: out, formats: [.png, .pdf]))
/// let summary = runner.run(["specs/"]) { event in … }
/// ```
///
/// Every spec goes through the one ``ChartPipeline``, so a batch builds the charts and
/// raises the warnings that `chartsmith render` does.
///
/// A run: locks the output folder (``BatchLock``) and removes temporary files a killed run
/// left (``TemporaryFileSweep``); discovers the specs (``SpecDiscovery``); decodes each, plans what it reads
/// (``ChartPlan``) and computes its key from the plan (``BatchFingerprint``); keeps this
/// shard's; skips those the manifest shows up to date; renders the rest on
/// ``BatchOptions/jobs`` threads, each spec's failure its own, journalling each as it
/// finishes (``BatchJournal``); then writes the manifest (compacting the journal) and
/// `index.html`. Outputs mirror the specs' relative
/// paths and are written atomically. ``cancel()`` (for Ctrl-C) stops new specs from
/// starting; those in flight finish, and the manifest and sheet are still written.
public final class BatchRunner: @unchecked Sendable {
    public let options: BatchOptions
    /// The pipeline every spec renders through, its house style resolved once.
    public let pipeline: ChartPipeline
    private let cancelLock = NSLock()
    private var cancelled = false

    /// A runner; the `--style` theme is resolved now, so a bad style fails before any work.
    public init(options: BatchOptions) throws {
        self.options = options
        self.pipeline = try ChartPipeline(style: options.style, relativeTo: options.workingFolder,
                                          size: options.size, dataRoot: options.dataRoot)
    }

    /// Stops starting new specs. Safe from any thread (a signal handler's queue included).
    public func cancel() {
        cancelLock.withLock { cancelled = true }
    }

    public var isCancelled: Bool { cancelLock.withLock { cancelled } }

    /// Progress reports, delivered one at a time (never concurrently) from worker threads.
    public enum Event: Sendable {
        /// The work is known: `total` specs in this shard, `toRender` of them to draw.
        case planned(total: Int, toRender: Int)
        /// One spec is done (rendered, unchanged or failed).
        case finished(BatchResult)
    }

    /// What the planner learnt about one spec.
    struct Planned: Sendable {
        var spec: BatchSpec
        var key: String
        var inputs: [BatchManifest.Input]
        var decodeError: String?
        var dataFiles: [URL]
        /// The decoded spec, so rendering does not decode it again. Boxed: `ChartSpec` is a
        /// large value, and held inline (even as nil) it made every planned spec cost
        /// about 12 KB, which grew a 12,000-spec batch by 150 MB.
        var decoded: DecodedSpec?
    }

    /// Runs the batch over `arguments` (folders, globs, files).
    public func run(_ arguments: [String], onEvent: @escaping @Sendable (Event) -> Void = { _ in }) -> BatchSummary {
        let started = DispatchTime.now()
        let eventLock = NSLock()
        let emit: @Sendable (Event) -> Void = { e in eventLock.withLock { onEvent(e) } }
        let out = options.outputFolder

        // 0. Own the output folder for the run: no other batch interleaves, and the
        // temporary files a killed run left are ours to remove.
        let folderLock: BatchLock
        do {
            folderLock = try BatchLock.acquire(out, display: options.outputDisplay, wait: options.waitForLock)
        } catch {
            let r = BatchResult(path: options.outputDisplay, relativePath: "", status: .failed, error: "\(error)")
            emit(.planned(total: 0, toRender: 0))
            emit(.finished(r))
            return BatchSummary(results: [r], discovered: 0, cancelled: false, seconds: 0)
        }
        defer { folderLock.release() }
        TemporaryFileSweep.sweep(out)

        // 1. Discover, then learn what every spec reads (all shards agree on the set).
        let discovery = SpecDiscovery(workingFolder: options.workingFolder, excluded: [out])
        let (found, problems) = discovery.discover(arguments)
        let planned = plan(found)
        let dataFiles = Set(planned.flatMap { $0.dataFiles.map { $0.standardizedFileURL.path } })
        let all = planned.filter { !($0.spec.foundInFolder && dataFiles.contains($0.spec.url.standardizedFileURL.path)) }
        let mine = all.filter { options.shard?.contains(relativePath: $0.spec.relativePath) ?? true }

        // 2. Decide what needs drawing.
        // The manifests, with the journal of a run that was killed on top.
        var previous = BatchManifest.loadAll(in: out)
        previous.entries.merge(BatchJournal.entries(in: out)) { _, journalled in journalled }
        let journal = BatchJournal(folder: out, shard: options.shard)
        let results = Results()
        let entries = Entries()
        var claimed: [String: String] = [:]   // output stem → spec that writes it
        var work: [Planned] = []
        for p in mine {
            if let other = claimed[p.spec.outputStem] {
                let r = BatchResult(path: p.spec.displayPath, relativePath: p.spec.relativePath, status: .failed,
                                    error: "\(p.spec.displayPath): writes the same outputs as \(other) (\(p.spec.outputStem).*); rename one")
                results.add(r)
                entries.set(p.spec.relativePath, .init(spec: p.spec.displayPath, key: "", status: .failed, error: r.error, inputs: p.inputs))
                continue
            }
            claimed[p.spec.outputStem] = p.spec.displayPath
            if !options.force, let e = previous.entries[p.spec.relativePath], e.key == p.key, upToDate(e) {
                entries.set(p.spec.relativePath, e)
                results.add(BatchResult(path: p.spec.displayPath, relativePath: p.spec.relativePath,
                                        outputs: e.outputs.map(display), status: e.status == .ok ? .unchanged : .failed,
                                        error: e.error, cached: e.status == .failed, warnings: e.warnings ?? []))
            } else {
                work.append(p)
            }
        }
        for problem in problems {
            results.add(BatchResult(path: problem.components(separatedBy: ": ").first ?? problem, relativePath: "",
                                    status: .failed, error: Escaping.printable(problem)))
        }
        emit(.planned(total: mine.count + problems.count, toRender: work.count))
        for r in results.all { emit(.finished(r)) }

        // 3. Render, each spec on its own, on `jobs` threads.
        let workItems = work
        let done = Results()
        WorkerPool.run(count: workItems.count, threads: options.jobs, shouldStop: { [self] in isCancelled }) { [self] i in
            let (result, entry, sizes) = render(workItems[i])
            entries.set(workItems[i].spec.relativePath, entry)
            journal.append(workItems[i].spec.relativePath, entry, sizes: sizes)
            done.add(result)
            emit(.finished(result))
        }
        for r in done.all { results.add(r) }
        let pending = workItems.count - done.all.count

        // 4. Record: this shard's manifest (earlier entries kept for specs not reached), then the sheet.
        var manifest = BatchManifest(shard: options.shard)
        for p in mine {
            if let e = entries.get(p.spec.relativePath) ?? previous.entries[p.spec.relativePath] {
                manifest.entries[p.spec.relativePath] = e
            }
        }
        var extraFailures: [BatchResult] = []
        func failed(_ what: String, _ error: Error) {
            let r = BatchResult(path: options.outputDisplay, relativePath: "", status: .failed,
                                error: Escaping.printable("\(options.outputDisplay): cannot write \(what): \(error)"))
            extraFailures.append(r)
            emit(.finished(r))
        }
        do {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            // Every output of this run reaches the disk (one flush for all of them) before the
            // manifest that vouches for them, which is flushed itself before it is named.
            if !done.all.isEmpty { FileSystemSync.flush(out) }
            try BatchFileWriter.write(try manifest.encoded(), to: out.appendingPathComponent(BatchManifest.fileName(for: options.shard)),
                                      sync: true)
            // Compacted into the manifest: the journal is no longer needed.
            journal.remove()
        } catch {
            failed("the manifest", error)
        }
        if options.contactSheet {
            do {
                // Unsharded, this run's manifest is the whole record; a shard also shows the others'.
                var merged = manifest
                if options.shard.map({ $0.count > 1 }) ?? false {
                    merged = BatchManifest.loadAll(in: out)
                    merged.entries.merge(BatchJournal.entries(in: out)) { _, journalled in journalled }
                }
                let sheet = ContactSheet(title: "Chartsmith: \(options.outputDisplay)",
                                         charts: all.compactMap { p in merged.entries[p.spec.relativePath].map { (p.spec.relativePath, $0) } },
                                         problems: problems)
                try BatchFileWriter.write(Array(sheet.html().utf8), to: out.appendingPathComponent("index.html"))
            } catch {
                failed("the contact sheet index.html", error)
            }
        }
        var summary = BatchSummary(results: (results.all + extraFailures).sorted { ($0.relativePath, $0.path) < ($1.relativePath, $1.path) },
                                   discovered: all.count, cancelled: isCancelled && pending > 0,
                                   seconds: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9)
        summary.pendingAtCancel = pending
        return summary
    }

    /// Decodes every spec (in parallel) and computes its key. File hashes are cached for
    /// this run only, so a runner used again (by `chartsmith watch`) sees changed files.
    func plan(_ specs: [BatchSpec]) -> [Planned] {
        let fingerprint = BatchFingerprint(formats: options.formats, scale: options.scale, size: options.size)
        let slots = Slots<Planned>(count: specs.count)
        WorkerPool.run(count: specs.count, threads: options.jobs, shouldStop: { false }) { [pipeline] i in
            let spec = specs[i]
            let bytes: [UInt8]?, readError: Error?
            do { (bytes, readError) = (try spec.read(), nil) } catch { (bytes, readError) = (nil, error) }
            var plan = pipeline.plan(undecodedSpecAt: spec.url)
            var decoded: DecodedSpec?
            var decodeError: String?
            do {
                if let readError { throw readError }
                // Boxed at once and planned from the box: `ChartSpec` is large, and a copy
                // of it per spec showed in the profile.
                let d = DecodedSpec(try pipeline.decode(bytes ?? [], specAt: spec.url))
                decoded = d
                plan = pipeline.plan(for: d.spec, at: spec.url)
            } catch {
                decodeError = "\(error)"
            }
            let (key, recorded) = fingerprint.key(for: spec, specBytes: bytes, plan: plan)
            slots.set(i, Planned(spec: spec, key: key, inputs: recorded, decodeError: decodeError,
                                 dataFiles: plan.data.compactMap(\.file),
                                 // The first few hundred decoded specs are kept to spare decoding them
                                 // again; past those none is, so memory stays bounded however large the batch.
                                 decoded: i < Self.decodedSpecsKept ? decoded : nil))
        }
        return slots.values
    }

    /// How many specs (the first found) keep their decoded spec from planning to rendering:
    /// a seed chart's costs about 19 KB (measured: 300 kept add 5.7 MB of peak RSS), so at most about 10 MB.
    static let decodedSpecsKept = 512

    /// Renders one spec into every format (and a thumbnail if no PNG is asked for); returns
    /// its result, its manifest entry and the byte size of each file it wrote.
    func render(_ p: Planned) -> (BatchResult, BatchManifest.Entry, [String: Int]) {
        let t0 = DispatchTime.now()
        func ms() -> Double { Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e6 }
        let spec = p.spec
        func failure(_ message: String, cacheable: Bool) -> (BatchResult, BatchManifest.Entry, [String: Int]) {
            let message = displayed(message, spec: spec)
            // A failure to write may pass (disk full): give it no key, so the next run tries again.
            return (BatchResult(path: spec.displayPath, relativePath: spec.relativePath, status: .failed, error: message, milliseconds: ms()),
                    .init(spec: spec.displayPath, key: cacheable ? p.key : "", status: .failed, error: message,
                          inputs: p.inputs, milliseconds: ms()), [:])
        }
        if let e = p.decodeError { return failure(e, cacheable: true) }
        // Build the scene and draw every format within the limits and the time limit; write
        // only afterwards, so a spec abandoned at its time limit leaves no file.
        struct Drawn: Sendable {
            var chart: RenderedChart
            var files: [(path: String, bytes: [UInt8])]
            var thumbnail: String?
        }
        let drawn: Drawn
        do {
            drawn = try options.limits.withTimeLimit(file: spec.url.path) { [options, pipeline] in
                // Exactly what `chart(forSpecAt:)` does, minus decoding the spec a second time.
                let chart = try p.decoded.map { try pipeline.chart(for: $0.spec, baseFolder: spec.url.deletingLastPathComponent(), file: spec.url.path) }
                    ?? pipeline.chart(for: pipeline.decode(try spec.read(), specAt: spec.url),
                                      baseFolder: spec.url.deletingLastPathComponent(), file: spec.url.path)
                let scene = chart.scene
                var files: [(path: String, bytes: [UInt8])] = []
                for f in options.formats {
                    if f.isRaster {
                        try RenderLimits.current.checkRaster(width: scene.width, height: scene.height, scale: pipeline.scale(for: f, requested: options.scale), file: spec.url.path)
                    }
                    files.append((spec.outputPath(f), try pipeline.draw(scene, as: f, scale: pipeline.scale(for: f, requested: options.scale))))
                }
                var thumbnail = (zip(options.formats, files).first { $0.0.isRaster } ?? zip(options.formats, files).first { $0.0.isWebImage })?.1.path
                if thumbnail == nil && options.contactSheet {
                    // Only PDF asked for: a small PNG for the contact sheet, 1.5× its display width.
                    let rel = "thumbnails/" + spec.outputStem + ".png"
                    let scale = min(1, ContactSheet.thumbnailWidth * 1.5 / max(scene.width, 1))
                    files.append((rel, try pipeline.draw(scene, as: .png, scale: scale)))
                    thumbnail = rel
                }
                return Drawn(chart: chart, files: files, thumbnail: thumbnail)
            }
        } catch {
            return failure("\(error)", cacheable: true)
        }
        let scene = drawn.chart.scene
        let warnings = drawn.chart.warnings.map(\.description).map { displayed($0, spec: spec) }
        // The first files are the formats asked for; a thumbnail may follow.
        let outputs = drawn.files.prefix(options.formats.count).map(\.path)
        do {
            for file in drawn.files {
                try BatchFileWriter.write(file.bytes, to: options.outputFolder.appendingPathComponent(file.path))
            }
        } catch let e as BatchWriteError {
            return failure(e.description, cacheable: false)
        } catch {
            return failure("\(error)", cacheable: false)
        }
        let thumbnail = drawn.thumbnail
        let elapsed = ms()
        return (BatchResult(path: spec.displayPath, relativePath: spec.relativePath, outputs: outputs.map(display),
                            status: .rendered, milliseconds: elapsed, warnings: warnings),
                .init(spec: spec.displayPath, key: p.key, status: .ok, outputs: outputs, title: scene.metadata.title,
                      description: scene.metadata.description, thumbnail: thumbnail, inputs: p.inputs, milliseconds: elapsed,
                      warnings: warnings.isEmpty ? nil : warnings),
                Dictionary(drawn.files.map { ($0.path, $0.bytes.count) }) { a, _ in a })
    }

    /// A message naming the spec as the user did (`specs/a.json:3:5: …`), not by its
    /// absolute path.
    ///
    /// Escaped and bounded (``Escaping/printable(_:limit:)``): the message goes to the
    /// terminal, the JSON lines, the manifest and `index.html`, each escaping it again in
    /// its own way, and no byte of input reaches any of them raw.
    func displayed(_ message: String, spec: BatchSpec) -> String {
        let absolute = spec.url.standardizedFileURL.path
        let named = message.hasPrefix(absolute) ? spec.displayPath + message.dropFirst(absolute.count)
            : message.hasPrefix(spec.displayPath) ? message : "\(spec.displayPath): \(message)"
        return Escaping.printable(named)
    }

    /// Whether every file an entry names still exists.
    func upToDate(_ e: BatchManifest.Entry) -> Bool {
        guard !e.key.isEmpty else { return false }
        let files = e.outputs + (e.thumbnail.map { [$0] } ?? [])
        return files.allSatisfy { FileManager.default.fileExists(atPath: options.outputFolder.appendingPathComponent($0).path) }
    }

    /// An output path relative to the output folder, as the user would write it.
    func display(_ rel: String) -> String {
        let base = options.outputDisplay
        return base.isEmpty ? rel : (base.hasSuffix("/") ? base + rel : base + "/" + rel)
    }
}

/// A decoded spec held by reference, so a planned spec that keeps none costs one pointer.
final class DecodedSpec: Sendable {
    let spec: ChartSpec
    init(_ spec: ChartSpec) { self.spec = spec }
}

/// Thread-safe accumulators for the runner.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [BatchResult] = []
    func add(_ r: BatchResult) { lock.withLock { items.append(r) } }
    var all: [BatchResult] { lock.withLock { items } }
}

private final class Entries: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String: BatchManifest.Entry] = [:]
    func set(_ k: String, _ e: BatchManifest.Entry) { lock.withLock { items[k] = e } }
    func get(_ k: String) -> BatchManifest.Entry? { lock.withLock { items[k] } }
}

private final class Slots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.withLock { items[i] = v } }
    var values: [T] { lock.withLock { items.compactMap { $0 } } }
}
