import ChartsmithFormat
import Foundation

/// Writes the private fontconfig configuration of a ``FontLibrary``: the font caches, the
/// generic aliases and the fixed fallback order, all inside the library's own fonts.
///
/// A style's own font files (``FontLibrary/fontFiles``) are added one by one
/// (`FcConfigAppFontAddFile`), each with one more `<acceptfont>` glob, so a file that lies in a
/// fallback's folder is not rejected with the rest of that folder.
enum FontConfiguration {
    /// The configuration for a library of `directories`, the single font `files` and the
    /// `fallbacks` chain.
    ///
    /// The usual font caches hold only what they describe, so they cannot add fonts. A
    /// fallback's folder is read whole (through its cache, which is fast) and `<selectfont>`
    /// keeps just the fallback's files and the library's own directories. The last-resort
    /// families are DejaVu Sans, then the fallbacks in order; they are weak (as fontconfig's
    /// `append_last` makes them), so a family the library has always comes first.
    static func xml(directories: [String], files: [String] = [], fallbacks: [FallbackFont]) -> String {
        var lines = [
            #"<?xml version="1.0"?>"#,
            "<fontconfig>",
            "  <cachedir>/var/cache/fontconfig</cachedir>",
            #"  <cachedir prefix="xdg">fontconfig</cachedir>"#,
        ]
        for (generic, family) in genericFamilies {
            lines.append(#"  <alias binding="same"><family>\#(generic)</family><prefer><family>\#(family)</family></prefer></alias>"#)
        }
        let lastResort = ["DejaVu Sans"] + fallbacks.map(\.family)
        lines.append(#"  <match target="pattern">"#)
        lines.append(#"    <edit name="family" mode="append_last">"# + lastResort.map { "<string>\(Escaping.xml($0))</string>" }.joined() + "</edit>")
        lines.append("  </match>")
        let folders = self.folders(of: fallbacks)
        if !folders.isEmpty {
            lines.append("  <selectfont>")
            let accepted = fallbacks.flatMap(\.files) + files + directories.map { $0 + "/*" }
            lines.append("    <acceptfont>" + accepted.map { "<glob>\(Escaping.xml($0))</glob>" }.joined() + "</acceptfont>")
            lines.append("    <rejectfont>" + folders.map { "<glob>\(Escaping.xml($0))/*</glob>" }.joined() + "</rejectfont>")
            lines.append("  </selectfont>")
        }
        lines.append("</fontconfig>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The folders that hold the fallbacks' files, each once, in order of first mention.
    static func folders(of fallbacks: [FallbackFont]) -> [String] {
        var folders: [String] = []
        for file in fallbacks.flatMap(\.files) {
            guard let slash = file.lastIndex(of: "/") else { continue }
            let folder = String(file[..<slash])
            if !folder.isEmpty, !folders.contains(folder) { folders.append(folder) }
        }
        return folders
    }

    /// The DejaVu family a generic family (`sans-serif`, `serif`, `monospace`…) resolves to,
    /// matched without regard to case; nil for any other name.
    static func genericFamily(_ name: String) -> String? {
        genericFamilies.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    /// CSS and fontconfig generic families and the DejaVu family each resolves to.
    static let genericFamilies: [(String, String)] = [
        ("sans-serif", "DejaVu Sans"), ("sans", "DejaVu Sans"), ("system-ui", "DejaVu Sans"),
        ("serif", "DejaVu Serif"), ("monospace", "DejaVu Sans Mono"),
    ]
}
