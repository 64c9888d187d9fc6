import Foundation

/// Finds the file behind a style name or path, so the batch manifest can hash its bytes.
///
/// A style given as a path (relative to `folder`, with or without `.json`) is that file. A
/// bare name (`briefing`) is looked up as `Styles/<name>.json` beside `folder`, in each
/// folder above it, and in the working folder; a name with no file is a built-in style,
/// hashed by name (built-in styles change only with the Chartsmith version, which the
/// manifest also records).
public enum StyleReference {
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
}
