import ChartsmithSpec
import ChartsmithFormat

// Primary expressions and their accesses: groups, arrays, names, `datum` fields, and
// member and index accesses after them.

extension ExpressionParser {
    /// A primary expression followed by `.name` and `[key]` accesses.
    mutating func parsePostfix() throws(ExpressionError) -> Parsed {
        let base = try parsePrimary()
        guard token.isPunctuator(".") || token.isPunctuator("[") || token.isPunctuator("(") else { return base }
        return try parseAccesses(of: base)
    }

    @inline(never)
    mutating func parseAccesses(of base: Parsed) throws(ExpressionError) -> Parsed {
        var keys: [Parsed] = []
        var firstAccess = 0
        while true {
            if token.isPunctuator(".") {
                let dot = try advance()
                if keys.isEmpty { firstAccess = dot.start }
                guard let name = token.name else {
                    throw unexpected(token, context: "; expected a property name after \".\"")
                }
                try advance()
                keys.append(Self.leaf(.constant(.string(name))))
            } else if token.isPunctuator("[") {
                let open = try advance()
                if keys.isEmpty { firstAccess = open.start }
                try enter(open.start)
                let key = try parseConditional()
                try expectClosing("]", opening: open)
                depth -= 1
                keys.append(key)
            } else if token.isPunctuator("(") {
                throw error(token.start, "only functions can be called, as in year(datum.date)")
            } else {
                break
            }
        }
        if keys.isEmpty { return base }
        return try make(.member(base.node, keys.map(\.node)), over: [base] + keys, at: firstAccess)
    }

    mutating func parsePrimary() throws(ExpressionError) -> Parsed {
        switch token.kind {
        case .number(let n):
            try advance()
            return Self.leaf(.constant(.number(n)))
        case .string(let s):
            try advance()
            return Self.leaf(.constant(.string(s)))
        case .name:
            return try parseName()
        case .punctuator("("):
            return try parseGroup()
        case .punctuator("["):
            return try parseArray()
        case .punctuator("{"):
            return try parseObject()
        default:
            throw unexpected(token, context: "")
        }
    }

    /// `( expression )`
    @inline(never)
    mutating func parseGroup() throws(ExpressionError) -> Parsed {
        let open = try advance()
        try enter(open.start)
        let inner = try parseConditional()
        try expectClosing(")", opening: open)
        depth -= 1
        return inner
    }

    /// `[a, b, …]`; a hole (`[1, , 2]`) is undefined.
    mutating func parseArray() throws(ExpressionError) -> Parsed {
        let open = try advance()
        try enter(open.start)
        var items: [Parsed] = []
        while !token.isPunctuator("]") {
            if token.isPunctuator(",") {
                try advance()
                items.append(Self.leaf(.constant(.undefined)))
                continue
            }
            items.append(try parseConditional())
            try listSeparator("]", opening: open)
        }
        try closeList()
        return try make(.array(items.map(\.node)), over: items, at: open.start)
    }

    /// After an item of an array or object: a comma, or the closing bracket next.
    private mutating func listSeparator(_ closing: String, opening: ExpressionToken) throws(ExpressionError) {
        if token.isPunctuator(",") {
            try advance()
        } else if !token.isPunctuator(closing) {
            try expectClosing(closing, opening: opening)
        }
    }

    /// Past the closing bracket of an array or object, one level of nesting out.
    private mutating func closeList() throws(ExpressionError) {
        try advance()
        depth -= 1
    }

    /// `{key: value, …}`, each key a name, a string or a number, once (trailing comma
    /// allowed).
    mutating func parseObject() throws(ExpressionError) -> Parsed {
        let open = try advance()
        try enter(open.start)
        var keys: [String] = []
        var values: [Parsed] = []
        while !token.isPunctuator("}") {
            let key: String
            switch token.kind {
            case .name(let n): key = n
            case .string(let s): key = s
            case .number(let n): key = JavaScriptNumber.toString(n)
            default: throw unexpected(token, context: "; expected a property name in an object {name: value}")
            }
            // As Vega's parser (strict mode), a key may appear once.
            if keys.contains(key) { throw error(token.start, "the property \"\(key)\" appears twice in the object") }
            keys.append(key)
            try advance()
            guard token.isPunctuator(":") else {
                throw unexpected(token, context: "; expected \":\" after the property name \"\(keys.last!)\"")
            }
            try advance()
            values.append(try parseConditional())
            try listSeparator("}", opening: open)
        }
        try closeList()
        return try make(.object(keys: keys, values: values.map(\.node)), over: values, at: open.start)
    }

    mutating func parseName() throws(ExpressionError) -> Parsed {
        let t = try advance()
        let name = t.name!
        if name == "datum" { return Self.leaf(try parseDatum(t)) }
        if let literal = Self.literals[name] { return Self.leaf(.constant(literal)) }
        if let constant = Self.constants[name] { return Self.leaf(.constant(.number(constant))) }
        if token.isPunctuator("(") { return try parseCall(name, t) }
        throw unknownName(name, t)
    }

    /// The error for a name that is not a field, literal, constant or call.
    @inline(never)
    func unknownName(_ name: String, _ t: ExpressionToken) -> ExpressionError {
        if let reason = ExpressionFunction.refused[name] { return error(t.start, reason) }
        if ExpressionFunction(rawValue: name) != nil || ExpressionFunction.unsupported.contains(name) {
            return error(t.start, "\"\(name)\" is a function: call it as \(name)(...)")
        }
        if let op = Self.operatorWords[name] {
            return error(t.start, "unknown name \"\(name)\"", suggestion: op)
        }
        if Self.reservedWords.contains(name) {
            return error(t.start, "\"\(name)\" is not supported in expressions")
        }
        var candidates = ["datum"] + Self.literals.keys.sorted() + Self.constants.keys.sorted()
        candidates.removeAll { $0 == "undefined" }
        let suggestion = Suggest.closest(to: name, in: candidates) ?? "datum.\(name)"
        return error(t.start, "unknown name \"\(name)\" (fields are read as datum.field)", suggestion: suggestion)
    }

    /// `datum.name` or `datum[key]` with a key that does not depend on the row.
    mutating func parseDatum(_ datum: ExpressionToken) throws(ExpressionError) -> ExpressionNode {
        let name: String
        if token.isPunctuator(".") {
            try advance()
            guard let n = token.name else {
                throw unexpected(token, context: "; expected a field name after \"datum.\"")
            }
            let t = try advance()
            name = n
            lastDotField = (n, t.end)
        } else if token.isPunctuator("[") {
            let open = try advance()
            try enter(open.start)
            let keyStart = token.start
            let before = fieldReferences
            let key = try parseConditional()
            try expectClosing("]", opening: open)
            depth -= 1
            guard fieldReferences == before else {
                throw error(keyStart, "the field name in datum[...] must not depend on the row (write datum['name'])")
            }
            name = ExpressionEvaluator.evaluate(key.node, Row()).jsString
        } else {
            var suggestion: String?
            if case .number = token.kind, token.start == datum.end {
                // `datum.2010` reads as `datum` then the number `.2010`.
                let digits = String(lexer.characters[(token.start + 1)..<token.end])
                suggestion = "datum['\(digits)']"
            }
            throw error(datum.start, "\"datum\" must be followed by a field, as datum.name or datum['name']",
                        suggestion: suggestion)
        }
        fields.insert(name)
        fieldReferences += 1
        return .field(name)
    }
}
