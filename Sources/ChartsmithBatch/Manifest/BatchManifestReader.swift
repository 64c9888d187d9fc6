import Foundation

/// Reads a manifest file one entry at a time: finds each entry's bytes inside `"entries"`
/// with a small scanner and decodes them on their own, so reading the manifest of 12,000
/// specs never builds one decoder tree of the whole file (which took over 100 MB).
/// Anything the scanner does not expect is decoded whole, as before.
enum BatchManifestReader {
    /// The manifest in `bytes`, or nil if it is not one.
    static func decode(_ bytes: [UInt8]) -> BatchManifest? {
        let decoder = JSONDecoder()
        guard let ranges = entryRanges(bytes) else { return try? decoder.decode(BatchManifest.self, from: Data(bytes)) }
        // The manifest without its entries, then each entry.
        let shellBytes = Array(bytes[..<ranges.object.lowerBound]) + Array("{}".utf8) + Array(bytes[ranges.object.upperBound...])
        guard var manifest = try? decoder.decode(BatchManifest.self, from: Data(shellBytes)) else { return nil }
        for (keyRange, valueRange) in ranges.entries {
            guard let key = try? decoder.decode(String.self, from: Data(bytes[keyRange])),
                  let entry = try? decoder.decode(BatchManifest.Entry.self, from: Data(bytes[valueRange])) else { return nil }
            manifest.entries[key] = entry
        }
        return manifest
    }

    /// The byte range of the `"entries"` object and, inside it, of each key and value; nil
    /// when the top level is not an object holding an `"entries"` object.
    static func entryRanges(_ b: [UInt8]) -> (object: Range<Int>, entries: [(Range<Int>, Range<Int>)])? {
        var i = 0
        func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        /// Skips a string starting at `i`; returns its range (quotes included).
        func string() -> Range<Int>? {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
            let start = i
            i += 1
            while i < b.count {
                if b[i] == UInt8(ascii: "\\") { i += 2; continue }
                if b[i] == UInt8(ascii: "\"") { i += 1; return start..<i }
                i += 1
            }
            return nil
        }
        /// Skips any value starting at `i`; returns its range.
        func value() -> Range<Int>? {
            let start = i
            var depth = 0
            while i < b.count {
                switch b[i] {
                case UInt8(ascii: "\""): guard string() != nil else { return nil }; if depth == 0 { return start..<i }; continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth < 0 { return nil }
                    if depth == 0 { i += 1; return start..<i }
                case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09: if depth == 0 { return start..<i }
                default: break
                }
                i += 1
            }
            return depth == 0 && i > start ? start..<i : nil
        }
        /// The members of an object starting at `i`: each key's and value's range.
        func members() -> [(Range<Int>, Range<Int>)]? {
            guard i < b.count, b[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            var out: [(Range<Int>, Range<Int>)] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return out }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard let v = value() else { return nil }
                out.append((key, v))
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return out }
                return nil
            }
        }
        skipSpace()
        guard let top = members() else { return nil }
        guard let found = top.first(where: { Array(b[$0.0]) == Array("\"entries\"".utf8) }) else { return nil }
        i = found.1.lowerBound
        guard let entries = members() else { return nil }
        return (found.1, entries)
    }
}
