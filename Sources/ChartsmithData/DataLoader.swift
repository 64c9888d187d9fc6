import ChartsmithSpec
import Foundation

/// Loads a spec's `data` into a ``Table``.
///
/// Files are resolved relative to the spec's folder and must stay inside the data root
/// (the spec's folder unless the caller names another): absolute paths elsewhere, `..`
/// escapes and symbolic links that lead out are refused, and so are network URLs.
public struct DataLoader: Sendable {
    /// The folder relative paths are resolved against (the spec file's folder).
    public var baseFolder: URL
    /// The folder no data file may leave.
    public var dataRoot: URL
    /// Largest number of rows accepted from one source.
    public var maxRows: Int

    public init(baseFolder: URL, dataRoot: URL? = nil, maxRows: Int = 1_000_000) {
        self.baseFolder = baseFolder.standardizedFileURL
        self.dataRoot = (dataRoot ?? baseFolder).standardizedFileURL
        self.maxRows = maxRows
    }

    /// Loads the rows a data spec describes.
    public func load(_ spec: DataSpec) throws -> Table {
        switch spec {
        case .values(let items, let format):
            return try applyParse(Self.table(fromInline: items), format: format, file: nil)
        case .sequence(let start, let stop, let step, let name):
            var t = Table(fields: [name])
            var v = start
            while step > 0 ? v < stop : v > stop {
                t.rows.append(Row([name: .number(v)]))
                v += step
                if t.rows.count > maxRows { throw DataError(message: "the sequence has more than \(maxRows) rows") }
            }
            return t
        case .url(let path, let format):
            let url = try resolve(path)
            let display = path
            let bytes: [UInt8]
            do {
                bytes = [UInt8](try Data(contentsOf: url))
            } catch {
                throw DataError(file: display, message: FileManager.default.fileExists(atPath: url.path)
                                ? "cannot read the data file" : "no such data file (looked for \(url.path))")
            }
            let type = format?.type ?? Self.inferType(path)
            let table: Table
            switch type {
            case .csv, .tsv, .dsv:
                let delim: UInt8
                switch type {
                case .tsv: delim = 9
                case .dsv:
                    guard let d = format?.delimiter, d.utf8.count == 1 else {
                        throw DataError(file: display, message: "a dsv file needs a one-character \"delimiter\"")
                    }
                    delim = d.utf8.first!
                default: delim = UInt8(ascii: ",")
                }
                let (header, rows) = try DelimitedText.parse(bytes, delimiter: delim, file: display)
                guard rows.count <= maxRows else { throw DataError(file: display, message: "more than \(maxRows) rows") }
                var t = Table(fields: header)
                t.rows.reserveCapacity(rows.count)
                for r in rows {
                    var row = Row()
                    row.values.reserveCapacity(header.count)
                    for (k, h) in header.enumerated() { row.values[h] = .string(r[k]) }
                    t.rows.append(row)
                }
                table = t
            case .json:
                table = try Self.table(fromJSON: bytes, property: format?.property, file: display)
            }
            return try applyParse(table, format: format, file: display)
        }
    }

    /// Resolves a `data.url` inside the data root, refusing anything that leaves it.
    public func resolve(_ path: String) throws -> URL {
        let lower = path.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://") || lower.hasPrefix("//") {
            throw DataError(file: path, message: "network URLs are not allowed: Chartsmith reads data only from files beside the spec")
        }
        if lower.hasPrefix("data:") || lower.hasPrefix("file:") {
            throw DataError(file: path, message: "only relative file paths are allowed in data.url")
        }
        let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseFolder.appendingPathComponent(path))
            .standardizedFileURL
        let root = dataRoot.resolvingSymlinksInPath().path
        let real = url.resolvingSymlinksInPath().path
        guard real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw DataError(file: path, message: "the data file is outside the spec's folder (\(dataRoot.path)); use a path inside it or name another with --data-root")
        }
        return url
    }

    static func inferType(_ path: String) -> DataFormat.FileType {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "tsv", "tab": return .tsv
        case "json", "geojson": return .json
        default: return .csv
        }
    }

    /// Rows from inline values: objects become rows; bare values become `{"data": v}`.
    static func table(fromInline items: [InlineValue]) -> Table {
        var t = Table()
        var seen = Set<String>()
        t.rows.reserveCapacity(items.count)
        for item in items {
            var row = Row()
            if case .object(let dict, let keys) = item {
                for k in keys {
                    row.values[k] = value(dict[k]!)
                    if seen.insert(k).inserted { t.fields.append(k) }
                }
            } else {
                row.values["data"] = value(item)
                if seen.insert("data").inserted { t.fields.append("data") }
            }
            t.rows.append(row)
        }
        return t
    }

    static func value(_ v: InlineValue) -> Value {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array, .object: return .string("\(v)")
        }
    }

    static func table(fromJSON bytes: [UInt8], property: String?, file: String) throws -> Table {
        var node: JSONNode
        do {
            node = try JSONParser.parse(bytes)
        } catch {
            throw DataError(file: file, message: error.withFile(file).description)
        }
        if let p = property {
            for key in p.split(separator: ".") {
                guard case .object(let o) = node.value, let next = o[String(key)] else {
                    throw DataError(file: file, message: "no property \"\(p)\" in the JSON data")
                }
                node = next
            }
        }
        guard case .array(let items) = node.value else {
            throw DataError(file: file, message: "expected an array of rows in the JSON data")
        }
        return table(fromInline: items.map { $0.inlineValue() })
    }

    /// Applies `format.parse`: explicit coercions of fields.
    func applyParse(_ table: Table, format: DataFormat?, file: String?) throws -> Table {
        guard let parse = format?.parse, !parse.isEmpty else { return table }
        var t = table
        for (field, how) in parse {
            guard let how else { continue }
            for i in t.rows.indices {
                let v = t.rows[i][field]
                if v.isNull { continue }
                switch how {
                case "number":
                    t.rows[i][field] = v.number.map(Value.number) ?? .null
                case "boolean":
                    t.rows[i][field] = .bool(!(v.text == "false" || v.text == "0" || v.text.isEmpty))
                case "string":
                    t.rows[i][field] = .string(v.text)
                default:
                    if how == "date" || how.hasPrefix("date:") || how.hasPrefix("utc:") {
                        t.rows[i][field] = Coercion.date(v).map(Value.date) ?? .null
                    } else {
                        throw DataError(file: file, field: field, message: "unknown parse type \"\(how)\"; expected number, boolean, date or string")
                    }
                }
            }
        }
        return t
    }
}
