import ChartsmithTestSupport
import Foundation
import Testing

/// Runs the built `chartsmith` binary and builds spec folders for batch tests.
enum Batch {
    /// Starts `chartsmith watch specs --out out` in `dir`, polling every tenth of a second;
    /// returns the process and its standard error.
    static func startWatch(in dir: URL) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = binary
        p.arguments = ["watch", "specs", "--out", "out", "--interval", "0.1"]
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        try p.run()
        return (p, err)
    }

    /// Waits up to `seconds` for `condition` (a watcher noticing a change), checking every
    /// tenth of a second.
    static func eventually(_ seconds: Double = 20, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition()
    }

    static var binary: URL { BuiltTool.url() }

    typealias Result = BuiltTool.Result

    /// Runs `chartsmith ARGS` in `folder` with extra environment variables (and none of the
    /// shard variables a CI runner might set).
    static func run(_ args: [String], in folder: URL, environment: [String: String] = [:],
                    timeLimit: Double = 120) throws -> Result {
        var env: [String: String?] = [:]
        for k in ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN",
                  "PARALLEL_SEQ", "CHARTSMITH_SHARD_COUNT"] { env[k] = .some(nil) }
        for (k, v) in environment { env[k] = v }
        return try BuiltTool.run(binary, args, in: folder, environment: env, timeLimit: timeLimit)
    }

    static func tempDir() throws -> URL {
        try TestScratch.folder("chartsmith-batch")
    }

    /// The seed figures (shared/seed-figures.md).
    static let seedCSV = """
        year,offence,outcome,offenders
        2010,"Taking, making or distributing indecent images",Convicted,1246
        2010,"Taking, making or distributing indecent images",Cautioned,155
        2010,Possessing indecent images,Convicted,165
        2010,Possessing indecent images,Cautioned,215

        """

    /// A small stacked bar of the seed figures reading `data`.
    static func spec(title: String, data: String = "data/offenders-2010.csv", width: Int = 320, height: Int = 220) -> String {
        """
        {
          "title": \(quote(title)),
          "source": "Source: Ministry of Justice (Freedom of Information request)",
          "width": \(width), "height": \(height), "autosize": "fit",
          "data": {"url": \(quote(data))},
          "mark": "bar",
          "encoding": {
            "x": {"field": "offence", "type": "nominal", "title": null},
            "y": {"field": "offenders", "type": "quantitative", "aggregate": "sum", "title": "Offenders"},
            "color": {"field": "outcome", "type": "nominal", "legend": {"title": null}}
          }
        }

        """
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Writes `text` to `folder/path`, creating folders.
    static func write(_ text: String, _ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A pack: `specs/` with `a.json`, `b.json` at the top reading `data/offenders-2010.csv`,
    /// `nested/deeper/c.json` reading its own CSV, and the shared CSV.
    static func pack(in folder: URL) throws {
        try write(seedCSV, "specs/data/offenders-2010.csv", in: folder)
        try write(seedCSV, "specs/nested/deeper/data/offenders-2010.csv", in: folder)
        try write(spec(title: "Chart A"), "specs/a.json", in: folder)
        try write(spec(title: "Chart B"), "specs/b.json", in: folder)
        try write(spec(title: "Chart C"), "specs/nested/deeper/c.json", in: folder)
    }

    /// Files below `folder`, relative, sorted.
    static func files(in folder: URL) -> [String] {
        let e = FileManager.default.enumerator(atPath: folder.path)
        var out: [String] = []
        while let p = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(p).path, isDirectory: &isDir), !isDir.boolValue {
                out.append(p)
            }
        }
        return out.sorted()
    }

    static func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}

extension BuiltTool.Result {
    /// The `--json` lines, parsed.
    var lines: [[String: Any]] {
        stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// Paths by status from `--json` lines.
    func paths(_ status: String) -> [String] {
        lines.filter { $0["status"] as? String == status }.compactMap { $0["path"] as? String }.sorted()
    }
}

extension Batch {
    /// A bar chart whose category names come from a second file through a `lookup`.
    static let lookupSpec = """
        {
          "data": {"url": "data/main.csv"},
          "transform": [{"lookup": "code", "from": {"data": {"url": "data/names.csv"}, "key": "code", "fields": ["name"]}}],
          "mark": "bar",
          "encoding": {
            "x": {"field": "name", "type": "nominal"},
            "y": {"field": "value", "type": "quantitative"}
          }
        }

        """
    static let lookupPrimaryCSV = "code,value\na,3\nb,5\n"
    static let lookupNamesCSV = "code,name\na,Alpha\nb,Beta\n"

    /// Writes the lookup spec as `<prefix>s.json` with its two CSVs in `<prefix>data/`.
    static func lookupPack(in folder: URL, under prefix: String = "") throws {
        try write(lookupSpec, prefix + "s.json", in: folder)
        try write(lookupPrimaryCSV, prefix + "data/main.csv", in: folder)
        try write(lookupNamesCSV, prefix + "data/names.csv", in: folder)
    }
}
