import ArgumentParser
import Chartsmith
import Foundation

/// `chartsmith render SPEC... --out DIR [--format png,pdf,svg] [--scale N] [--style NAME|PATH] [--size PRESET]`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render spec files into DIR/<spec name>.<format>.",
        discussion: """
            Each SPEC is a JSON chart spec; `name.json` and `name.vl.json` both write `name.png` etc.

            Styles cascade: built-in defaults < the style (a spec's own "style", else its \
            usermeta.embedOptions.theme, else --style, else briefing) < the spec's "config" < \
            properties set on the spec itself. Contrast problems print as warnings.

            Exit status: 0 when every spec rendered, 1 when any failed (the others still render), 2 for misuse.
            """
    )

    @Argument(help: "Spec files to render.")
    var specs: [String]

    @OptionGroup var output: OutputOptions

    @Flag(help: "Print each scene as text instead of drawing it.")
    var dumpScene = false

    @Flag(help: "Also write the chart's alternative text beside each output as <name>.txt.")
    var altText = false

    @OptionGroup var limitOptions: LimitOptions

    /// The limits in force: the defaults with every `--limit` applied.
    func limits() throws -> RenderLimits { try limitOptions.limits() }

    func validate() throws {
        try output.validate(limits: limitOptions)
    }

    func run() throws {
        try limits().apply { try renderSpecs() }
    }

    /// Renders every spec, with the limits in force.
    func renderSpecs() throws {
        defer { if let times = ChartPipeline.stageTimes { TerminalOutput.error(times) } }
        let formats = try output.formats()
        let outURL = output.outURL
        do {
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
        } catch {
            TerminalOutput.error("chartsmith: cannot create the output folder \(output.out): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let pipeline: ChartPipeline
        do {
            pipeline = try ChartPipeline(style: output.style, size: try output.sizePreset(), dataRoot: output.dataRootURL)
        } catch {
            TerminalOutput.error("\(error)")
            throw ExitCode(1)
        }
        OutputOptions.printWarnings(pipeline.styleWarnings.map(\.description))
        let renderer = ChartRenderer(pipeline: pipeline)
        var failures = 0
        for path in specs {
            let url = URL(fileURLWithPath: path)
            do {
                if dumpScene {
                    TerminalOutput.output(try RenderLimits.current.withTimeLimit(file: url.path) { try renderer.scene(forSpecAt: url).dump() })
                    continue
                }
                let (written, warnings) = try renderer.renderReporting(specAt: url, formats: formats, to: outURL, scale: output.scale)
                OutputOptions.printWarnings(warnings.map { Self.asTyped($0.description, url: url, path: path) })
                if altText, let first = written.first {
                    let scene = try RenderLimits.current.withTimeLimit(file: url.path) { try renderer.scene(forSpecAt: url) }
                    let txt = first.deletingPathExtension().appendingPathExtension("txt")
                    try Data(((scene.metadata.description ?? "") + "\n").utf8).write(to: txt, options: .atomic)
                }
            } catch let e as ChartsmithError {
                failures += 1
                TerminalOutput.error(Self.asTyped(e.description, url: url, path: path))
            } catch {
                failures += 1
                TerminalOutput.error("\(path): \(error)")
            }
        }
        if failures > 0 {
            if specs.count > 1 {
                TerminalOutput.error("chartsmith: \(failures) of \(specs.count) specs failed")
            }
            throw ExitCode(1)
        }
    }

    /// A message about the spec at `url` naming it as the user typed it (`charts/a.json`,
    /// not the absolute path a relative path resolves to).
    static func asTyped(_ message: String, url: URL, path: String) -> String {
        let absolute = url.path
        guard absolute != path else { return message }
        return message.replacingOccurrences(of: absolute + ":", with: path + ":")
    }
}
