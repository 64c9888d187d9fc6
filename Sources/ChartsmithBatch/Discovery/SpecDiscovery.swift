import Foundation

/// Finds the spec files a batch names: folders (walked recursively), globs and files.
///
/// - A folder contributes every `*.json` file below it, hidden files and folders skipped,
///   relative paths kept for mirroring. JSON whose top level is an array is data, not a
///   spec, and is skipped; so are batch manifests and anything inside the output folder.
/// - A glob (`specs/**/*.json`, quoted so the shell leaves it alone) contributes its
///   matching files, mirrored relative to the folder before its first wildcard; a matched
///   folder is walked like a folder argument.
/// - A file is taken as it is, whatever its name, and mirrored by its file name alone.
///
/// Recursive searches do not follow symbolic links to folders (a `loop -> ..` link would
/// otherwise render the same specs again and again, and a link to `/etc` would walk it), and
/// take only regular files (a named pipe would block the search) that lie inside the folder
/// searched once every link is resolved: a link to a file outside (`x.json -> /etc/passwd`),
/// or a glob reaching through a linked folder, is skipped and never read.
///
/// The result is sorted by relative path and free of duplicates (the same file reached
/// twice counts once).
public struct SpecDiscovery: Sendable {
    /// The folder relative arguments start at.
    public var workingFolder: URL
    /// Folders never searched (the output folder).
    public var excluded: [URL]

    public init(workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath), excluded: [URL] = []) {
        self.workingFolder = workingFolder.standardizedFileURL
        self.excluded = excluded.map { $0.standardizedFileURL.resolvingSymlinksInPath() }
    }

    /// The specs named by `arguments`, and a message for each argument that names nothing.
    public func discover(_ arguments: [String]) -> (specs: [BatchSpec], problems: [String]) {
        var specs: [BatchSpec] = []
        var problems: [String] = []
        var seen = Set<String>()
        func add(_ s: BatchSpec) {
            // One `realpath` call: Foundation's `resolvingSymlinksInPath` reads every
            // component's link one by one, most of discovery's time (perf, 300 specs).
            let key = Self.realPath(s.url) ?? s.url.standardizedFileURL.resolvingSymlinksInPath().path
            if seen.insert(key).inserted { specs.append(s) }
        }
        for argument in arguments {
            let url = resolve(argument)
            if GlobPattern.isFolder(url) {
                walk(url, display: argument, root: url).forEach(add)
            } else if FileManager.default.fileExists(atPath: url.path) {
                add(BatchSpec(url: url, displayPath: argument, relativePath: url.lastPathComponent))
            } else if GlobPattern.hasWildcards(argument) {
                let pattern = GlobPattern(argument)
                let root = pattern.base(relativeTo: workingFolder)
                let matches = pattern.matches(relativeTo: workingFolder)
                var found = 0
                for m in matches {
                    if GlobPattern.isRealFolder(m) {
                        let rel = Self.relative(m, to: root)
                        let display = Self.join(displayRoot(argument), rel)
                        let walked = walk(m, display: display, root: root)
                        found += walked.count
                        walked.forEach(add)
                    } else if Self.isContainedRegularFile(m, root: root), !isExcluded(m) {
                        let rel = Self.relative(m, to: root)
                        add(BatchSpec(url: m, displayPath: Self.join(displayRoot(argument), rel), relativePath: rel, root: root))
                        found += 1
                    }
                }
                if found == 0 { problems.append("\(argument): no spec file matches this pattern") }
            } else {
                problems.append("\(argument): no such file or folder")
            }
        }
        specs.sort { $0.relativePath == $1.relativePath ? $0.displayPath < $1.displayPath : $0.relativePath < $1.relativePath }
        return (specs, problems)
    }

    /// Every spec file below `folder`, relative to `root`.
    func walk(_ folder: URL, display: String, root: URL) -> [BatchSpec] {
        walk(folder, display: display, root: root, realRoot: Self.realPath(root))
    }

    /// ``walk(_:display:root:)`` with `root`'s real path resolved once for the whole walk.
    private func walk(_ folder: URL, display: String, root: URL, realRoot: String?) -> [BatchSpec] {
        if isExcluded(folder) { return [] }
        var result: [BatchSpec] = []
        for name in GlobPattern.children(of: folder) where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            if GlobPattern.isRealFolder(url) {
                result += walk(url, display: Self.join(display, name), root: root, realRoot: realRoot)
            } else if Self.isContainedRegularFile(url, realRoot: realRoot), Self.isSpecCandidate(url) {
                result.append(BatchSpec(url: url, displayPath: Self.join(display, name),
                                        relativePath: Self.relative(url, to: root), foundInFolder: true, root: root))
            }
        }
        return result
    }

    /// Whether `url` is a regular file whose real path (every link resolved) lies inside
    /// `root`'s real path.
    static func isContainedRegularFile(_ url: URL, root: URL) -> Bool {
        isContainedRegularFile(url, realRoot: realPath(root))
    }

    /// ``isContainedRegularFile(_:root:)`` for a root whose real path is known (nil: none).
    static func isContainedRegularFile(_ url: URL, realRoot: String?) -> Bool {
        guard let base = realRoot, GlobPattern.isRegularFile(url), let file = realPath(url) else { return false }
        return file.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    /// The canonical path of an existing file, every link resolved.
    static func realPath(_ url: URL) -> String? {
        guard let p = realpath(url.path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// A `.json` file that is not a manifest and does not start with `[` (a data array).
    static func isSpecCandidate(_ url: URL) -> Bool {
        let name = url.lastPathComponent.lowercased()
        guard name.hasSuffix(".json"), !BatchManifest.isManifestName(name) else { return false }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return true }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        let first = head.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        return first != UInt8(ascii: "[")
    }

    func resolve(_ argument: String) -> URL {
        (argument.hasPrefix("/") ? URL(fileURLWithPath: argument) : workingFolder.appendingPathComponent(argument))
            .standardizedFileURL
    }

    func isExcluded(_ url: URL) -> Bool {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return excluded.contains { path == $0.path || path.hasPrefix($0.path + "/") }
    }

    /// The literal part of a glob argument, as typed (`specs` for `specs/**/*.json`).
    func displayRoot(_ argument: String) -> String {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let i = parts.firstIndex(where: GlobPattern.hasWildcards) ?? parts.count
        return parts[..<i].joined(separator: "/")
    }

    static func relative(_ url: URL, to root: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = root.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
    }

    static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }
}
