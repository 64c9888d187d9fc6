import ChartsmithData
import ChartsmithRender
import ChartsmithSpec
import Foundation

/// Finds and checks the font files a style (or a spec's `config`) lists under `fonts`, so
/// the families in them can join the pinned set (``Theme/fontFiles``).
///
/// The rule, like every other file a style or spec reads: a relative path is read from the
/// style file's folder (a spec's: the spec's folder) and may not leave it (a spec's: its data
/// root; no `..` out, no symbolic link out); an absolute
/// path is allowed only inside the system font folder (``systemFontFolder``, where Debian's
/// font packages put their files), so a style can use a free font such as Liberation
/// without copying it. An organisation's licensed fonts live beside its style file
/// (`Styles/fonts/…`). A built-in style has no folder and may name only system fonts.
public enum StyleFonts {
    /// The folder absolute font paths must be inside: Debian's font packages install here.
    public static let systemFontFolder = "/usr/share/fonts"

    /// The absolute, symbolic-link-free paths of `fonts`, in order, each once.
    ///
    /// - Parameters:
    ///   - folder: the folder relative paths start from (the style file's or the spec's);
    ///     nil for a built-in style.
    ///   - root: the folder they may not leave; `folder` when nil.
    /// - Throws: a ``Diagnostic`` at the entry for a path outside the allowed folders, a
    ///   missing file or one that is not a font.
    public static func resolve(_ fonts: [Located<String>], folder: URL?, root: URL? = nil) throws -> [String] {
        var out: [String] = []
        for font in fonts {
            let path = try resolve(font, folder: folder, root: root ?? folder)
            if !out.contains(path) { out.append(path) }
        }
        return out
    }

    static func resolve(_ font: Located<String>, folder folderURL: URL?, root rootURL: URL?) throws -> String {
        func fail(_ message: String, _ suggestion: String? = nil) -> Diagnostic {
            Diagnostic(message: message, location: font.location, path: font.path, suggestion: suggestion)
        }
        let written = font.value
        let folder = folderURL?.standardizedFileURL.path
        let lexicalRoot = written.hasPrefix("/") ? systemFontFolder : (rootURL?.standardizedFileURL.path ?? folder ?? "")
        let candidate: String
        let root: String
        if written.hasPrefix("/") {
            candidate = written
            root = DataLoader.realPath(systemFontFolder) ?? systemFontFolder
        } else if let folder {
            candidate = URL(fileURLWithPath: folder).appendingPathComponent(written).path
            root = DataLoader.realPath(lexicalRoot) ?? lexicalRoot
        } else {
            throw fail("a built-in style can name only system fonts (absolute paths inside \(systemFontFolder)/), not \"\(written)\"")
        }
        let lexical = URL(fileURLWithPath: candidate).standardizedFileURL.path
        guard DataLoader.isInside(lexical, root: lexicalRoot) else {
            throw outside(written, fail)
        }
        guard let real = DataLoader.realPath(candidate) else {
            throw fail("no font file \"\(written)\" (looked for \(lexical))",
                       written.hasPrefix("/") ? "install the font's Debian package, or put the file beside the style" : nil)
        }
        guard DataLoader.isInside(real, root: root) else { throw outside(written, fail) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: real) else {
            throw fail("\"\(written)\" is not a readable font file")
        }
        guard FontFile.families(in: real) != nil else {
            throw fail("\"\(written)\" is not a font file; expected a TrueType (.ttf), OpenType (.otf) or collection (.ttc) font")
        }
        return real
    }

    static func outside(_ written: String, _ fail: (String, String?) -> Diagnostic) -> Diagnostic {
        fail("the font file \"\(written)\" is outside the style's folder; fonts must be inside the folder of the file that lists them"
                + " (e.g. \"fonts/Brand-Regular.ttf\" beside the style file) or the system font folder \(systemFontFolder)/",
             nil)
    }
}
