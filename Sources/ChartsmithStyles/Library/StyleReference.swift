import Foundation

/// Finds the files behind a style name or path, so that a spec's plan can list them and the
/// batch manifest can hash their bytes.
///
/// A style given as a path (relative to `folder`, with or without `.json`) is that file. A
/// bare name (`briefing`) is looked up as `Styles/<name>.json` beside `folder`, in each
/// folder above it, and in the working folder; a name with no file is a built-in style,
/// hashed by name (built-in styles change only with the Chartsmith version, which the
/// manifest also records).
public enum StyleReference {
    /// One link of a style's `extends` chain that is a file: the name or path that reached
    /// it, and the file.
    public struct Link: Sendable, Hashable {
        public var name: String
        public var file: URL

        public init(name: String, file: URL) {
            self.name = name
            self.file = file
        }
    }

    /// The style file for `nameOrPath`, if one exists.
    public static func file(for nameOrPath: String, relativeTo folder: URL?) -> URL? {
        let base = folder ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var candidates: [URL] = []
        let direct = nameOrPath.hasPrefix("/") ? URL(fileURLWithPath: nameOrPath) : base.appendingPathComponent(nameOrPath)
        candidates += [direct, direct.appendingPathExtension("json")]
        if !nameOrPath.contains("/") {
            var dir = base.standardizedFileURL
            while true {
                candidates.append(dir.appendingPathComponent("Styles").appendingPathComponent(nameOrPath + ".json"))
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
            candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                .appendingPathComponent("Styles").appendingPathComponent(nameOrPath + ".json"))
        }
        for c in candidates {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: c.path, isDirectory: &isDir), !isDir.boolValue {
                return c.standardizedFileURL
            }
        }
        return nil
    }

    /// The style file `nameOrPath` names, then each file its `extends` chain names, base
    /// last; stops at a built-in style (no file), a repeat, or 16 links.
    public static func chain(for nameOrPath: String?, relativeTo folder: URL?) -> [Link] {
        var links: [Link] = []
        var next = nameOrPath.map { ($0, folder) }
        var seen = Set<String>()
        while let (name, base) = next, seen.count < 16,
              let file = file(for: name, relativeTo: base), seen.insert(file.path).inserted {
            links.append(Link(name: name, file: file))
            next = extends(ofStyleAt: file).map { ($0, file.deletingLastPathComponent()) }
        }
        return links
    }

    /// The `extends` a style file names (top level, or inside `config`), if any.
    static func extends(ofStyleAt url: URL) -> String? {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["extends"] as? String ?? (object["config"] as? [String: Any])?["extends"] as? String
    }
}
