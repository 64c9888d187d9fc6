/// Vega-Lite field paths written with brackets: `a['b']` and `a["b"]` name the member `b`
/// of the object field `a`, as `a.b` does; `a[0]` names an array's element. Chartsmith
/// names a nested member by its dotted path (`a.b`, `a[0]`), as the data stage flattens
/// nested values, so a quoted bracket accessor is rewritten to a dot; escaped characters
/// (`a\\['b'\\]`, a flat field whose name has brackets) are kept as written.
enum FieldPathBrackets {
    /// `path` with every quoted bracket accessor (`['b']`, `["b"]`) written as `.b`.
    static func dotted(_ path: String) -> String {
        // A byte test first: Foundation's `contains` of a string bridges through NSString.
        guard path.utf8.contains(UInt8(ascii: "[")), path.contains("['") || path.contains("[\"") else { return path }
        let chars = Array(path)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                out.append(c); out.append(chars[i + 1]); i += 2
                continue
            }
            if c == "[", i + 1 < chars.count, chars[i + 1] == "'" || chars[i + 1] == "\"", !out.isEmpty {
                let quote = chars[i + 1]
                var j = i + 2
                var key = ""
                while j < chars.count, chars[j] != quote {
                    if chars[j] == "\\", j + 1 < chars.count { j += 1 }
                    key.append(chars[j]); j += 1
                }
                if j + 1 < chars.count, chars[j + 1] == "]" {
                    out += "." + key
                    i = j + 2
                    continue
                }
            }
            out.append(c); i += 1
        }
        return out
    }
}
