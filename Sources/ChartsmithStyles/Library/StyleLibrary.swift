import ChartsmithData
import ChartsmithScene
import ChartsmithRender
import ChartsmithSpec
import Foundation

/// House styles: JSON files (`Styles/*.json`, or any path) resolved into a ``Theme``.
///
/// A style file is a Vega-Lite `config` object plus the briefing additions (see
/// ``Config``), with an optional one-line `description` and `extends` (a style to build
/// on). The cascade, lowest first:
///
/// 1. the built-in defaults (``Theme/briefing``);
/// 2. the style: the spec's `"style"` key if it has one, else `--style` (or
///    ``ChartRenderer/theme``), each with its `extends` chain applied base first;
/// 3. the spec's `config`;
/// 4. properties set on the spec itself (`width`, `height`, `autosize`, `padding`,
///    `background`, mark and encoding properties).
///
/// A name (`print`) is looked up as a file first, the way ``StyleReference`` finds it
/// (`Styles/print.json` beside the spec, in any folder above it, or in the working folder),
/// and otherwise is one of the built-in styles (``builtInNames``), which are copies of the
/// repository's `Styles/*.json` compiled into Chartsmith. A path (`house/dark.json`) is read
/// relative to the spec's folder (for a spec's `"style"`) or the working folder.
public enum StyleLibrary {
    /// The style used when none is named.
    public static let defaultStyleName = "briefing"

    /// The built-in style names, in listing order.
    public static var builtInNames: [String] { BuiltInStyles.names }

    /// The theme for a style name (`"briefing"`) or a path to a style file; nil gives the
    /// built-in briefing default.
    ///
    /// - Throws: ``ChartsmithError`` naming the style file, with line:column and JSON path
    ///   for a mistake inside it.
    public static func theme(for nameOrPath: String?, relativeTo folder: URL? = nil) throws -> Theme {
        try style(nameOrPath, relativeTo: folder).theme
    }

    /// The resolved style for a name or path; nil gives the built-in briefing default.
    public static func style(_ nameOrPath: String?, relativeTo folder: URL? = nil) throws -> Style {
        guard let nameOrPath else { return try builtIn(defaultStyleName) }
        return try load(nameOrPath, relativeTo: folder, builtInOnly: false, visiting: [])
    }

    /// The resolved style a spec names with its `"style"` key, read only from inside
    /// `root` (the spec's folder, or the `--data-root` the user named) or from a `Styles/`
    /// folder that a bare name is looked up in. A path anywhere else (absolute, `..`, or a
    /// symbolic link out) is refused before the file is opened, so a spec cannot have
    /// Chartsmith read, or quote in an error, a file it should not. Files that the style
    /// `extends` are held to the same rule.
    public static func style(_ nameOrPath: String, relativeTo folder: URL, containedIn root: URL) throws -> Style {
        var roots = [root.standardizedFileURL.path]
        roots += styleFolders(relativeTo: folder).map(\.standardizedFileURL.path)
        let real = roots.compactMap(DataLoader.realPath)
        return try load(nameOrPath, relativeTo: folder, builtInOnly: false, visiting: [], containedIn: real)
    }

    /// Every style that a name can reach from `folder`: the built-in ones, then the files
    /// in `Styles/` folders found the way names are looked up, each name once (a file
    /// shadows the built-in style of its name). Styles that fail to load are listed with
    /// their error as the description.
    public static func available(relativeTo folder: URL? = nil) -> [StyleListing] {
        var names = builtInNames
        for dir in styleFolders(relativeTo: folder) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for f in files.sorted() where f.hasSuffix(".json") {
                let name = String(f.dropLast(5))
                if !names.contains(name) { names.append(name) }
            }
        }
        return names.map { name in
            do {
                let s = try style(name, relativeTo: folder)
                return StyleListing(name: name, summary: s.summary, file: s.file)
            } catch {
                return StyleListing(name: name, summary: "cannot be loaded: \(error)",
                                    file: StyleReference.file(for: name, relativeTo: folder))
            }
        }
    }

    /// The `Styles/` folders a bare name is looked up in, nearest first.
    static func styleFolders(relativeTo folder: URL?) -> [URL] {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var out: [URL] = []
        var dir = (folder ?? cwd).standardizedFileURL
        while true {
            out.append(dir.appendingPathComponent("Styles"))
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        out.append(cwd.appendingPathComponent("Styles"))
        var unique: [URL] = []
        for u in out where !unique.contains(u) {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: u.path, isDirectory: &isDir), isDir.boolValue { unique.append(u) }
        }
        return unique
    }

    // MARK: Loading

    static func builtIn(_ name: String) throws -> Style {
        try load(name, relativeTo: nil, builtInOnly: true, visiting: [])
    }

    static func load(_ nameOrPath: String, relativeTo folder: URL?, builtInOnly: Bool, visiting: [String],
                     containedIn roots: [String]? = nil) throws -> Style {
        var file = builtInOnly ? nil : StyleReference.file(for: nameOrPath, relativeTo: folder)
        if let roots {
            if let found = file {
                guard let real = DataLoader.realPath(found.path), roots.contains(where: { DataLoader.isInside(real, root: $0) }) else {
                    throw outside(nameOrPath, roots: roots)
                }
                file = URL(fileURLWithPath: real)
            } else if nameOrPath.hasPrefix("/") || nameOrPath.split(separator: "/").contains("..") {
                // A missing file outside is refused the same way, so a spec cannot probe
                // which files exist elsewhere.
                throw outside(nameOrPath, roots: roots)
            }
        }
        let identity: String
        let bytes: [UInt8]
        let shown: String
        let name: String
        if let file {
            identity = file.path
            shown = display(file)
            name = file.deletingPathExtension().lastPathComponent
            if let roots {
                bytes = try containedRead(file.path, roots: roots, nameOrPath: nameOrPath, shown: shown)
            } else {
                // --style FILE (the user's own choice): any regular file, links followed.
                do {
                    bytes = try RegularFile.read(file.path)
                } catch {
                    throw ChartsmithError(file: shown, message: "cannot read the style file: \(error.reason)")
                }
            }
        } else if let text = BuiltInStyles.files[nameOrPath] {
            identity = "built-in:" + nameOrPath
            shown = "built-in style \"\(nameOrPath)\""
            name = nameOrPath
            bytes = Array(text.utf8)
        } else {
            let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".json")
            var names = builtInNames
            for dir in styleFolders(relativeTo: folder) {
                for f in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where f.hasSuffix(".json") {
                    let n = String(f.dropLast(5))
                    if !names.contains(n) { names.append(n) }
                }
            }
            let message = looksLikePath
                ? "no style file \"\(nameOrPath)\" (looked relative to \((folder ?? URL(fileURLWithPath: ".")).path))"
                : "unknown style \"\(nameOrPath)\"; expected one of " + names.joined(separator: ", ")
                    + " or a path to a style file"
            let d = Diagnostic(message: message, location: nil, path: nil,
                               suggestion: looksLikePath ? nil : Suggest.closest(to: nameOrPath, in: names))
            throw ChartsmithError(file: "style \"\(nameOrPath)\"", message: d.description)
        }
        if visiting.contains(identity) {
            throw ChartsmithError(file: shown, message: "the style extends itself (\((visiting + [identity]).joined(separator: " → ")))")
        }
        let config: Config
        do {
            config = try ConfigDecoder.decodeStyle(bytes, file: shown)
        } catch let d as Diagnostic {
            throw ChartsmithError(file: shown, message: d.withFile(shown).description)
        }
        var base = Theme.briefing
        var chain: [String] = []
        if let ext = config.extends {
            let parent: Style
            do {
                parent = try load(ext.value, relativeTo: file?.deletingLastPathComponent(), builtInOnly: file == nil,
                                  visiting: visiting + [identity], containedIn: roots)
            } catch let e as ChartsmithError {
                let d = Diagnostic(message: "cannot load the style it extends: \(e.description)", location: ext.location, path: ext.path)
                throw ChartsmithError(file: shown, message: d.withFile(shown).description)
            }
            base = parent.theme
            chain = parent.chain
        }
        let theme: Theme
        do {
            for file in try StyleFonts.resolve(config.fonts ?? [], folder: file?.deletingLastPathComponent()) where !base.fontFiles.contains(file) {
                base.fontFiles.append(file)
            }
            theme = try base.applying(config)
        } catch let d as Diagnostic {
            throw ChartsmithError(file: shown, message: d.withFile(shown).description)
        }
        let palette = ContrastCheck.checkPalette(theme).map { Diagnostic(file: shown, message: $0, severity: .warning) }
        let warnings = ContrastCheck.checkText(theme).map { Diagnostic(file: shown, message: $0, severity: .warning) } + palette
        return Style(name: name, summary: config.description ?? "", file: file, chain: chain + [name],
                     config: config, theme: theme, warnings: warnings, paletteWarnings: palette)
    }

    /// The bytes of a spec's style file at `real` (its resolved path, inside one of `roots`),
    /// read from a descriptor opened beneath that root (``ContainedFile``): a folder swapped
    /// for a link out between the check above and this read makes the read fail, never
    /// reach outside.
    static func containedRead(_ real: String, roots: [String], nameOrPath: String, shown: String) throws -> [UInt8] {
        guard let root = roots.first(where: { DataLoader.isInside(real, root: $0) }) else { throw outside(nameOrPath, roots: roots) }
        do {
            return try ContainedFile.read(relativePath: String(real.dropFirst(root.count)), beneath: URL(fileURLWithPath: root),
                                          maxBytes: RegularFile.defaultMaxBytes)
        } catch {
            if case .outside = error { throw outside(nameOrPath, roots: roots) }
            throw ChartsmithError(file: shown, message: "cannot read the style file: \(error.reason)")
        }
    }

    /// The refusal of a style file outside the folders a spec may read.
    static func outside(_ nameOrPath: String, roots: [String]) -> ChartsmithError {
        ChartsmithError(file: "style \"\(nameOrPath)\"",
                        message: "the style file is outside the spec's folder (\(roots.first ?? "")); a spec's \"style\" must name"
                            + " a file inside it (no absolute paths elsewhere, \"..\" or links out) or a style in a Styles folder,"
                            + " or name another folder with --data-root")
    }

    /// A path as the user would write it: relative to the working folder when inside it.
    static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = url.standardizedFileURL.path
        if p.hasPrefix(cwd + "/") { return String(p.dropFirst(cwd.count + 1)) }
        return p
    }
}
