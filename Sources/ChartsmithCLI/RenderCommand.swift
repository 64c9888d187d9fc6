import ArgumentParser
import Chartsmith
import Foundation

/// `chartsmith render SPEC... --out DIR [--format png,pdf,svg] [--scale N]`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render spec files into DIR/<spec name>.<format>.",
        discussion: """
            Each SPEC is a JSON chart spec; `name.json` and `name.vl.json` both write `name.png` etc.
            Exit status: 0 when every spec rendered, 1 when any failed (the others still render), 2 for misuse.
            """
    )

    @Argument(help: "Spec files to render.")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Output folder (created if missing).")
    var out: String

    @Option(name: .shortAndLong, help: "Comma-separated formats: png, pdf, svg.")
    var format: String = "png"

    @Option(help: "Pixel density for PNG (2 for high-DPI screens).")
    var scale: Double = 1

    @Option(help: "Folder that data files may not leave (default: each spec's own folder).")
    var dataRoot: String?

    @Flag(help: "Print each scene as text instead of drawing it.")
    var dumpScene = false

    @Flag(help: "Also write the chart's alternative text beside each output as <name>.txt.")
    var altText = false

    func validate() throws {
        _ = try formats()
        guard scale > 0, scale <= 16, scale.isFinite else {
            throw ValidationError("--scale must be between 0 and 16 (got \(scale))")
        }
    }

    func formats() throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for part in format.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let f = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)'; expected png, pdf or svg")
            }
            if !result.contains(f) { result.append(f) }
        }
        guard !result.isEmpty else { throw ValidationError("--format names no format") }
        return result
    }

    func run() throws {
        let formats = try formats()
        let outURL = URL(fileURLWithPath: out)
        do {
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
        } catch {
            FileHandle.standardError.write(Data("chartsmith: cannot create the output folder \(out): \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        let renderer = ChartRenderer(dataRoot: dataRoot.map { URL(fileURLWithPath: $0) })
        var failures = 0
        for path in specs {
            let url = URL(fileURLWithPath: path)
            do {
                if dumpScene {
                    print(try renderer.scene(forSpecAt: url).dump())
                    continue
                }
                let written = try renderer.render(specAt: url, formats: formats, to: outURL, scale: scale)
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
