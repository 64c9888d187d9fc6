// Font family properties and a style's `fonts` list.

extension ConfigDecoder {
    /// A font family property (`font`, `labelFont`, `titleFont`…): a family name or a CSS
    /// font stack (`"Helvetica Neue, Arial, sans-serif"`), kept with where it was written so
    /// the style stage can point at a family the pinned fonts lack.
    static func fontFamily(_ q: inout ObjectReader, _ key: String) throws -> Located<String>? {
        guard let v = q.take(key) else { return nil }
        let s = try v.asString()
        guard s.contains(where: { $0 != " " }) else {
            throw Diagnostic(location: v.location, path: v.path, message: "expected a font family name, found an empty string",
                             suggestion: "sans-serif")
        }
        return Located(s, location: v.location, path: v.path)
    }

    /// `fonts`: an array of font file paths, for a style file or a spec's `config` (read
    /// relative to the file that lists them).
    static func fontFiles(_ r: inout ObjectReader) throws -> [Located<String>]? {
        guard let v = r.take("fonts") else { return nil }
        let items = try v.asArray()
        return try items.map { item in
            let path = try item.asString()
            guard !path.isEmpty else {
                throw Diagnostic(location: item.location, path: item.path,
                                 message: "expected a font file path such as \"fonts/Brand-Regular.ttf\", found an empty string")
            }
            return Located(path, location: item.location, path: item.path)
        }
    }
}
