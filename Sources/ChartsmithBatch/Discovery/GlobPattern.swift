import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A shell-style file pattern: `*`, `?` and `[...]` within one path component, and `**`
/// for any number of folders (zero included). Hidden names (starting with `.`) match only
/// a component that starts with `.` itself, as in the shell.
///
/// `specs/**/*.json` matches `specs/a.json` and `specs/x/y/b.json`.
public struct GlobPattern: Sendable, Hashable {
    /// The pattern as written.
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    /// Whether `text` has wildcard characters at all.
    public static func hasWildcards(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// The folder before the first component with a wildcard, resolved against `folder`:
    /// the root that matched files are mirrored relative to.
    public func base(relativeTo folder: URL) -> URL {
        let (prefix, _) = split()
        if text.hasPrefix("/") { return URL(fileURLWithPath: "/" + prefix.joined(separator: "/")).standardizedFileURL }
        return prefix.reduce(folder) { $0.appendingPathComponent($1) }.standardizedFileURL
    }

    /// Existing files and folders matching the pattern, sorted by path.
    public func matches(relativeTo folder: URL) -> [URL] {
        let (_, rest) = split()
        var results = Set<String>()
        expand(base(relativeTo: folder), rest[...], into: &results)
        return results.sorted().map { URL(fileURLWithPath: $0) }
    }

    /// Literal leading components, and the components from the first wildcard on.
    private func split() -> (prefix: [String], rest: [String]) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let i = parts.firstIndex(where: Self.hasWildcards) ?? parts.count
        return (Array(parts[..<i]), Array(parts[i...]))
    }

    private func expand(_ folder: URL, _ parts: ArraySlice<String>, into results: inout Set<String>) {
        guard let part = parts.first else {
            if FileManager.default.fileExists(atPath: folder.path) { results.insert(folder.path) }
            return
        }
        let rest = parts.dropFirst()
        if part == "**" {
            expand(folder, rest, into: &results)  // zero folders
            for child in Self.children(of: folder) where !child.hasPrefix(".") {
                let url = folder.appendingPathComponent(child)
                if Self.isRealFolder(url) { expand(url, parts, into: &results) }
            }
            return
        }
        if !Self.hasWildcards(part) {
            expand(folder.appendingPathComponent(part), rest, into: &results)
            return
        }
        for child in Self.children(of: folder) where Self.matches(name: child, component: part) {
            let url = folder.appendingPathComponent(child)
            if rest.isEmpty || Self.isFolder(url) { expand(url, rest, into: &results) }
        }
    }

    /// Whether one file name matches one pattern component (`fnmatch` with `FNM_PERIOD`).
    public static func matches(name: String, component: String) -> Bool {
        fnmatch(component, name, FNM_PERIOD) == 0
    }

    static func children(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    /// A folder that is not a symbolic link: what a recursive search descends into, so a
    /// link to a folder above (`loop -> ..`) or elsewhere (`etc -> /etc`) is not walked.
    static func isRealFolder(_ url: URL) -> Bool {
        var st = stat()
        return lstat(url.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// A regular file (after following links): not a folder, pipe, socket or device, so
    /// reading it cannot block.
    static func isRegularFile(_ url: URL) -> Bool {
        var st = stat()
        return stat(url.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}
