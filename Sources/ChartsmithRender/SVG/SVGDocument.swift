import ChartsmithFormat
/// Finishes Cairo's SVG output: stable ids, then `<title>` and `<desc>`.
enum SVGDocument {
    /// Id prefixes Cairo 1.16 numbers from process-wide counters (surface and source ids),
    /// which would make the same scene's SVG differ after other scenes were rendered.
    /// Glyph, clip, mask and gradient ids are counted per document and left alone.
    static let processWideIdPrefixes = ["surface", "image", "source-"]

    static func finishing(_ bytes: [UInt8], title: String?, description: String?) -> [UInt8] {
        var svg = normalisingIds(bytes)
        var head = ""
        if let title, !title.isEmpty { head += "\n<title>\(Escaping.xml(title))</title>" }
        if let description, !description.isEmpty { head += "\n<desc>\(Escaping.xml(description))</desc>" }
        if !head.isEmpty, let open = firstIndex(of: Array("<svg".utf8), in: svg),
           let end = svg[open...].firstIndex(of: UInt8(ascii: ">")) {
            svg.insert(contentsOf: Array(head.utf8), at: end + 1)
        }
        return svg
    }

    /// Renumbers ids like `surface51` (in `id="…"` and `#…` references) from 1, in order of
    /// first appearance, separately for each prefix.
    static func normalisingIds(_ svg: String) -> String {
        String(decoding: normalisingIds(Array(svg.utf8)), as: UTF8.self)
    }

    static func normalisingIds(_ bytes: [UInt8]) -> [UInt8] {
        let prefixes = processWideIdPrefixes.map { Array($0.utf8) }
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#"), paren = UInt8(ascii: ")")
        let firstBytes = Set(prefixes.map { $0[0] })
        var numbering = [[ArraySlice<UInt8>: Int]](repeating: [:], count: prefixes.count)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var copied = 0, i = 0
            while i < n {
                let b = buf[i]
                i += 1
                // An id starts right after `"` (as in id="…") or `#` (as in href="#…", url(#…)).
                guard b == quote || b == hash, i < n, firstBytes.contains(buf[i]) else { continue }
                for (p, prefix) in prefixes.enumerated() {
                    guard i + prefix.count < n, (0..<prefix.count).allSatisfy({ buf[i + $0] == prefix[$0] }) else { continue }
                    var j = i + prefix.count
                    let digitsStart = j
                    while j < n, buf[j] >= UInt8(ascii: "0"), buf[j] <= UInt8(ascii: "9") { j += 1 }
                    guard j > digitsStart, j < n, buf[j] == quote || buf[j] == paren else { continue }
                    let old = bytes[digitsStart..<j]
                    let number = numbering[p][old] ?? numbering[p].count + 1
                    numbering[p][old] = number
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied..<digitsStart]))
                    out.append(contentsOf: String(number).utf8)
                    copied = j
                    i = j
                    break
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied..<n]))
        }
        return out
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for i in 0...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
            if bytes[i..<i + pattern.count].elementsEqual(pattern) { return i }
        }
        return nil
    }
}
