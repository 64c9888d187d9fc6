import CChartsmithPango
import Foundation

/// The fonts Chartsmith may use, pinned so output never depends on which other fonts a
/// machine has installed.
///
/// A library owns a private fontconfig configuration that knows only the font files in its
/// directories (DejaVu by default) and never reads the system's fontconfig files. Generic
/// families resolve inside it — `sans-serif` to DejaVu Sans, `serif` to DejaVu Serif,
/// `monospace` to DejaVu Sans Mono — and a family the library lacks falls back to DejaVu
/// Sans. Pango's per-character fallback then finds Greek, Cyrillic, Hebrew and Arabic in
/// DejaVu, and lays out right-to-left scripts.
///
/// A library is safe to use from many threads at once. Pango font maps and contexts are not
/// thread-safe, so the library keeps a pool of them: each measurement or render borrows its
/// own for the duration of the call, so concurrent calls run in parallel instead of queuing
/// behind one lock.
public final class FontLibrary: @unchecked Sendable {
    /// Where Debian's `fonts-dejavu-core` puts DejaVu.
    public static let defaultFontDirectory = "/usr/share/fonts/truetype/dejavu"

    /// The default library: the DejaVu fonts in ``defaultFontDirectory`` and nothing else.
    ///
    /// If that folder is missing the library is empty and text draws as missing-glyph boxes;
    /// check ``families`` to diagnose.
    public static let shared = FontLibrary(directories: [defaultFontDirectory])

    /// The font directories the library was built from, in order.
    public let fontDirectories: [String]

    /// The family names the library holds, sorted, without duplicates.
    public let families: [String]

    /// The private fontconfig configuration (`FcConfig *`). Immutable after `init`;
    /// fontconfig itself is thread-safe for lookups.
    private let config: OpaquePointer

    /// Idle Pango sessions, ready to be borrowed.
    private let idleSessions = Locked<[PangoSession]>([])
    private let maximumIdleSessions: Int

    /// A library with DejaVu (from ``defaultFontDirectory``) plus the fonts in
    /// `additionalFontDirectories`.
    ///
    /// - Throws: ``RenderError/fontDirectory(path:)`` if an additional directory cannot be
    ///   read. (A missing DejaVu folder is not an error; see ``shared``.)
    public convenience init(additionalFontDirectories: [String]) throws {
        try Self.requireDirectories(additionalFontDirectories)
        self.init(directories: [Self.defaultFontDirectory] + additionalFontDirectories)
    }

    /// A library with exactly the fonts in `fontDirectories` (DejaVu is not added).
    ///
    /// Family fallback still names DejaVu Sans, so include it if you want that fallback.
    /// - Throws: ``RenderError/fontDirectory(path:)`` if a directory cannot be read.
    public convenience init(fontDirectories: [String]) throws {
        try Self.requireDirectories(fontDirectories)
        self.init(directories: fontDirectories)
    }

    private init(directories: [String]) {
        guard let config = FcConfigCreate() else {
            fatalError("Chartsmith: fontconfig could not create a configuration (out of memory?)")
        }
        let rules = Array(Self.configurationXML.utf8) + [0]
        _ = rules.withUnsafeBufferPointer { FcConfigParseAndLoadFromMemory(config, $0.baseAddress, 1) }
        _ = FcConfigBuildFonts(config)
        var added: [String] = []
        for dir in directories where !added.contains(dir) {
            // Fails only for an unreadable folder, which the public initialisers rule out;
            // for `shared`, a missing DejaVu folder just leaves the library empty.
            _ = dir.withCString { p in
                p.withMemoryRebound(to: FcChar8.self, capacity: dir.utf8.count + 1) { FcConfigAppFontAddDir(config, $0) }
            }
            added.append(dir)
        }
        self.config = config
        self.fontDirectories = added
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

    /// Fontconfig rules: the usual font caches (which hold only what they describe, so they
    /// cannot add fonts), generic aliases and a last-resort family, all inside DejaVu.
    private static let configurationXML = """
        <?xml version="1.0"?>
        <fontconfig>
          <cachedir>/var/cache/fontconfig</cachedir>
          <cachedir prefix="xdg">fontconfig</cachedir>
          <alias binding="same"><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
          <alias binding="same"><family>sans</family><prefer><family>DejaVu Sans</family></prefer></alias>
          <alias binding="same"><family>system-ui</family><prefer><family>DejaVu Sans</family></prefer></alias>
          <alias binding="same"><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
          <alias binding="same"><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
          <match target="pattern">
            <edit name="family" mode="append_last"><string>DejaVu Sans</string></edit>
          </match>
        </fontconfig>
        """

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
