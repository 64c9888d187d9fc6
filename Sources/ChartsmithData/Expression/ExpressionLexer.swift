import ChartsmithFormat

/// Splits a Vega expression into tokens, one at a time, in a single left-to-right pass.
///
/// Follows JavaScript's lexical grammar for what expressions use: numbers (decimal with
/// fraction and exponent, `0x`/`0o`/`0b`), single- or double-quoted strings with
/// escapes (`\n`, `\'`, `\x41`, `\u00e9`, `\u{1F600}`…), names, operators, and `//` or
/// `/* */` comments. Legacy octal forms, template strings and unknown characters are
/// errors that name their offset.
struct ExpressionLexer {
    let source: String
    let characters: [Character]
    /// Offset of the next character to read.
    private(set) var position = 0

    init(_ source: String) {
        self.source = source
        self.characters = Array(source)
    }

    /// Punctuators, longest first so that `===` is not read as `==` then `=`.
    static let punctuators: [String] = [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "**", "<<", ">>",
        "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^",
        "!", "~", "?", ":", "=", ".",
    ].sorted { $0.count > $1.count }

    func error(_ offset: Int, _ message: String, suggestion: String? = nil) -> ExpressionError {
        ExpressionError(source: source, offset: offset, message: message, suggestion: suggestion)
    }

    /// The next token; `.end` (repeatedly) once the text is used up.
    mutating func next() throws(ExpressionError) -> ExpressionToken {
        try skipSpaceAndComments()
        let start = position
        guard start < characters.count else { return ExpressionToken(kind: .end, start: start, end: start) }
        let c = characters[start]
        if Self.isNameStart(c) { return scanName() }
        if Self.isDigit(c) || (c == "." && start + 1 < characters.count && Self.isDigit(characters[start + 1])) {
            return try scanNumber()
        }
        if c == "'" || c == "\"" { return try scanString() }
        if c == "`" {
            throw error(start, "template strings (`...`) are not supported; use '...' and +")
        }
        for p in Self.punctuators where matches(p, at: start) {
            // `a?.5:1` is a conditional with the number .5, not optional chaining.
            if p == "?.", start + 2 < characters.count, Self.isDigit(characters[start + 2]) { continue }
            position = start + p.count
            return ExpressionToken(kind: .punctuator(p), start: start, end: position)
        }
        throw error(start, "unexpected character \"\(c)\"")
    }

    // MARK: Scanners

    private mutating func skipSpaceAndComments() throws(ExpressionError) {
        while position < characters.count {
            let c = characters[position]
            if Self.isSpace(c) {
                position += 1
            } else if c == "/" && matches("//", at: position) {
                while position < characters.count && !Self.isLineTerminator(characters[position]) { position += 1 }
            } else if c == "/" && matches("/*", at: position) {
                let start = position
                position += 2
                while position < characters.count && !matches("*/", at: position) { position += 1 }
                guard position < characters.count else { throw error(start, "unterminated comment: \"/*\" without \"*/\"") }
                position += 2
            } else {
                return
            }
        }
    }

    private mutating func scanName() -> ExpressionToken {
        let start = position
        position += 1
        while position < characters.count && Self.isNamePart(characters[position]) { position += 1 }
        return ExpressionToken(kind: .name(String(characters[start..<position])), start: start, end: position)
    }

    private mutating func scanNumber() throws(ExpressionError) -> ExpressionToken {
        let start = position
        var value: Double
        if characters[start] == "0", start + 1 < characters.count,
           let radix = Self.radixPrefixes[characters[start + 1]] {
            position += 2
            value = 0
            let digitsStart = position
            while position < characters.count, let a = characters[position].asciiValue,
                  let d = JavaScriptNumber.digitValue(a), d < radix {
                value = value * Double(radix) + Double(d)
                position += 1
            }
            if position == digitsStart {
                throw error(start, "\"\(characters[start])\(characters[start + 1])\" needs digits after it")
            }
        } else {
            if characters[start] == "0", start + 1 < characters.count, Self.isDigit(characters[start + 1]) {
                throw error(start, "a number cannot start with 0 followed by more digits (octal literals are not allowed)")
            }
            while position < characters.count && Self.isDigit(characters[position]) { position += 1 }
            if position < characters.count && characters[position] == "." {
                position += 1
                while position < characters.count && Self.isDigit(characters[position]) { position += 1 }
            }
            if position < characters.count && (characters[position] == "e" || characters[position] == "E") {
                let exponent = position
                position += 1
                if position < characters.count && (characters[position] == "+" || characters[position] == "-") { position += 1 }
                let digits = position
                while position < characters.count && Self.isDigit(characters[position]) { position += 1 }
                if position == digits { throw error(exponent, "the exponent of a number needs digits") }
            }
            let text = String(characters[start..<position])
            value = Double(text) ?? .nan
        }
        if position < characters.count && (Self.isNameStart(characters[position]) || Self.isDigit(characters[position])) {
            throw error(position, "a number cannot be followed directly by \"\(characters[position])\"")
        }
        return ExpressionToken(kind: .number(value), start: start, end: position)
    }

    private mutating func scanString() throws(ExpressionError) -> ExpressionToken {
        let start = position
        let quote = characters[start]
        position += 1
        var units: [UInt16] = []
        while true {
            guard position < characters.count else {
                throw error(start, "unterminated string: no closing \(quote) before the end of the expression")
            }
            let c = characters[position]
            if c == quote {
                position += 1
                break
            }
            if Self.isLineTerminator(c) {
                throw error(start, "unterminated string: strings cannot span lines (write \\n for a line break)")
            }
            position += 1
            guard c == "\\" else {
                units.append(contentsOf: c.utf16)
                continue
            }
            guard position < characters.count else {
                throw error(start, "unterminated string: no closing \(quote) before the end of the expression")
            }
            let escapeStart = position - 1
            let e = characters[position]
            position += 1
            switch e {
            case "n": units.append(10)
            case "t": units.append(9)
            case "r": units.append(13)
            case "b": units.append(8)
            case "f": units.append(12)
            case "v": units.append(11)
            case "0" where !(position < characters.count && Self.isDigit(characters[position])):
                units.append(0)
            case "0"..."9":
                throw error(escapeStart, "octal escapes such as \"\\\(e)\" are not allowed; use \\x or \\u")
            case "x":
                guard let v = hexDigits(count: 2) else {
                    throw error(escapeStart, "\"\\x\" needs two hexadecimal digits")
                }
                units.append(UInt16(v))
            case "u":
                if position < characters.count && characters[position] == "{" {
                    position += 1
                    var v = 0
                    var digits = 0
                    while position < characters.count, let a = characters[position].asciiValue,
                          let d = JavaScriptNumber.digitValue(a), d < 16 {
                        v = min(v * 16 + d, 0x110000)
                        digits += 1
                        position += 1
                    }
                    guard digits > 0, position < characters.count, characters[position] == "}", v <= 0x10FFFF else {
                        throw error(escapeStart, "\"\\u{...}\" needs a hexadecimal code point up to 10FFFF")
                    }
                    position += 1
                    if let scalar = Unicode.Scalar(UInt32(v)) {
                        units.append(contentsOf: String(scalar).utf16)
                    } else {
                        units.append(UInt16(v)) // a lone surrogate, as JavaScript allows
                    }
                } else {
                    guard let v = hexDigits(count: 4) else {
                        throw error(escapeStart, "\"\\u\" needs four hexadecimal digits or {code point}")
                    }
                    units.append(UInt16(v))
                }
            default:
                if Self.isLineTerminator(e) { continue } // line continuation
                units.append(contentsOf: e.utf16)
            }
        }
        // Surrogate pairs join; a lone surrogate becomes U+FFFD.
        return ExpressionToken(kind: .string(String(decoding: units, as: UTF16.self)), start: start, end: position)
    }

    /// Reads exactly `count` hexadecimal digits, or nothing.
    private mutating func hexDigits(count: Int) -> Int? {
        guard position + count <= characters.count else { return nil }
        var v = 0
        for i in 0..<count {
            guard let a = characters[position + i].asciiValue, let d = JavaScriptNumber.digitValue(a), d < 16 else { return nil }
            v = v * 16 + d
        }
        position += count
        return v
    }

    private func matches(_ text: String, at offset: Int) -> Bool {
        var i = offset
        for c in text {
            guard i < characters.count, characters[i] == c else { return false }
            i += 1
        }
        return true
    }

    // MARK: Character classes

    static let radixPrefixes: [Character: Int] = ["x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2]

    static func isDigit(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return a >= 48 && a <= 57
    }

    static func isNameStart(_ c: Character) -> Bool {
        c == "$" || c == "_" || c.isLetter
    }

    static func isNamePart(_ c: Character) -> Bool {
        isNameStart(c) || isDigit(c) || c.isNumber
    }

    static func isLineTerminator(_ c: Character) -> Bool {
        c == "\n" || c == "\r" || c == "\r\n" || c == "\u{2028}" || c == "\u{2029}"
    }

    static func isSpace(_ c: Character) -> Bool {
        if c.isWhitespace { return true }
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return s.isJavaScriptWhitespace
    }
}
