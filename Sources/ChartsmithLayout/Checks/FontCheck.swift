import ChartsmithSpec
import ChartsmithStyles

/// Refuses a font family property of a spec that names no family of the pinned set
/// (``FontFamilies``' rule): the title's `font` and `subtitleFont`, every axis's and
/// legend's `labelFont` and `titleFont`, a facet header's `labelFont` and `titleFont`, and
/// each mark's `font`, in every layer and view.
///
/// The error is at the property (line:column and JSON path) and lists the families
/// available, so a misspelt or missing font never falls back silently. (Fonts in a `config`
/// are checked as the config is applied, ``Theme/applying(_:)``.)
public enum FontCheck {
    /// Throws a ``Diagnostic`` at the first family `theme`'s fonts lack.
    public static func check(_ spec: ChartSpec, theme: Theme) throws {
        let families = theme.fontFamilies
        func family(_ value: Located<String>?) throws {
            if let value { _ = try FontFamilies.resolve(value, in: families) }
        }
        try family(spec.title?.font)
        try family(spec.title?.subtitleFont)
        try family(spec.mark?.font)
        try check(spec.encoding, family)
        for layer in spec.layers {
            try family(layer.mark.font)
            try check(layer.encoding, family)
        }
        for field in spec.composition?.facet?.fields ?? [] {
            try family(field.header.labelFont)
            try family(field.header.titleFont)
        }
        for view in spec.composition?.views ?? [] { try check(view, theme: theme) }
    }

    static func check(_ encoding: Encoding, _ family: (Located<String>?) throws -> Void) throws {
        for channel in encoding.channels.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            for def in encoding.channels[channel] ?? [] {
                try family(def.axis?.labelFont)
                try family(def.axis?.titleFont)
                try family(def.legend?.labelFont)
                try family(def.legend?.titleFont)
            }
        }
    }
}
