import Foundation

/// Replays fuzz inputs through a harness, for the fuzz executables built without libFuzzer.
public enum Replay {
    /// What a harness made of one input: accepted (`ok`), or refused with a clear error;
    /// `line` says which, for the replay's one line per input.
    public struct Outcome {
        public var ok: Bool
        public var line: String
        public init(ok: Bool, line: String) {
            self.ok = ok
            self.line = line
        }
    }

    /// Runs `harness` over every input named in `arguments` (files, or the files directly
    /// in folders), printing a line per input and a summary (`12 inputs: 9 rendered, 3
    /// rejected, none crashed`), with `accepted` naming what `ok` means. Exits 2 with
    /// `usage` when the arguments are empty or look like options.
    public static func main(_ arguments: [String], usage: String, accepted: String, harness: ([UInt8]) -> Outcome) {
        guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
            FileHandle.standardError.write(Data("usage: \(usage)\n".utf8))
            Foundation.exit(2)
        }
        var ok = 0, rejected = 0
        for input in inputs(arguments) {
            guard let data = FileManager.default.contents(atPath: input.path) else {
                print("\(input.path): cannot read")
                continue
            }
            let outcome = harness([UInt8](data))
            if outcome.ok { ok += 1 } else { rejected += 1 }
            print("\(input.path): \(outcome.line)")
        }
        print("\(ok + rejected) inputs: \(ok) \(accepted), \(rejected) rejected, none crashed")
    }

    /// The input files named on a replay command line: files as given, folders expanded to
    /// the regular files directly inside them, sorted by name.
    public static func inputs(_ arguments: [String]) -> [URL] {
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
