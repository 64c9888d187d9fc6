import Chartsmith
import Foundation

/// How a batch runs.
public struct BatchOptions: Sendable {
    /// Where outputs, the manifest and `index.html` go.
    public var outputFolder: URL
    /// The output folder as the user wrote it, for the paths in messages and JSON lines.
    public var outputDisplay: String
    public var formats: [OutputFormat]
    /// PNG pixels per point (PDF and SVG pages scale likewise); nil: 1, or PNG at the
    /// ``size`` preset's density, as `chartsmith render` draws.
    public var scale: Double?
    /// Specs rendered at once; default: one per processor core.
    public var jobs: Int
    /// Re-render every spec, whatever the manifest says.
    public var force: Bool
    /// The house style for every spec (`--style`): a name or a path.
    public var style: String?
    /// A size preset (`--size`) replacing every spec's width and height, or nil.
    public var size: SizePreset?
    /// The folder data files may not leave; nil means each spec's own folder.
    public var dataRoot: URL?
    /// The slice of the work this run does; nil for all of it.
    public var shard: Shard?
    /// Where relative arguments and `--style` paths start.
    public var workingFolder: URL
    /// Whether to write `index.html`.
    public var contactSheet: Bool
    /// The safety limits each spec renders under, the per-spec time limit included.
    public var limits: RenderLimits
    /// When another run holds the output folder's lock (``BatchLock``): wait for it, or
    /// fail at once.
    public var waitForLock: Bool

    public init(outputFolder: URL, outputDisplay: String? = nil, formats: [OutputFormat] = [.png], scale: Double? = nil,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, style: String? = nil,
                size: SizePreset? = nil, dataRoot: URL? = nil, shard: Shard? = nil,
                workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                contactSheet: Bool = true, limits: RenderLimits = RenderLimits(), waitForLock: Bool = false) {
        self.outputFolder = outputFolder.standardizedFileURL
        self.outputDisplay = outputDisplay ?? outputFolder.path
        self.formats = formats
        self.scale = scale
        self.jobs = max(1, jobs)
        self.force = force
        self.style = style
        self.size = size
        self.dataRoot = dataRoot
        self.shard = shard
        self.workingFolder = workingFolder
        self.contactSheet = contactSheet
        self.limits = limits
        self.waitForLock = waitForLock
    }
}
