extension Unicode.Scalar {
    /// WhiteSpace or LineTerminator as ECMA-262 defines them: what `String.prototype.trim`,
    /// `Number(text)` and `Date.parse` skip.
    package var isJavaScriptWhitespace: Bool {
        switch value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        case 0x2000...0x200A:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// The text without JavaScript white space and line terminators at its ends (both
    /// ends, as `String.prototype.trim` does, or only the ones asked for).
    package func trimmingJavaScriptWhitespace(leading: Bool = true, trailing: Bool = true) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        if leading {
            while start < end && scalars[start].isJavaScriptWhitespace { start = scalars.index(after: start) }
        }
        if trailing {
            while end > start {
                let before = scalars.index(before: end)
                guard scalars[before].isJavaScriptWhitespace else { break }
                end = before
            }
        }
        return String(scalars[start..<end])
    }
}
