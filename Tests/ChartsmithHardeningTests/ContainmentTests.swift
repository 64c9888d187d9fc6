import ChartsmithData
import ChartsmithSpec
import Foundation
import Testing

/// Tries to read data from outside the spec's folder every way we can think of.
///
/// The layout of each test's sandbox:
///
///     sandbox/
///       secret.csv              outside the spec folder: must never be read
///       specs/                  the spec folder (the data root)
///         data.csv, sub/inner.csv
///         link-out.csv  -> ../secret.csv
///         dir-out       -> ..              (a folder link leading out)
///         link-in.csv   -> data.csv        (a link that stays inside: allowed)
@Suite("Containment: a spec reads data only from inside its folder")
struct ContainmentTests {
    struct Sandbox {
        let root: URL
        var specs: URL { root.appendingPathComponent("specs") }
        var loader: DataLoader { DataLoader(baseFolder: specs) }

        init() throws {
            root = try Tool.temporaryFolder("containment")
            try root.write("secret.csv", "name,value\nSECRET,42\n")
            try specs.write("data.csv", "name,value\ninside,1\n")
            try specs.write("sub/inner.csv", "name,value\ninner,2\n")
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: specs.appendingPathComponent("link-out.csv").path, withDestinationPath: "../secret.csv")
            try fm.createSymbolicLink(atPath: specs.appendingPathComponent("dir-out").path, withDestinationPath: "..")
            try fm.createSymbolicLink(atPath: specs.appendingPathComponent("link-in.csv").path, withDestinationPath: "data.csv")
        }

        /// The error loading `url` gives, or nil if it loaded.
        func refusal(_ url: String, loader: DataLoader? = nil, secretAllowed: Bool = false) -> String? {
            do {
                let table = try (loader ?? self.loader).load(.url(url, format: nil))
                #expect(secretAllowed || !table.rows.contains { $0["name"] == .string("SECRET") }, "read the secret through \(url)")
                return nil
            } catch {
                return "\(error)"
            }
        }
    }

    @Test("files inside the folder load, through subfolders and links that stay inside",
          arguments: ["data.csv", "./data.csv", "sub/inner.csv", "sub/../data.csv", "link-in.csv", "sub//inner.csv"])
    func insideLoads(path: String) throws {
        let box = try Sandbox()
        #expect(box.refusal(path) == nil)
    }

    @Test("escapes are refused with a message naming the path and --data-root",
          arguments: ["../secret.csv", "sub/../../secret.csv", "./../secret.csv", "sub/../sub/../../secret.csv",
                      "link-out.csv", "dir-out/secret.csv", "dir-out/specs/../secret.csv", "sub/../dir-out/secret.csv"])
    func escapesRefused(path: String) throws {
        let box = try Sandbox()
        let message = try #require(box.refusal(path))
        #expect(message.contains(path))
        #expect(message.contains("outside the spec's folder"))
        #expect(message.contains("--data-root"))
    }

    @Test("an absolute path is refused outside the folder and allowed inside it")
    func absolutePaths() throws {
        let box = try Sandbox()
        let outside = box.root.appendingPathComponent("secret.csv").path
        #expect(box.refusal(outside)?.contains("outside the spec's folder") == true)
        #expect(box.refusal("/etc/passwd")?.contains("outside the spec's folder") == true)
        #expect(box.refusal(box.specs.appendingPathComponent("data.csv").path) == nil)
    }

    @Test("network and other URLs are refused with a clear message, no network access",
          arguments: ["http://example.com/data.csv", "https://example.com/data.csv", "HTTPS://EXAMPLE.COM/x.csv",
                      "//example.com/data.csv", "ftp://example.com/data.csv"])
    func networkURLs(url: String) throws {
        let box = try Sandbox()
        let message = try #require(box.refusal(url))
        #expect(message.contains("network URLs are not allowed"))
        #expect(message.contains("no network access"))
    }

    @Test("file:, data: and other scheme URLs are refused, even when they point inside",
          arguments: ["file:///etc/passwd", "file:data.csv", "FILE://localhost/etc/passwd", "data:text/csv,a%0A1",
                      "s3://bucket/data.csv", "javascript:alert(1)"])
    func schemeURLs(url: String) throws {
        let box = try Sandbox()
        let message = try #require(box.refusal(url))
        #expect(message.contains("URLs are not allowed"), "\(message)")
    }

    @Test("control characters and NUL bytes in a path are refused, not truncated",
          arguments: ["data.csv\u{0}../../secret.csv", "../secret.csv\u{0}", "sub\ninner.csv", "data.csv\u{7F}"])
    func controlCharacters(path: String) throws {
        let box = try Sandbox()
        let message = try #require(box.refusal(path))
        #expect(message.contains("control character"))
    }

    @Test("--data-root widens the folder to one the user names, and still bounds it")
    func dataRoot() throws {
        let box = try Sandbox()
        let wide = DataLoader(baseFolder: box.specs, dataRoot: box.root)
        #expect(box.refusal("../secret.csv", loader: wide, secretAllowed: true) == nil)
        #expect(box.refusal("link-out.csv", loader: wide, secretAllowed: true) == nil)
        #expect(box.refusal("../../etc/passwd", loader: wide)?.contains("outside") == true)
        // A data root inside the spec folder narrows it.
        let narrow = DataLoader(baseFolder: box.specs, dataRoot: box.specs.appendingPathComponent("sub"))
        #expect(box.refusal("sub/inner.csv", loader: narrow) == nil)
        #expect(box.refusal("data.csv", loader: narrow)?.contains("outside") == true)
    }

    @Test("a missing file is reported missing, and a missing file behind a link out is refused")
    func missing() throws {
        let box = try Sandbox()
        #expect(box.refusal("nope.csv")?.contains("no such data file") == true)
        #expect(box.refusal("sub/nope/deeper.csv")?.contains("no such data file") == true)
        #expect(box.refusal("dir-out/nope.csv")?.contains("outside") == true)
        try FileManager.default.createSymbolicLink(atPath: box.specs.appendingPathComponent("dangling.csv").path,
                                                   withDestinationPath: "/nonexistent/x.csv")
        #expect(box.refusal("dangling.csv") != nil)
    }

    @Test("folders, pipes and devices are not read as data (a FIFO would hang a reader)")
    func specialFiles() throws {
        let box = try Sandbox()
        #expect(box.refusal("sub")?.contains("folder") == true)
        let fifo = box.specs.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(box.refusal("pipe.csv")?.contains("not a regular file") == true)
        try FileManager.default.createSymbolicLink(atPath: box.specs.appendingPathComponent("zero.csv").path,
                                                   withDestinationPath: "/dev/zero")
        #expect(box.refusal("zero.csv") != nil)
    }

    @Test("a data file larger than the limit is refused before it is read")
    func fileSize() throws {
        let box = try Sandbox()
        try box.specs.write("big.csv", "name,value\n" + String(repeating: "row,1\n", count: 2_000))
        let small = DataLoader(baseFolder: box.specs, maxFileBytes: 1_000)
        #expect(box.refusal("big.csv", loader: small)?.contains("more than the limit of 1000 bytes") == true)
        #expect(box.refusal("big.csv") == nil)
    }

    @Test("the CLI refuses each escape, names the spec and the path, and writes nothing")
    func cli() throws {
        let box = try Sandbox()
        let out = box.root.appendingPathComponent("out")
        let cases = ["../secret.csv", "link-out.csv", "dir-out/secret.csv", box.root.appendingPathComponent("secret.csv").path,
                     "https://example.com/secret.csv", "file:///etc/passwd"]
        for (i, url) in cases.enumerated() {
            let spec = try box.specs.write("escape-\(i).json", """
                {"data": {"url": "\(url)"}, "mark": "bar",
                 "encoding": {"x": {"field": "name"}, "y": {"field": "value", "type": "quantitative"}}}
                """)
            let r = try Tool.chartsmith(["render", spec.path, "--out", out.path])
            #expect(r.status == 1 && !r.signalled, "\(url): \(r.stderr)")
            #expect(r.stderr.contains(spec.path) && r.stderr.contains(url), "\(r.stderr)")
            #expect(!r.stderr.contains("SECRET"))
        }
        #expect(Tool.contents(of: out).isEmpty, "\(Tool.contents(of: out))")
        // --data-root names the sandbox: the same ../ path now renders.
        let ok = try box.specs.write("widened.json", """
            {"data": {"url": "../secret.csv"}, "mark": "bar",
             "encoding": {"x": {"field": "name"}, "y": {"field": "value", "type": "quantitative"}}}
            """)
        let r = try Tool.chartsmith(["render", ok.path, "--out", out.path, "--data-root", box.root.path])
        #expect(r.status == 0, "\(r.stderr)")
    }
}

@Suite("Containment: lookup data")
struct LookupContainmentTests {
    @Test("a lookup's secondary data obeys the same rules: escapes are refused and nothing of the file is shown",
          arguments: ["../secret.csv", "link-out.csv", "dir-out/secret.csv", "/etc/passwd", "https://example.com/people.csv"])
    func lookupEscapes(path: String) throws {
        let box = try ContainmentTests.Sandbox()
        let out = box.root.appendingPathComponent("out")
        let spec = try box.specs.write("lookup.json", #"""
            {"data": {"url": "data.csv"},
             "transform": [{"lookup": "name", "from": {"data": {"url": "\#(path)"}, "key": "name", "fields": ["value"]}, "as": ["other"]}],
             "mark": "bar", "encoding": {"x": {"field": "name"}, "y": {"field": "other", "type": "quantitative"}}}
            """#)
        let r = try Tool.chartsmith(["render", spec.path, "--out", out.path])
        #expect(r.status == 1 && !r.signalled, "\(r.stderr)")
        #expect(r.stderr.contains("transform[0].from.data") && r.stderr.contains(path), "\(r.stderr)")
        #expect(!r.stderr.contains("SECRET") && !r.stderr.contains("root:"), "leaks file contents: \(r.stderr)")
        #expect(Tool.contents(of: out).isEmpty)
    }
}

@Suite("Containment: style files")
struct StyleContainmentTests {
    @Test("a spec's own \"style\" file is read only from inside its folder, and errors never quote other files")
    func styleFiles() throws {
        let folder = try Tool.temporaryFolder("style")
        try folder.write("secret.txt", "hunter2 is the password\n")
        let specs = folder.appendingPathComponent("specs"), out = folder.appendingPathComponent("out")
        for (i, style) in ["../secret.txt", folder.appendingPathComponent("secret.txt").path, "/etc/passwd"].enumerated() {
            let spec = try specs.write("s\(i).json", #"{"style": "\#(style)", "data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#)
            let r = try Tool.chartsmith(["render", spec.path, "--out", out.path])
            #expect(r.status == 1 && !r.signalled)
            #expect(r.stderr.contains("outside"), "\(r.stderr)")
            #expect(!r.stderr.contains("hunter2") && !r.stderr.contains("root:"), "leaks file contents: \(r.stderr)")
        }
    }
}

@Suite("Containment: outputs never leave --out")
struct OutputContainmentTests {
    @Test("spec names that look like paths still write inside --out",
          arguments: ["..json", "...json", ".json", "a..json", "-rf.json", "x.vl.json", "name with spaces.json", "ünïcødé.json"])
    func oddNames(name: String) throws {
        let folder = try Tool.temporaryFolder("names")
        let specs = folder.appendingPathComponent("specs"), out = folder.appendingPathComponent("out")
        let spec = try specs.write(name, #"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["render", "--out", out.path, "--", spec.path])
        #expect(r.status == 0, "\(r.stderr)")
        // Nothing was written anywhere but --out.
        #expect(Tool.contents(of: folder) == ["out", "specs"])
        #expect(Tool.contents(of: specs) == [name])
        let written = Tool.contents(of: out)
        #expect(written.count == 1 && written[0].hasSuffix(".png"), "\(written)")
    }

    @Test("an output that is a symbolic link is replaced, not followed")
    func symlinkedOutput() throws {
        let folder = try Tool.temporaryFolder("outlink")
        let out = folder.appendingPathComponent("out")
        let victim = try folder.write("victim.txt", "precious")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("chart.png").path, withDestinationPath: victim.path)
        let spec = try folder.write("chart.json", #"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        let r = try Tool.chartsmith(["render", spec.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("chart.png").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }
}
