import Foundation

/// The input files named on a replay command line: files as given, folders expanded to
/// the regular files directly inside them, sorted by name.
enum Replay {
    static func inputs(_ arguments: [String]) -> [URL] {
        var result: [URL] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("\(argument): no such file or folder\n".utf8))
                continue
            }
            if !isFolder.boolValue {
                result.append(URL(fileURLWithPath: argument))
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let url = URL(fileURLWithPath: argument).appendingPathComponent(name)
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &sub), !sub.boolValue { result.append(url) }
            }
        }
        return result
    }
}
