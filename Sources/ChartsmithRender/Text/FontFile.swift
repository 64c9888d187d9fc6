import CChartsmithPango
import Foundation

/// Reads what a font file holds: the family names fontconfig finds in it, or nothing when it
/// is not a font (TrueType, OpenType, collections and the other formats FreeType reads).
public enum FontFile {
    /// The family names in the font file at `path`, sorted, without duplicates; nil when the
    /// file cannot be read or is not a font.
    ///
    /// The file is read by a throwaway fontconfig configuration of its own, so the answer
    /// never depends on the fonts the machine has installed.
    public static func families(in path: String) -> [String]? {
        guard let config = FcConfigCreate() else { return nil }
        defer { FcConfigDestroy(config) }
        let added = path.withCString { p in
            p.withMemoryRebound(to: FcChar8.self, capacity: path.utf8.count + 1) { FcConfigAppFontAddFile(config, $0) }
        }
        guard added != 0, let fonts = FcConfigGetFonts(config, FcSetApplication) else { return nil }
        var names = Set<String>()
        for i in 0..<Int(fonts.pointee.nfont) {
            guard let pattern = fonts.pointee.fonts[i] else { continue }
            var value: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                names.insert(String(cString: value))
            }
        }
        return names.isEmpty ? nil : names.sorted()
    }
}
