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
    /// Bounds on what one data source may hold.
    public struct Limits: Sendable, Hashable {
        /// The most rows one source (a file, inline values or a sequence) may have.
        public var maxRows: Int
        /// The largest data file, in bytes; larger files are refused before they are read.
        public var maxFileBytes: Int

        public init(maxRows: Int = 1_000_000, maxFileBytes: Int = 256 << 20) {
            self.maxRows = maxRows
            self.maxFileBytes = maxFileBytes
        }
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

    public init(baseFolder: URL, dataRoot: URL? = nil, maxRows: Int? = nil, maxFileBytes: Int? = nil) {
        self.baseFolder = baseFolder.standardizedFileURL
        self.dataRoot = (dataRoot ?? baseFolder).standardizedFileURL
        self.maxRows = maxRows ?? Self.limits.maxRows
        self.maxFileBytes = maxFileBytes ?? Self.limits.maxFileBytes
    }

    /// Loads the rows a data spec describes.
    public func load(_ spec: DataSpec) throws -> Table {
        switch spec {
        case .values(let items, let format):
            guard items.count <= maxRows else {
                throw DataError(message: "data.values has \(items.count) rows, more than the limit of \(maxRows) rows"
                                + " (raise it with --limit rows=N)")
            }
            return try applyParse(Self.table(fromInline: items), format: format, file: nil)
        case .sequence(let start, let stop, let step, let name):
            var t = Table(fields: [name])
            var v = start
            while step > 0 ? v < stop : v > stop {
                t.rows.append(Row([name: .number(v)]))
                v += step
                if t.rows.count > maxRows {
                    throw DataError(message: "data.sequence has more than \(maxRows) rows (raise the limit with --limit rows=N)")
                }
            }
            return t
        case .url(let path, let format):
            let url = try resolve(path)
            let display = path
            let bytes = try read(url, display: display)
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
                let (header, rows) = try DelimitedText.parse(bytes, delimiter: delim, file: display, maxRows: maxRows)
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
                guard table.rows.count <= maxRows else {
                    throw DataError(file: display, message: "the file has \(table.rows.count) rows, more than the limit of"
                                    + " \(maxRows) rows (raise it with --limit rows=N)")
                }
            }
            return try applyParse(table, format: format, file: display)
        }
    }

    // MARK: Containment

    /// Resolves a `data.url` to the real path of a file inside the data root, refusing
    /// anything that leaves it: URLs, absolute paths elsewhere, `..` escapes and symbolic
    /// links (of the file or of any folder on the way) that lead out.
    ///
    /// A path that stays inside the root but names no file resolves to where it would be
    /// (reading it then reports that it is missing).
    public func resolve(_ path: String) throws -> URL {
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
        let outside = DataError(file: path, message: "the data file is outside the spec's folder (\(dataRoot.path));"
                                + " data.url must name a file inside it (no absolute paths elsewhere, \"..\" or links out)"
                                + ", or name another folder with --data-root")
        let lexicalRoot = dataRoot.path
        guard Self.isInside(lexical.path, root: lexicalRoot) || Self.isInside(lexical.path, root: Self.realPath(lexicalRoot) ?? lexicalRoot) else {
            throw outside
        }
        guard let root = Self.realPath(lexicalRoot) else {
            throw DataError(file: path, message: "the data folder \(lexicalRoot) does not exist")
        }
        guard let real = Self.realPath(lexical.path) else {
            // Missing (or unreadable): refuse if a folder on the way is a link out, else
            // resolve to where it would be so the read reports it missing.
            var parent = lexical.deletingLastPathComponent()
            while Self.realPath(parent.path) == nil && parent.path != "/" { parent.deleteLastPathComponent() }
            if let p = Self.realPath(parent.path), !Self.isInside(p, root: root) { throw outside }
            return lexical
        }
        guard Self.isInside(real, root: root) else { throw outside }
        return URL(fileURLWithPath: real)
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

    /// Reads a resolved data file: a regular file no larger than ``maxFileBytes``.
    func read(_ url: URL, display: String) throws -> [UInt8] {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            let e = errno
            switch e {
            case ENOENT: throw DataError(file: display, message: "no such data file (looked for \(url.path))")
            case ELOOP: throw DataError(file: display, message: "data.url is a symbolic link that leads nowhere; name the file itself")
            default: throw DataError(file: display, message: "cannot read the data file: \(String(cString: strerror(e)))")
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw DataError(file: display, message: "cannot read the data file: \(String(cString: strerror(errno)))")
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw DataError(file: display, message: "data.url names a folder, not a file")
        default: throw DataError(file: display, message: "data.url names a device, pipe or socket, not a regular file")
        }
        let size = Int(st.st_size)
        guard size <= maxFileBytes else {
            throw DataError(file: display, message: "the data file is \(size) bytes, more than the limit of \(maxFileBytes) bytes"
                            + " (raise it with --limit data-bytes=N)")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { buf in
                systemRead(fd, buf.baseAddress! + filled, size - filled)
            }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw DataError(file: display, message: "cannot read the data file: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }  // The file shrank while we read it.
            filled += n
        }
        return filled == size ? bytes : Array(bytes[..<filled])
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

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

// MARK: Fields a spec reads

extension DataLoader {
    /// Checks that every field the transforms and the encoding read exists: in the loaded
    /// source `table`, or made by an earlier transform. A misspelt field would otherwise
    /// draw an empty chart without a word.
    ///
    /// A source with no rows and no fields (empty inline data, an empty file) is not
    /// checked: it draws an empty chart. `key` prefixes the JSON paths in messages (`""` for
    /// the spec, `"layer[1]."` for a layer).
    ///
    /// ```
    /// encoding.y.field: no field "vlaue" in the data; did you mean "value"? (fields: year, value)
    /// ```
    public static func checkFields(encoding: Encoding, transforms: [Transform], source table: Table,
                                   key: String = "", file: String? = nil) throws {
        guard !(table.fields.isEmpty && table.rows.isEmpty) else { return }
        var available = table.fields
        // After a pivot the fields are named by data values, unknown until it runs.
        var open = false
        /// Throws when `field` is not available: at the channel definition's line:column when
        /// `def` says where it was written, else naming `path`.
        func require(_ field: String?, _ path: String, at def: ChannelDef? = nil) throws {
            guard let field, !open, !available.contains(field) else { return }
            // Vega-Lite escapes dots and brackets in names: `a\\.b` is the field `a.b`.
            if field.contains("\\"), available.contains(field.replacingOccurrences(of: "\\", with: "")) { return }
            // Nested access (`a.b`) reads a property of an object-valued field.
            if let dot = field.firstIndex(of: "."), field[..<dot].last != "\\", available.contains(String(field[..<dot])) { return }
            let closest = Suggest.closest(to: field, in: available)
            let list = available.prefix(12).joined(separator: ", ") + (available.count > 12 ? ", …" : "")
            if let def, def.location != nil {
                throw Diagnostic(message: "no field \"\(field)\" in the data (fields: \(list))",
                                 location: def.location, path: def.path?.appending("field"), suggestion: closest)
            }
            let hint = closest.map { "; did you mean \"\($0)\"?" } ?? ""
            throw DataError(file: file, message: "\(key)\(path): no field \"\(field)\" in the data\(hint) (fields: \(list))")
        }
        func add(_ names: [String]) { for n in names where !available.contains(n) { available.append(n) } }
        for (i, t) in transforms.enumerated() {
            let path = "transform[\(i)]"
            switch t {
            case .filter: break
            case .calculate(_, let name): add([name])
            case .fold(let fields, let k, let v):
                for f in fields { try require(f, path + ".fold") }
                add([k, v])
            case .aggregate(let ops, let groupby):
                for g in groupby { try require(g, path + ".groupby") }
                for op in ops { try require(op.field, path + ".aggregate") }
                available = groupby
                add(ops.map(\.outputName))
            case .joinaggregate(let ops, let groupby):
                for g in groupby { try require(g, path + ".groupby") }
                for op in ops { try require(op.field, path + ".joinaggregate") }
                add(ops.map(\.outputName))
            case .window(let ops, _, let groupby, _):
                for g in groupby { try require(g, path + ".groupby") }
                add(ops.map(\.outputName))
            case .timeUnit(_, let field, let name):
                try require(field, path + ".field")
                add([name])
            case .bin(_, let field, let a, let b):
                try require(field, path + ".field")
                add([a, b])
            case .pivot(let p):
                try require(p.pivot, path + ".pivot")
                try require(p.value, path + ".value")
                for g in p.groupby { try require(g, path + ".groupby") }
                available = p.groupby
                open = true
            case .density(let d):
                try require(d.field, path + ".density")
                for g in d.groupby { try require(g, path + ".groupby") }
                available = d.groupby
                add([d.valueAs, d.densityAs])
            case .lookup(let l):
                try require(l.lookup, path + ".lookup")
                add(l.names ?? l.fields)
            case .stack(let field, let groupby, _, _, let a, let b):
                try require(field, path + ".stack")
                for g in groupby { try require(g, path + ".groupby") }
                add([a, b])
            }
        }
        for channel in Channel.allCases {
            for (k, def) in (encoding.channels[channel] ?? []).enumerated() {
                guard let field = def.field, def.aggregate != .count else { continue }
                let index = (encoding.channels[channel]?.count ?? 0) > 1 ? "[\(k)]" : ""
                try require(field, "encoding.\(channel.rawValue)\(index).field", at: def)
            }
        }
    }
}
