import ChartsmithFormat
import ChartsmithSpec
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads a spec's `data` into a ``Table``.
///
/// Files are resolved relative to the spec's folder and must stay inside the data root
/// (the spec's folder unless the caller names another): absolute paths elsewhere, `..`
/// escapes and symbolic links that lead out are refused, and so are URLs (`http:`,
/// `https:`, `file:`, `data:` and the like: Chartsmith never touches the network). Only
/// regular files are read (not folders, pipes or devices), and none larger than
/// ``maxFileBytes``; no source may have more than ``maxRows`` rows.
public struct DataLoader: Sendable {
    /// Bounds on what one data source, and every table made from it, may hold.
    public struct Limits: Sendable, Hashable {
        /// The most rows one source (a file, inline values or a sequence), or one table a
        /// transform makes, may have.
        public var maxRows: Int
        /// The largest data file, in bytes; larger files are refused before they are read.
        public var maxFileBytes: Int
        /// The most cells (rows × fields) one source or transformed table may have.
        public var maxCells: Int
        /// The most characters in one cell of a data file; a longer cell stops the read.
        public var maxLabelLength: Int
        /// The most bytes in one line (record) of a CSV, TSV or DSV file.
        public var maxLineBytes: Int

        public init(maxRows: Int = 1_000_000, maxFileBytes: Int = 256 << 20, maxCells: Int = 20_000_000,
                    maxLabelLength: Int = 2_000, maxLineBytes: Int = 4 << 20) {
            self.maxRows = maxRows
            self.maxFileBytes = maxFileBytes
            self.maxCells = maxCells
            self.maxLabelLength = maxLabelLength
            self.maxLineBytes = maxLineBytes
        }

        /// The rows and cells part of these limits.
        public var budget: DataBudget { DataBudget(maxRows: maxRows, maxCells: maxCells) }
    }

    /// The limits a loader gets when its initializer is not given others; `Chartsmith`'s
    /// `RenderLimits.apply` sets them for the duration of a render.
    @TaskLocal public static var limits = Limits()

    /// The folder relative paths are resolved against (the spec file's folder).
    public var baseFolder: URL
    /// The folder no data file may leave.
    public var dataRoot: URL
    /// Largest number of rows accepted from one source.
    public var maxRows: Int
    /// Largest data file accepted, in bytes.
    public var maxFileBytes: Int
    /// Most cells (rows × fields) accepted from one source.
    public var maxCells: Int
    /// Most characters in one cell of a data file.
    public var maxLabelLength: Int
    /// Most bytes in one line of a delimited file.
    public var maxLineBytes: Int

    public init(baseFolder: URL, dataRoot: URL? = nil, maxRows: Int? = nil, maxFileBytes: Int? = nil) {
        self.baseFolder = baseFolder.standardizedFileURL
        self.dataRoot = (dataRoot ?? baseFolder).standardizedFileURL
        self.maxRows = maxRows ?? Self.limits.maxRows
        self.maxFileBytes = maxFileBytes ?? Self.limits.maxFileBytes
        self.maxCells = Self.limits.maxCells
        self.maxLabelLength = Self.limits.maxLabelLength
        self.maxLineBytes = Self.limits.maxLineBytes
    }

    /// The rows and cells one source may have.
    var budget: DataBudget { DataBudget(maxRows: maxRows, maxCells: maxCells) }

    /// Loads the rows a data spec describes.
    public func load(_ spec: DataSpec) throws -> Table {
        try StageClock.measure(.parse) { try loadRows(spec) }
    }

    /// ``load(_:)``, untimed.
    func loadRows(_ spec: DataSpec) throws -> Table {
        switch spec {
        case .values(let items, let format):
            guard items.count <= maxRows else {
                throw DataError(message: "data.values has \(items.count) rows, more than the limit of \(maxRows) rows"
                                + " (raise it with --limit rows=N)")
            }
            let table = JSONColumns.table(fromInline: items) ?? Self.table(fromInline: items)
            try budget.check("data.values", rows: table.rowCount, fields: table.fields.count)
            return try applyParse(table, format: format, file: nil)
        case .sequence(let start, let stop, let step, let name):
            let count = ((stop - start) / step).rounded(.up)
            if count.isFinite, count > 0, count < Double(Int.max / 2) {
                try DataBudget(maxRows: .max, maxCells: maxCells).check("data.sequence", rows: Int(count), fields: 1)
            }
            var t = Table(fields: [name])
            var v = start
            while step > 0 ? v < stop : v > stop {
                t.rows.append(Row([name: .number(v)]))
                v += step
                if t.rowCount > maxRows {
                    throw DataError(message: "data.sequence has more than \(maxRows) rows (raise the limit with --limit rows=N)")
                }
            }
            return t
        case .url(let path, let format):
            let display = path
            let bytes = try read(path)
            let type = format?.type ?? Self.inferType(path)
            let table: Table
            switch type {
            case .csv, .tsv, .dsv:
                let delim: UInt8
                switch type {
                case .tsv: delim = 9
                case .dsv:
                    guard let d = format?.delimiter, d.utf8.count == 1, let b = d.utf8.first,
                          b != UInt8(ascii: "\""), b != 10, b != 13 else {
                        throw DataError(file: display, message: "a dsv file needs a one-character \"delimiter\""
                                        + " (not a quote or a line break) in data.format")
                    }
                    delim = b
                default: delim = UInt8(ascii: ",")
                }
                let bounds = DelimitedText.Bounds(maxRows: maxRows, maxCells: maxCells, maxCellLength: maxLabelLength,
                                                  maxLineBytes: maxLineBytes)
                if let (header, columns) = DelimitedColumns.read(bytes, delimiter: delim, bounds: bounds) {
                    let store = ColumnStore(count: columns.first?.count ?? 0, names: header, columns: columns.map(Column.text))
                    return try applyParse(Table(fields: header, columns: store), format: format, file: display)
                }
                let (header, rows) = try DelimitedText.parse(bytes, delimiter: delim, file: display, bounds: bounds)
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
                try JSONTextScan.checkStrings(bytes, maxLength: maxLabelLength, file: display)
                if format?.property == nil, let t = JSONColumns.table(fromFile: bytes, maxRows: maxRows) {
                    table = t
                } else {
                    table = try Self.table(fromJSON: bytes, property: format?.property, file: display)
                }
                guard table.rowCount <= maxRows else {
                    throw DataError(file: display, message: "the file has \(table.rowCount) rows, more than the limit of"
                                    + " \(maxRows) rows (raise it with --limit rows=N)")
                }
                do { try budget.check("data", rows: table.rowCount, fields: table.fields.count) } catch var e as DataError {
                    e.file = display
                    throw e
                }
            }
            return try applyParse(table, format: format, file: display)
        }
    }

    /// The warning for a source that loaded no rows (the chart then shows "No data"),
    /// naming the source; nil when `table` has rows. The render pipeline decides where it
    /// goes. For the data of one layer (`layer`), it says that layer draws nothing.
    public static func emptyDataWarning(for spec: DataSpec, table: Table, layer: Int? = nil) -> String? {
        guard table.isEmpty else { return nil }
        let source: String
        switch spec {
        case .values: source = "the inline values (data.values) have no rows"
        case .sequence: source = "data.sequence makes no rows"
        case .url(let path, _): source = "the data file \(Excerpt.quoted(path)) has no rows"
        }
        guard let layer else { return source + "; the chart shows \"No data\"" }
        return "layer[\(layer)]: " + source + "; the layer draws nothing"
    }

    // MARK: Containment

    /// Resolves a `data.url` to the real path of a file inside the data root, refusing
    /// anything that leaves it: URLs, absolute paths elsewhere, `..` escapes and symbolic
    /// links (of the file or of any folder on the way) that lead out.
    ///
    /// A path that stays inside the root but names no file resolves to where it would be
    /// (reading it then reports that it is missing). Reading goes through ``read(_:)``,
    /// which opens the file beneath the root without a gap between check and open; this
    /// path is for naming the file (in a batch's inputs, or to watch it).
    public func resolve(_ path: String) throws -> URL {
        let (lexical, _) = try contained(path)
        let lexicalRoot = dataRoot.path
        guard let root = Self.realPath(lexicalRoot) else {
            throw DataError(file: path, message: "the data folder \(lexicalRoot) does not exist")
        }
        guard let real = Self.realPath(lexical.path) else {
            // Missing (or unreadable): refuse if a folder on the way is a link out, else
            // resolve to where it would be so the read reports it missing.
            var parent = lexical.deletingLastPathComponent()
            while Self.realPath(parent.path) == nil && parent.path != "/" { parent.deleteLastPathComponent() }
            if let p = Self.realPath(parent.path), !Self.isInside(p, root: root) { throw outside(path) }
            return lexical
        }
        guard Self.isInside(real, root: root) else { throw outside(path) }
        return URL(fileURLWithPath: real)
    }

    /// The error for a path that leaves the data root.
    func outside(_ path: String) -> DataError {
        DataError(file: path, message: "the data file is outside the spec's folder (\(dataRoot.path));"
                  + " data.url must name a file inside it (no absolute paths elsewhere, \"..\" or links out)"
                  + ", or name another folder with --data-root")
    }

    /// Checks a `data.url` by its text alone (no URLs, no control characters, inside the
    /// root once `.` and `..` are taken out) and gives its absolute path and its path
    /// relative to the data root.
    func contained(_ path: String) throws -> (lexical: URL, relative: String) {
        guard !path.isEmpty else { throw DataError(message: "data.url is empty; expected a file name such as \"data.csv\"") }
        if let bad = path.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw DataError(file: Self.printable(path),
                            message: "data.url contains a control character (U+\(String(format: "%04X", bad.value))); expected a file name")
        }
        let lower = path.lowercased()
        if lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("ftp:") || lower.hasPrefix("//") {
            throw DataError(file: path, message: "network URLs are not allowed in data.url: Chartsmith has no network access"
                            + " and reads data only from files beside the spec; download the file and give its name")
        }
        if let scheme = Self.scheme(of: path) {
            throw DataError(file: path, message: "\"\(scheme):\" URLs are not allowed in data.url; give a file path relative"
                            + " to the spec, such as \"data/values.csv\"")
        }
        let lexical = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseFolder.appendingPathComponent(path))
            .standardizedFileURL
        let lexicalRoot = dataRoot.path
        for root in [lexicalRoot, Self.realPath(lexicalRoot) ?? lexicalRoot] where Self.isInside(lexical.path, root: root) {
            return (lexical, String(lexical.path.dropFirst(root.count)))
        }
        throw outside(path)
    }

    /// Reads the data file a `data.url` names: a regular file inside the data root, no
    /// larger than ``maxFileBytes``, opened beneath the root (``ContainedFile``) so that no
    /// link swapped in while it is opened can lead out.
    func read(_ path: String) throws -> [UInt8] {
        let (lexical, relative) = try contained(path)
        guard Self.realPath(dataRoot.path) != nil else {
            throw DataError(file: path, message: "the data folder \(dataRoot.path) does not exist")
        }
        do {
            return try ContainedFile.read(relativePath: relative, beneath: dataRoot, maxBytes: maxFileBytes)
        } catch {
            switch error {
            case .outside: throw outside(path)
            case .missing: throw DataError(file: path, message: "no such data file (looked for \(lexical.path))")
            case .danglingLink, .tooManyLinks:
                throw DataError(file: path, message: "data.url is a symbolic link that leads nowhere; name the file itself")
            case .folder: throw DataError(file: path, message: "data.url names a folder, not a file")
            case .notRegular: throw DataError(file: path, message: "data.url names a device, pipe or socket, not a regular file")
            case .tooLarge(let size, _):
                throw DataError(file: path, message: "the data file is \(size) bytes, more than the limit of \(maxFileBytes) bytes"
                                + " (raise it with --limit data-bytes=N)")
            case .system(let m): throw DataError(file: path, message: "cannot read the data file: \(m)")
            }
        }
    }

    /// The URL scheme a `data.url` starts with (`file`, `data`, `s3`...), if it has one.
    /// `name:with:colons.csv` without `//` is a file name, except for `file:` and `data:`.
    static func scheme(of path: String) -> String? {
        guard let colon = path.firstIndex(of: ":") else { return nil }
        let scheme = path[..<colon]
        func letter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let first = scheme.unicodeScalars.first, letter(first),
              scheme.unicodeScalars.allSatisfy({ letter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        let s = scheme.lowercased()
        if ["file", "data", "javascript", "blob"].contains(s) || path[colon...].hasPrefix("://") { return s }
        return nil
    }

    /// Whether `path` is `root` or inside it (both absolute, standardized).
    public static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The canonical path (symbolic links resolved), or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// `path` with control characters shown as `\u{..}`, for messages.
    static func printable(_ path: String) -> String {
        String(path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())
    }

    /// The file type a `data.url` implies by its extension (`.tsv`, `.json`...), as Vega-Lite
    /// infers it when `format.type` is not given; CSV otherwise.
    public static func inferType(_ path: String) -> DataFormat.FileType {
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
                // Nested objects and arrays are also reachable by Vega-Lite's field paths
                // (`a.b`, `c[1]`, `c[0].d`).
                for k in keys {
                    switch dict[k]! {
                    case .object, .array:
                        flatten(dict[k]!, path: k, depth: 1) { name, v in
                            row.values[name] = v
                            if seen.insert(name).inserted { t.fields.append(name) }
                        }
                    default: break
                    }
                }
            } else {
                row.values["data"] = value(item)
                if seen.insert("data").inserted { t.fields.append("data") }
            }
            t.rows.append(row)
        }
        return t
    }

    /// The members of a nested value under Vega-Lite field paths: `path.key` for an object's
    /// members, `path[i]` for an array's elements, to four levels and 256 entries a level.
    /// (A spec's field path is unescaped when it is read, so `a\\.b`, the flat field `a.b`,
    /// and `a.b`, the member `b` of `a`, both name `a.b` here.)
    static func flatten(_ v: InlineValue, path: String, depth: Int, _ emit: (String, Value) -> Void) {
        guard depth <= 4 else { return }
        switch v {
        case .object(let dict, let keys):
            for k in keys.prefix(256) {
                let name = path + "." + k
                emit(name, value(dict[k]!))
                flatten(dict[k]!, path: name, depth: depth + 1, emit)
            }
        case .array(let items):
            for (i, item) in items.prefix(256).enumerated() {
                let name = path + "[\(i)]"
                emit(name, value(item))
                flatten(item, path: name, depth: depth + 1, emit)
            }
        default:
            break
        }
    }

    static func value(_ v: InlineValue) -> Value {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array, .object: return .string(NestedValueText.text(v))
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
}
