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
            // Input may appear in the message (an argument, a style name): escaped, not bounded (usage follows).
            FileHandle.standardError.write(Data((Escaping.terminal(fullMessage(for: error)) + "\n").utf8))
            FileHandle.standardError.write(Data("Run 'chartsmith --help' for usage.\n".utf8))
            Foundation.exit(2)
        }
    }
}
