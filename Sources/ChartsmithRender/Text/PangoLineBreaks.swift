import CChartsmithPango

/// Where Pango may break a line of text: Unicode's line breaking (UAX #14) with Pango's
/// tailorings, such as dictionary breaks between Thai words.
///
/// Between ideographs, kana and hangul a line may break; never before closing punctuation
/// (、。）」) or after opening punctuation (（「), nor inside a number or a word.
enum PangoLineBreaks {
    /// The indices of the characters of `text` before which Pango may start a new line,
    /// ascending, never the start or end of the text.
    static func opportunities(in text: String) -> [String.Index] {
        let scalars = text.unicodeScalars
        let count = scalars.count
        guard count > 1 else { return [] }
        var attrs = [PangoLogAttr](repeating: PangoLogAttr(), count: count + 1)
        var bytes = Array(text.utf8)
        let length = Int32(bytes.count)
        bytes.append(0)
        bytes.withUnsafeBufferPointer { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                pango_get_log_attrs(chars.baseAddress, length, -1, pango_language_from_string("en"),
                                    &attrs, Int32(count + 1))
            }
        }
        var out: [String.Index] = []
        var offset = 0
        for index in scalars.indices {
            defer { offset += 1 }
            // Pango never breaks inside a grapheme cluster; the check keeps it so.
            guard offset > 0, attrs[offset].is_line_break != 0, index.samePosition(in: text) != nil else { continue }
            out.append(index)
        }
        return out
    }
}
