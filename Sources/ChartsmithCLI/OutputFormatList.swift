import ArgumentParser
import Chartsmith

extension OutputFormat {
    /// Parses `png,pdf`, keeping order and dropping repeats.
    static func list(_ text: String) throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let f = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)'; expected png, pdf, svg or svg-outlines")
            }
            if !result.contains(f) { result.append(f) }
        }
        guard !result.isEmpty else { throw ValidationError("--format names no format") }
        return result
    }
}
