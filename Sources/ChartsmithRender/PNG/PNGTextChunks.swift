/// Adds text chunks (title, alt text, software) to an encoded PNG.
///
/// Chunks go right after `IHDR`, so readers that stop early still see them. Text that fits
/// Latin-1 goes into `tEXt`; anything else into an uncompressed `iTXt` in UTF-8.
enum PNGTextChunks {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// `png` with one text chunk per `(keyword, text)` pair inserted after `IHDR`.
    ///
    /// Keywords must be 1–79 Latin-1 characters (the PNG rule); empty texts are skipped.
    static func inserting(_ entries: [(keyword: String, text: String)], into png: [UInt8]) throws -> [UInt8] {
        // Signature (8) + IHDR: length (4), type (4), data (13), CRC (4).
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        guard png.count >= ihdrEnd, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8) else {
            throw RenderError.invalidImage("Cairo's PNG output does not start with a PNG signature and IHDR chunk")
        }
        var chunks: [UInt8] = []
        for (keyword, text) in entries where !text.isEmpty {
            chunks += chunk(keyword: keyword, text: text)
        }
        return Array(png[0..<ihdrEnd]) + chunks + Array(png[ihdrEnd...])
    }

    /// One `tEXt` or `iTXt` chunk.
    static func chunk(keyword: String, text: String) -> [UInt8] {
        let key = Array(keyword.unicodeScalars.prefix(79).map { UInt8(truncatingIfNeeded: $0.value) })
        let clean = text.replacingNUL()
        if let latin1 = clean.latin1Bytes {
            return chunk(type: "tEXt", data: key + [0] + latin1)
        }
        // keyword NUL, compression flag 0, method 0, language "" NUL, translated keyword "" NUL, UTF-8 text.
        return chunk(type: "iTXt", data: key + [0, 0, 0, 0, 0] + Array(clean.utf8))
    }

    /// A chunk: big-endian length, type, data, CRC-32 of type and data.
    static func chunk(type: String, data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        let crc = CRC32.checksum(typeBytes + data)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc)
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }
}

/// The CRC-32 of ISO 3309 / ITU-T V.42, as PNG chunks use it.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

extension String {
    /// The Latin-1 encoding, or nil if a character lies outside it.
    var latin1Bytes: [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for s in unicodeScalars {
            guard s.value <= 0xFF else { return nil }
            out.append(UInt8(s.value))
        }
        return out
    }

    func replacingNUL() -> String {
        // Bytes, not `contains("\0")`: Foundation's substring search bridges through NSString.
        utf8.contains(0) ? String(unicodeScalars.filter { $0.value != 0 }.map(Character.init)) : self
    }
}
