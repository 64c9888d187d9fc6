extension ObjectReader {
    /// An autosize object's `contains`, which Chartsmith does not switch: a fitted chart's
    /// width and height are the whole canvas, padding inside (`"padding"`); any other
    /// chart's are the plot's, padding outside (`"content"`). A value that asks for the
    /// other reading is named in a located warning; `resize` (re-fitting an interactive
    /// view) changes nothing in a static chart.
    mutating func autosizeContains(fit: Bool) {
        _ = take("resize")
        let drawn = fit ? "padding" : "content"
        cosmetic(["contains"], reason: fit ? "a fitted chart's width and height are the whole canvas, padding inside them (\"padding\")"
                                           : "the width and height are the plot's, padding outside them (\"content\")",
                 drawn: ["contains": drawn])
    }
}
