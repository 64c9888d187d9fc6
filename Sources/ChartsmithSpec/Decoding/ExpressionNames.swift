/// The free names of an expression: those not read as a member (`datum.name`), not called
/// as a function and not inside quotes, which a parameter's name can be. The decoder writes
/// variable parameters' values over them; the data stage, the values `extent` transforms set.
public enum ExpressionNames {
    /// `source` with each free name for which `replace` gives text replaced by that text.
    public static func map(_ source: String, _ replace: (String) throws -> String?) rethrows -> String {
        let chars = Array(source)
        var out = ""
        var i = 0
        func isStart(_ c: Character) -> Bool { c == "_" || c == "$" || (c.isASCII && c.isLetter) }
        func isPart(_ c: Character) -> Bool { isStart(c) || (c.isASCII && c.isNumber) }
        while i < chars.count {
            let c = chars[i]
            if c == "\"" || c == "'" {
                var j = i + 1
                while j < chars.count && chars[j] != c { j += chars[j] == "\\" ? 2 : 1 }
                j = min(j + 1, chars.count)
                out += String(chars[i..<j])
                i = j
                continue
            }
            if isStart(c) && (i == 0 || !isPart(chars[i - 1])) {
                var j = i
                while j < chars.count && isPart(chars[j]) { j += 1 }
                let name = String(chars[i..<j])
                var before = i - 1
                while before >= 0 && chars[before] == " " { before -= 1 }
                var after = j
                while after < chars.count && chars[after] == " " { after += 1 }
                let member = before >= 0 && chars[before] == "."
                let call = after < chars.count && chars[after] == "("
                out += (!member && !call ? try replace(name) : nil) ?? name
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// A number written as an expression literal: whole numbers without a fraction,
    /// negative ones in parentheses.
    public static func literal(_ n: Double) -> String {
        if n.isNaN { return "NaN" }
        if n.isInfinite { return n > 0 ? "Infinity" : "(-Infinity)" }
        if n == n.rounded(), abs(n) < 1e15 { return n < 0 ? "(\(Int(n)))" : "\(Int(n))" }
        return n < 0 ? "(\(n))" : "\(n)"
    }
}
