import Chartsmith
import ChartsmithSpec
import Foundation

/// The whole path from the bytes of a spec file to a drawn chart, as the fuzzer runs it.
///
/// Every input must either render or be rejected with a ``ChartsmithError`` whose message
/// names the spec; anything else (a crash, a hang, a sanitizer report, an error without the
/// spec's name) is a bug. Specs read their data from a small fixed folder (``dataFolder``)
/// holding `data.csv`, `data.tsv`, `data.json`, `sub/inner.csv` and `escape.csv`, a link out
/// of the folder that must always be refused.
///
/// Limits are tighter than the defaults so that each input runs in milliseconds; the checks
/// are the same code.
enum SpecHarness {
    enum Outcome: Equatable {
        case rendered
        case rejected(String)
    }

    /// The name errors must mention.
    static let specName = "fuzz-input.json"

    static let limits: RenderLimits = {
        var l = RenderLimits()
        l.maxRows = 20_000
        l.maxCanvasSide = 3_000
        l.maxCanvasArea = 4_000_000
        l.maxSeries = 200
        l.maxLabelLength = 500
        l.maxDataFileBytes = 1 << 20
        return l
    }()

    static let renderer = ChartPipeline()

    /// Decodes, prepares, lays out and draws (as a small PNG) one spec.
    static func run(_ bytes: [UInt8]) -> Outcome {
        limits.apply {
            do {
                let spec = try SpecDecoder().decode(bytes, file: specName)
                let chart = try renderer.chart(for: spec, baseFolder: dataFolder, file: specName)
                _ = try renderer.draw(chart.scene, as: .png, scale: 0.25)
                return .rendered
            } catch let e as ChartsmithError {
                check(e.description)
                return .rejected(e.description)
            } catch let d as Diagnostic {
                check(d.description)
                return .rejected(d.description)
            } catch {
                // Drawing errors (RenderError) come without the spec's name from draw(_:as:).
                return .rejected("\(error)")
            }
        }
    }

    /// An error message must name the spec and say something.
    static func check(_ message: String) {
        guard message.contains(specName), message.count > specName.count + 4 else {
            fatalError("error message does not name the spec: \(message)")
        }
    }

    /// The folder fuzzed specs read data from, shared by every fuzzing process of this user
    /// and refreshed (atomically) by each.
    static let dataFolder: URL = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("chartsmith-fuzz-data-\(getuid())", isDirectory: true)
        let fm = FileManager.default
        try? fm.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let files: [(String, String)] = [
            ("data.csv", """
                category,group,year,value,date,share
                Theft,A,2010,1246,2010-01-01,0.25
                Theft,B,2010,155,2010-01-01,0.75
                Fraud,A,2011,165,2011-06-30,0.5
                Fraud,B,2011,-215,2011-06-30,0.5
                "Criminal damage, arson",A,2012,,2012-12-31,
                Drugs,B,2013,1e3,2013-03-15T10:00:00Z,1
                Robbery,A,2014,0,2014,0
                Fraude à l'assurance,B,2015,3.5,2015-02-28,0.1
                جريمة,A,2016,42,2016-07-04,0.2

                """),
            ("data.tsv", "a\tb\tc\nx\t1\t2020-01-01\ny\t-2\t2021-01-01\nz\t3.5\t2022-01-01\n"),
            ("data.json", """
                [{"a": "x", "b": 1, "c": "2020-01-01"}, {"a": "y", "b": null, "c": "2021-01-01"},
                 {"a": "z", "b": 1e300, "c": 0}, {"a": true, "b": "7", "c": "not a date"}]
                """),
            ("sub/inner.csv", "k,v\nfirst,1\nsecond,2\n"),
        ]
        for (name, text) in files {
            try? Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
        }
        let link = folder.appendingPathComponent("escape.csv").path
        if (try? fm.destinationOfSymbolicLink(atPath: link)) == nil {
            try? fm.createSymbolicLink(atPath: link, withDestinationPath: "/etc/passwd")
        }
        return folder
    }()
}
