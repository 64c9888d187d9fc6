import ArgumentParser
import Chartsmith
import Foundation

/// The options `render`, `batch` and `watch` share: where outputs go, in which formats, at
/// what scale and size, in which house style, and the folder data may not leave.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output folder (created if missing).")
    var out: String

    @Option(name: .shortAndLong, help: "Comma-separated formats: png, pdf, svg, svg-outlines (SVG with text as paths).")
    var format: String = "png"

    @Option(help: "House style: a name (briefing, print, slide, dark, colorblind, or one of Vega's themes; see `chartsmith styles`) or a style file. A spec's own \"style\" wins.")
    var style: String?

    @Option(help: "Canvas preset replacing each spec's width and height: gov-uk, a4-half, a5, slide or social.")
    var size: String?

    @Option(help: "Scale for every format: PNG pixels per point (2 for high-DPI screens). Default 1, or the --size preset's PNG density.")
    var scale: Double?

    @Option(help: "Folder that data files may not leave (default: each spec's own folder).")
    var dataRoot: String?

    /// Checks the formats, the size preset and the scale against the limits in force.
    func validate(limits: LimitOptions) throws {
        // An empty folder name would write into the current folder: surely a mistake
        // (an unset shell variable), so it is misuse, not a default.
        guard !out.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--out needs a folder name (got an empty one); use --out . for the current folder")
        }
        _ = try formats()
        _ = try limits.limits()  // A bad --limit is the command's misuse, shown with its usage.
        try limits.validate(scale: scale)
        _ = try sizePreset()
        try validateDataRoot()
        try validateStyle()
    }

    /// An unknown or unreadable `--style` is misuse in every command (exit 2, said once):
    /// it is loaded here, before anything is rendered, as each command then loads it again.
    func validateStyle() throws {
        guard let style else { return }
        do {
            _ = try ChartPipeline(style: style, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch let e as ChartsmithError {
            // The error names the style already (`style "x": unknown style …`); say it was --style.
            throw ValidationError(TerminalOutput.validation("--style: \(e.description)"))
        } catch {
            throw ValidationError(TerminalOutput.validation("--style \(style): \(error)"))
        }
    }

    /// A `--data-root` must name an existing folder: one that does not exist would refuse
    /// every data file later with a message about containment, far from the real mistake.
    func validateDataRoot() throws {
        guard let dataRoot else { return }
        var isFolder: ObjCBool = false
        guard !dataRoot.isEmpty, FileManager.default.fileExists(atPath: dataRoot, isDirectory: &isFolder) else {
            throw ValidationError(TerminalOutput.validation("--data-root \"\(dataRoot)\" does not exist; name the folder data files may be read from"))
        }
        guard isFolder.boolValue else {
            throw ValidationError(TerminalOutput.validation("--data-root \"\(dataRoot)\" is a file, not a folder; name the folder data files may be read from"))
        }
    }

    func formats() throws -> [OutputFormat] { try OutputFormat.list(format) }

    func sizePreset() throws -> SizePreset? {
        guard let size else { return nil }
        if let p = SizePreset.named(size) { return p }
        let names = SizePreset.all.compactMap(\.name)
        throw ValidationError("unknown --size '\(size)'; expected one of \(names.joined(separator: ", "))"
                              + (SizePreset.suggestion(for: size).map { "; did you mean '\($0)'?" } ?? ""))
    }

    var outURL: URL { URL(fileURLWithPath: out) }
    var dataRootURL: URL? { dataRoot.map { URL(fileURLWithPath: $0) } }

    /// Prints warnings on standard error, one a line, as every command does.
    static func printWarnings(_ warnings: [String]) {
        TerminalOutput.errors(warnings)
    }
}
