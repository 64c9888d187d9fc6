import ArgumentParser
import Chartsmith
import ChartsmithFormat
import Foundation

/// `chartsmith`: renders JSON chart specs to PNG, PDF and SVG.
@main
struct ChartsmithCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chartsmith",
        abstract: "Render JSON chart specifications (a Vega-Lite v5 subset) to PNG, PDF and SVG.",
        subcommands: [Render.self, Styles.self, Batch.self, Watch.self],
        defaultSubcommand: nil
    )

    /// Exit codes: 0 all rendered, 1 a spec failed, 2 misuse.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data(misuseText(fullMessage(for: error)).utf8))
            Foundation.exit(2)
        }
    }

    /// What misuse prints: ArgumentParser's message (input may appear in it, an argument
    /// or a style name: escaped, not bounded), which carries the usage and a pointer to
    /// `--help` for a command's own mistakes; the pointer is added only when it does not.
    static func misuseText(_ message: String) -> String {
        var text = Escaping.terminal(message).trimmingCharacters(in: .newlines) + "\n"
        if !text.contains("--help") { text += "Run 'chartsmith --help' for usage.\n" }
        return text
    }
}
