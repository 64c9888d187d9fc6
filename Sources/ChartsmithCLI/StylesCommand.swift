import ArgumentParser
import Chartsmith
import Foundation

/// `chartsmith styles`: lists the house styles; `chartsmith styles show NAME` prints one,
/// resolved, as a complete style file.
struct Styles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the house styles, or show one resolved.",
        discussion: """
            Styles are the built-in ones (Chartsmith's house styles and Vega's named themes; Vega's \
            "dark" is vega-dark) and the JSON files in Styles/ folders (in the working folder and the \
            folders above it). A style file is a Vega-Lite "config" object plus briefing additions, \
            with "description" and "extends". Size presets for --size are listed too.
            """,
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    /// `chartsmith styles [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the styles with a one-line description.")

        func run() throws {
            let listing = StyleLibrary.available()
            let width = listing.map(\.name.count).max() ?? 0
            for s in listing {
                let pad = String(repeating: " ", count: width - s.name.count)
                let source = s.file.map { "  [\(StylesFormatting.display($0))]" } ?? ""
                print("\(s.name)\(pad)  \(s.summary)\(source)")
            }
            print("")
            print("Sizes (--size):")
            let sizes = SizePreset.all
            let sw = sizes.compactMap { $0.name?.count }.max() ?? 0
            for p in sizes {
                let name = p.name ?? ""
                print("  \(name)\(String(repeating: " ", count: sw - name.count))  \(p.summary)")
            }
        }
    }

    /// `chartsmith styles show NAME|PATH`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a style resolved over the built-in defaults (its extends chain applied) as a complete style file.",
            discussion: """
                The style file goes to standard output. Its fonts go to standard error: the style's own font \
                files with the families in each, the family, size and weight of every text role, and the \
                families available to font properties.
                """)

        @Argument(help: "A style name or a path to a style file.")
        var style: String

        func run() throws {
            let s: Style
            do {
                s = try StyleLibrary.style(style)
            } catch {
                TerminalOutput.error("\(error)")
                throw ExitCode(1)
            }
            TerminalOutput.errors(s.warnings.map(\.description))
            print(StylePrinter.json(s.theme, description: s.summary.isEmpty ? nil : s.summary), terminator: "")
            TerminalOutput.errors(StylePrinter.fontListing(s.theme).split(separator: "\n").map(String.init))
        }
    }
}

enum StylesFormatting {
    static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = url.standardizedFileURL.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }
}
