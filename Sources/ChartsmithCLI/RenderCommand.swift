import ArgumentParser
import Chartsmith
import Foundation

/// `chartsmith render SPEC... --out DIR [--format png,pdf,svg] [--scale N] [--style NAME|PATH] [--size PRESET]`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render spec files into DIR/<spec name>.<format>.",
        discussion: """
            Each SPEC is a JSON chart spec; `name.json` and `name.vl.json` both write `name.png` etc.
            Styles cascade: built-in defaults < the style (a spec's own "style", else --style, else briefing)
            < the spec's "config" < properties set on the spec itself. Contrast problems print as warnings.
            Exit status: 0 when every spec rendered, 1 when any failed (the others still render), 2 for misuse.
            """
    )

    @Argument(help: "Spec files to render.")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Output folder (created if missing).")
    var out: String

    @Option(name: .shortAndLong, help: "Comma-separated formats: png, pdf, svg.")
    var format: String = "png"

    @Option(help: "Scale for every format: PNG pixels per point (2 for high-DPI screens). Default 1, or the --size preset's PNG density.")
    var scale: Double?

    @Option(help: "House style: a name (briefing, print, slide, dark, colorblind; see `chartsmith styles`) or a style file. A spec's own \"style\" wins.")
    var style: String?

    @Option(help: "Canvas preset replacing each spec's width and height: gov-uk, a4-half, a5, slide or social.")
    var size: String?

    @Option(help: "Folder that data files may not leave (default: each spec's own folder).")
    var dataRoot: String?

    @Flag(help: "Print each scene as text instead of drawing it.")
    var dumpScene = false

    @Flag(help: "Also write the chart's alternative text beside each output as <name>.txt.")
    var altText = false

    @OptionGroup var limitOptions: LimitOptions

    /// The limits in force: the defaults with every `--limit` applied.
    func limits() throws -> RenderLimits { try limitOptions.limits() }

    func validate() throws {
        _ = try formats()
        try limitOptions.validate(scale: scale)
        _ = try sizePreset()
    }

    func sizePreset() throws -> SizePreset? {
        guard let size else { return nil }
        if let p = SizePreset.named(size) { return p }
        let names = SizePreset.all.compactMap(\.name)
        throw ValidationError("unknown --size '\(size)'; expected one of \(names.joined(separator: ", "))"
                              + (SizePreset.suggestion(for: size).map { "; did you mean '\($0)'?" } ?? ""))
    }

    func formats() throws -> [OutputFormat] { try OutputFormat.list(format) }

    func run() throws {
        try limits().apply { try renderSpecs() }
    }

    /// Renders every spec, with the limits in force.
    func renderSpecs() throws {
        let formats = try formats()
        let outURL = URL(fileURLWithPath: out)
        do {
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
        } catch {
            FileHandle.standardError.write(Data("chartsmith: cannot create the output folder \(out): \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        let houseStyle: Style
        do {
            houseStyle = try StyleLibrary.style(style)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        for w in houseStyle.warnings { FileHandle.standardError.write(Data((w.description + "\n").utf8)) }
        let renderer = ChartRenderer(theme: houseStyle.theme, size: try sizePreset(),
                                     dataRoot: dataRoot.map { URL(fileURLWithPath: $0) })
        var failures = 0
        for path in specs {
            let url = URL(fileURLWithPath: path)
            do {
                if dumpScene {
                    print(try renderer.scene(forSpecAt: url).dump())
                    continue
                }
                let (written, warnings) = try renderer.renderReporting(specAt: url, formats: formats, to: outURL, scale: scale)
                for w in warnings { FileHandle.standardError.write(Data((w.description + "\n").utf8)) }
                if altText, let first = written.first {
                    let scene = try renderer.scene(forSpecAt: url)
                    let txt = first.deletingPathExtension().appendingPathExtension("txt")
                    try Data(((scene.metadata.description ?? "") + "\n").utf8).write(to: txt, options: .atomic)
                }
            } catch let e as ChartsmithError {
                failures += 1
                FileHandle.standardError.write(Data((e.description + "\n").utf8))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
            }
        }
        if failures > 0 {
            if specs.count > 1 {
                FileHandle.standardError.write(Data("chartsmith: \(failures) of \(specs.count) specs failed\n".utf8))
            }
            throw ExitCode(1)
        }
    }
}
