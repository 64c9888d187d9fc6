import CChartsmithPango
import Foundation

/// The fonts Chartsmith may use, pinned so output never depends on which other fonts a
/// machine has installed.
///
/// A library owns a private fontconfig configuration that knows only the font files in its
/// directories (DejaVu by default) and its ``fallbacks``, and never reads the system's
/// fontconfig files. Generic families resolve inside it — `sans-serif` to DejaVu Sans,
/// `serif` to DejaVu Serif, `monospace` to DejaVu Sans Mono — and a family the library lacks
/// falls back to DejaVu Sans. Pango's per-character fallback then takes each character
/// DejaVu lacks from the first family of the fixed fallback chain that has it (Noto for
/// Chinese, Japanese, Korean, Devanagari and Thai by default; DejaVu itself covers Greek,
/// Cyrillic, Hebrew and Arabic), and lays out right-to-left scripts.
///
/// A library is safe to use from many threads at once. Pango font maps and contexts are not
/// thread-safe, so the library keeps a pool of them: each measurement or render borrows its
/// own for the duration of the call, so concurrent calls run in parallel instead of queuing
/// behind one lock.
public final class FontLibrary: @unchecked Sendable {
    /// Where Debian's `fonts-dejavu-core` puts DejaVu.
    public static let defaultFontDirectory = "/usr/share/fonts/truetype/dejavu"

    /// The default library: the DejaVu fonts in ``defaultFontDirectory`` and the
    /// ``FallbackFont/noto`` chain, nothing else.
    ///
    /// If the DejaVu folder is missing the library has no first choice and Latin text draws
    /// with a fallback or as missing-glyph boxes; a missing Noto file leaves its script as
    /// boxes. Check ``families`` to diagnose.
    public static let shared = FontLibrary(directories: [defaultFontDirectory], fallbacks: FallbackFont.noto)

    /// The font directories the library was built from, in order.
    public let fontDirectories: [String]

    /// The fallback chain, in the order Pango tries it after the requested family and
    /// DejaVu Sans.
    public let fallbacks: [FallbackFont]

    /// The single font files the library holds besides its directories: a style's own fonts
    /// (``including(fontFiles:)``), in the order listed.
    public let fontFiles: [String]

    /// The family names the library holds, sorted, without duplicates.
    public let families: [String]

    /// The private fontconfig configuration (`FcConfig *`). Immutable after `init`;
    /// fontconfig itself is thread-safe for lookups.
    private let config: OpaquePointer

    /// Idle Pango sessions, ready to be borrowed.
    private let idleSessions = Locked<[PangoSession]>([])
    private let maximumIdleSessions: Int

    /// A library with DejaVu (from ``defaultFontDirectory``) plus the fonts in
    /// `additionalFontDirectories`, and the `fallbacks` chain (Noto by default).
    ///
    /// - Throws: ``RenderError/fontDirectory(path:)`` if an additional directory cannot be
    ///   read. (A missing DejaVu folder is not an error; see ``shared``.)
    public convenience init(additionalFontDirectories: [String], fallbacks: [FallbackFont] = FallbackFont.noto) throws {
        try Self.requireDirectories(additionalFontDirectories)
        self.init(directories: [Self.defaultFontDirectory] + additionalFontDirectories, fallbacks: fallbacks)
    }

    /// A library with exactly the fonts in `fontDirectories` and the `fallbacks` chain
    /// (neither DejaVu nor Noto is added unless listed).
    ///
    /// Family fallback still names DejaVu Sans, so include it if you want that fallback.
    /// - Throws: ``RenderError/fontDirectory(path:)`` if a directory cannot be read.
    public convenience init(fontDirectories: [String], fallbacks: [FallbackFont] = []) throws {
        try Self.requireDirectories(fontDirectories)
        self.init(directories: fontDirectories, fallbacks: fallbacks)
    }

    init(directories: [String], files: [String] = [], fallbacks: [FallbackFont]) {
        guard let config = FcConfigCreate() else {
            fatalError("Chartsmith: fontconfig could not create a configuration (out of memory?)")
        }
        let rules = Array(FontConfiguration.xml(directories: directories, files: files, fallbacks: fallbacks).utf8) + [0]
        _ = rules.withUnsafeBufferPointer { FcConfigParseAndLoadFromMemory(config, $0.baseAddress, 1) }
        _ = FcConfigBuildFonts(config)
        var added: [String] = []
        // A fallback's folder is read whole through its cache; the configuration's
        // <selectfont> rules keep only the fallback files from it.
        let fallbackFolders = FontConfiguration.folders(of: fallbacks)
        for dir in directories + fallbackFolders where !added.contains(dir) {
            // Fails only for an unreadable folder, which the public initialisers rule out;
            // for `shared`, a missing DejaVu folder just leaves the library empty.
            _ = dir.withCString { p in
                p.withMemoryRebound(to: FcChar8.self, capacity: dir.utf8.count + 1) { FcConfigAppFontAddDir(config, $0) }
            }
            added.append(dir)
        }
        for file in files {
            // A file that is not a font adds nothing; ``FontFile/families(in:)`` reports it first.
            _ = file.withCString { p in
                p.withMemoryRebound(to: FcChar8.self, capacity: file.utf8.count + 1) { FcConfigAppFontAddFile(config, $0) }
            }
        }
        self.config = config
        self.fontFiles = files
        self.fontDirectories = added.filter { !fallbackFolders.contains($0) || directories.contains($0) }
        self.fallbacks = fallbacks
        self.families = Self.familyNames(in: config)
        self.maximumIdleSessions = max(4, ProcessInfo.processInfo.activeProcessorCount * 2)
    }

    deinit {
        idleSessions.withLock { $0.removeAll() }
        FcConfigDestroy(config)
    }

    /// Whether the library has a face of the family `name` (case-insensitive).
    public func contains(family name: String) -> Bool {
        families.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Runs `body` with a Pango font map and context of this library's own, not used by any
    /// other thread until `body` returns.
    func withSession<R>(_ body: (PangoSession) throws -> R) rethrows -> R {
        let session = idleSessions.withLock { $0.popLast() } ?? PangoSession(config: config)
        defer {
            idleSessions.withLock { pool in
                if pool.count < maximumIdleSessions { pool.append(session) }
            }
        }
        return try body(session)
    }

    private static func requireDirectories(_ paths: [String]) throws {
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  FileManager.default.isReadableFile(atPath: path) else {
                throw RenderError.fontDirectory(path: path)
            }
        }
    }

    private static func familyNames(in config: OpaquePointer) -> [String] {
        var names = Set<String>()
        for set in [FcSetApplication, FcSetSystem] {
            guard let fonts = FcConfigGetFonts(config, set) else { continue }
            for i in 0..<Int(fonts.pointee.nfont) {
                guard let pattern = fonts.pointee.fonts[i] else { continue }
                var value: UnsafeMutablePointer<FcChar8>?
                if FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                    names.insert(String(cString: value))
                }
            }
        }
        return names.sorted()
    }
}
