import ChartsmithData
import ChartsmithSpec
import Foundation

/// Delimited-text reading as the fuzzer runs it: the first byte picks the delimiter and the
/// route, the rest is the file.
///
/// Routes: parse the bytes directly, then build a table, coerce every cell as a number and
/// a date, and run the encoding pipeline with the first columns as nominal `x`, quantitative
/// `y` and nominal `color` (a bar chart, stacked); or (when the selector's top bit is set)
/// write the bytes to a file and load it through ``DataLoader`` with a `format.parse`.
///
/// Every input must either parse into rectangular rows or be rejected with a ``DataError``
/// that names the file and the line; anything else is a bug.
enum CSVHarness {
    enum Outcome: Equatable {
        case parsed(Int)
        case rejected(String)
    }

    /// The input's file name (one per process, so parallel fuzzing jobs do not clash).
    static let fileName = "fuzz-input-\(getpid()).csv"
    static let delimiters: [UInt8] = [UInt8(ascii: ","), 9, UInt8(ascii: ";"), UInt8(ascii: "|")]

    static func run(_ input: [UInt8]) -> Outcome {
        guard let selector = input.first else { return .parsed(0) }
        let bytes = Array(input.dropFirst())
        let delimiter = delimiters[Int(selector & 3)]
        if selector & 0x80 != 0 { return load(bytes, delimiter: delimiter) }
        let header: [String], rows: [[String]]
        do {
            (header, rows) = try DelimitedText.parse(bytes, delimiter: delimiter, file: fileName, maxRows: 5_000)
        } catch let e as DataError {
            guard e.file == fileName, let row = e.row, row >= 1, e.description.contains("\(fileName):\(row)") else {
                fatalError("error without the file and line: \(e)")
            }
            return .rejected(e.description)
        } catch {
            fatalError("unexpected error type: \(error)")
        }
        precondition(rows.allSatisfy { $0.count == header.count }, "a ragged row was accepted")
        precondition(Set(header).count == header.count, "duplicate column names were accepted")
        var table = Table(fields: header)
        for r in rows {
            var row = Row()
            for (k, h) in header.enumerated() {
                row[h] = .string(r[k])
                _ = Value.parseNumber(r[k])
                _ = Coercion.date(.string(r[k]))
            }
            table.rows.append(row)
        }
        guard header.count >= 2 else { return .parsed(rows.count) }
        var encoding = Encoding()
        encoding[.x] = ChannelDef(field: header[0], type: .nominal)
        encoding[.y] = ChannelDef(field: header[1], type: .quantitative)
        if header.count >= 3 { encoding[.color] = ChannelDef(field: header[2], type: .nominal) }
        let view = ViewSemantics(mark: MarkSpec(type: .bar), encoding: encoding)
        do {
            _ = try EncodingPipeline.prepare(table, view: view)
        } catch let e as DataError {
            return .rejected(e.description)
        } catch {
            fatalError("unexpected error type: \(error)")
        }
        return .parsed(rows.count)
    }

    /// The folder `load` writes its file into (and removes it from after each input).
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-fuzz-csv-\(getuid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func load(_ bytes: [UInt8], delimiter: UInt8) -> Outcome {
        let file = folder.appendingPathComponent(fileName)
        do {
            try Data(bytes).write(to: file)
        } catch {
            fatalError("cannot write the fuzz input file: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let format = DataFormat(type: .dsv, parse: ["a": "number", "b": "date", "c": "boolean"],
                                delimiter: String(UnicodeScalar(delimiter)))
        do {
            let table = try DataLoader(baseFolder: folder, maxRows: 5_000).load(.url(fileName, format: format))
            return .parsed(table.rows.count)
        } catch let e as DataError {
            guard e.file == fileName else { fatalError("error without the file: \(e)") }
            return .rejected(e.description)
        } catch {
            fatalError("unexpected error type: \(error)")
        }
    }
}
