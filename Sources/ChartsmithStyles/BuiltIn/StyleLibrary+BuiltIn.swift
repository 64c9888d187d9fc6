extension StyleLibrary {
    /// A built-in style by name, reading no file (a same-named file beside a spec or in the
    /// working folder is not looked for): for charts rendered from memory.
    ///
    /// - Throws: ``ChartsmithError`` when `name` is not one of ``builtInNames``.
    public static func builtInStyle(_ name: String) throws -> Style {
        try builtIn(name)
    }
}
