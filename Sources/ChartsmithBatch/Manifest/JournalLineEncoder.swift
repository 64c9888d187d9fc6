import Foundation

/// Writes one journal line (``BatchJournal/Line``) as compact JSON, straight into bytes.
///
/// The batch appends a line per finished spec. `JSONEncoder` builds a tree of boxed values for
/// every line, which made the journal about a quarter of the CPU the batch spends on a spec
/// after drawing it (perf, 300 seed charts to PDF). The bytes here are plain JSON that `JSONDecoder` reads back
/// into the same ``BatchJournal/Line`` (tested against it, escapes and every optional field
/// included), so journals of older runs and of this one are read by the same code.
enum JournalLineEncoder {
    /// The line's JSON object, without the newline that ends it.
    static func encode(_ line: BatchJournal.Line) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        var w = Members()
        out.append(UInt8(ascii: "{"))
        w.string("path", line.path, &out)
        w.key("entry", &out)
        append(entry: line.entry, to: &out)
        if let sizes = line.sizes {
            w.key("sizes", &out)
            var s = Members()
            out.append(UInt8(ascii: "{"))
            for (path, size) in sizes.sorted(by: { $0.key < $1.key }) {
                s.key(path, &out)
                out += Array(String(size).utf8)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// A manifest entry's JSON object; optional fields that are nil are left out, as
    /// `JSONEncoder` leaves them out.
    static func append(entry: BatchManifest.Entry, to out: inout [UInt8]) {
        var e = Members()
        out.append(UInt8(ascii: "{"))
        e.string("spec", entry.spec, &out)
        e.string("key", entry.key, &out)
        e.string("status", entry.status.rawValue, &out)
        e.key("outputs", &out)
        append(strings: entry.outputs, to: &out)
        if let v = entry.error { e.string("error", v, &out) }
        if let v = entry.title { e.string("title", v, &out) }
        if let v = entry.description { e.string("description", v, &out) }
        if let v = entry.thumbnail { e.string("thumbnail", v, &out) }
        e.key("inputs", &out)
        out.append(UInt8(ascii: "["))
        for (i, input) in entry.inputs.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            var o = Members()
            out.append(UInt8(ascii: "{"))
            o.string("role", input.role, &out)
            o.string("path", input.path, &out)
            o.string("sha256", input.sha256, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        if let ms = entry.milliseconds, ms.isFinite {
            e.key("milliseconds", &out)
            out += Array("\(ms)".utf8)
        }
        if let warnings = entry.warnings {
            e.key("warnings", &out)
            append(strings: warnings, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// A JSON array of strings.
    static func append(strings: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, s) in strings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append(string: s, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The members of one JSON object: a comma before each but the first.
    private struct Members {
        private var first = true

        mutating func key(_ name: String, _ out: inout [UInt8]) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JournalLineEncoder.append(string: name, to: &out)
            out.append(UInt8(ascii: ":"))
        }

        mutating func string(_ name: String, _ value: String, _ out: inout [UInt8]) {
            key(name, &out)
            JournalLineEncoder.append(string: value, to: &out)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func append(string: String, to out: inout [UInt8]) {
        let hex = hexDigits
        out.append(UInt8(ascii: "\""))
        for b in string.utf8 {
            switch b {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
